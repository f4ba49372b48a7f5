package org.tonus.app.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tonus.app.JsonAnswer;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.monograph.Monograph;
import org.tonus.store.Person;

/**
 * What every page shares: the layout's model (navigation, jurisdiction switch, CSRF token,
 * disclaimer), the chosen jurisdiction, and writing a template as the response.
 */
final class Pages {
  /** The cookie remembering the jurisdiction chosen with the switch. */
  static final String JURISDICTION_COOKIE = "tonus_jurisdiction";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final Templates templates;
  private final Csrf csrf;
  private final Function<Context, Optional<Person>> viewer;

  Pages(Templates templates, Csrf csrf, Function<Context, Optional<Person>> viewer) {
    this.templates = templates;
    this.csrf = csrf;
    this.viewer = viewer;
  }

  /** Who is signed in for this request, if anyone. */
  Optional<Person> viewer(Context ctx) {
    return viewer.apply(ctx);
  }

  Csrf csrf() {
    return csrf;
  }

  /** The layout's model for one page; the page adds its own entries. */
  Map<String, Object> model(Context ctx, String pageId, String title) {
    Map<String, Object> model = new HashMap<>();
    model.put("pageId", pageId);
    model.put("title", title);
    Optional<Person> signedIn = viewer(ctx);
    model.put("nav", Navigation.visibleTo(Navigation.audienceOf(signedIn)));
    model.put("signedInName", signedIn.map(Person::displayName).orElse(null));
    model.put("jurisdiction", jurisdiction(ctx).name());
    model.put(
        "jurisdictions", Arrays.stream(Jurisdiction.values()).map(Jurisdiction::name).toList());
    model.put("csrfField", Csrf.FIELD);
    model.put("csrfToken", csrf.token(ctx));
    model.put("returnTo", returnTo(ctx));
    model.put("disclaimer", Monograph.DISCLAIMER);
    return model;
  }

  /** Adds a form's values and messages to the model. */
  static void form(Map<String, Object> model, Submission form) {
    model.put("values", form.values());
    model.put("errors", form.errors());
    model.put("formError", form.general().orElse(null));
  }

  void write(Context ctx, String template, Map<String, Object> model) {
    ctx.contentType("text/html; charset=utf-8").result(templates.render(template, model));
  }

  /** The query's {@code jurisdiction}, else the remembered one, else US. */
  static Jurisdiction jurisdiction(Context ctx) {
    return parse(ctx.queryParam("jurisdiction"))
        .or(() -> parse(ctx.cookie(JURISDICTION_COOKIE)))
        .orElse(Jurisdiction.US);
  }

  static Optional<Jurisdiction> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      if (jurisdiction.name().equals(code)) {
        return Optional.of(jurisdiction);
      }
    }
    return Optional.empty();
  }

  static void remember(Context ctx, Jurisdiction jurisdiction) {
    boolean secure = "https".equalsIgnoreCase(ctx.scheme());
    int year = 365 * 24 * 60 * 60;
    ctx.cookie(
        new Cookie(
            JURISDICTION_COOKIE, jurisdiction.name(), "/", year, secure, true, null, SameSite.LAX));
  }

  /**
   * Where the switch sends the browser back to: this page with its query, less any {@code
   * jurisdiction} (the cookie decides after switching).
   */
  private static String returnTo(Context ctx) {
    String query =
        ctx.queryParamMap().entrySet().stream()
            .filter(entry -> !entry.getKey().equals("jurisdiction"))
            .flatMap(
                entry ->
                    entry.getValue().stream()
                        .map(value -> Links.encode(entry.getKey()) + "=" + Links.encode(value)))
            .collect(Collectors.joining("&"));
    return ctx.path() + (query.isEmpty() ? "" : "?" + query);
  }

  /** A contract's answer as the JSON tree it would print, for templates to read. */
  static Map<String, Object> tree(JsonAnswer answer) {
    try {
      return JSON.readValue(answer.json(), new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("the contract's own JSON did not read back", e);
    }
  }
}
