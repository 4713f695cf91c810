/* crm-bench-data.c: a deterministic, realistic data set of any size.
 *
 * Clients with their contacts, notes, tags, bookings, invoices, payments,
 * conversation entries and document records (the records, not files);
 * client 1 carries a heavy history of every kind. Names come from several
 * languages and scripts (accents, Greek, Cyrillic, Japanese) so that
 * search and sorting meet what real address books hold.
 * The same seed always gives the same rows. The database is written with
 * plain prepared INSERTs in one transaction through the schema of a real
 * CrmStore, so every index and trigger a real database has is there.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "crm-bench-data.h"
#include "crm-store.h"

static const char * const first_names[] = {
  "Ada", "Zoë", "Jürgen", "Søren", "Amélie", "José", "Łukasz", "Ingrid", "Mohammed",
  "Olga", "Chloé", "Björn", "Hanako", "Dmitri", "Fatima", "Liam", "Noah", "Emma",
  "Mia", "Lucas", "Sofía", "Mateo", "Élodie", "François", "Giulia", "Marco", "Ana",
  "João", "Priya", "Arjun", "Wei", "Yuki", "Kenji", "Nikos", "Eleni", "Σοφία",
  "Ιωάννης", "Анна", "Иван", "Мария", "太郎", "花子", "Zoltán", "Ákos", "Çağla",
  "Şebnem", "Tomáš", "Anežka", "Rhiannon", "Siobhán",
};

static const char * const last_names[] = {
  "Müller", "Schmidt", "Keller", "Nørgaard", "García", "Fernández", "Kowalski",
  "Nowak", "Johansson", "Lefèvre", "Dubois", "Rossi", "Bianchi", "Silva", "Santos",
  "Patel", "Sharma", "Wang", "Li", "Tanaka", "Suzuki", "Papadopoulos", "Παπαδόπουλος",
  "Иванов", "Смирнова", "山田", "佐藤", "Horváth", "Yılmaz", "Novák", "O'Brien",
  "Ó Súilleabháin", "Smith", "Jones", "Brown", "Taylor", "Lovelace", "Hopper",
  "Thompson", "Martin", "Bernard", "Moreau", "Laurent", "Kim", "Park", "Nguyen",
  "Haddad", "Cohen", "Levi", "Andersen",
};

static const char * const company_first[] = {
  "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay",
  "Nordlicht", "Sonnenschein", "Étoile", "Lumière", "Aurora", "Boréal", "Kōyō",
  "東京", "大阪", "Αθηνά", "Олимп", "Bergström", "Fjord", "Atlas", "Zenith",
  "Horizon", "Pioneer", "Summit", "Cascade", "Evergreen", "Silverline", "Bluebird",
  "Redwood", "Ironclad", "Quantum", "Nimbus", "Vertex", "Harbor", "Maple", "Cedar",
  "Orchid", "Saffron",
};

static const char * const company_second[] = {
  "Logistics", "Bakery", "Dental", "Builders", "Consulting", "Travel", "Events",
  "Catering", "Media", "Studios", "Gruppe", "& Söhne", "Associés", "Hermanos",
  "商事", "工業", "Τεχνική", "Строй", "Partners", "Holdings", "Outfitters",
  "Plumbing", "Electric", "Landscaping", "Tours", "Academy", "Clinic", "Motors",
  "Foods", "Design",
};

static const char * const company_suffix[] = {
  "", "", "", "Ltd", "GmbH", "SARL", "S.A.", "Inc.", "LLC", "AG", "Oy", "AB", "KK",
};

static const char * const cities[] = {
  "Berlin", "München", "Zürich", "Paris", "Lyon", "Madrid", "Sevilla", "Lisboa",
  "Kraków", "Praha", "Budapest", "Wien", "Stockholm", "Göteborg", "København",
  "Oslo", "Helsinki", "London", "Dublin", "Cork", "New York", "Chicago", "Toronto",
  "México", "São Paulo", "Tokyo", "大阪", "Αθήνα", "Москва", "İstanbul",
};

static const char * const tags[] = {
  "VIP", "Wholesale", "Retail", "Newsletter", "Late payer", "Partner", "Event",
  "Group sales", "Corporate", "School", "Non-profit", "Referral", "Trade show",
  "Annual contract", "Prospect 2026",
};

static const char * const note_words[] = {
  "called", "about", "the", "invoice", "booking", "group", "tour", "dates", "asked",
  "for", "a", "quote", "prefers", "email", "phone", "morning", "meeting", "next",
  "week", "follow", "up", "contract", "renewal", "discount", "catering", "venue",
  "Zoë", "Müller", "logistics", "delivery", "confirmed", "cancelled", "rescheduled",
  "payment", "received", "reminder", "sent", "visit", "site", "survey",
};

static const char * const services[] = {
  "Group tour", "Catering", "Venue visit", "Airport transfer", "Workshop",
  "Conference room", "Wine tasting", "City walk", "Führung Altstadt", "Croisière",
};

static const char * const subjects[] = {
  "Quote for the spring trip", "Re: dates in June", "Invoice question",
  "Dietary needs", "Call about the venue", "Follow-up", "Rooming list",
  "Deposit received", "Änderung der Teilnehmerzahl", "Devis signé",
};

static const struct {
  const char *name;
  const char *mime_type;
} files[] = {
  { "contract.pdf", "application/pdf" },
  { "rooming-list.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  { "menu.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  { "floor-plan.png", "image/png" },
  { "quote.pdf", "application/pdf" },
  { "Teilnehmerliste.csv", "text/csv" },
};

/* splitmix64: tiny, fast and the same everywhere. */
static inline guint64
next_random (guint64 *state)
{
  guint64 z = (*state += 0x9e3779b97f4a7c15ull);

  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

#define PICK(state, array) (array[next_random (state) % G_N_ELEMENTS (array)])

static void
make_company (guint64 *state,
              guint    i,
              GString *out)
{
  const char *suffix = PICK (state, company_suffix);

  g_string_printf (out, "%s %s", PICK (state, company_first), PICK (state, company_second));
  if (*suffix)
    g_string_append_printf (out, " %s", suffix);
  /* Enough variety that names are mostly distinct at a million. */
  g_string_append_printf (out, " %u", i % 997);
}

static void
make_email (const char *first,
            const char *last,
            guint       n,
            GString    *out)
{
  g_autofree char *f = g_str_to_ascii (first, "C");
  g_autofree char *l = g_str_to_ascii (last, "C");

  g_string_truncate (out, 0);
  for (const char *p = f; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  /* Names in other scripts have no ASCII form: the address then says who
   * by number only, as such addresses often do. */
  if (out->len == 0)
    g_string_append (out, "contact");
  g_string_append_c (out, '.');
  for (const char *p = l; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  if (out->str[out->len - 1] == '.')
    g_string_truncate (out, out->len - 1);
  g_string_append_printf (out, "%u@example.com", n);
}

static void
make_note (guint64 *state,
           GString *out)
{
  guint words = 6 + next_random (state) % 14;

  g_string_truncate (out, 0);
  for (guint w = 0; w < words; w++)
    {
      if (w)
        g_string_append_c (out, ' ');
      g_string_append (out, PICK (state, note_words));
    }
  g_string_append_c (out, '.');
}

/* How much history a client has: a tenth of the heavy card's each for
 * bookings, invoices and payments, a fifth conversations, a twentieth
 * documents, the rest notes; or about one of each for the others. */
typedef struct {
  guint notes;
  guint bookings;
  guint invoices;
  guint payments;   /* at most one an invoice */
  guint messages;
  guint documents;
} History;

typedef struct {
  sqlite3_stmt *note;
  sqlite3_stmt *booking;
  sqlite3_stmt *invoice;
  sqlite3_stmt *payment;
  sqlite3_stmt *message;
  sqlite3_stmt *document;
} HistoryStmts;

typedef struct {
  guint64 state;
  GString *company;
  GString *email;
  GString *text;
  char     phone[32];
  char     postal[16];
  guint    invoice_no;
  guint    document_no;
} Gen;

static void
gen_init (Gen *gen)
{
  gen->state = 20261126;
  gen->company = g_string_new (NULL);
  gen->email = g_string_new (NULL);
  gen->text = g_string_new (NULL);
}

static void
gen_clear (Gen *gen)
{
  g_string_free (gen->company, TRUE);
  g_string_free (gen->email, TRUE);
  g_string_free (gen->text, TRUE);
}

static guint
contacts_for (Gen                *gen,
              const CrmBenchSize *size)
{
  /* Between 1 and twice the mean, so the mean holds. */
  guint mean = MAX (size->contacts_per_client, 1);
  return 1 + next_random (&gen->state) % (2 * mean - 1);
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", sql, message);
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

static sqlite3_stmt *
prepare (sqlite3 *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  return stmt;
}

static void
step (sqlite3      *db,
      sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("insert failed: %s", sqlite3_errmsg (db));
  sqlite3_reset (stmt);
}

/* The n-th of a client's records, spread over 2026 by the hour. */
static void
make_time (guint  n,
           char  *out,
           gsize  size)
{
  g_snprintf (out, size, "2026-%02u-%02uT%02u:%02u:%02uZ",
              1 + n % 12, 1 + (n / 12) % 28, n % 24, (n / 7) % 60, (n / 60) % 60);
}

static void
make_date (guint  n,
           char  *out,
           gsize  size)
{
  g_snprintf (out, size, "2026-%02u-%02u", 1 + n % 11, 1 + (n / 11) % 28);
}

/* Everything of a client's but its contacts: what its card shows on its
 * tabs, its timeline and global search. */
static void
add_history (sqlite3             *db,
             Gen                 *gen,
             const HistoryStmts  *s,
             guint                client,
             guint                first_contact,
             guint                n_contacts,
             const History       *history)
{
  char when[32], day[16], due_day[16], number[32], sha[65];

  for (guint n = 0; n < history->notes; n++)
    {
      make_note (&gen->state, gen->text);
      make_time (n, when, sizeof when);
      sqlite3_bind_int64 (s->note, 1, client);
      sqlite3_bind_text (s->note, 2, gen->text->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (s->note, 3, when, -1, SQLITE_TRANSIENT);
      step (db, s->note);
    }

  for (guint n = 0; n < history->bookings; n++)
    {
      make_time (n * 5 + 3, when, sizeof when);
      sqlite3_bind_int64 (s->booking, 1, client);
      sqlite3_bind_int64 (s->booking, 2, first_contact + next_random (&gen->state) % n_contacts);
      sqlite3_bind_text (s->booking, 3, PICK (&gen->state, services), -1, SQLITE_STATIC);
      sqlite3_bind_int (s->booking, 4, next_random (&gen->state) % 4);
      sqlite3_bind_text (s->booking, 5, when, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (s->booking, 6, next_random (&gen->state) % 5);
      step (db, s->booking);
    }

  for (guint n = 0; n < history->invoices; n++)
    {
      gint64 amount = 5000 + (gint64) (next_random (&gen->state) % 500000);

      g_snprintf (number, sizeof number, "INV-%08u", ++gen->invoice_no);
      make_date (n, day, sizeof day);
      make_date (n + 1, due_day, sizeof due_day);
      make_time (n * 3 + 1, when, sizeof when);
      sqlite3_bind_text (s->invoice, 1, number, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (s->invoice, 2, client);
      sqlite3_bind_text (s->invoice, 3, PICK (&gen->state, services), -1, SQLITE_STATIC);
      sqlite3_bind_text (s->invoice, 4, day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (s->invoice, 5, strcmp (due_day, day) >= 0 ? due_day : day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (s->invoice, 6, amount);
      sqlite3_bind_text (s->invoice, 7, when, -1, SQLITE_TRANSIENT);
      step (db, s->invoice);

      /* Paid in full, in part, or not yet. */
      if (n < history->payments)
        {
          sqlite3_bind_int64 (s->payment, 1, client);
          sqlite3_bind_int64 (s->payment, 2, sqlite3_last_insert_rowid (db));
          sqlite3_bind_int64 (s->payment, 3, n % 2 ? amount : amount / 2);
          sqlite3_bind_text (s->payment, 4, strcmp (due_day, day) >= 0 ? due_day : day, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (s->payment, 5, when, -1, SQLITE_TRANSIENT);
          step (db, s->payment);
        }
    }

  for (guint n = 0; n < history->messages; n++)
    {
      make_note (&gen->state, gen->text);
      make_time (n * 7 + 2, when, sizeof when);
      sqlite3_bind_int64 (s->message, 1, client);
      sqlite3_bind_int64 (s->message, 2, first_contact + next_random (&gen->state) % n_contacts);
      sqlite3_bind_int (s->message, 3, next_random (&gen->state) % 5);
      sqlite3_bind_int (s->message, 4, next_random (&gen->state) % 2);
      sqlite3_bind_text (s->message, 5, PICK (&gen->state, subjects), -1, SQLITE_STATIC);
      sqlite3_bind_text (s->message, 6, gen->text->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (s->message, 7, when, -1, SQLITE_TRANSIENT);
      step (db, s->message);
    }

  for (guint n = 0; n < history->documents; n++)
    {
      guint f = next_random (&gen->state) % G_N_ELEMENTS (files);
      guint64 a = next_random (&gen->state), b = next_random (&gen->state);

      /* A made-up digest: the records only, no files behind them. */
      g_snprintf (sha, sizeof sha, "%016" G_GINT64_MODIFIER "x%016" G_GINT64_MODIFIER "x"
                  "%016" G_GINT64_MODIFIER "x%016" G_GINT64_MODIFIER "x",
                  a, b, a ^ b, (guint64) ++gen->document_no);
      make_time (n * 11 + 4, when, sizeof when);
      sqlite3_bind_int64 (s->document, 1, client);
      sqlite3_bind_text (s->document, 2, files[f].name, -1, SQLITE_STATIC);
      sqlite3_bind_text (s->document, 3, files[f].mime_type, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (s->document, 4, 1000 + (gint64) (next_random (&gen->state) % 5000000));
      sqlite3_bind_text (s->document, 5, sha, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (s->document, 6, when, -1, SQLITE_TRANSIENT);
      step (db, s->document);
    }
}

/**
 * crm_bench_generate_database:
 *
 * Writes a fresh database at @path (replacing any file there).
 */
gboolean
crm_bench_generate_database (const char          *path,
                             const CrmBenchSize  *size,
                             GError             **error)
{
  g_autoptr(CrmStore) store = NULL;
  sqlite3_stmt *client_stmt, *contact_stmt, *tag_stmt;
  HistoryStmts history_stmts;
  sqlite3 *db = NULL;
  Gen gen;
  guint contact_no = 0;

  g_unlink (path);
  for (const char *suffix = "-wal"; suffix; suffix = g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *side = g_strconcat (path, suffix, NULL);
      g_unlink (side);
    }

  /* A real store lays out the schema. */
  if (!(store = crm_store_open (path, error)))
    return FALSE;
  g_clear_object (&store);

  if (sqlite3_open (path, &db) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }

  if (!exec_sql (db, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; BEGIN", error))
    {
      sqlite3_close (db);
      return FALSE;
    }

  for (guint t = 0; t < G_N_ELEMENTS (tags); t++)
    {
      sqlite3_stmt *stmt = prepare (db, "INSERT INTO tags (name) VALUES (?1)");
      sqlite3_bind_text (stmt, 1, tags[t], -1, SQLITE_STATIC);
      step (db, stmt);
      sqlite3_finalize (stmt);
    }

  client_stmt = prepare (db,
                         "INSERT INTO clients (id, name, external_id, status, favorite, phone,"
                         " city, postal_code, country, staff_id, created_at, updated_at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?10)");
  contact_stmt = prepare (db,
                          "INSERT INTO contacts (client_id, first_name, last_name, job_title, email,"
                          " phone, external_id, is_primary, created_at, updated_at)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
  history_stmts.note = prepare (db,
                                "INSERT INTO notes (client_id, author_id, body, created_at)"
                                " VALUES (?1, 1, ?2, ?3)");
  history_stmts.booking = prepare (db,
                                   "INSERT INTO bookings (client_id, contact_id, staff_id, service,"
                                   " priority, due_at, status, created_at, updated_at)"
                                   " VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?5, ?5)");
  history_stmts.invoice = prepare (db,
                                   "INSERT INTO invoices (number, client_id, description, issued_on,"
                                   " due_on, amount_minor, currency, created_at)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'EUR', ?7)");
  history_stmts.payment = prepare (db,
                                   "INSERT INTO payments (client_id, invoice_id, amount_minor, currency,"
                                   " paid_on, method, created_at)"
                                   " VALUES (?1, ?2, ?3, 'EUR', ?4, 'Bank transfer', ?5)");
  history_stmts.message = prepare (db,
                                   "INSERT INTO messages (client_id, contact_id, author_id, channel,"
                                   " direction, subject, body, occurred_at, created_at)"
                                   " VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?7)");
  history_stmts.document = prepare (db,
                                    "INSERT INTO documents (client_id, file_name, mime_type, size,"
                                    " sha256, added_by, added_at)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6)");
  tag_stmt = prepare (db, "INSERT OR IGNORE INTO client_tags (client_id, tag_id) VALUES (?1, ?2)");

  gen_init (&gen);

  for (guint i = 1; i <= size->clients; i++)
    {
      char created[32];
      char external[32];
      guint n_contacts = contacts_for (&gen, size);

      make_company (&gen.state, i, gen.company);
      g_snprintf (created, sizeof created, "20%02u-%02u-%02uT%02u:%02u:00Z",
                  20 + (guint) (next_random (&gen.state) % 7),
                  1 + (guint) (next_random (&gen.state) % 12),
                  1 + (guint) (next_random (&gen.state) % 28),
                  (guint) (next_random (&gen.state) % 24),
                  (guint) (next_random (&gen.state) % 60));
      g_snprintf (external, sizeof external, "ACC-%07u", i);
      g_snprintf (gen.phone, sizeof gen.phone, "+%u %u %04u %04u",
                  1 + (guint) (next_random (&gen.state) % 98), 10 + i % 90, i % 10000,
                  (guint) (next_random (&gen.state) % 10000));
      g_snprintf (gen.postal, sizeof gen.postal, "%05u", (guint) (next_random (&gen.state) % 100000));

      sqlite3_bind_int64 (client_stmt, 1, i);
      sqlite3_bind_text (client_stmt, 2, gen.company->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (client_stmt, 3, external, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (client_stmt, 4, next_random (&gen.state) % 4);
      sqlite3_bind_int (client_stmt, 5, next_random (&gen.state) % 20 == 0);
      sqlite3_bind_text (client_stmt, 6, gen.phone, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (client_stmt, 7, PICK (&gen.state, cities), -1, SQLITE_STATIC);
      sqlite3_bind_text (client_stmt, 8, gen.postal, -1, SQLITE_TRANSIENT);
      sqlite3_bind_null (client_stmt, 9);
      sqlite3_bind_text (client_stmt, 10, created, -1, SQLITE_TRANSIENT);
      step (db, client_stmt);

      for (guint c = 0; c < n_contacts; c++)
        {
          const char *first = PICK (&gen.state, first_names);
          const char *last = PICK (&gen.state, last_names);
          char cext[32];

          contact_no++;
          make_email (first, last, contact_no, gen.email);
          g_snprintf (cext, sizeof cext, "CON-%08u", contact_no);
          g_snprintf (gen.phone, sizeof gen.phone, "+44 20 %04u %04u",
                      contact_no % 10000, (guint) (next_random (&gen.state) % 10000));

          sqlite3_bind_int64 (contact_stmt, 1, i);
          sqlite3_bind_text (contact_stmt, 2, first, -1, SQLITE_STATIC);
          sqlite3_bind_text (contact_stmt, 3, last, -1, SQLITE_STATIC);
          sqlite3_bind_text (contact_stmt, 4, c == 0 ? "Owner" : "Coordinator", -1, SQLITE_STATIC);
          sqlite3_bind_text (contact_stmt, 5, gen.email->str, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (contact_stmt, 6, gen.phone, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (contact_stmt, 7, cext, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (contact_stmt, 8, c == 0);
          sqlite3_bind_text (contact_stmt, 9, created, -1, SQLITE_TRANSIENT);
          step (db, contact_stmt);
        }

      if (i == 1)
        {
          guint all = size->big_card_records;
          History big = {
            .bookings = all / 10, .invoices = all / 10, .payments = all / 10,
            .messages = all / 5, .documents = all / 20,
          };

          big.notes = all - big.bookings - big.invoices - big.payments - big.messages - big.documents;
          add_history (db, &gen, &history_stmts, i, contact_no - n_contacts + 1, n_contacts, &big);
        }
      else
        {
          guint mean = size->notes_per_client;
          History some = {
            .notes = mean ? next_random (&gen.state) % (2 * mean + 1) : 0,
            .bookings = next_random (&gen.state) % 3,
            .invoices = next_random (&gen.state) % 3,
            .messages = next_random (&gen.state) % 3,
            .documents = next_random (&gen.state) % 3 == 0,
          };

          some.payments = next_random (&gen.state) % (some.invoices + 1);
          add_history (db, &gen, &history_stmts, i, contact_no - n_contacts + 1, n_contacts, &some);
        }

      if (next_random (&gen.state) % 3 == 0)
        {
          sqlite3_bind_int64 (tag_stmt, 1, i);
          sqlite3_bind_int64 (tag_stmt, 2, 1 + next_random (&gen.state) % G_N_ELEMENTS (tags));
          step (db, tag_stmt);
        }
    }

  sqlite3_finalize (client_stmt);
  sqlite3_finalize (contact_stmt);
  sqlite3_finalize (history_stmts.note);
  sqlite3_finalize (history_stmts.booking);
  sqlite3_finalize (history_stmts.invoice);
  sqlite3_finalize (history_stmts.payment);
  sqlite3_finalize (history_stmts.message);
  sqlite3_finalize (history_stmts.document);
  sqlite3_finalize (tag_stmt);
  gen_clear (&gen);

  if (!exec_sql (db, "COMMIT; PRAGMA optimize; ANALYZE", error))
    {
      sqlite3_close (db);
      return FALSE;
    }

  sqlite3_close (db);
  return TRUE;
}

static void
csv_field (GString    *out,
           const char *value)
{
  gboolean quote = strpbrk (value, ",\"\r\n") != NULL;

  if (!quote)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static gboolean
write_csv (const char          *path,
           const CrmBenchSize  *size,
           guint64              max_rows,
           GError             **error);

/**
 * crm_bench_generate_import_csv:
 * @rows: exactly this many data rows
 *
 * An import file of @rows contacts, about four to a client (so 1,048,576
 * rows make some 250,000 clients), with external ids.
 */
gboolean
crm_bench_generate_import_csv (const char  *path,
                               guint64      rows,
                               GError     **error)
{
  CrmBenchSize size = { .clients = G_MAXUINT, .contacts_per_client = 4 };

  return write_csv (path, &size, rows, error);
}

/**
 * crm_bench_generate_csv:
 *
 * Writes the same kind of data as an import file in the template's layout:
 * one row a contact, grouped into clients by External Client ID.
 */
gboolean
crm_bench_generate_csv (const char          *path,
                        const CrmBenchSize  *size,
                        GError             **error)
{
  return write_csv (path, size, G_MAXUINT64, error);
}

static gboolean
write_csv (const char          *path,
           const CrmBenchSize  *size,
           guint64              max_rows,
           GError             **error)
{
  static const char header[] =
    "Client Name,External Client ID,First Name,Last Name,Email,Phone,"
    "External Contact ID,Primary,Job Title,City,Postal Code,Tags\r\n";
  g_autoptr(GString) row = g_string_sized_new (256);
  FILE *file;
  Gen gen;
  guint contact_no = 0;

  if (!(file = fopen (path, "wb")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot write %s", path);
      return FALSE;
    }

  fputs (header, file);
  gen_init (&gen);

  for (guint i = 1; i <= size->clients && contact_no < max_rows; i++)
    {
      guint n_contacts = contacts_for (&gen, size);
      const char *city = PICK (&gen.state, cities);
      const char *tag = next_random (&gen.state) % 3 == 0 ? PICK (&gen.state, tags) : "";
      char external[32];

      make_company (&gen.state, i, gen.company);
      g_snprintf (external, sizeof external, "ACC-%07u", i);
      g_snprintf (gen.postal, sizeof gen.postal, "%05u", (guint) (next_random (&gen.state) % 100000));

      for (guint c = 0; c < n_contacts && contact_no < max_rows; c++)
        {
          const char *first = PICK (&gen.state, first_names);
          const char *last = PICK (&gen.state, last_names);
          char cext[32];

          contact_no++;
          make_email (first, last, contact_no, gen.email);
          g_snprintf (cext, sizeof cext, "CON-%08u", contact_no);
          g_snprintf (gen.phone, sizeof gen.phone, "+44 20 %04u %04u",
                      contact_no % 10000, (guint) (next_random (&gen.state) % 10000));

          g_string_truncate (row, 0);
          csv_field (row, gen.company->str); g_string_append_c (row, ',');
          csv_field (row, external); g_string_append_c (row, ',');
          csv_field (row, first); g_string_append_c (row, ',');
          csv_field (row, last); g_string_append_c (row, ',');
          csv_field (row, gen.email->str); g_string_append_c (row, ',');
          csv_field (row, gen.phone); g_string_append_c (row, ',');
          csv_field (row, cext); g_string_append_c (row, ',');
          g_string_append (row, c == 0 ? "yes," : "no,");
          csv_field (row, c == 0 ? "Owner" : "Coordinator"); g_string_append_c (row, ',');
          csv_field (row, city); g_string_append_c (row, ',');
          csv_field (row, gen.postal); g_string_append_c (row, ',');
          csv_field (row, tag);
          g_string_append (row, "\r\n");
          fwrite (row->str, 1, row->len, file);
        }
    }

  gen_clear (&gen);

  if (fclose (file) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot finish %s", path);
      return FALSE;
    }

  return TRUE;
}

/**
 * crm_bench_query:
 * @i: which query, 0..99
 *
 * Returns: (transfer full): the i-th of a fixed set of search texts as
 *   people type them: prefixes, full names, accents left off, e-mails,
 *   phone fragments, two words, and some that match nothing
 */
char *
crm_bench_query (guint i)
{
  static const char * const fixed[] = {
    "mul", "muller", "zoe", "acme", "acme log", "globex den", "jurgen", "sor",
    "amelie dub", "lovelace", "ada love", "hop", "0042", "+44 20 12", "example.com",
    "tanaka", "東京", "αθην", "олимп", "kow", "nowak", "bergstrom", "fjord tr",
    "invoice", "catering venue", "zzzz", "qwxy", "gmbh", "sarl", "o'brien",
  };

  if (i < G_N_ELEMENTS (fixed))
    return g_strdup (fixed[i]);

  /* The rest: first and last name prefixes of growing length. */
  {
    guint64 state = i;
    const char *first = PICK (&state, first_names);
    const char *last = PICK (&state, last_names);
    glong len = 1 + (glong) (i % 5);
    g_autofree char *f = g_utf8_substring (first, 0, MIN (len, g_utf8_strlen (first, -1)));

    if (i % 2)
      return g_strdup_printf ("%s %s", f, last);
    return g_strdup (f);
  }
}
