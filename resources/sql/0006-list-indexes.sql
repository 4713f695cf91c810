-- Clientele schema, version 6: list indexes that answer a whole list query.
--
-- A list of a million clients is read in the order of one of these
-- indexes, and every filter the list offers (status, favorite, staff, a
-- piece of the name) is checked on the index entry itself, without
-- reading the table row: that is what keeps a re-sort under 200 ms.
-- Spam is left out of them: the Spam view is small and reads the table.

DROP INDEX IF EXISTS clients_name;
DROP INDEX IF EXISTS clients_status;
DROP INDEX IF EXISTS clients_created;
DROP INDEX IF EXISTS clients_favorite;

CREATE INDEX clients_name
  ON clients (name COLLATE NOCASE, id, status, favorite, staff_id)
  WHERE deleted_at IS NULL AND spam = 0;

CREATE INDEX clients_status
  ON clients (status, name COLLATE NOCASE, id, favorite, staff_id)
  WHERE deleted_at IS NULL AND spam = 0;

CREATE INDEX clients_created
  ON clients (created_at, id, name, status, favorite, staff_id)
  WHERE deleted_at IS NULL AND spam = 0;

CREATE INDEX clients_favorite
  ON clients (favorite, name COLLATE NOCASE, id, status, staff_id)
  WHERE deleted_at IS NULL AND spam = 0;
