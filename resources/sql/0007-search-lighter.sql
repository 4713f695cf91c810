-- Clientele schema, version 7: lighter search indexes for clients and
-- contacts.
--
-- Measured on a million contacts: keeping token positions (detail=full)
-- and one-letter prefix indexes made indexing 9.5 s of a 22 s import, yet
-- search needs neither: queries are word prefixes with no phrases, and a
-- one-letter prefix query is answered in a few milliseconds from the
-- two-letter index and the terms themselves. detail=column keeps column
-- filters (the client list filters on the name column).

DROP TABLE clients_fts;
CREATE VIRTUAL TABLE clients_fts USING fts5 (
  name, external_id, email, phone, city,
  content = 'clients', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3', detail = column
);

DROP TABLE contacts_fts;
CREATE VIRTUAL TABLE contacts_fts USING fts5 (
  first_name, last_name, email, phone, job_title,
  content = 'contacts', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3', detail = column
);

INSERT INTO clients_fts (clients_fts) VALUES ('rebuild');
INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild');
