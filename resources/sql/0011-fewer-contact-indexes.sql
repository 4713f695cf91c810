-- Clientele schema, version 11: two indexes on contacts fewer.
--
-- Every index costs each write to the table, and a large import rebuilds
-- them all; these two had nothing of their own to do:
--
-- - contacts_email (email) was a prefix of contacts_list_email (email,
--   then the name), which finds a contact by e-mail just as well.
-- - contacts_client (client_id), which SQLite needs to find a deleted
--   client's contacts, and contacts_client_order, which lists a client's
--   contacts in order but left out removed ones, are one index when the
--   second keeps every row and ends with deleted_at: it serves both, and
--   the lists still read whether a contact is removed from the index.

DROP INDEX contacts_email;
DROP INDEX contacts_client;
DROP INDEX contacts_client_order;

CREATE INDEX contacts_client_order
  ON contacts (client_id, is_primary DESC, last_name COLLATE NOCASE,
               first_name COLLATE NOCASE, id, deleted_at);
