package org.tonus.app.web;

import io.javalin.http.Context;

/**
 * The headers every page response carries: a content security policy allowing only this origin's
 * own scripts, styles, images and fonts (nothing inline, no framing), no MIME sniffing, and no
 * referrer leaving the site with a query string that may hold patient details.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none';"
          + " object-src 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }
}
