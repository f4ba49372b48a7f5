package org.tonus.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tonus.app.web.SignedInAccess;
import org.tonus.store.IssuedToken;
import org.tonus.store.LoginResult;
import org.tonus.store.Person;
import org.tonus.store.Sessions;
import org.tonus.store.Store;

/**
 * The web pages' way in: the same accounts, login throttle, session cookie and audited gate as
 * {@link AccountRoutes} and the patient routes, answering with values instead of problems so a page
 * can show a form or a 403 page.
 */
final class WebSignIn implements SignedInAccess {
  private final Store store;
  private final PatientAccess gate;
  private final LoginThrottle throttle;
  private final boolean secureCookie;
  private final Clock clock;

  WebSignIn(
      Store store, PatientAccess gate, LoginThrottle throttle, boolean secureCookie, Clock clock) {
    this.store = store;
    this.gate = gate;
    this.throttle = throttle;
    this.secureCookie = secureCookie;
    this.clock = clock;
  }

  @Override
  public Optional<Person> person(Context ctx) {
    return SignedIn.person(ctx);
  }

  @Override
  public Optional<Person> signIn(Context ctx, String username, String password) {
    if (throttle.attempt(PatientAccess.origin(ctx), username).isPresent()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    LoginResult result = store.accounts().login(username, password, now);
    if (!(result instanceof LoginResult.Succeeded succeeded)) {
      return Optional.empty();
    }
    Person person = succeeded.person();
    IssuedToken token = store.sessions().issue(person.id(), now);
    gate.audit(ctx, person, Optional.empty(), "LOGIN", now);
    ctx.cookie(
        new Cookie(
            SignedIn.COOKIE,
            token.token(),
            "/",
            (int) Sessions.TOKEN_LIFETIME.toSeconds(),
            secureCookie,
            true,
            null,
            SameSite.STRICT));
    return Optional.of(person);
  }

  @Override
  public void signOut(Context ctx) {
    Instant now = clock.instant();
    Optional<Person> person = SignedIn.person(ctx);
    SignedIn.token(ctx).ifPresent(token -> store.sessions().revoke(token, now));
    person.ifPresent(who -> gate.audit(ctx, who, Optional.empty(), "LOGOUT", now));
    ctx.cookie(new Cookie(SignedIn.COOKIE, "", "/", 0, secureCookie, true, null, SameSite.STRICT));
  }

  @Override
  public boolean allow(Context ctx, long patientId, String action) {
    try {
      gate.allow(ctx, patientId, action);
      return true;
    } catch (ProblemException refused) {
      return false;
    }
  }

  @Override
  public Instant now() {
    return clock.instant();
  }
}
