-- Clientele schema, version 10: an index SQLite can use for every foreign
-- key whose parent row is ever deleted.
--
-- Deleting a client (undoing an import, emptying the trash) makes SQLite
-- find its contacts, bookings, payments and documents by client_id. The
-- indexes on those columns leave out removed rows (WHERE deleted_at IS
-- NULL), which a lookup by client_id alone cannot use: each deleted client
-- cost a scan of the whole table, hours for an import of a million rows.

DROP INDEX contacts_client;
CREATE INDEX contacts_client ON contacts (client_id);

CREATE INDEX bookings_client_id ON bookings (client_id);
CREATE INDEX payments_client_id ON payments (client_id);
CREATE INDEX documents_client_id ON documents (client_id);
