-- Accounts and sessions. Portable SQL: the same script runs on H2 2.x and PostgreSQL 15.

-- One account per person. username keeps the spelling given; username_key (lower case) makes it
-- unique regardless of case. password_hash is an Argon2id PHC string, never the password.
-- After too many failed logins in a row the account is locked until locked_until.
CREATE TABLE account (
  person_id BIGINT PRIMARY KEY REFERENCES person (id),
  username VARCHAR(64) NOT NULL,
  username_key VARCHAR(64) NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until TIMESTAMP WITH TIME ZONE,
  CONSTRAINT account_username_once UNIQUE (username_key)
);

-- Bearer and session-cookie tokens: only the SHA-256 of a token is kept (hex), so a copy of the
-- database does not let anyone sign in. A token is valid until expires_at unless revoked (logout).
CREATE TABLE session_token (
  token_sha256 CHAR(64) PRIMARY KEY,
  person_id BIGINT NOT NULL REFERENCES person (id),
  issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT session_token_dates CHECK (expires_at > issued_at)
);
CREATE INDEX session_token_person ON session_token (person_id);
