-- Clientele schema, version 2: full-text search.
--
-- One FTS5 index per kind of record, with external content (the text is
-- not stored twice) kept in step by triggers, so every path that writes the
-- tables (the store, an import, raw SQL) keeps the index right. The
-- unicode61 tokenizer with remove_diacritics 2 makes "muller" find "Müller"
-- and "zoe" find "Zoë"; the prefix indexes make prefix queries cheap.

CREATE VIRTUAL TABLE clients_fts USING fts5 (
  name, external_id, email, phone, city,
  content = 'clients', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
  INSERT INTO clients_fts (rowid, name, external_id, email, phone, city)
  VALUES (new.id, new.name, new.external_id, new.email, new.phone, new.city);
END;

CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
  INSERT INTO clients_fts (clients_fts, rowid, name, external_id, email, phone, city)
  VALUES ('delete', old.id, old.name, old.external_id, old.email, old.phone, old.city);
END;

CREATE TRIGGER clients_fts_update
AFTER UPDATE OF name, external_id, email, phone, city ON clients BEGIN
  INSERT INTO clients_fts (clients_fts, rowid, name, external_id, email, phone, city)
  VALUES ('delete', old.id, old.name, old.external_id, old.email, old.phone, old.city);
  INSERT INTO clients_fts (rowid, name, external_id, email, phone, city)
  VALUES (new.id, new.name, new.external_id, new.email, new.phone, new.city);
END;

CREATE VIRTUAL TABLE contacts_fts USING fts5 (
  first_name, last_name, email, phone, job_title,
  content = 'contacts', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, job_title)
  VALUES (new.id, new.first_name, new.last_name, new.email, new.phone, new.job_title);
END;

CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
  INSERT INTO contacts_fts (contacts_fts, rowid, first_name, last_name, email, phone, job_title)
  VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.phone, old.job_title);
END;

CREATE TRIGGER contacts_fts_update
AFTER UPDATE OF first_name, last_name, email, phone, job_title ON contacts BEGIN
  INSERT INTO contacts_fts (contacts_fts, rowid, first_name, last_name, email, phone, job_title)
  VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.phone, old.job_title);
  INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, job_title)
  VALUES (new.id, new.first_name, new.last_name, new.email, new.phone, new.job_title);
END;

CREATE VIRTUAL TABLE notes_fts USING fts5 (
  body,
  content = 'notes', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
  INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
END;

-- Rows stored before this version.
INSERT INTO clients_fts (clients_fts) VALUES ('rebuild');
INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild');
INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');
