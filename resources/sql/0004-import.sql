-- Clientele schema, version 4: import batches, so that any import can be
-- undone later.
--
-- Rows an import creates carry its batch id; rows it updates leave their
-- previous values in import_changes. Undo deletes the one and restores the
-- other, as long as nothing has changed the rows since.

CREATE TABLE import_batches (
  id           INTEGER PRIMARY KEY,
  file_name    TEXT NOT NULL,
  format       TEXT NOT NULL,
  stamp        TEXT NOT NULL,   -- the updated_at of every row it wrote
  finished_at  TEXT,
  rows_read    INTEGER NOT NULL DEFAULT 0,
  created      INTEGER NOT NULL DEFAULT 0,
  updated      INTEGER NOT NULL DEFAULT 0,
  skipped      INTEGER NOT NULL DEFAULT 0,
  failed       INTEGER NOT NULL DEFAULT 0,
  staff_id     INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  undone_at    TEXT
);

CREATE TABLE import_changes (
  batch_id    INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('client', 'contact')),
  row_id      INTEGER NOT NULL,
  old_values  TEXT NOT NULL,     -- JSON object of the columns as they were
  PRIMARY KEY (batch_id, kind, row_id)
) WITHOUT ROWID;

ALTER TABLE clients ADD COLUMN import_batch_id INTEGER
  REFERENCES import_batches (id) ON DELETE SET NULL;
ALTER TABLE contacts ADD COLUMN import_batch_id INTEGER
  REFERENCES import_batches (id) ON DELETE SET NULL;
ALTER TABLE notes ADD COLUMN import_batch_id INTEGER
  REFERENCES import_batches (id) ON DELETE SET NULL;
ALTER TABLE client_tags ADD COLUMN import_batch_id INTEGER;

CREATE INDEX clients_import ON clients (import_batch_id)
  WHERE import_batch_id IS NOT NULL;
CREATE INDEX contacts_import ON contacts (import_batch_id)
  WHERE import_batch_id IS NOT NULL;
CREATE INDEX notes_import ON notes (import_batch_id)
  WHERE import_batch_id IS NOT NULL;
CREATE INDEX client_tags_import ON client_tags (import_batch_id)
  WHERE import_batch_id IS NOT NULL;
