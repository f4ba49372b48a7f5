package org.tonus.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tonus.app.JsonContracts;
import org.tonus.app.serve.TonusServer;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.store.Store;

/**
 * One headless Chromium (Debian's {@code /usr/bin/chromium}, driven through {@code
 * /usr/bin/chromedriver}) and one real Tonus server on an ephemeral port of 127.0.0.1 for all the
 * tests of a class: {@code @RegisterExtension static final Browser browser = new Browser();}. The
 * server's clock is fixed at 2026-11-23 10:00 UTC, so "today" in the pages is known. Where the
 * browser is not installed the class is skipped with the command that installs it.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  /** Loaded once for every browser test class, as {@code serve} loads it once at start. */
  private static final JsonContracts CONTRACTS = new JsonContracts(KnowledgeLoader.loadBundled());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Dimension DESKTOP = new Dimension(1280, 900);
  private static final Dimension PHONE = new Dimension(390, 844);
  private static final int MAX_SCREENSHOT_HEIGHT = 4000;

  /**
   * Selenium warns on every start that it has no DevTools bindings for this Chromium's version; the
   * tests send DevTools commands through chromedriver, which needs none. Held here so the logger
   * (and its level) is not collected.
   */
  private static final Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");

  private final ByteArrayOutputStream errorLog = new ByteArrayOutputStream();
  private final Optional<Store> store;
  private Store ownStore;
  private TonusServer server;

  /**
   * A server with its own empty diary database in memory (never a file in the working directory),
   * closed after the class.
   */
  Browser() {
    this.store = Optional.empty();
  }

  /** A server keeping the diary in {@code store}, which the test fills and closes. */
  Browser(Store store) {
    this.store = Optional.of(store);
  }

  private ChromeDriver driver;

  @Override
  public void beforeAll(ExtensionContext context) {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are not installed at /usr/bin; install them with"
            + " `apt-get install chromium chromium-driver` to run the browser tests");
    if (store.isEmpty()) {
      ownStore = Store.open("jdbc:h2:mem:" + java.util.UUID.randomUUID());
    }
    TonusServer.Builder builder = TonusServer.builder(CONTRACTS);
    builder.store(store.orElseGet(() -> ownStore));
    server =
        builder
            .port(0)
            .clock(Clock.fixed(NOW, ZoneId.of("UTC")))
            .accessLog(
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
            .errorLog(new PrintStream(errorLog, true, StandardCharsets.UTF_8))
            .build()
            .start();
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,900");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (ownStore != null) {
      ownStore.close();
    }
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** The cookies the browser holds for the server, by name (for plain HTTP requests in tests). */
  String cookie(String name) {
    org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? "" : cookie.getValue();
  }

  URI uri(String path) {
    return server.baseUri().resolve(path);
  }

  void open(String path) {
    driver.manage().window().setSize(DESKTOP);
    driver.get(uri(path).toString());
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /**
   * Clicks a button that submits a form and waits until the next page has replaced this one: a
   * click returns before the browser has loaded the answer, and reading too soon finds the old
   * page.
   */
  void clickAndLoad(String css) {
    clickAndLoad(By.cssSelector(css));
  }

  void clickAndLoad(By what) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(what).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText().strip();
  }

  void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  void select(String id, String value) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
  }

  void check(String id) {
    WebElement box = driver.findElement(By.id(id));
    if (!box.isSelected()) {
      box.click();
    }
  }

  /** Submits the form holding the element with this id (as pressing its button would). */
  void submit(String id) {
    driver.findElement(By.id(id)).submit();
  }

  /** Errors the server logged (none expected: a page never fails with a stack trace). */
  String errorLog() {
    return errorLog.toString(StandardCharsets.UTF_8);
  }

  /**
   * Saves the page as it looks on a desktop and on a phone-sized window under {@code
   * target/screenshots/}, then goes back to the desktop size.
   */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + "-desktop.png"), wholePage(DESKTOP));
      driver.manage().window().setSize(PHONE);
      Files.write(SCREENSHOTS.resolve(name + "-phone.png"), wholePage(PHONE));
      driver.manage().window().setSize(DESKTOP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The whole page at the window's width, not only what the window shows: the page is laid out for
   * a viewport as tall as itself (up to a height a reviewer still scrolls through) for the shot,
   * then the window's own size is restored.
   */
  private byte[] wholePage(Dimension window) {
    Object height = driver.executeScript("return document.documentElement.scrollHeight;");
    long tall = Math.min(((Number) height).longValue(), MAX_SCREENSHOT_HEIGHT);
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            window.getWidth(),
            "height",
            Math.max(tall, window.getHeight()),
            "deviceScaleFactor",
            1,
            "mobile",
            false));
    try {
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  Map.of("x", 0, "y", 0, "width", window.getWidth(), "height", tall, "scale", 1)));
      return Base64.getDecoder().decode(String.valueOf(shot.get("data")));
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /**
   * Runs axe-core (from its webjar on the test classpath, never a CDN) on the page and asserts no
   * violation of impact serious or critical; the message lists them with the elements.
   */
  void assertAccessible() {
    JavascriptExecutor js = driver;
    js.executeScript(AxeSource.SCRIPT);
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
    String violations = String.valueOf(result);
    assertThat(violations).doesNotStartWith("ERROR");
    List<String> serious = new ArrayList<>();
    try {
      for (JsonNode violation : JSON.readTree(violations)) {
        String impact = violation.path("impact").asText();
        if (impact.equals("serious") || impact.equals("critical")) {
          List<String> targets = new ArrayList<>();
          violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
          serious.add(
              impact
                  + " "
                  + violation.path("id").asText()
                  + ": "
                  + violation.path("help").asText()
                  + " "
                  + targets);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(serious)
        .as("axe-core violations of impact serious or critical on %s", driver.getCurrentUrl())
        .isEmpty();
  }

  /** axe-core's source, read once from the webjar. */
  private static final class AxeSource {
    static final String SCRIPT = read();

    private static String read() {
      String resource = "META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";
      try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is not on the test classpath");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String version() {
      String resource = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
      try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(resource)) {
        java.util.Properties properties = new java.util.Properties();
        properties.load(in);
        return properties.getProperty("version");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
