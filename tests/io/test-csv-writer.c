/* test-csv-writer.c: CSV export, the formula guard, round trips through the
 * reader, and the promise that a failed export leaves the target alone.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "crm-csv-guard.h"
#include "crm-csv-reader.h"
#include "crm-csv-writer.h"
#include "crm-io-error.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("clientele-io-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d))
    n++;
  return n;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_guard_rules (void)
{
  struct { const char *cell; gboolean guard; } cases[] = {
    { "=1+2", TRUE },
    { "=HYPERLINK(\"http://x\")", TRUE },
    { "@SUM(A1)", TRUE },
    { "-2+3", FALSE },                 /* digits and signs only: no call possible */
    { "-cmd|' /C calc'!A0", TRUE },
    { "+44 20 7946 0958", FALSE },
    { "+1 (555) 010-0199", FALSE },
    { "+", TRUE },
    { "\tindented", TRUE },
    { "\rreturn", TRUE },
    { "'=1", TRUE },                   /* already quoted: one more, reversibly */
    { "'hello", FALSE },
    { "hello=world", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *guarded = NULL;

      g_test_message ("cell %u: %s", i, cases[i].cell);
      g_assert_cmpint (crm_csv_cell_needs_guard (cases[i].cell), ==, cases[i].guard);

      /* Whatever the writer does, the reader undoes. */
      guarded = cases[i].guard ? g_strconcat ("'", cases[i].cell, NULL) : g_strdup (cases[i].cell);
      g_assert_cmpstr (crm_csv_cell_unguard (guarded), ==, cases[i].cell);
    }
}

static void
test_format (void)
{
  const char *row[] = { "plain", "a,b", "say \"hi\"", "two\nlines", "", NULL, " padded",
                        "=1+2", "+44 20 7946 0958", "=x,y" };
  g_autoptr(GString) out = g_string_new (NULL);

  crm_csv_format_row (out, row, G_N_ELEMENTS (row), TRUE);
  g_assert_cmpstr (out->str, ==,
                   "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,,\" padded\","
                   "'=1+2,+44 20 7946 0958,\"'=x,y\"\r\n");

  g_string_truncate (out, 0);
  crm_csv_format_row (out, row + 7, 1, FALSE);
  g_assert_cmpstr (out->str, ==, "=1+2\r\n");
}

/* Cells that have broken exports elsewhere. */
static const char *tricky[][6] = {
  { "Client Name", "Phone", "Postal Code", "Notes", "Email", "Tags" },
  { "Zürich Ärzte AG", "+41 44 123 45 67", "08001", "Said \"call me\",\nthen left", "a@b.ch", "vip" },
  { "株式会社テスト", "+81-3-1234-5678", "0010", "=1+2", "'=already", "@home" },
  { "O'Brien & Sons", "-", "00000", "", "-5", "+" },
  { "  spaced  ", "\t+1 tab", "0", "line\r\nbreak", "semi;colon", "trailing," },
  { "\xf0\x9f\x98\x80 Emoji Ltd", "(555) 010-0199", "0123", "\r", "'hello", "''=two" },
};

static void
round_trip (CrmCsvWriterFlags flags)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "export.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvWriter) writer = crm_csv_writer_new (path, flags, &error);
  g_autoptr(CrmCsvReader) reader = NULL;
  g_autofree char *contents = NULL;
  const CrmCsvRow *row;
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (tricky); i++)
    g_assert_true (crm_csv_writer_write_row (writer, tricky[i], 6, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (crm_csv_writer_close (writer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpint (g_str_has_prefix (contents, "\xef\xbb\xbf"), ==, !!(flags & CRM_CSV_WRITER_BOM));
  g_assert_nonnull (strstr (contents, "vip\r\n"));
  g_assert_nonnull (strstr (contents, ",'=1+2,"));
  g_assert_nonnull (strstr (contents, ",+41 44 123 45 67,"));

  reader = crm_csv_reader_new_for_path (path, CRM_CSV_READER_UNGUARD, &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_csv_reader_get_encoding (reader), ==,
                   (flags & CRM_CSV_WRITER_BOM) ? CRM_TEXT_ENCODING_UTF8_BOM : CRM_TEXT_ENCODING_UTF8);
  for (guint c = 0; c < 6; c++)
    g_assert_cmpstr (crm_csv_reader_get_header (reader)[c], ==, tricky[0][c]);

  while (crm_csv_reader_next (reader, &row, &error))
    {
      n++;
      g_assert_cmpuint (row->n_fields, ==, 6);
      for (guint c = 0; c < 6; c++)
        g_assert_cmpstr (row->fields[c], ==, tricky[n][c]);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (tricky) - 1);

  remove_dir (dir);
}

static void
test_round_trip (void)
{
  round_trip (CRM_CSV_WRITER_FLAGS_NONE);
}

static void
test_round_trip_bom (void)
{
  round_trip (CRM_CSV_WRITER_BOM);
}

static void
test_invalid_utf8 (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "bad.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvWriter) writer = crm_csv_writer_new (path, 0, &error);
  const char *row[] = { "ok", "bad \xff byte" };

  g_assert_false (crm_csv_writer_write_row (writer, row, 2, &error));
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Row 1, column 2 is not valid UTF-8 text.");
  g_clear_object (&writer);
  g_assert_cmpuint (count_entries (dir), ==, 0);
  remove_dir (dir);
}

static void
test_abandoned_keeps_target (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "contacts.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvWriter) writer = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "old export\n", -1, NULL));

  writer = crm_csv_writer_new (path, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 20000; i++)
    g_assert_true (crm_csv_writer_write_row (writer, tricky[1], 6, &error));
  /* A cancelled export: dropped without close. */
  g_clear_object (&writer);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old export\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_dir (dir);
}

static void
test_unwritable_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvWriter) writer = crm_csv_writer_new ("/nonexistent-folder/contacts.csv", 0, &error);

  g_assert_null (writer);
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder/contacts.csv"));
}

static void
test_rename_fails (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "taken", NULL);
  g_autofree char *inside = g_build_filename (path, "keep.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvWriter) writer = NULL;
  const char *row[] = { "a" };

  /* The name is a folder with a file in it: the final rename must fail. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "x", -1, NULL));

  writer = crm_csv_writer_new (path, 0, &error);
  g_assert_no_error (error);
  g_assert_true (crm_csv_writer_write_row (writer, row, 1, &error));
  g_assert_false (crm_csv_writer_close (writer, &error));
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_WRITE);

  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_dir (dir);
}

/* The disk fills up half way: simulated with a file size limit, in a
 * subprocess so that the limit does not outlive the test. */
static void
test_disk_full (void)
{
  static char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CrmCsvWriter) writer = NULL;
      struct rlimit limit = { 64 * 1024, 64 * 1024 };
      gboolean ok = TRUE;

      path = g_build_filename (g_getenv ("CRM_TEST_DIR"), "contacts.csv", NULL);
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      writer = crm_csv_writer_new (path, 0, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < 100000 && ok; i++)
        ok = crm_csv_writer_write_row (writer, tricky[1], 6, &error);
      if (ok)
        ok = crm_csv_writer_close (writer, &error);

      g_assert_false (ok);
      g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_WRITE);
      g_printerr ("%s\n", error->message);
      return;
    }

  dir = make_dir ();
  path = g_build_filename (dir, "contacts.csv", NULL);
  g_assert_true (g_file_set_contents (path, "old export\n", -1, NULL));

  g_setenv ("CRM_TEST_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Could not write*Nothing was saved under that name*");

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old export\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_dir (dir);
  g_clear_pointer (&dir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-writer/guard-rules", test_guard_rules);
  g_test_add_func ("/csv-writer/format", test_format);
  g_test_add_func ("/csv-writer/round-trip", test_round_trip);
  g_test_add_func ("/csv-writer/round-trip-bom", test_round_trip_bom);
  g_test_add_func ("/csv-writer/bad/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/csv-writer/bad/abandoned-keeps-target", test_abandoned_keeps_target);
  g_test_add_func ("/csv-writer/bad/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/csv-writer/bad/rename-fails", test_rename_fails);
  g_test_add_func ("/csv-writer/bad/disk-full", test_disk_full);

  return g_test_run ();
}
