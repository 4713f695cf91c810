/* test-client-list.c: the lazy client list sorts and filters in SQL as a
 * reference computed here would, and changes once a refresh.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-client-list.h"
#include "crm-id-list.h"
#include "crm-test-util.h"

static const char * const names[] = {
  "Zeta Logistics", "alpha Bakery", "Müller & Söhne", "Beta Builders",
  "gamma Garden", "Delta Dental", "Épicerie Fine", "100% Cotton",
  "under_score Ltd", "Acme", "acme north", "Omega Optics",
};

static void
wait_loaded (CrmClientList *list)
{
  guint spins = 0;

  while (crm_client_list_get_loading (list) && spins++ < 100000)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (crm_client_list_get_loading (list));
}

/* Counts the changes a view sees. A refresh that replaces every row
 * clears the list and fills it again at once (crm-id-list.c says why):
 * the clearing is part of the filling that follows it. */
static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  if (added == 0 && removed > 0 && g_list_model_get_n_items (model) == 0)
    return;

  (*count)++;
}

static GPtrArray *
list_names (GListModel *model)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrmClient) client = g_list_model_get_item (model, i);
      g_ptr_array_add (out, g_strdup (crm_client_get_name (client)));
    }

  return out;
}

static int
compare_nocase (gconstpointer a,
                gconstpointer b)
{
  /* SQLite's NOCASE folds ASCII only, byte order otherwise. */
  return g_ascii_strcasecmp (*(const char **)a, *(const char **)b);
}

static void
populate (Fixture *f)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(CrmClient) client = add_client (f->store, names[i], "Pat", "Person");
      g_autoptr(GError) error = NULL;

      g_assert_true (crm_store_update_client (f->store, client, &error,
                                              "status", i % 4,
                                              "favorite", i % 3 == 0,
                                              NULL));
    }
}

static void
assert_names (GListModel *model,
              GPtrArray  *expected)
{
  g_autoptr(GPtrArray) actual = list_names (model);

  g_assert_cmpuint (actual->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (actual->pdata[i], ==, expected->pdata[i]);
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CrmClientList) list = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  guint changes = 0;

  populate (f);
  list = crm_client_list_new (f->store);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changes);
  wait_loaded (list);
  g_assert_cmpuint (changes, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (expected, (gpointer) names[i]);
  g_ptr_array_sort (expected, compare_nocase);
  assert_names (G_LIST_MODEL (list), expected);

  crm_client_list_set_sort (list, CRM_CLIENT_SORT_NAME, TRUE);
  wait_loaded (list);
  g_assert_cmpuint (changes, ==, 2);
  for (guint i = 0; i < expected->len / 2; i++)
    {
      gpointer tmp = expected->pdata[i];
      expected->pdata[i] = expected->pdata[expected->len - 1 - i];
      expected->pdata[expected->len - 1 - i] = tmp;
    }
  assert_names (G_LIST_MODEL (list), expected);

  /* By status, then name. */
  crm_client_list_set_sort (list, CRM_CLIENT_SORT_STATUS, FALSE);
  wait_loaded (list);
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(CrmClient) a = g_list_model_get_item (G_LIST_MODEL (list), i - 1);
      g_autoptr(CrmClient) b = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpint (crm_client_get_status (a), <=, crm_client_get_status (b));
      if (crm_client_get_status (a) == crm_client_get_status (b))
        g_assert_cmpint (g_ascii_strcasecmp (crm_client_get_name (a), crm_client_get_name (b)), <=, 0);
    }
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CrmClientList) list = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();

  populate (f);
  list = crm_client_list_new (f->store);
  wait_loaded (list);

  /* Any case, anywhere in the name. */
  crm_client_list_set_search (list, "ACME");
  wait_loaded (list);
  g_ptr_array_add (expected, "Acme");
  g_ptr_array_add (expected, "acme north");
  assert_names (G_LIST_MODEL (list), expected);

  /* Word prefixes, any accent: as global search finds them. */
  crm_client_list_set_search (list, "100%");
  wait_loaded (list);
  g_ptr_array_set_size (expected, 0);
  g_ptr_array_add (expected, "100% Cotton");
  assert_names (G_LIST_MODEL (list), expected);

  crm_client_list_set_search (list, "under_sc");
  wait_loaded (list);
  g_ptr_array_set_size (expected, 0);
  g_ptr_array_add (expected, "under_score Ltd");
  assert_names (G_LIST_MODEL (list), expected);

  crm_client_list_set_search (list, "mul");
  wait_loaded (list);
  g_ptr_array_set_size (expected, 0);
  g_ptr_array_add (expected, "Müller & Söhne");
  assert_names (G_LIST_MODEL (list), expected);

  crm_client_list_set_search (list, "epicerie");
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* FTS syntax in the text is only text; nothing in it is a query. */
  crm_client_list_set_search (list, "\"acme\" OR NOT");
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  /* The name only: a client's city does not list it here. */
  {
    g_autoptr(CrmClient) first = crm_store_get_client (f->store, 1, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_true (crm_store_update_client (f->store, first, &error, "city", "Zanzibar", NULL));
    crm_client_list_set_search (list, "zanzib");
    wait_loaded (list);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
    crm_client_list_set_search (list, crm_client_get_name (first));
    wait_loaded (list);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  }

  /* Status and favorites, alone and combined, against a reference. */
  crm_client_list_set_search (list, NULL);
  for (int status = -1; status <= CRM_CLIENT_STATUS_INACTIVE; status++)
    for (int fav = 0; fav <= 1; fav++)
      {
        g_ptr_array_set_size (expected, 0);
        for (guint i = 0; i < G_N_ELEMENTS (names); i++)
          if ((status < 0 || (int) (i % 4) == status) && (!fav || i % 3 == 0))
            g_ptr_array_add (expected, (gpointer) names[i]);
        g_ptr_array_sort (expected, compare_nocase);

        crm_client_list_set_status_filter (list, status);
        crm_client_list_set_favorites_only (list, fav);
        wait_loaded (list);
        assert_names (G_LIST_MODEL (list), expected);
      }
}

static void
test_live_changes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CrmClientList) list = NULL;
  g_autoptr(CrmClient) client = NULL;
  g_autoptr(CrmClient) added = NULL;
  g_autoptr(GError) error = NULL;
  guint position;
  guint changes = 0;

  populate (f);
  list = crm_client_list_new (f->store);
  wait_loaded (list);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changes);

  client = crm_store_find_client_by_external_id (f->store, "none");
  g_assert_null (client);

  position = 0;
  client = g_list_model_get_item (G_LIST_MODEL (list), position);

  /* The row object is the live client: an edit shows at once. */
  g_assert_true (crm_store_update_client (f->store, client, &error, "phone", "+1 555 0100", NULL));
  {
    g_autoptr(CrmClient) again = g_list_model_get_item (G_LIST_MODEL (list), position);
    g_assert_true (again == client);
    g_assert_cmpstr (crm_client_get_phone (again), ==, "+1 555 0100");
  }

  /* Trashed: gone at once, without waiting for a query. */
  g_assert_true (crm_store_trash_client (f->store, client, &error));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, G_N_ELEMENTS (names) - 1);
  g_assert_cmpuint (crm_client_list_find (list, crm_client_get_id (client)), ==, G_MAXUINT);

  /* Restored and added: in their sorted place after the refresh. */
  g_assert_true (crm_store_restore_client (f->store, client, &error));
  wait_loaded (list);
  g_assert_cmpuint (crm_client_list_find (list, crm_client_get_id (client)), ==, 0);

  added = add_client (f->store, "0 First Aid", "Ann", "Able");
  wait_loaded (list);
  g_assert_cmpuint (crm_client_list_find (list, crm_client_get_id (added)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, G_N_ELEMENTS (names) + 1);
}

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_more_filters (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CrmClientList) list = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  populate (f);
  {
    g_autoptr(CrmClient) acme = crm_store_find_client_by_external_id (f->store, "none");
    g_assert_null (acme);
  }

  /* Tags: two clients are VIP. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (i == 2 || i == 9)
      {
        g_autoptr(CrmClient) client = crm_store_get_client (f->store, i + 1, &error);
        g_assert_true (crm_store_add_tag (f->store, client, "VIP", &error));
      }

  /* Staff: a second person owns three clients; two clients are spam. */
  exec_sql (f, "INSERT INTO staff (id, name, created_at) VALUES (2, 'Sam', 'x');"
               "UPDATE clients SET staff_id = 2 WHERE id IN (1, 3, 5);"
               "UPDATE clients SET spam = 1 WHERE id IN (5, 6);");

  list = crm_client_list_new (f->store);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, G_N_ELEMENTS (names) - 2);

  crm_client_list_set_tag_filter (list, "VIP");
  wait_loaded (list);
  g_ptr_array_add (expected, (gpointer) names[9]);
  g_ptr_array_add (expected, (gpointer) names[2]);
  g_ptr_array_sort (expected, compare_nocase);
  assert_names (G_LIST_MODEL (list), expected);
  crm_client_list_set_tag_filter (list, NULL);

  crm_client_list_set_staff_filter (list, 2);
  wait_loaded (list);
  g_ptr_array_set_size (expected, 0);
  g_ptr_array_add (expected, (gpointer) names[0]);
  g_ptr_array_add (expected, (gpointer) names[2]);
  g_ptr_array_sort (expected, compare_nocase);
  assert_names (G_LIST_MODEL (list), expected);
  crm_client_list_set_staff_filter (list, 0);

  crm_client_list_set_spam (list, TRUE);
  wait_loaded (list);
  g_ptr_array_set_size (expected, 0);
  g_ptr_array_add (expected, (gpointer) names[4]);
  g_ptr_array_add (expected, (gpointer) names[5]);
  g_ptr_array_sort (expected, compare_nocase);
  assert_names (G_LIST_MODEL (list), expected);
  crm_client_list_set_spam (list, FALSE);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, G_N_ELEMENTS (names) - 2);
}

static void
test_sort_by_contact (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const firsts[] = { "Mia", "adam", "Zed", "Bea" };
  g_autoptr(CrmClientList) list = NULL;
  GListModel *model;

  for (guint i = 0; i < G_N_ELEMENTS (firsts); i++)
    {
      g_autofree char *name = g_strdup_printf ("Client %u", i);
      g_autofree char *email = g_strdup_printf ("%s@example.com", firsts[i]);
      g_autoptr(CrmClient) client = add_client (f->store, name, firsts[i], "Person");
      g_autoptr(GError) error = NULL;

      g_assert_true (crm_store_update_contact (f->store, crm_client_get_primary_contact (client), &error,
                                               "email", email,
                                               "phone", i % 2 ? "+1 555" : "+9 555",
                                               NULL));
    }

  list = crm_client_list_new (f->store);
  model = G_LIST_MODEL (list);

  crm_client_list_set_sort (list, CRM_CLIENT_SORT_CONTACT, FALSE);
  wait_loaded (list);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrmClient) a = g_list_model_get_item (model, i - 1);
      g_autoptr(CrmClient) b = g_list_model_get_item (model, i);
      g_assert_cmpint (g_ascii_strcasecmp (crm_contact_get_first_name (crm_client_get_primary_contact (a)),
                                           crm_contact_get_first_name (crm_client_get_primary_contact (b))), <, 0);
    }

  crm_client_list_set_sort (list, CRM_CLIENT_SORT_EMAIL, TRUE);
  wait_loaded (list);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrmClient) a = g_list_model_get_item (model, i - 1);
      g_autoptr(CrmClient) b = g_list_model_get_item (model, i);
      g_assert_cmpint (g_ascii_strcasecmp (crm_contact_get_email (crm_client_get_primary_contact (a)),
                                           crm_contact_get_email (crm_client_get_primary_contact (b))), >, 0);
    }

  crm_client_list_set_sort (list, CRM_CLIENT_SORT_PHONE, FALSE);
  wait_loaded (list);
  {
    g_autoptr(CrmClient) first = g_list_model_get_item (model, 0);
    g_assert_cmpstr (crm_contact_get_phone (crm_client_get_primary_contact (first)), ==, "+1 555");
  }
}

static void
test_out_of_range (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CrmClientList) list = crm_client_list_new (f->store);

  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == CRM_TYPE_CLIENT);
}

/* The first rows come read ahead with the ids, as the live objects of the
 * store, with their primary contact; a client already live wins over what
 * was read. */
static void
test_prefetch (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CrmClientList) list = NULL;
  g_autoptr(CrmClient) live = NULL;
  g_autoptr(CrmClient) first = NULL;
  g_autoptr(CrmClient) again = NULL;
  g_autoptr(CrmClient) row = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *prefetched;
  guint position;

  populate (f);
  list = crm_client_list_new (f->store);
  wait_loaded (list);

  prefetched = crm_id_list_get_prefetched (CRM_ID_LIST (list));
  g_assert_nonnull (prefetched);
  g_assert_cmpuint (g_hash_table_size (prefetched), ==, G_N_ELEMENTS (names));

  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (crm_client_get_name (first), ==, "100% Cotton");
  g_assert_nonnull (crm_client_get_primary_contact (first));
  g_assert_cmpstr (crm_contact_get_first_name (crm_client_get_primary_contact (first)), ==, "Pat");
  g_assert_cmpuint (g_hash_table_size (prefetched), ==, G_N_ELEMENTS (names) - 1);

  again = crm_store_get_client (f->store, crm_client_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_true (again == first);

  /* Live before the refresh, changed after it read the rows: the live one
   * is what the list gives. */
  position = 1;
  {
    g_autoptr(CrmClient) second = g_list_model_get_item (G_LIST_MODEL (list), position);

    live = g_object_ref (second);
  }
  crm_client_list_refresh (list);
  wait_loaded (list);
  g_assert_true (crm_store_update_client (f->store, live, &error, "phone", "+1 555 0199", NULL));
  g_assert_no_error (error);
  row = g_list_model_get_item (G_LIST_MODEL (list), position);
  g_assert_true (row == live);
  g_assert_cmpstr (crm_client_get_phone (row), ==, "+1 555 0199");
}

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Closing the store leaves no write-ahead log to replay, even though the
 * list's worker keeps its read connection open: the next start reads the
 * database file alone. */
static void
test_close_leaves_no_log (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(CrmClientList) list = NULL;
  GStatBuf buf;
  guint ticker;

  populate (f);
  list = crm_client_list_new (f->store);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, G_N_ELEMENTS (names));

  /* Still written after the worker opened its connection. */
  populate (f);
  g_assert_cmpint (g_stat (wal, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 0);

  /* A refresh's task holds the list, and so the store, until the task is
   * freed, maybe on its worker: wait for the list to go, so that the store
   * is closed here and now. */
  g_object_add_weak_pointer (G_OBJECT (list), (gpointer *) &list);
  g_object_unref (list);
  ticker = g_timeout_add (10, tick, NULL);
  for (guint i = 0; list != NULL && i < 10000; i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (ticker);
  g_assert_null (list);

  g_object_add_weak_pointer (G_OBJECT (f->store), (gpointer *) &f->store);
  g_object_unref (f->store);
  g_assert_null (f->store);

  g_assert_true (g_stat (wal, &buf) != 0 || buf.st_size == 0);

  /* And everything written is there. */
  f->store = crm_store_open (f->path, NULL);
  g_assert_nonnull (f->store);
  list = crm_client_list_new (f->store);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2 * G_N_ELEMENTS (names));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/client-list/sort", Fixture, NULL, fixture_set_up, test_sort, fixture_tear_down);
  g_test_add ("/client-list/filter", Fixture, NULL, fixture_set_up, test_filter, fixture_tear_down);
  g_test_add ("/client-list/live-changes", Fixture, NULL, fixture_set_up, test_live_changes, fixture_tear_down);
  g_test_add ("/client-list/more-filters", Fixture, NULL, fixture_set_up, test_more_filters, fixture_tear_down);
  g_test_add ("/client-list/sort-by-contact", Fixture, NULL, fixture_set_up, test_sort_by_contact, fixture_tear_down);
  g_test_add ("/client-list/empty", Fixture, NULL, fixture_set_up, test_out_of_range, fixture_tear_down);
  g_test_add ("/client-list/prefetch", Fixture, NULL, fixture_set_up, test_prefetch, fixture_tear_down);
  g_test_add ("/client-list/close-leaves-no-log", Fixture, NULL, fixture_set_up, test_close_leaves_no_log, fixture_tear_down);

  return g_test_run ();
}
