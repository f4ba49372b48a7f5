package org.tonus.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tonus.app.serve.SignedIn;

/**
 * CSRF protection for the pages' POST forms by a signed double-submit token: the browser holds a
 * random value in an HttpOnly, SameSite=Strict cookie, and every form carries the server's HMAC of
 * that value in a hidden field. A POST is accepted only when the field equals the HMAC of the
 * cookie, compared in constant time; another site can neither read the cookie nor forge the HMAC
 * without the server's key. The key is random per server process unless given. When the browser is
 * signed in, the token is also bound to its session: the HMAC covers the session cookie too, so a
 * token read before signing in, or in another session, is refused after it.
 */
final class Csrf {
  /** The cookie holding the browser's random value. */
  static final String COOKIE = "tonus_csrf";

  /** The hidden form field carrying the token. */
  static final String FIELD = "csrf";

  private static final int RANDOM_BYTES = 32;
  private static final String HMAC = "HmacSHA256";
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final SecureRandom random;
  private final byte[] key;

  Csrf(SecureRandom random, byte[] key) {
    if (key.length < RANDOM_BYTES) {
      throw new IllegalArgumentException(
          "key has " + key.length + " bytes; a CSRF key needs at least " + RANDOM_BYTES);
    }
    this.random = random;
    this.key = key.clone();
  }

  /** A fresh random key, so tokens of an earlier process are no longer accepted. */
  static Csrf withRandomKey() {
    SecureRandom random = new SecureRandom();
    byte[] key = new byte[RANDOM_BYTES];
    random.nextBytes(key);
    return new Csrf(random, key);
  }

  /**
   * The token for the hidden field of a form on the page being written; sets the cookie on this
   * response when the browser has none yet (or a malformed one).
   */
  String token(Context ctx) {
    String value = cookieValue(ctx).orElseGet(() -> issue(ctx));
    return sign(value, session(ctx));
  }

  /** True when the POST carries a token that matches its cookie. */
  boolean accepts(Context ctx) {
    Optional<String> value = cookieValue(ctx);
    String field = ctx.formParam(FIELD);
    if (value.isEmpty() || field == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(value.get(), session(ctx)).getBytes(StandardCharsets.US_ASCII),
        field.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> cookieValue(Context ctx) {
    return Optional.ofNullable(ctx.cookie(COOKIE)).filter(Csrf::wellFormed);
  }

  // a cookie another page could not have set: exactly our length of URL-safe Base64
  private static boolean wellFormed(String value) {
    return value.length() == 43 && value.chars().allMatch(Csrf::base64Url);
  }

  private static boolean base64Url(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  private String issue(Context ctx) {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    String value = BASE64.encodeToString(bytes);
    boolean secure = "https".equalsIgnoreCase(ctx.scheme());
    ctx.cookie(new Cookie(COOKIE, value, "/", -1, secure, true, null, SameSite.STRICT));
    return value;
  }

  // the session cookie as sent by the browser (empty when signed out); a NUL cannot be in a cookie
  private static String session(Context ctx) {
    String session = ctx.cookie(SignedIn.COOKIE);
    return session == null ? "" : session;
  }

  private String sign(String value, String session) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      String signed = value + '\0' + session;
      return BASE64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
