package org.tonus.app.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tonus.app.output.JsonOutput;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.JsonRequest;
import org.tonus.app.request.RequestFields;
import org.tonus.store.Accounts;
import org.tonus.store.IssuedToken;
import org.tonus.store.LoginResult;
import org.tonus.store.Person;
import org.tonus.store.Role;
import org.tonus.store.Sessions;
import org.tonus.store.Store;

/**
 * Signing in and out, who am I, and accounts made by an admin: {@code POST /api/login}, {@code POST
 * /api/logout}, {@code GET /api/me}, {@code POST /api/accounts}. A wrong password and an unknown
 * username get the same 401 after the same work; logins are throttled per client address and per
 * username (429), and a locked account is 423.
 */
final class AccountRoutes {
  private static final String JSON = "application/json";

  private final Store store;
  private final PatientAccess access;
  private final LoginThrottle throttle;
  private final boolean secureCookie;
  private final Clock clock;
  private final JsonOutput json = new JsonOutput();

  AccountRoutes(
      Store store,
      PatientAccess access,
      LoginThrottle throttle,
      boolean secureCookie,
      Clock clock) {
    this.store = store;
    this.access = access;
    this.throttle = throttle;
    this.secureCookie = secureCookie;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/login", this::login);
    routes.post("/api/logout", this::logout);
    routes.get("/api/me", this::me);
    routes.post("/api/accounts", this::addAccount);
  }

  record PersonJson(long id, String role, String displayName) {
    static PersonJson of(Person person) {
      return new PersonJson(person.id(), PatientRoutes.word(person.role()), person.displayName());
    }
  }

  record LoggedIn(String token, Instant expiresAt, PersonJson person) {}

  private void login(Context ctx) {
    RequestFields request = JsonRequest.parse(body(ctx));
    request.allowOnly("username", "password");
    String username = request.requiredText("username");
    String password = request.requiredText("password");
    Optional<Duration> wait = throttle.attempt(PatientAccess.origin(ctx), username);
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
      throw new ProblemException(
          429,
          Problem.TOO_MANY_LOGINS,
          "too many login attempts from this address or for this username; try again in "
              + seconds
              + " s",
          Map.of("Retry-After", Long.toString(seconds)));
    }
    Instant now = clock.instant();
    LoginResult result = store.accounts().login(username, password, now);
    if (result instanceof LoginResult.Succeeded succeeded) {
      Person person = succeeded.person();
      IssuedToken token = store.sessions().issue(person.id(), now);
      access.audit(ctx, person, Optional.empty(), "LOGIN", now);
      Cookie cookie =
          new Cookie(
              SignedIn.COOKIE,
              token.token(),
              "/",
              (int) Sessions.TOKEN_LIFETIME.toSeconds(),
              secureCookie,
              true,
              null,
              SameSite.STRICT);
      ctx.cookie(cookie);
      ctx.status(200)
          .contentType(JSON)
          .result(
              json.write(new LoggedIn(token.token(), token.expiresAt(), PersonJson.of(person))));
    } else if (result instanceof LoginResult.Locked locked) {
      auditFailure(ctx, username, "LOGIN_LOCKED", now);
      long seconds = Math.max(1, Duration.between(now, locked.until()).toSeconds());
      throw new ProblemException(
          423,
          Problem.ACCOUNT_LOCKED,
          "the account is locked after "
              + Accounts.MAX_FAILED_LOGINS
              + " failed logins in a row, until "
              + locked.until()
              + "; try again then, or ask an admin",
          Map.of("Retry-After", Long.toString(seconds)));
    } else {
      auditFailure(ctx, username, "LOGIN_FAILED", now);
      throw new ProblemException(
          401,
          Problem.UNAUTHORIZED,
          "the username or the password is wrong",
          Map.of("WWW-Authenticate", "Bearer realm=\"tonus\""));
    }
  }

  // A refused login to an existing account is on that account's trail (guessing shows there);
  // one to an unknown username has no person to record it against.
  private void auditFailure(Context ctx, String username, String action, Instant now) {
    store
        .accounts()
        .find(username)
        .flatMap(account -> store.people().find(account.personId()))
        .ifPresent(person -> access.audit(ctx, person, Optional.empty(), action, now));
  }

  private void logout(Context ctx) {
    Person person = SignedIn.required(ctx);
    Instant now = clock.instant();
    SignedIn.token(ctx).ifPresent(token -> store.sessions().revoke(token, now));
    access.audit(ctx, person, Optional.empty(), "LOGOUT", now);
    ctx.cookie(new Cookie(SignedIn.COOKIE, "", "/", 0, secureCookie, true, null, SameSite.STRICT));
    ctx.status(204);
  }

  record Me(long id, String role, String displayName, Optional<String> username) {}

  private void me(Context ctx) {
    Person person = SignedIn.required(ctx);
    ctx.contentType(JSON)
        .result(
            json.write(
                new Me(
                    person.id(),
                    PatientRoutes.word(person.role()),
                    person.displayName(),
                    store.accounts().ofPerson(person.id()).map(account -> account.username()))));
  }

  private void addAccount(Context ctx) {
    Person admin = access.requireRole(ctx, Role.ADMIN, Optional.empty(), "CREATE_ACCOUNT");
    RequestFields request = JsonRequest.parse(body(ctx));
    request.allowOnly("role", "username", "displayName", "password");
    Role role =
        request
            .choice("role", Role.class)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "role is missing; give patient, caregiver, clinician or admin"));
    String username = request.requiredText("username");
    if (store.accounts().find(username).isPresent()) {
      throw new ProblemException(
          409, Problem.HTTP_STATUS, "username '" + username + "' is taken; choose another");
    }
    Person person =
        PatientAccess.stored(
            () ->
                store
                    .accounts()
                    .add(
                        role,
                        request.requiredText("displayName"),
                        username,
                        request.requiredText("password")));
    access.audit(ctx, admin, Optional.empty(), "CREATE_ACCOUNT", clock.instant());
    ctx.status(201)
        .contentType(JSON)
        .result(
            json.write(
                new Me(
                    person.id(),
                    PatientRoutes.word(person.role()),
                    person.displayName(),
                    Optional.of(username))));
  }

  private static String body(Context ctx) {
    RequestBodies.acceptedType(ctx, List.of(JSON));
    return RequestBodies.text(ctx);
  }
}
