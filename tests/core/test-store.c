/* test-store.c: every store operation and every rule it keeps, with bad
 * input and bad files as much as good.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/prctl.h>
#include <unistd.h>

#include "crm-core-enums.h"
#include "crm-store-private.h"
#include "crm-test-util.h"

static void
test_open_new (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GListModel) staff = NULL;
  CrmStaff *me;

  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (crm_store_get_version (f->store), ==, crm_store_get_latest_version ());
  g_assert_cmpint (query_int64 (f->path, "PRAGMA user_version"), ==, crm_store_get_latest_version ());
  g_assert_cmpstr (crm_store_get_path (f->store), ==, f->path);

  /* WAL and foreign keys. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), ==, 1);

  /* The person using the app became the first staff member. */
  staff = crm_store_list_staff (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 1);
  me = crm_store_get_current_staff (f->store);
  g_assert_nonnull (me);
  g_assert_cmpstr (crm_staff_get_name (me), !=, "");
  g_assert_false (crm_store_has_clients (f->store));

  /* Opening again does not add another. */
  g_clear_object (&f->store);
  f->store = crm_store_open (f->path, NULL);
  g_assert_nonnull (f->store);
  g_clear_object (&staff);
  staff = crm_store_list_staff (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 1);
}

static void
test_default_path (void)
{
  g_autofree char *path = NULL;

  g_setenv ("CLIENTELE_DB", "/tmp/elsewhere.db", TRUE);
  path = crm_store_get_default_path ();
  g_assert_cmpstr (path, ==, "/tmp/elsewhere.db");
  g_clear_pointer (&path, g_free);

  g_unsetenv ("CLIENTELE_DB");
  path = crm_store_get_default_path ();
  g_assert_true (g_str_has_suffix (path, "/clientele/clientele.db"));
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
}

static void
test_create_client (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CrmClient) draft = crm_client_new ("  Acme Corp  ");
  g_autoptr(CrmContact) contact = crm_contact_new ("Ada", "Lovelace");
  g_autoptr(CrmClient) client = NULL;
  g_autoptr(CrmClient) again = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (draft,
                "external-id", "SF-001",
                "additional-info", "Pays late",
                "status", CRM_CLIENT_STATUS_ACTIVE,
                "website", "https://acme.example",
                NULL);
  g_object_set (contact, "email", "ada@acme.example", "phone", "+44 20 7946 0000", NULL);

  client = crm_store_create_client (f->store, draft, contact, &error);
  g_assert_no_error (error);
  g_assert_true (client == draft);

  id = crm_client_get_id (client);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (crm_client_get_name (client), ==, "Acme Corp");
  g_assert_nonnull (crm_client_get_created (client));
  g_assert_true (crm_client_get_primary_contact (client) == contact);
  g_assert_true (crm_contact_get_primary (contact));
  g_assert_cmpint (crm_contact_get_client_id (contact), ==, id);
  g_assert_cmpstr (crm_contact_get_display_name (contact), ==, "Ada Lovelace");
  g_assert_true (crm_store_has_clients (f->store));

  /* One object per row. */
  again = crm_store_get_client (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (again == client);
  g_clear_object (&again);

  again = crm_store_find_client_by_external_id (f->store, " SF-001 ");
  g_assert_true (again == client);
  g_clear_object (&again);

  /* What a fresh store reads back from the file. */
  g_clear_object (&client);
  g_clear_object (&draft);
  g_clear_object (&contact);
  g_clear_object (&f->store);
  f->store = crm_store_open (f->path, &error);
  g_assert_no_error (error);

  client = crm_store_get_client (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_client_get_name (client), ==, "Acme Corp");
  g_assert_cmpstr (crm_client_get_external_id (client), ==, "SF-001");
  g_assert_cmpstr (crm_client_get_additional_info (client), ==, "Pays late");
  g_assert_cmpstr (crm_client_get_website (client), ==, "https://acme.example");
  g_assert_cmpint (crm_client_get_status (client), ==, CRM_CLIENT_STATUS_ACTIVE);
  g_assert_cmpstr (crm_contact_get_email (crm_client_get_primary_contact (client)), ==, "ada@acme.example");
  g_assert_cmpstr (crm_contact_get_phone (crm_client_get_primary_contact (client)), ==, "+44 20 7946 0000");

  contacts = crm_store_get_contacts (f->store, client);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
}

static void
assert_create_fails (Fixture    *f,
                     CrmClient  *draft,
                     CrmContact *contact,
                     int         code,
                     const char *message_part)
{
  g_autoptr(GError) error = NULL;
  gint64 before_clients = query_int64 (f->path, "SELECT count (*) FROM clients");
  gint64 before_contacts = query_int64 (f->path, "SELECT count (*) FROM contacts");
  CrmClient *client;

  client = crm_store_create_client (f->store, draft, contact, &error);
  g_assert_null (client);
  g_assert_error (error, CRM_STORE_ERROR, code);
  if (message_part != NULL)
    g_assert_nonnull (strstr (error->message, message_part));

  /* Nothing half-written. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients"), ==, before_clients);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts"), ==, before_contacts);
  g_assert_cmpint (crm_client_get_id (draft), ==, 0);
  g_assert_cmpint (crm_contact_get_id (contact), ==, 0);
}

static void
test_create_invalid (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CrmClient) existing = add_client (f->store, "Existing", "Eve", "Example");
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmContact) stored = NULL;

  {
    g_autoptr(CrmClient) draft = crm_client_new ("   ");
    g_autoptr(CrmContact) contact = crm_contact_new ("A", "B");
    assert_create_fails (f, draft, contact, CRM_STORE_ERROR_INVALID, "name");
  }
  {
    g_autoptr(CrmClient) draft = crm_client_new (NULL);
    g_autoptr(CrmContact) contact = crm_contact_new ("A", "B");
    assert_create_fails (f, draft, contact, CRM_STORE_ERROR_INVALID, NULL);
  }
  {
    g_autoptr(CrmClient) draft = crm_client_new ("No Person Ltd");
    g_autoptr(CrmContact) contact = crm_contact_new (" ", "");
    assert_create_fails (f, draft, contact, CRM_STORE_ERROR_INVALID, "first or a last name");
  }
  {
    g_autoptr(CrmClient) draft = crm_client_new ("Bad Mail Ltd");
    g_autoptr(CrmContact) contact = crm_contact_new ("A", "B");
    g_object_set (contact, "email", "not-an-address", NULL);
    assert_create_fails (f, draft, contact, CRM_STORE_ERROR_INVALID, "not-an-address");
  }
  {
    g_autoptr(CrmClient) draft = crm_client_new ("Bad Mail Ltd");
    g_autoptr(CrmContact) contact = crm_contact_new ("A", "B");
    g_object_set (draft, "email", "a@b", NULL);
    assert_create_fails (f, draft, contact, CRM_STORE_ERROR_INVALID, "a@b");
  }

  /* External ids are unique per kind. */
  g_assert_true (crm_store_update_client (f->store, existing, &error, "external-id", "X-1", NULL));
  g_assert_no_error (error);
  {
    g_autoptr(CrmClient) draft = crm_client_new ("Copy Ltd");
    g_autoptr(CrmContact) contact = crm_contact_new ("A", "B");
    g_object_set (draft, "external-id", "X-1", NULL);
    assert_create_fails (f, draft, contact, CRM_STORE_ERROR_DUPLICATE, "Existing");
  }

  {
    g_autoptr(GListModel) contacts = crm_store_get_contacts (f->store, existing);
    stored = g_list_model_get_item (contacts, 0);
  }
  g_assert_true (crm_store_update_contact (f->store, stored, &error, "external-id", "C-1", NULL));
  {
    g_autoptr(CrmClient) draft = crm_client_new ("Copy Ltd");
    g_autoptr(CrmContact) contact = crm_contact_new ("A", "B");
    g_object_set (contact, "external-id", "C-1", NULL);
    assert_create_fails (f, draft, contact, CRM_STORE_ERROR_DUPLICATE, "Eve Example");
  }
  {
    /* A client and a contact may share an id: they are of different kinds. */
    g_autoptr(CrmClient) draft = crm_client_new ("Shared Id Ltd");
    g_autoptr(CrmContact) contact = crm_contact_new ("A", "B");
    g_autoptr(CrmClient) client = NULL;
    g_object_set (draft, "external-id", "C-1", NULL);
    client = crm_store_create_client (f->store, draft, contact, &error);
    g_assert_no_error (error);
    g_assert_nonnull (client);
  }

  /* A primary that is not the new client's: a contact of another client. */
  {
    g_autoptr(CrmClient) draft = crm_client_new ("Thief Ltd");
    gint64 before = query_int64 (f->path, "SELECT count (*) FROM clients");

    g_assert_null (crm_store_create_client (f->store, draft, stored, &error));
    g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients"), ==, before);
    g_assert_cmpint (crm_contact_get_client_id (stored), ==, crm_client_get_id (existing));
  }
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_update_client (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Globex", "Hank", "Scorpio");
  g_autoptr(CrmClient) other = add_client (f->store, "Initech", "Bill", "Lumbergh");
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_signal_connect (client, "notify::name", G_CALLBACK (on_notify), &notified);

  g_assert_true (crm_store_update_client (f->store, client, &error,
                                          "name", " Globex Corporation ",
                                          "status", CRM_CLIENT_STATUS_PROSPECT,
                                          "favorite", TRUE,
                                          "city", "Cypress Creek",
                                          "email", "info@globex.example",
                                          NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (crm_client_get_name (client), ==, "Globex Corporation");
  g_assert_true (crm_client_get_favorite (client));
  g_assert_cmpint (query_int64 (f->path, "SELECT favorite FROM clients WHERE name = 'Globex Corporation'"), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT status FROM clients WHERE city = 'Cypress Creek'"), ==, CRM_CLIENT_STATUS_PROSPECT);

  /* Same value again: no notification. */
  g_assert_true (crm_store_update_client (f->store, client, &error, "name", "Globex Corporation", NULL));
  g_assert_cmpuint (notified, ==, 1);

  /* Bad changes are refused whole: the valid part is not written either. */
  g_assert_false (crm_store_update_client (f->store, client, &error,
                                           "city", "Springfield",
                                           "name", "",
                                           NULL));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (crm_client_get_name (client), ==, "Globex Corporation");
  g_assert_cmpstr (crm_client_get_city (client), ==, "Cypress Creek");
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients WHERE city = 'Springfield'"), ==, 0);

  g_assert_false (crm_store_update_client (f->store, client, &error, "email", "info@", NULL));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (crm_client_get_email (client), ==, "info@globex.example");

  g_assert_true (crm_store_update_client (f->store, other, &error, "external-id", "E-9", NULL));
  g_assert_false (crm_store_update_client (f->store, client, &error, "external-id", "E-9", NULL));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Initech"));
  g_clear_error (&error);
  g_assert_cmpstr (crm_client_get_external_id (client), ==, "");

  /* Keeping one's own external id is fine; clearing it stores NULL. */
  g_assert_true (crm_store_update_client (f->store, other, &error, "external-id", "E-9", NULL));
  g_assert_true (crm_store_update_client (f->store, other, &error, "external-id", "", NULL));
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients WHERE external_id IS NULL"), ==, 2);
}

static void
test_contacts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Umbrella", "Alice", "Abernathy");
  g_autoptr(GListModel) contacts = crm_store_get_contacts (f->store, client);
  g_autoptr(CrmContact) first = g_list_model_get_item (contacts, 0);
  g_autoptr(CrmContact) second = crm_contact_new ("Bob", "Barker");
  g_autoptr(CrmContact) third = crm_contact_new ("Carol", NULL);
  g_autoptr(CrmContact) added = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (crm_contact_get_primary (first));

  added = crm_store_add_contact (f->store, client, second, &error);
  g_assert_no_error (error);
  g_assert_true (added == second);
  g_clear_object (&added);
  g_assert_false (crm_contact_get_primary (second));
  added = crm_store_add_contact (f->store, client, third, &error);
  g_assert_no_error (error);
  g_clear_object (&added);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 3);
  g_assert_cmpstr (crm_contact_get_display_name (third), ==, "Carol");

  /* Invalid contacts are refused. */
  {
    g_autoptr(CrmContact) nameless = crm_contact_new ("", "  ");
    g_assert_null (crm_store_add_contact (f->store, client, nameless, &error));
    g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 3);
  }
  g_assert_false (crm_store_update_contact (f->store, third, &error, "first-name", "", NULL));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (crm_contact_get_first_name (third), ==, "Carol");

  /* Renaming keeps the display name in step. */
  g_assert_true (crm_store_update_contact (f->store, third, &error,
                                           "last-name", "Danvers",
                                           "job-title", "Pilot",
                                           "inactive", TRUE,
                                           NULL));
  g_assert_cmpstr (crm_contact_get_display_name (third), ==, "Carol Danvers");
  g_assert_true (crm_contact_get_inactive (third));

  /* Exactly one primary. */
  g_assert_true (crm_store_set_primary_contact (f->store, second, &error));
  g_assert_no_error (error);
  g_assert_true (crm_contact_get_primary (second));
  g_assert_false (crm_contact_get_primary (first));
  g_assert_true (crm_client_get_primary_contact (client) == second);
  g_assert_true (g_list_model_get_item (contacts, 0) == (gpointer) second);
  g_object_unref (second);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE is_primary = 1"), ==, 1);

  /* Removing the primary passes the mark on; Undo gives it back. */
  g_assert_true (crm_store_remove_contact (f->store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_assert_true (crm_contact_get_primary (first));
  g_assert_true (crm_client_get_primary_contact (client) == first);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE is_primary = 1 AND deleted_at IS NULL"), ==, 1);

  g_assert_true (crm_store_restore_contact (f->store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 3);
  g_assert_true (crm_contact_get_primary (second));
  g_assert_false (crm_contact_get_primary (first));
  g_assert_true (crm_client_get_primary_contact (client) == second);

  /* Never the last one. */
  g_assert_true (crm_store_remove_contact (f->store, first, &error));
  g_assert_true (crm_store_remove_contact (f->store, third, &error));
  g_assert_no_error (error);
  g_assert_false (crm_store_remove_contact (f->store, second, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_LAST_CONTACT);
  g_assert_nonnull (strstr (error->message, "Bob Barker"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
  g_assert_true (crm_contact_get_primary (second));
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE deleted_at IS NULL"), ==, 1);

  /* A draft cannot be made primary. */
  {
    g_autoptr(CrmContact) draft = crm_contact_new ("Dan", "Draft");
    g_assert_false (crm_store_set_primary_contact (f->store, draft, &error));
    g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
}

static void
test_schema_rules (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Stark", "Tony", "Stark");
  g_autoptr(CrmClient) other = add_client (f->store, "Wayne", "Bruce", "Wayne");
  sqlite3 *db = NULL;
  char *message = NULL;
  int rc;

  /* Whatever writes the file, the rules hold: here, raw SQL. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);

  rc = sqlite3_exec (db, "DELETE FROM contacts WHERE last_name = 'Stark'", NULL, NULL, &message);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (message, "at least one contact"));
  sqlite3_free (message);

  rc = sqlite3_exec (db, "UPDATE contacts SET deleted_at = 'now', is_primary = 0 WHERE last_name = 'Stark'",
                     NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);

  rc = sqlite3_exec (db, "INSERT INTO contacts (client_id, first_name, is_primary, created_at, updated_at)"
                         " SELECT id, 'Pepper', 1, 'x', 'x' FROM clients WHERE name = 'Stark'",
                     NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);

  rc = sqlite3_exec (db, "UPDATE clients SET name = '' WHERE name = 'Stark'", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);

  /* Purging a client takes its contacts along. */
  rc = sqlite3_exec (db, "DELETE FROM clients WHERE name = 'Wayne'", NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts"), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE is_primary = 1"), ==, 1);
}

static void
on_signal (CrmStore  *store,
           CrmClient *client,
           guint     *count)
{
  (*count)++;
}

static void
test_trash (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Soylent", "Sol", "Roth");
  g_autoptr(GError) error = NULL;
  guint trashed = 0, restored = 0;

  g_signal_connect (f->store, "client-trashed", G_CALLBACK (on_signal), &trashed);
  g_signal_connect (f->store, "client-restored", G_CALLBACK (on_signal), &restored);

  g_assert_cmpuint (crm_store_count_clients (f->store), ==, 1);
  g_assert_true (crm_store_trash_client (f->store, client, &error));
  g_assert_no_error (error);
  g_assert_true (crm_client_get_trashed (client));
  g_assert_cmpuint (trashed, ==, 1);
  g_assert_cmpuint (crm_store_count_clients (f->store), ==, 0);
  g_assert_false (crm_store_has_clients (f->store));
  /* In the trash, not gone: the row and its contacts are kept. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients"), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts"), ==, 1);

  /* Twice is harmless and says nothing more. */
  g_assert_true (crm_store_trash_client (f->store, client, &error));
  g_assert_cmpuint (trashed, ==, 1);

  g_assert_true (crm_store_restore_client (f->store, client, &error));
  g_assert_no_error (error);
  g_assert_false (crm_client_get_trashed (client));
  g_assert_cmpuint (restored, ==, 1);
  g_assert_cmpuint (crm_store_count_clients (f->store), ==, 1);
  g_assert_cmpstr (crm_contact_get_display_name (crm_client_get_primary_contact (client)), ==, "Sol Roth");
}

static void
test_tags (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Hooli", "Gavin", "Belson");
  g_autoptr(CrmClient) other = add_client (f->store, "Pied Piper", "Richard", "Hendricks");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) all = NULL;
  const char * const *tags;
  guint notified = 0;

  g_signal_connect (client, "notify::tags", G_CALLBACK (on_notify), &notified);

  g_assert_true (crm_store_add_tag (f->store, client, "VIP", &error));
  g_assert_true (crm_store_add_tag (f->store, client, " billing ", &error));
  g_assert_true (crm_store_add_tag (f->store, client, "vip", &error));  /* same tag */
  g_assert_true (crm_store_add_tag (f->store, other, "Vip", &error));
  g_assert_no_error (error);

  tags = crm_client_get_tags (client);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "billing");
  g_assert_cmpstr (tags[1], ==, "VIP");
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM tags"), ==, 2);

  all = crm_store_list_tags (f->store);
  g_assert_cmpuint (g_strv_length (all), ==, 2);

  g_assert_false (crm_store_add_tag (f->store, client, "  ", &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (crm_store_remove_tag (f->store, client, "VIP", &error));
  g_assert_no_error (error);
  tags = crm_client_get_tags (client);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 1);
  g_assert_cmpstr (tags[0], ==, "billing");
  g_assert_cmpuint (g_strv_length ((char **) crm_client_get_tags (other)), ==, 1);

  /* Tags are read back with the client. */
  g_clear_object (&client);
  g_clear_object (&other);
  g_clear_object (&f->store);
  f->store = crm_store_open (f->path, &error);
  client = crm_store_get_client (f->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_client_get_tags (client)[0], ==, "billing");
}

static void
test_notes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Vandelay Industries", "Art", "Vandelay");
  g_autoptr(GListModel) notes = crm_store_get_notes (f->store, client);
  g_autoptr(CrmNote) one = NULL;
  g_autoptr(CrmNote) two = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);

  one = crm_store_add_note (f->store, client, "Called about latex.", &error);
  g_assert_no_error (error);
  two = crm_store_add_note (f->store, client, "  Sent the catalogue.\n", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);
  g_assert_true (g_list_model_get_item (notes, 0) == (gpointer) two);
  g_object_unref (two);
  g_assert_cmpstr (crm_note_get_text (two), ==, "Sent the catalogue.");
  g_assert_cmpstr (crm_note_get_author_name (two), ==,
                   crm_staff_get_name (crm_store_get_current_staff (f->store)));
  g_assert_nonnull (crm_note_get_created (two));

  g_assert_null (crm_store_add_note (f->store, client, " \n ", &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);

  /* Newest first when read back, too. */
  g_clear_object (&notes);
  g_clear_object (&client);
  g_clear_object (&f->store);
  f->store = crm_store_open (f->path, &error);
  client = crm_store_get_client (f->store, 1, &error);
  notes = crm_store_get_notes (f->store, client);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);
  {
    g_autoptr(CrmNote) first = g_list_model_get_item (notes, 0);
    g_assert_cmpstr (crm_note_get_text (first), ==, "Sent the catalogue.");
  }
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CrmClient) keep = add_client (f->store, "Kept", "Kim", "Keeper");
  g_autoptr(GError) error = NULL;
  gint64 pages = query_int64 (f->path, "PRAGMA page_count");
  int i;

  /* SQLite's page limit stands in for a full disk. */
  {
    g_autofree char *sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 2);
    g_assert_cmpint (sqlite3_exec (f->store->db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }

  for (i = 0; i < 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Filler %d with a fairly long name to use pages up", i);
      g_autoptr(CrmClient) draft = crm_client_new (name);
      g_autoptr(CrmContact) contact = crm_contact_new ("F", "Iller");
      g_autoptr(CrmClient) client = NULL;

      g_object_set (draft, "additional-info", name, NULL);
      client = crm_store_create_client (f->store, draft, contact, &error);
      if (client == NULL)
        break;
    }

  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "full"));
  g_clear_error (&error);

  /* The failed client is not there by half, and what was stored stays. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients"), ==, i + 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts"), ==, i + 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients WHERE name = 'Kept'"), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = g_dir_make_tmp ("clientele-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStore) store = NULL;
  const char *text = "Name,Email\nAda,ada@example.com\n"
                     "This is a CSV file that someone named .db by mistake, long "
                     "enough to be more than a header of a database file would be.\n";

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  store = crm_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_DATABASE);
  g_assert_nonnull (strstr (error->message, "notes.db"));

  after = read_file (path);
  g_assert_cmpstr (after, ==, text);
  rm_rf (dir);
}

static void
test_other_program_database (void)
{
  g_autofree char *dir = g_dir_make_tmp ("clientele-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "firefox.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStore) store = NULL;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = crm_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_DATABASE);
  g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM sqlite_schema"), ==, 1);
  g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM bookmarks"), ==, 1);
  rm_rf (dir);
}

static void
test_too_new (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Future Inc", "Marty", "McFly");
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStore) store = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db;
  guint newer = crm_store_get_latest_version () + 1;

  g_clear_object (&client);
  g_clear_object (&f->store);

  sql = g_strdup_printf ("PRAGMA user_version = %u", newer);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = crm_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));

  g_assert_cmpint (query_int64 (f->path, "PRAGMA user_version"), ==, newer);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients"), ==, 1);
}

static void
test_read_only_child (void)
{
  const char *path = g_getenv ("CRM_TEST_READ_ONLY_DB");
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStore) store = NULL;

  /* Root may write anything; be an ordinary user to see what users see.
   * Dropping privileges makes a process non-dumpable, which keeps
   * LeakSanitizer from inspecting it at exit: allow that again. */
  if (getuid () == 0)
    {
      if (setuid (65534) != 0)
        g_error ("could not drop privileges");
      prctl (PR_SET_DUMPABLE, 1);
    }

  store = crm_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "cannot be changed"));
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Readonly Ltd", "Rita", "Reader");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_clear_object (&client);
  g_clear_object (&f->store);

  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  before = read_file (f->path);

  g_setenv ("CRM_TEST_READ_ONLY_DB", f->path, TRUE);
  g_test_trap_subprocess ("/store/read-only/subprocess", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  after = read_file (f->path);
  g_assert_true (g_str_equal (before, after) || memcmp (before, after, 100) == 0);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients"), ==, 1);
  g_chmod (f->path, 0644);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/open/new", test_open_new);
  g_test_add_func ("/store/open/default-path", test_default_path);
  g_test_add_func ("/store/open/not-a-database", test_not_a_database);
  g_test_add_func ("/store/open/other-program", test_other_program_database);
  ADD ("/store/open/too-new", test_too_new);
  ADD ("/store/read-only", test_read_only);
  g_test_add_func ("/store/read-only/subprocess", test_read_only_child);
  ADD ("/store/client/create", test_create_client);
  ADD ("/store/client/create-invalid", test_create_invalid);
  ADD ("/store/client/update", test_update_client);
  ADD ("/store/client/trash", test_trash);
  ADD ("/store/contacts", test_contacts);
  ADD ("/store/schema-rules", test_schema_rules);
  ADD ("/store/tags", test_tags);
  ADD ("/store/notes", test_notes);
  ADD ("/store/disk-full", test_disk_full);

  return g_test_run ();
}
