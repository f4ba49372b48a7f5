package org.tonus.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.Section;

/** Home, Ask, the monograph and its handout, the jurisdiction switch, headers and CSRF. */
class PublicPagesBrowserTest {
  @RegisterExtension static final Browser browser = new Browser();

  private static final List<String> SECTION_TITLES =
      KnowledgeLoader.loadBundled().sections().stream().map(Section::title).toList();

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void homeAsksTheMonographAndShowsPassagesWithTheirSectionAndSources() {
    browser.open("/");
    assertThat(browser.text("h1")).contains("Tonus");
    assertThat(browser.text(".site-footer")).contains("Not medical advice");
    browser.assertAccessible();
    browser.screenshot("home");

    browser.type("q", "can I drink alcohol while taking baclofen?");
    browser.submit("q");

    assertThat(browser.driver().getCurrentUrl()).contains("/ask?q=");
    List<WebElement> passages = browser.findAll(".passage");
    assertThat(passages).isNotEmpty();
    assertThat(passages.get(0).getText()).containsIgnoringCase("alcohol");
    assertThat(browser.text(".passage-section a"))
        .isEqualTo("Interactions with other medicines and alcohol");
    assertThat(browser.findAll(".passage .sources a")).isNotEmpty();
    browser.assertAccessible();
    browser.screenshot("ask");
  }

  @Test
  void theFirstTabReachesTheSkipLinkWhichMovesTheFocusToTheMainContent() {
    browser.open("/renal");
    browser.find("body").sendKeys(Keys.TAB);
    WebElement focused = browser.driver().switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Skip to main content");
    focused.sendKeys(Keys.ENTER);
    assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
  }

  @Test
  void aQuestionTheMonographCannotAnswerIsSentToAPharmacist() {
    browser.open("/ask?q=what+colour+is+the+moon");

    assertThat(browser.text(".dont-know h3")).isEqualTo("I don't know: please ask a pharmacist");
    assertThat(browser.findAll(".passage")).isEmpty();
    browser.assertAccessible();
    browser.screenshot("ask-unknown");
  }

  @Test
  void monographShowsEverySectionTheConflictsAndCitationsThatLinkToTheirSources() {
    browser.open("/monograph?jurisdiction=UK");

    assertThat(browser.text("h1")).isEqualTo("Baclofen monograph (UK)");
    List<String> headings =
        browser.findAll(".monograph-section h2").stream().map(WebElement::getText).toList();
    assertThat(headings).hasSize(SECTION_TITLES.size());
    for (int i = 0; i < SECTION_TITLES.size(); i++) {
      assertThat(headings.get(i)).isEqualTo((i + 1) + ". " + SECTION_TITLES.get(i));
    }
    assertThat(browser.findAll("#conflicts article.conflict")).isNotEmpty();
    assertThat(browser.findAll("#conflicts article.conflict li").size()).isGreaterThanOrEqualTo(2);
    WebElement citation = browser.find(".facts .cite a");
    String target = citation.getAttribute("href").replaceAll(".*#", "");
    assertThat(browser.find("#" + target).getText()).contains(citation.getText());
    assertThat(browser.findAll(".source-list a[href^='http']")).isNotEmpty();
    browser.assertAccessible();
    browser.screenshot("monograph");
  }

  @Test
  void printedMonographIsTheHandoutWithoutNavigationOrForms() {
    browser.open("/monograph");
    assertThat(browser.find(".site-header").isDisplayed()).isTrue();

    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(browser.find(".site-header").isDisplayed()).isFalse();
      assertThat(browser.find(".toc").isDisplayed()).isFalse();
      assertThat(browser.find("h1").isDisplayed()).isTrue();
      assertThat(browser.find("#sources").isDisplayed()).isTrue();
      assertThat(browser.find(".site-footer .disclaimer").getText())
          .startsWith("Not medical advice.");
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void handoutPdfParsesAndHoldsEverySectionTitle() throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(browser.uri("/monograph/handout.pdf?jurisdiction=US")).build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Not medical advice");
      for (int i = 0; i < SECTION_TITLES.size(); i++) {
        assertThat(text).contains((i + 1) + ". " + SECTION_TITLES.get(i));
      }
      assertThat(text).contains("Where sources disagree");
    }
  }

  @Test
  void everyPageSendsTheContentSecurityPolicyAndTheOtherSecurityHeaders()
      throws IOException, InterruptedException {
    for (String path :
        List.of(
            "/",
            "/ask?q=alcohol",
            "/monograph",
            "/check",
            "/plan/titrate",
            "/plan/taper",
            "/renal",
            "/pump",
            "/triage",
            "/monograph/handout.pdf")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(browser.uri(path)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(policy).as(path).startsWith("default-src 'self'");
      assertThat(policy).as(path).contains("frame-ancestors 'none'").doesNotContain("unsafe");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
  }

  @Test
  void jurisdictionSwitchIsRememberedAcrossPages() {
    browser.open("/monograph");
    assertThat(browser.text("h1")).isEqualTo("Baclofen monograph (US)");

    browser.select("jurisdiction-switch", "UK");
    browser.submit("jurisdiction-switch");

    assertThat(browser.text("h1")).isEqualTo("Baclofen monograph (UK)");
    browser.open("/renal");
    assertThat(browser.find("#jurisdiction-switch option[value='UK']").isSelected()).isTrue();
    browser.select("jurisdiction-switch", "US");
    browser.submit("jurisdiction-switch");
    assertThat(browser.find("#jurisdiction-switch option[value='US']").isSelected()).isTrue();
  }

  @Test
  void aPostWithoutItsCsrfTokenIsRefused() throws IOException, InterruptedException {
    // in the browser: the form loses its hidden token before it is sent
    browser.open("/triage");
    browser
        .driver()
        .executeScript("document.querySelector('form.calculator input[name=csrf]').remove();");
    browser.type("text", "a bit sleepy");
    browser.submit("text");
    assertThat(browser.text("h1")).isEqualTo("This form has expired");
    browser.assertAccessible();
    browser.screenshot("csrf-refused");

    // over HTTP: no cookie and no token, then a token that does not match the cookie
    for (String cookieAndToken : List.of("", "tonus_csrf=" + "A".repeat(43))) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(browser.uri("/check"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "sig=baclofen+10+mg+po+tid&ageYears=40&csrf=forged"));
      if (!cookieAndToken.isEmpty()) {
        request.header("Cookie", cookieAndToken);
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).contains("This form has expired").doesNotContain("Alerts (");
    }
    HttpResponse<String> switched =
        http.send(
            HttpRequest.newBuilder(browser.uri("/jurisdiction"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jurisdiction=UK&return=/"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(switched.statusCode()).isEqualTo(403);
    assertThat(switched.headers().allValues("Set-Cookie"))
        .noneMatch(cookie -> cookie.startsWith("tonus_jurisdiction"));
  }
}
