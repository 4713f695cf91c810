-- Clientele schema, version 3: the whole client card.
--
-- Bookings (jobs and appointments with a due time from the client's SLA),
-- invoices and payments (integer minor units and an ISO 4217 code),
-- documents (files stored beside the database by content hash), messages
-- (conversation entries), staff roles, spam, SLA hours and avatars.
--
-- Enumerations are small integers, as clients.status is; their meaning is
-- in the C enums named beside each column. The CHECKs and triggers repeat
-- the store's rules so that no other path (an import, raw SQL) can break
-- them; the store checks first and says what is wrong in words.

-- CrmClient: spam hides a client from the normal lists; SLA hours per
-- CrmBookingPriority give a new booking its due time.
ALTER TABLE clients ADD COLUMN spam INTEGER NOT NULL DEFAULT 0
  CHECK (spam IN (0, 1));
ALTER TABLE clients ADD COLUMN sla_low_hours INTEGER NOT NULL DEFAULT 72
  CHECK (sla_low_hours BETWEEN 1 AND 8760);
ALTER TABLE clients ADD COLUMN sla_normal_hours INTEGER NOT NULL DEFAULT 24
  CHECK (sla_normal_hours BETWEEN 1 AND 8760);
ALTER TABLE clients ADD COLUMN sla_high_hours INTEGER NOT NULL DEFAULT 8
  CHECK (sla_high_hours BETWEEN 1 AND 8760);
ALTER TABLE clients ADD COLUMN sla_urgent_hours INTEGER NOT NULL DEFAULT 2
  CHECK (sla_urgent_hours BETWEEN 1 AND 8760);
-- A small PNG (the app scales pictures down before storing them).
ALTER TABLE clients ADD COLUMN avatar BLOB
  CHECK (avatar IS NULL OR length (avatar) <= 262144);
ALTER TABLE contacts ADD COLUMN avatar BLOB
  CHECK (avatar IS NULL OR length (avatar) <= 262144);

-- Spam and staff filters of the client list.
CREATE INDEX clients_spam ON clients (name COLLATE NOCASE, id)
  WHERE deleted_at IS NULL AND spam = 1;
CREATE INDEX clients_staff ON clients (staff_id, name COLLATE NOCASE, id)
  WHERE deleted_at IS NULL;

-- The contacts view: every contact, by name.
CREATE INDEX contacts_name
  ON contacts (last_name COLLATE NOCASE, first_name COLLATE NOCASE, id)
  WHERE deleted_at IS NULL;

-- CrmStaffRole: 0 admin, 1 staff, 2 read-only. Inactive staff keep their
-- name on what they wrote but can no longer be picked.
ALTER TABLE staff ADD COLUMN role INTEGER NOT NULL DEFAULT 1
  CHECK (role BETWEEN 0 AND 2);
ALTER TABLE staff ADD COLUMN active INTEGER NOT NULL DEFAULT 1
  CHECK (active IN (0, 1));

-- Whoever used Clientele before staff had roles ran the whole thing.
UPDATE staff SET role = 0;

-- The first staff member of a new database is its admin.
CREATE TRIGGER staff_first_is_admin
AFTER INSERT ON staff
WHEN NOT EXISTS (SELECT 1 FROM staff WHERE id != NEW.id)
BEGIN
  UPDATE staff SET role = 0 WHERE id = NEW.id;
END;

-- A job or an appointment. priority: CrmBookingPriority (low, normal, high,
-- urgent); status: CrmBookingStatus (open, scheduled, completed, cancelled,
-- no-show). It is overdue while open or scheduled and due_at has passed.
CREATE TABLE bookings (
  id          INTEGER PRIMARY KEY,
  client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  contact_id  INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  staff_id    INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  service     TEXT NOT NULL CHECK (length (trim (service)) > 0),
  priority    INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 3),
  starts_at   TEXT,
  ends_at     TEXT,
  due_at      TEXT NOT NULL,
  status      INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT,
  CHECK (ends_at IS NULL OR starts_at IS NOT NULL),
  CHECK (ends_at IS NULL OR ends_at >= starts_at)
);

-- The card's tab: one client's bookings by when they happen.
CREATE INDEX bookings_client
  ON bookings (client_id, coalesce (starts_at, due_at), id)
  WHERE deleted_at IS NULL;
-- The Bookings view: by due time, status, staff; overdue ones.
CREATE INDEX bookings_due ON bookings (due_at, id)
  WHERE deleted_at IS NULL;
CREATE INDEX bookings_status ON bookings (status, due_at, id)
  WHERE deleted_at IS NULL;
CREATE INDEX bookings_staff ON bookings (staff_id, due_at, id)
  WHERE deleted_at IS NULL;
CREATE INDEX bookings_open_due ON bookings (due_at, id)
  WHERE deleted_at IS NULL AND status IN (0, 1);
CREATE INDEX bookings_contact ON bookings (contact_id)
  WHERE contact_id IS NOT NULL;

-- A booking's contact is one of its client's contacts.
CREATE TRIGGER bookings_contact_of_client_insert
BEFORE INSERT ON bookings
WHEN NEW.contact_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM contacts
                 WHERE id = NEW.contact_id AND client_id = NEW.client_id)
BEGIN
  SELECT RAISE (ABORT, 'the contact belongs to another client');
END;

CREATE TRIGGER bookings_contact_of_client_update
BEFORE UPDATE OF contact_id, client_id ON bookings
WHEN NEW.contact_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM contacts
                 WHERE id = NEW.contact_id AND client_id = NEW.client_id)
BEGIN
  SELECT RAISE (ABORT, 'the contact belongs to another client');
END;

-- Invoices carry the number the app gave them ("INV-2026-0001"), dates as
-- YYYY-MM-DD, and the amount in minor units of an ISO 4217 currency.
-- Their status (open, partly paid, paid, void) follows from their payments.
CREATE TABLE invoices (
  id            INTEGER PRIMARY KEY,
  number        TEXT NOT NULL UNIQUE,
  client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  description   TEXT,
  issued_on     TEXT NOT NULL CHECK (date (issued_on) IS issued_on),
  due_on        TEXT NOT NULL CHECK (date (due_on) IS due_on),
  amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
  currency      TEXT NOT NULL
                CHECK (length (currency) = 3 AND currency = upper (currency)),
  void          INTEGER NOT NULL DEFAULT 0 CHECK (void IN (0, 1)),
  created_at    TEXT NOT NULL,
  CHECK (due_on >= issued_on)
);

CREATE INDEX invoices_client ON invoices (client_id, issued_on, id);

-- A payment, optionally applied to one invoice of the same client and
-- currency. Removed payments stay in the trash (deleted_at) for Undo.
CREATE TABLE payments (
  id            INTEGER PRIMARY KEY,
  client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  invoice_id    INTEGER REFERENCES invoices (id) ON DELETE CASCADE,
  amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
  currency      TEXT NOT NULL
                CHECK (length (currency) = 3 AND currency = upper (currency)),
  paid_on       TEXT NOT NULL CHECK (date (paid_on) IS paid_on),
  method        TEXT,
  note          TEXT,
  created_at    TEXT NOT NULL,
  deleted_at    TEXT
);

CREATE INDEX payments_client ON payments (client_id, paid_on, id)
  WHERE deleted_at IS NULL;
CREATE INDEX payments_invoice ON payments (invoice_id)
  WHERE invoice_id IS NOT NULL;

-- An invoice is never paid more than its amount, nor paid in another
-- currency or by another client, nor paid once void.
CREATE TRIGGER payments_fit_invoice_insert
BEFORE INSERT ON payments
WHEN NEW.invoice_id IS NOT NULL AND NEW.deleted_at IS NULL
 AND NOT EXISTS (
   SELECT 1 FROM invoices i
    WHERE i.id = NEW.invoice_id AND i.client_id = NEW.client_id
      AND i.currency = NEW.currency AND i.void = 0
      AND NEW.amount_minor + (SELECT coalesce (sum (p.amount_minor), 0)
                                FROM payments p
                               WHERE p.invoice_id = i.id
                                 AND p.deleted_at IS NULL) <= i.amount_minor)
BEGIN
  SELECT RAISE (ABORT, 'the payment does not fit its invoice');
END;

CREATE TRIGGER payments_fit_invoice_restore
BEFORE UPDATE OF deleted_at ON payments
WHEN NEW.invoice_id IS NOT NULL AND NEW.deleted_at IS NULL
 AND OLD.deleted_at IS NOT NULL
 AND NOT EXISTS (
   SELECT 1 FROM invoices i
    WHERE i.id = NEW.invoice_id AND i.void = 0
      AND NEW.amount_minor + (SELECT coalesce (sum (p.amount_minor), 0)
                                FROM payments p
                               WHERE p.invoice_id = i.id
                                 AND p.deleted_at IS NULL) <= i.amount_minor)
BEGIN
  SELECT RAISE (ABORT, 'the payment does not fit its invoice');
END;

CREATE TRIGGER payments_fixed
BEFORE UPDATE OF client_id, invoice_id, amount_minor, currency ON payments
BEGIN
  SELECT RAISE (ABORT, 'a payment is recorded once; remove it and record another');
END;

-- A file attached to a client, stored once as documents/<sha256> beside
-- the database however often it is attached.
CREATE TABLE documents (
  id                  INTEGER PRIMARY KEY,
  client_id           INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  file_name           TEXT NOT NULL CHECK (length (trim (file_name)) > 0),
  mime_type           TEXT NOT NULL,
  size                INTEGER NOT NULL CHECK (size >= 0),
  sha256              TEXT NOT NULL
                      CHECK (length (sha256) = 64 AND sha256 = lower (sha256)),
  shared_with_client  INTEGER NOT NULL DEFAULT 0
                      CHECK (shared_with_client IN (0, 1)),
  added_by            INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  added_at            TEXT NOT NULL,
  deleted_at          TEXT
);

CREATE INDEX documents_client ON documents (client_id, added_at, id)
  WHERE deleted_at IS NULL;
CREATE INDEX documents_sha256 ON documents (sha256);

-- A conversation entry. channel: CrmMessageChannel (email, phone, meeting,
-- sms, other); direction: CrmMessageDirection (in, out).
CREATE TABLE messages (
  id           INTEGER PRIMARY KEY,
  client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  contact_id   INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  author_id    INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  channel      INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 4),
  direction    INTEGER NOT NULL CHECK (direction IN (0, 1)),
  subject      TEXT,
  body         TEXT,
  occurred_at  TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  CHECK (length (trim (coalesce (subject, '') || coalesce (body, ''))) > 0)
);

CREATE INDEX messages_client ON messages (client_id, occurred_at, id);
CREATE INDEX messages_contact ON messages (contact_id)
  WHERE contact_id IS NOT NULL;

CREATE TRIGGER messages_contact_of_client
BEFORE INSERT ON messages
WHEN NEW.contact_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM contacts
                 WHERE id = NEW.contact_id AND client_id = NEW.client_id)
BEGIN
  SELECT RAISE (ABORT, 'the contact belongs to another client');
END;
