-- Clientele schema, version 5: search over bookings, conversation entries,
-- invoices, payments and documents, like 0002 does for clients, contacts
-- and notes (external content, kept in step by triggers).
--
-- Bookings are also found by their contact's and client's names: the
-- search joins contacts_fts and clients_fts, so nothing is copied and a
-- renamed contact is found under the new name at once.

CREATE VIRTUAL TABLE bookings_fts USING fts5 (
  service, notes,
  content = 'bookings', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER bookings_fts_insert AFTER INSERT ON bookings BEGIN
  INSERT INTO bookings_fts (rowid, service, notes) VALUES (new.id, new.service, new.notes);
END;

CREATE TRIGGER bookings_fts_delete AFTER DELETE ON bookings BEGIN
  INSERT INTO bookings_fts (bookings_fts, rowid, service, notes)
  VALUES ('delete', old.id, old.service, old.notes);
END;

CREATE TRIGGER bookings_fts_update AFTER UPDATE OF service, notes ON bookings BEGIN
  INSERT INTO bookings_fts (bookings_fts, rowid, service, notes)
  VALUES ('delete', old.id, old.service, old.notes);
  INSERT INTO bookings_fts (rowid, service, notes) VALUES (new.id, new.service, new.notes);
END;

CREATE VIRTUAL TABLE messages_fts USING fts5 (
  subject, body,
  content = 'messages', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
  INSERT INTO messages_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body);
END;

CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, subject, body)
  VALUES ('delete', old.id, old.subject, old.body);
END;

CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, body ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, subject, body)
  VALUES ('delete', old.id, old.subject, old.body);
  INSERT INTO messages_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body);
END;

CREATE VIRTUAL TABLE invoices_fts USING fts5 (
  number, description,
  content = 'invoices', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER invoices_fts_insert AFTER INSERT ON invoices BEGIN
  INSERT INTO invoices_fts (rowid, number, description) VALUES (new.id, new.number, new.description);
END;

CREATE TRIGGER invoices_fts_delete AFTER DELETE ON invoices BEGIN
  INSERT INTO invoices_fts (invoices_fts, rowid, number, description)
  VALUES ('delete', old.id, old.number, old.description);
END;

CREATE TRIGGER invoices_fts_update AFTER UPDATE OF number, description ON invoices BEGIN
  INSERT INTO invoices_fts (invoices_fts, rowid, number, description)
  VALUES ('delete', old.id, old.number, old.description);
  INSERT INTO invoices_fts (rowid, number, description) VALUES (new.id, new.number, new.description);
END;

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  file_name,
  content = 'documents', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, file_name) VALUES (new.id, new.file_name);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, file_name) VALUES ('delete', old.id, old.file_name);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF file_name ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, file_name) VALUES ('delete', old.id, old.file_name);
  INSERT INTO documents_fts (rowid, file_name) VALUES (new.id, new.file_name);
END;

-- An amount typed in the search ("120.50") finds invoices and payments.
CREATE INDEX invoices_amount ON invoices (amount_minor);
CREATE INDEX payments_amount ON payments (amount_minor) WHERE deleted_at IS NULL;

INSERT INTO bookings_fts (bookings_fts) VALUES ('rebuild');
INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');
INSERT INTO invoices_fts (invoices_fts) VALUES ('rebuild');
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
