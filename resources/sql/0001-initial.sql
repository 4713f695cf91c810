-- Clientele schema, version 1: staff, clients, contacts, tags and notes.
--
-- Migrations run forward only, each in one transaction, and set
-- PRAGMA user_version to their number. Never edit a migration that has
-- shipped: add the next one.
--
-- Times are UTC ISO 8601 text ("2026-11-26T23:59:00.123456Z", to the microsecond so that "changed
-- since" comparisons hold). Empty optional text
-- is stored as NULL so that unique indexes ignore it.

CREATE TABLE staff (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  email       TEXT,
  created_at  TEXT NOT NULL
);

CREATE TABLE clients (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
  external_id      TEXT,
  additional_info  TEXT,
  status           INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),
  favorite         INTEGER NOT NULL DEFAULT 0 CHECK (favorite IN (0, 1)),
  phone            TEXT,
  email            TEXT,
  website          TEXT,
  street           TEXT,
  city             TEXT,
  region           TEXT,
  postal_code      TEXT,
  country          TEXT,
  staff_id         INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT
);

CREATE UNIQUE INDEX clients_external_id ON clients (external_id)
  WHERE external_id IS NOT NULL;
CREATE INDEX clients_name ON clients (name COLLATE NOCASE, id)
  WHERE deleted_at IS NULL;
CREATE INDEX clients_status ON clients (status, name COLLATE NOCASE, id)
  WHERE deleted_at IS NULL;
CREATE INDEX clients_created ON clients (created_at, id)
  WHERE deleted_at IS NULL;
CREATE INDEX clients_favorite ON clients (name COLLATE NOCASE, id)
  WHERE deleted_at IS NULL AND favorite = 1;

CREATE TABLE contacts (
  id           INTEGER PRIMARY KEY,
  client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  first_name   TEXT NOT NULL DEFAULT '',
  last_name    TEXT NOT NULL DEFAULT '',
  job_title    TEXT,
  email        TEXT,
  phone        TEXT,
  street       TEXT,
  city         TEXT,
  region       TEXT,
  postal_code  TEXT,
  country      TEXT,
  external_id  TEXT,
  is_primary   INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  inactive     INTEGER NOT NULL DEFAULT 0 CHECK (inactive IN (0, 1)),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT,
  CHECK (length(trim(first_name)) + length(trim(last_name)) > 0),
  -- A removed contact cannot stay primary.
  CHECK (NOT (is_primary = 1 AND deleted_at IS NOT NULL))
);

CREATE UNIQUE INDEX contacts_external_id ON contacts (external_id)
  WHERE external_id IS NOT NULL;
CREATE INDEX contacts_client ON contacts (client_id)
  WHERE deleted_at IS NULL;
-- At most one primary contact per client, whatever writes the row.
CREATE UNIQUE INDEX contacts_one_primary ON contacts (client_id)
  WHERE is_primary = 1;
CREATE INDEX contacts_email ON contacts (email COLLATE NOCASE)
  WHERE email IS NOT NULL;

-- A client never loses its last contact, whatever writes the row. Deleting
-- the client itself (purging it from the trash) takes its contacts along:
-- by then the client row is gone, so the check lets the cascade through.
CREATE TRIGGER contacts_keep_last_delete
BEFORE DELETE ON contacts
WHEN OLD.deleted_at IS NULL
 AND EXISTS (SELECT 1 FROM clients WHERE id = OLD.client_id)
 AND NOT EXISTS (SELECT 1 FROM contacts
                 WHERE client_id = OLD.client_id AND id != OLD.id
                   AND deleted_at IS NULL)
BEGIN
  SELECT RAISE (ABORT, 'a client must keep at least one contact');
END;

CREATE TRIGGER contacts_keep_last_trash
BEFORE UPDATE OF deleted_at ON contacts
WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM contacts
                 WHERE client_id = OLD.client_id AND id != OLD.id
                   AND deleted_at IS NULL)
BEGIN
  SELECT RAISE (ABORT, 'a client must keep at least one contact');
END;

CREATE TABLE tags (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);

CREATE TABLE client_tags (
  client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (client_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX client_tags_tag ON client_tags (tag_id, client_id);

CREATE TABLE notes (
  id          INTEGER PRIMARY KEY,
  client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  author_id   INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
  created_at  TEXT NOT NULL
);

CREATE INDEX notes_client ON notes (client_id, created_at DESC, id DESC);

-- Small key/value facts about this database.
CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT
) WITHOUT ROWID;
