/* crm-bench.c: how fast Clientele is on a data set of a given size.
 *
 *   clientele-bench [--clients N] [--data-dir DIR] [--json] [--regenerate]
 *
 * Generates (once, then reuses) a deterministic database and import CSV of
 * N clients with about three contacts and three notes each, then measures
 * what a person waits for and prints a table (or JSON). Timings are wall
 * clock on this machine; nothing here is a pass/fail test.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "crm-bench-data.h"
#include "crm-bench-report.h"
#include "crm-client-list.h"
#include "crm-search.h"
#include "crm-store.h"

static int      opt_clients = 10000;
static char    *opt_data_dir;
static gboolean opt_json;
static gboolean opt_regenerate;

static const GOptionEntry entries[] = {
  { "clients", 'n', 0, G_OPTION_ARG_INT, &opt_clients, "How many clients (default 10000)", "N" },
  { "data-dir", 'd', 0, G_OPTION_ARG_FILENAME, &opt_data_dir, "Where generated data is kept (default: $XDG_CACHE_HOME/clientele-bench)", "DIR" },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, "Print JSON instead of a table", NULL },
  { "regenerate", 0, 0, G_OPTION_ARG_NONE, &opt_regenerate, "Generate the data again even if it exists", NULL },
  { NULL }
};

static void
wait_loaded (CrmClientList *list)
{
  while (crm_client_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static double
time_list (CrmClientList *list,
           CrmClientSort  sort,
           gboolean       descending)
{
  gint64 start = g_get_monotonic_time ();

  crm_client_list_set_sort (list, sort, descending);
  wait_loaded (list);

  /* The first screenful of rows, as GTK would ask for them. */
  for (guint i = 0; i < MIN (50u, g_list_model_get_n_items (G_LIST_MODEL (list))); i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));

  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— measure Clientele");
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmClientList) list = NULL;
  g_autoptr(CrmBenchReport) report = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *csv_path = NULL;
  g_autoptr(GArray) latencies = g_array_new (FALSE, FALSE, sizeof (double));
  CrmBenchSize size = { 0 };
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  size.clients = MAX (opt_clients, 1);
  size.contacts_per_client = 3;
  size.notes_per_client = 3;
  size.big_card_notes = 10000;

  dir = opt_data_dir ? g_strdup (opt_data_dir)
                     : g_build_filename (g_get_user_cache_dir (), "clientele-bench", NULL);
  g_mkdir_with_parents (dir, 0700);
  {
    g_autofree char *db_name = g_strdup_printf ("bench-%u.db", size.clients);
    g_autofree char *csv_name = g_strdup_printf ("bench-%u.csv", size.clients);
    db_path = g_build_filename (dir, db_name, NULL);
    csv_path = g_build_filename (dir, csv_name, NULL);
  }

  report = crm_bench_report_new (size.clients);

  if (opt_regenerate || !g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      start = g_get_monotonic_time ();
      if (!crm_bench_generate_database (db_path, &size, &error))
        {
          g_printerr ("Could not generate %s: %s\n", db_path, error->message);
          return EXIT_FAILURE;
        }
      crm_bench_report_add (report, "generate_db_s", "generate the database", (g_get_monotonic_time () - start) / 1e6, "s", NULL);
    }

  if (opt_regenerate || !g_file_test (csv_path, G_FILE_TEST_EXISTS))
    {
      start = g_get_monotonic_time ();
      if (!crm_bench_generate_csv (csv_path, &size, &error))
        {
          g_printerr ("Could not generate %s: %s\n", csv_path, error->message);
          return EXIT_FAILURE;
        }
      crm_bench_report_add (report, "generate_csv_s", "generate the import CSV", (g_get_monotonic_time () - start) / 1e6, "s", NULL);
    }

  /* Open the database, as the app does on start. */
  start = g_get_monotonic_time ();
  store = crm_store_open (db_path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  crm_bench_report_add (report, "open_ms", "open the database", (g_get_monotonic_time () - start) / 1000.0, "ms", NULL);

  /* The client list: first query, then each re-sort. */
  start = g_get_monotonic_time ();
  list = crm_client_list_new (store);
  wait_loaded (list);
  for (guint i = 0; i < MIN (50u, g_list_model_get_n_items (G_LIST_MODEL (list))); i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
  crm_bench_report_add (report, "list_first_ms", "client list: first 50 rows shown", (g_get_monotonic_time () - start) / 1000.0, "ms", NULL);
  crm_bench_report_add (report, "rss_list_mb", "resident memory, list loaded", crm_bench_rss_mb (), "MB", NULL);

  crm_bench_report_add (report, "resort_status_ms", "re-sort by status", time_list (list, CRM_CLIENT_SORT_STATUS, FALSE), "ms", NULL);
  crm_bench_report_add (report, "resort_created_ms", "re-sort by date added", time_list (list, CRM_CLIENT_SORT_CREATED, TRUE), "ms", NULL);
  crm_bench_report_add (report, "resort_name_desc_ms", "re-sort by name, descending", time_list (list, CRM_CLIENT_SORT_NAME, TRUE), "ms", NULL);
  crm_bench_report_add (report, "resort_name_ms", "re-sort by name", time_list (list, CRM_CLIENT_SORT_NAME, FALSE), "ms", NULL);

  /* Filtering the list by a name fragment. */
  start = g_get_monotonic_time ();
  crm_client_list_set_search (list, "logist");
  wait_loaded (list);
  crm_bench_report_add (report, "filter_name_ms", "filter the list by a name fragment", (g_get_monotonic_time () - start) / 1000.0, "ms", NULL);
  crm_client_list_set_search (list, NULL);
  wait_loaded (list);

  /* Global search: keystroke to the first 50 results of each kind. */
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *text = crm_bench_query (i);
      g_autoptr(GListModel) results = NULL;
      double ms;

      start = g_get_monotonic_time ();
      results = crm_store_search_sync (store, text, 50, NULL, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (results == NULL)
        {
          g_printerr ("search “%s” failed: %s\n", text, error->message);
          return EXIT_FAILURE;
        }
      g_array_append_val (latencies, ms);
    }
  crm_bench_report_add_distribution (report, "search_ms", "search, keystroke to results", latencies, "ms");

  /* A client card with 10,000 related records. */
  {
    g_autoptr(CrmClient) client = NULL;
    g_autoptr(GListModel) contacts = NULL;
    g_autoptr(GListModel) notes = NULL;

    start = g_get_monotonic_time ();
    client = crm_store_get_client (store, 1, &error);
    contacts = crm_store_get_contacts (store, client);
    notes = crm_store_get_notes (store, client);
    crm_bench_report_add (report, "card_open_ms", "open a card with 10,000 notes",
                          (g_get_monotonic_time () - start) / 1000.0, "ms",
                          g_list_model_get_n_items (notes) < size.big_card_notes ? "fewer notes than asked" : NULL);
  }

  crm_bench_report_print (report, opt_json);

  return EXIT_SUCCESS;
}
