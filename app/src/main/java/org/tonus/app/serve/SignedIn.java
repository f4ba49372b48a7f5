package org.tonus.app.serve;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tonus.store.Person;

/**
 * Who sent a request: the person whose sign-in token it carries, in the header {@code
 * Authorization: Bearer <token>} or in the {@link #COOKIE} cookie that {@code POST /api/login}
 * sets. Handlers (and the web pages) ask {@link #person} or {@link #required}; the token is looked
 * up once per request, on first ask, and a missing, unknown, expired or revoked token is the same
 * as none.
 */
public final class SignedIn {
  /** The session cookie: HttpOnly, SameSite=Strict, Path=/, Secure when served over https. */
  public static final String COOKIE = "tonus_session";

  private static final String RESOLVER = "tonus.signedIn.resolver";
  private static final String PERSON = "tonus.signedIn.person";

  private SignedIn() {}

  /** The person signed in for this request, if any. */
  public static Optional<Person> person(Context ctx) {
    Optional<Person> known = ctx.attribute(PERSON);
    if (known != null) {
      return known;
    }
    Function<String, Optional<Person>> resolver = ctx.attribute(RESOLVER);
    Optional<Person> found =
        resolver == null ? Optional.empty() : token(ctx).flatMap(resolver::apply);
    ctx.attribute(PERSON, found);
    return found;
  }

  /** The person signed in, or a 401 problem telling how to sign in. */
  public static Person required(Context ctx) {
    return person(ctx)
        .orElseThrow(
            () ->
                new ProblemException(
                    401,
                    Problem.UNAUTHORIZED,
                    "sign in first: POST /api/login gives a token to send as 'Authorization:"
                        + " Bearer <token>' (or the "
                        + COOKIE
                        + " cookie); a token ends at logout or after "
                        + org.tonus.store.Sessions.TOKEN_LIFETIME.toHours()
                        + " hours",
                    Map.of("WWW-Authenticate", "Bearer realm=\"tonus\"")));
  }

  /** The token the request carries: the bearer header first, then the cookie. */
  static Optional<String> token(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(authorization.substring(7).trim()).filter(token -> !token.isEmpty());
    }
    return Optional.ofNullable(ctx.cookie(COOKIE)).filter(token -> !token.isEmpty());
  }

  /** Lets this request's token be looked up by {@code resolver} when a handler asks. */
  static void offer(Context ctx, Function<String, Optional<Person>> resolver) {
    ctx.attribute(RESOLVER, resolver);
  }
}
