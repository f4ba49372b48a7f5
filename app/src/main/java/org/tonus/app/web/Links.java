package org.tonus.app.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Building and checking the site's own links. */
final class Links {
  private Links() {}

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** This request's query string, for a download link of the same answer ("" when none). */
  static String sameQuery(Context ctx) {
    String query = ctx.queryString();
    return query == null || query.isEmpty() ? "" : "?" + query;
  }

  /**
   * A redirect target only when it is a path on this site ({@code /…} but not {@code //host} or
   * {@code /\host}), else the home page: a form cannot be turned into an open redirect.
   */
  static String localPath(String target) {
    if (target == null
        || !target.startsWith("/")
        || target.startsWith("//")
        || target.startsWith("/\\")
        || target.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return "/";
    }
    return target;
  }
}
