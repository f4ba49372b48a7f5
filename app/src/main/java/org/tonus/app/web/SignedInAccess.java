package org.tonus.app.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;
import org.tonus.store.Person;

/**
 * What the signed-in pages need from the service's accounts: who is signed in, signing in and out
 * with the same login, throttle and session cookie as {@code POST /api/login}, and the same audited
 * gate as the patient routes. Implemented by the server; the pages never read accounts or grants
 * themselves.
 */
public interface SignedInAccess {
  /** The person signed in for this request, if any. */
  Optional<Person> person(Context ctx);

  /**
   * Signs in: on success the session cookie is set on the response and the person returned; a wrong
   * password, an unknown username, a locked account and too many attempts all give empty.
   */
  Optional<Person> signIn(Context ctx, String username, String password);

  /** Ends the request's session (revoked at once) and clears the cookie. */
  void signOut(Context ctx);

  /**
   * Whether the signed-in person may do {@code action} for {@code patientId}; the decision is
   * appended to the audit trail either way ({@code DENIED_<action>} when not).
   */
  boolean allow(Context ctx, long patientId, String action);

  /** The server's clock. */
  Instant now();
}
