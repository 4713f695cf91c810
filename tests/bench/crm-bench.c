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
#include <sys/resource.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "crm-bench-data.h"
#include "crm-bench-report.h"
#include "crm-booking-list.h"
#include "crm-client-list.h"
#include "crm-exporter.h"
#include "crm-importer.h"
#include "crm-search.h"
#include "crm-store.h"
#include "crm-store-business.h"
#include "crm-timeline.h"

static int      opt_clients = 10000;
static char    *opt_data_dir;
static gboolean opt_json;
static gboolean opt_regenerate;
static gint64   opt_import_rows;
static gboolean opt_verbose;
static char    *opt_import_child;
static char    *opt_export_child;
static gboolean opt_generate_only;

static const GOptionEntry entries[] = {
  { "clients", 'n', 0, G_OPTION_ARG_INT, &opt_clients, "How many clients (default 10000)", "N" },
  { "data-dir", 'd', 0, G_OPTION_ARG_FILENAME, &opt_data_dir, "Where generated data is kept (default: $XDG_CACHE_HOME/clientele-bench)", "DIR" },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, "Print JSON instead of a table", NULL },
  { "regenerate", 0, 0, G_OPTION_ARG_NONE, &opt_regenerate, "Generate the data again even if it exists", NULL },
  { "import-rows", 0, 0, G_OPTION_ARG_INT64, &opt_import_rows, "Also time importing a CSV of this many rows (1048576 is HubSpot's ceiling)", "ROWS" },
  { "verbose", 'v', 0, G_OPTION_ARG_NONE, &opt_verbose, "Print the time of each search query", NULL },
  { "import-child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &opt_import_child, NULL, NULL },
  { "export-child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &opt_export_child, NULL, NULL },
  { "generate-only", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &opt_generate_only, NULL, NULL },
  { NULL }
};

static void
wait_loaded (CrmClientList *list)
{
  while (crm_client_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

/* Runs in a child process so that its peak memory is the import's own:
 * prints "seconds peak_kb rows created updated failed settled", where
 * seconds runs to the summary and settled until the store has closed. */
static int
import_child (const char *csv,
              const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStore) store = crm_store_open (db, &error);
  g_autoptr(CrmImporter) importer = NULL;
  g_autoptr(CrmImportResult) result = NULL;
  /* As the window's import has, and checks all along. */
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  if (store == NULL || !(importer = crm_importer_new (store, csv, &error)) ||
      !(result = crm_importer_run (importer, FALSE, cancellable, &error)))
    {
      g_printerr ("import failed: %s\n", error->message);
      return EXIT_FAILURE;
    }

  seconds = (g_get_monotonic_time () - start) / 1e6;
  /* Then the log is copied into the database, on a thread of the store's
   * while the window is already usable; closing the store waits for it. */
  g_clear_object (&importer);
  g_clear_object (&store);
  getrusage (RUSAGE_SELF, &usage);
  g_print ("%.3f %ld %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %.3f\n",
           seconds, usage.ru_maxrss,
           result->rows_read, result->created, result->updated, result->failed,
           (g_get_monotonic_time () - start) / 1e6);
  return EXIT_SUCCESS;
}

/* Exports everything in @db to @path (the format from its extension),
 * in a child process as the import: prints "seconds peak_kb clients". */
static int
export_child (const char *path,
              const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStore) store = crm_store_open (db, &error);
  CrmExportFormat format;
  struct rusage usage;
  gint64 start;
  guint64 n;

  if (store == NULL || !crm_export_format_guess (path, &format))
    {
      g_printerr ("export failed: %s\n", error ? error->message : path);
      return EXIT_FAILURE;
    }

  start = g_get_monotonic_time ();
  n = crm_store_export (store, path, format, CRM_EXPORT_FLAGS_NONE, NULL, NULL, &error);
  if (error != NULL)
    {
      g_printerr ("export failed: %s\n", error->message);
      return EXIT_FAILURE;
    }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("%.3f %ld %" G_GUINT64_FORMAT "\n", (g_get_monotonic_time () - start) / 1e6, usage.ru_maxrss, n);
  return EXIT_SUCCESS;
}

/* Runs this program again as @what ("--import-child" or
 * "--export-child") on @file and @db; returns what it printed. */
static char *
run_child (const char  *self_exe,
           const char  *what,
           const char  *file,
           const char  *db,
           GError     **error)
{
  g_autoptr(GSubprocess) child = NULL;
  g_autofree char *out = NULL;

  /* Start with the disk idle: the kernel would otherwise still be writing
   * out what the run before left in the page cache (a database as large as
   * this one), and the child's own writes would wait behind it. */
  sync ();

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, error,
                            self_exe, what, file, "--data-dir", db, NULL);
  if (child == NULL || !g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, error))
    return NULL;
  if (!g_subprocess_get_successful (child))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s %s failed", what, file);
      return NULL;
    }

  return g_steal_pointer (&out);
}

static gboolean
run_export_child (const char  *self_exe,
                  const char  *path,
                  const char  *db,
                  double      *seconds,
                  double      *peak_mb,
                  GError     **error)
{
  g_autofree char *out = run_child (self_exe, "--export-child", path, db, error);
  long peak_kb = 0;

  g_unlink (path);
  if (out == NULL)
    return FALSE;
  if (sscanf (out, "%lf %ld", seconds, &peak_kb) != 2)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the export child said “%s”", out);
      return FALSE;
    }

  *peak_mb = peak_kb / 1024.0;
  return TRUE;
}

static gboolean
run_import_child (const char  *self_exe,
                  const char  *csv,
                  const char  *db,
                  double      *seconds,
                  double      *settled,
                  double      *peak_mb,
                  GError     **error)
{
  g_autofree char *out = run_child (self_exe, "--import-child", csv, db, error);
  long peak_kb = 0;

  if (out == NULL)
    return FALSE;
  if (sscanf (out, "%lf %ld %*u %*u %*u %*u %lf", seconds, &peak_kb, settled) != 3)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the import child said “%s”", out);
      return FALSE;
    }

  *peak_mb = peak_kb / 1024.0;
  return TRUE;
}

static double
time_sqlite_import (const char *csv,
                    const char *dir)
{
  g_autofree char *db = g_build_filename (dir, "sqlite-import.db", NULL);
  g_autofree char *import_cmd = g_strdup_printf (".import '%s' raw", csv);
  g_autoptr(GSubprocess) child = NULL;
  gint64 start;

  g_unlink (db);
  sync ();
  start = g_get_monotonic_time ();
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, NULL,
                            "sqlite3", db, "-cmd", ".mode csv", import_cmd, ".exit", NULL);
  if (child == NULL || !g_subprocess_wait_check (child, NULL, NULL))
    return -1;

  g_unlink (db);
  return (g_get_monotonic_time () - start) / 1e6;
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

  if (opt_import_child != NULL)
    return import_child (opt_import_child, opt_data_dir);
  if (opt_export_child != NULL)
    return export_child (opt_export_child, opt_data_dir);

  size.clients = MAX (opt_clients, 1);
  size.contacts_per_client = 3;
  size.notes_per_client = 3;
  size.big_card_records = 10000;

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

  /* Generating touches far more memory than the app ever does: do it in a
   * child, so that this process's memory figures are the app's. */
  if (!opt_generate_only && (opt_regenerate || !g_file_test (db_path, G_FILE_TEST_EXISTS) ||
                             !g_file_test (csv_path, G_FILE_TEST_EXISTS)))
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *clients = g_strdup_printf ("%u", size.clients);
      g_autoptr(GSubprocess) child = NULL;

      child = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, exe, "--generate-only",
                                "--clients", clients, "--data-dir", dir,
                                opt_regenerate ? "--regenerate" : NULL, NULL);
      if (child == NULL || !g_subprocess_wait_check (child, NULL, &error))
        {
          g_printerr ("Could not generate the data: %s\n", error->message);
          return EXIT_FAILURE;
        }
    }

  if (opt_generate_only && (opt_regenerate || !g_file_test (db_path, G_FILE_TEST_EXISTS)))
    {
      start = g_get_monotonic_time ();
      if (!crm_bench_generate_database (db_path, &size, &error))
        {
          g_printerr ("Could not generate %s: %s\n", db_path, error->message);
          return EXIT_FAILURE;
        }
      crm_bench_report_add (report, "generate_db_s", "generate the database", (g_get_monotonic_time () - start) / 1e6, "s", NULL);
    }

  if (opt_generate_only && (opt_regenerate || !g_file_test (csv_path, G_FILE_TEST_EXISTS)))
    {
      start = g_get_monotonic_time ();
      if (!crm_bench_generate_csv (csv_path, &size, &error))
        {
          g_printerr ("Could not generate %s: %s\n", csv_path, error->message);
          return EXIT_FAILURE;
        }
      crm_bench_report_add (report, "generate_csv_s", "generate the import CSV", (g_get_monotonic_time () - start) / 1e6, "s", NULL);
    }

  /* The child's figures went to standard error as it went. */
  if (opt_generate_only)
    return EXIT_SUCCESS;

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
      if (opt_verbose)
        g_printerr ("    search %-24s %8.2f ms, %u results\n", text, ms,
                    g_list_model_get_n_items (results));
    }
  crm_bench_report_add_distribution (report, "search_ms", "search, keystroke to results", latencies, "ms");

  /* A client card with 10,000 related records of every kind: what its
   * tabs read when it opens (crm_client_card_set_client()): the Main tab's
   * contacts and notes at once; bookings and the timeline on a worker,
   * the invoices, payments, totals and documents at once. */
  {
    g_autoptr(CrmClient) client = NULL;
    g_autoptr(GListModel) contacts = NULL;
    g_autoptr(GListModel) notes = NULL;
    g_autoptr(CrmBookingList) bookings = NULL;
    g_autoptr(CrmTimeline) timeline = NULL;
    g_autoptr(GListModel) invoices = NULL;
    g_autoptr(GListModel) payments = NULL;
    g_autoptr(GListModel) documents = NULL;
    g_autoptr(GArray) totals = NULL;
    guint records;

    start = g_get_monotonic_time ();
    client = crm_store_get_client (store, 1, &error);
    contacts = crm_store_get_contacts (store, client);
    notes = crm_store_get_notes (store, client);
    crm_bench_report_add (report, "card_main_ms", "open a heavy card: Main tab",
                          (g_get_monotonic_time () - start) / 1000.0, "ms", NULL);

    bookings = crm_booking_list_new (store);
    crm_booking_list_set_client_id (bookings, 1);
    timeline = crm_timeline_new (store, 1);
    invoices = crm_store_get_invoices (store, client);
    payments = crm_store_get_payments (store, client);
    totals = crm_store_get_client_totals (store, client);
    documents = crm_store_get_documents (store, client);
    while (crm_booking_list_get_loading (bookings) || crm_id_list_get_loading (CRM_ID_LIST (timeline)))
      g_main_context_iteration (NULL, TRUE);

    records = g_list_model_get_n_items (notes) + g_list_model_get_n_items (G_LIST_MODEL (bookings)) +
              g_list_model_get_n_items (invoices) + g_list_model_get_n_items (payments) +
              g_list_model_get_n_items (documents);
    crm_bench_report_add (report, "card_open_ms", "open a card with 10,000 records, every tab",
                          (g_get_monotonic_time () - start) / 1000.0, "ms",
                          records + g_list_model_get_n_items (G_LIST_MODEL (timeline)) <
                          size.big_card_records ? "fewer records than asked" : NULL);
    if (opt_verbose)
      g_printerr ("    card: %u contacts, %u notes, %u bookings, %u invoices, %u payments,"
                  " %u documents, %u in the timeline\n",
                  g_list_model_get_n_items (contacts), g_list_model_get_n_items (notes),
                  g_list_model_get_n_items (G_LIST_MODEL (bookings)), g_list_model_get_n_items (invoices),
                  g_list_model_get_n_items (payments), g_list_model_get_n_items (documents),
                  g_list_model_get_n_items (G_LIST_MODEL (timeline)));
  }

  if (opt_import_rows > 0)
    {
      g_autofree char *name = g_strdup_printf ("import-%" G_GINT64_FORMAT ".csv", opt_import_rows);
      g_autofree char *csv = g_build_filename (dir, name, NULL);
      g_autofree char *target = g_build_filename (dir, "import-target.db", NULL);
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      double seconds = 0, settled = 0, peak = 0, baseline;

      if (!g_file_test (csv, G_FILE_TEST_EXISTS) &&
          !crm_bench_generate_import_csv (csv, opt_import_rows, &error))
        {
          g_printerr ("Could not generate %s: %s\n", csv, error->message);
          return EXIT_FAILURE;
        }

      for (const char *suffix = ""; suffix; suffix = *suffix ? (g_str_equal (suffix, "-wal") ? "-shm" : NULL) : "-wal")
        {
          g_autofree char *side = g_strconcat (target, suffix, NULL);
          g_unlink (side);
        }

      baseline = time_sqlite_import (csv, dir);
      crm_bench_report_add (report, "sqlite_import_s", "sqlite3 .import of the same file", baseline, "s", NULL);

      if (!run_import_child (exe, csv, target, &seconds, &settled, &peak, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      crm_bench_report_add (report, "import_s", "import the CSV into an empty database", seconds, "s", NULL);
      crm_bench_report_add (report, "import_settled_s", "import, with its log copied in", settled, "s", NULL);
      crm_bench_report_add (report, "import_peak_mb", "import, peak memory", peak, "MB", NULL);
      if (baseline > 0)
        crm_bench_report_add (report, "import_ratio", "import time / sqlite3 .import time", seconds / baseline, "x", NULL);

      if (!run_import_child (exe, csv, target, &seconds, &settled, &peak, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      crm_bench_report_add (report, "reimport_s", "import the same file again (all updates)", seconds, "s", NULL);
      crm_bench_report_add (report, "reimport_settled_s", "re-import, with its log copied in", settled, "s", NULL);
      crm_bench_report_add (report, "reimport_peak_mb", "re-import, peak memory", peak, "MB", NULL);

      /* What was imported, exported again: every contact, one row each. */
      for (CrmExportFormat f = CRM_EXPORT_FORMAT_CSV; f <= CRM_EXPORT_FORMAT_VCARD; f++)
        {
          static const char * const names[] = { "csv", "xlsx", "vcf" };
          g_autofree char *out = g_strdup_printf ("%s/export.%s", dir, names[f]);
          g_autofree char *key = g_strdup_printf ("export_%s_s", names[f]);
          g_autofree char *label = g_strdup_printf ("export the contacts to %s", names[f]);
          g_autofree char *peak_key = g_strdup_printf ("export_%s_peak_mb", names[f]);
          g_autofree char *peak_label = g_strdup_printf ("export to %s, peak memory", names[f]);

          if (!run_export_child (exe, out, target, &seconds, &peak, &error))
            {
              g_printerr ("%s\n", error->message);
              return EXIT_FAILURE;
            }
          crm_bench_report_add (report, key, label, seconds, "s", NULL);
          crm_bench_report_add (report, peak_key, peak_label, peak, "MB", NULL);
        }
    }

  crm_bench_report_print (report, opt_json);

  return EXIT_SUCCESS;
}
