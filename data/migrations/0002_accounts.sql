-- DutyDesk schema version 2: sign-in, password rules, lock-out, audit by user name (docs/SECURITY.md).
-- Passwords are stored only as Argon2id hashes (libsodium crypto_pwhash_str): users.password_hash.

-- An administrator's reset forces the user to choose a new password at the next sign-in.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE users ADD COLUMN password_changed_at TEXT;

-- Failed attempts and locks belong to this console: they are not synced, so a lock-out on one console
-- cannot be used to lock a user out of the whole district.
CREATE TABLE sign_in_state (
    user_id         TEXT PRIMARY KEY REFERENCES users(id),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    TEXT,                      -- UTC instant; NULL or past = not locked
    last_sign_in_at TEXT
);

-- Every hash a user has had, newest last: "not one of the last N passwords" verifies against these.
CREATE TABLE password_history (
    id            TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users(id),
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    last_writer   TEXT NOT NULL
);
CREATE INDEX password_history_user ON password_history(user_id, created_at);

-- The district's password and lock-out rules (AccountPolicy); changed by a district administrator.
CREATE TABLE account_policy (
    key   TEXT PRIMARY KEY CHECK (key IN ('min_length', 'history', 'max_failures', 'lock_minutes')),
    value INTEGER NOT NULL CHECK (value >= 0)
);
INSERT INTO account_policy (key, value) VALUES ('min_length', 10), ('history', 5), ('max_failures', 5), ('lock_minutes', 15);

-- The name as typed or as it was at the time: failed sign-ins of unknown names have no user_id, and
-- a user renamed later must not rewrite history.
ALTER TABLE audit_log ADD COLUMN user_name TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_user ON audit_log(user_name, at);
CREATE INDEX audit_log_action ON audit_log(action, at);
