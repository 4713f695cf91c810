/* test-xlsx-writer.c: the XLSX export checked inside the package: a real
 * zip with the expected parts, text kept as text, numbers right under a
 * decimal-comma locale, new sheets past the row limit.
 *
 * The zip is read here with GLib alone (the central directory, then raw
 * deflate through GZlibDecompressor), so the test needs no unzip tool.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "crm-io-error.h"
#include "crm-xlsx-writer-private.h"

static guint32
le32 (const guchar *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static guint16
le16 (const guchar *p)
{
  return p[0] | (p[1] << 8);
}

/* Returns the uncompressed member @name of the zip file @path, or NULL. */
static char *
zip_extract (const char *path,
             const char *name)
{
  g_autofree char *contents = NULL;
  const guchar *data, *eocd = NULL, *cd;
  gsize len;
  guint entries;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  data = (const guchar *) contents;
  g_assert_cmpuint (len, >, 22);
  g_assert_true (memcmp (data, "PK\x03\x04", 4) == 0);

  for (gsize i = len - 22; i + 1 > 0 && len - i < 65536 + 22; i--)
    if (le32 (data + i) == 0x06054b50)
      {
        eocd = data + i;
        break;
      }
  g_assert_nonnull (eocd);

  entries = le16 (eocd + 10);
  cd = data + le32 (eocd + 16);

  for (guint e = 0; e < entries; e++)
    {
      guint method = le16 (cd + 10);
      guint32 csize = le32 (cd + 20);
      guint32 usize = le32 (cd + 24);
      guint nlen = le16 (cd + 28), xlen = le16 (cd + 30), clen = le16 (cd + 32);
      const guchar *local = data + le32 (cd + 42);

      g_assert_cmpuint (le32 (cd), ==, 0x02014b50);

      if (nlen == strlen (name) && memcmp (cd + 46, name, nlen) == 0)
        {
          const guchar *payload = local + 30 + le16 (local + 26) + le16 (local + 28);
          g_autoptr(GInputStream) mem = NULL;
          g_autoptr(GInputStream) in = NULL;
          g_autoptr(GZlibDecompressor) inflater = NULL;
          g_autoptr(GByteArray) out = g_byte_array_new ();
          g_autoptr(GError) error = NULL;
          guint8 buf[65536];
          gssize n;

          g_assert_cmpuint (le32 (local), ==, 0x04034b50);
          if (method == 0)
            return g_strndup ((const char *) payload, csize);

          g_assert_cmpuint (method, ==, 8);
          mem = g_memory_input_stream_new_from_data (payload, csize, NULL);
          inflater = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW);
          in = g_converter_input_stream_new (mem, G_CONVERTER (inflater));
          while ((n = g_input_stream_read (in, buf, sizeof buf, NULL, &error)) > 0)
            g_byte_array_append (out, buf, n);
          g_assert_no_error (error);
          g_assert_cmpuint (out->len, ==, usize);
          g_byte_array_append (out, (const guint8 *) "", 1);
          return (char *) g_byte_array_free (g_steal_pointer (&out), FALSE);
        }

      cd += 46 + nlen + xlen + clen;
    }

  return NULL;
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("clientele-xlsx-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static const char *header[] = { "Client Name", "Postal Code", "Phone", "Notes", "Amount" };

static CrmXlsxWriter *
new_writer (const char *path)
{
  g_autoptr(GError) error = NULL;
  CrmXlsxWriter *writer = crm_xlsx_writer_new (path, "Contacts", header, G_N_ELEMENTS (header), &error);

  g_assert_no_error (error);
  crm_xlsx_writer_set_column_type (writer, 4, CRM_XLSX_COLUMN_NUMBER);
  return writer;
}

static void
test_package (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "contacts.xlsx", NULL);
  g_autoptr(CrmXlsxWriter) writer = new_writer (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *workbook = NULL;
  g_autofree char *types = NULL;
  g_autofree char *sheet = NULL;
  const char *row1[] = { "Zürich & Söhne <AG>", "00123", "+44 20 7946 0958", "=1+2", "1234.5" };
  const char *row2[] = { "Blank cells", NULL, "", "two\nlines", "not a number" };

  g_assert_true (crm_xlsx_writer_write_row (writer, row1, 5, &error));
  g_assert_true (crm_xlsx_writer_write_row (writer, row2, 5, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (crm_xlsx_writer_close (writer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (crm_xlsx_writer_get_n_rows (writer), ==, 2);
  g_assert_cmpuint (crm_xlsx_writer_get_n_sheets (writer), ==, 1);

  workbook = zip_extract (path, "xl/workbook.xml");
  g_assert_nonnull (workbook);
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Contacts\""));
  types = zip_extract (path, "[Content_Types].xml");
  g_assert_nonnull (types);

  sheet = zip_extract (path, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (sheet);
  g_test_message ("%s", sheet);
  /* Header, bold (style 1), in row 1. */
  g_assert_nonnull (strstr (sheet, "<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Client Name</t></is></c>"));
  /* Leading zeros and plus signs stay text; XML is escaped. */
  g_assert_nonnull (strstr (sheet, "<t>Zürich &amp; Söhne &lt;AG&gt;</t>"));
  g_assert_nonnull (strstr (sheet, "<c r=\"B2\" t=\"inlineStr\"><is><t>00123</t></is></c>"));
  g_assert_nonnull (strstr (sheet, "<c r=\"C2\" t=\"inlineStr\"><is><t>+44 20 7946 0958</t></is></c>"));
  /* A string is never a formula in XLSX. */
  g_assert_nonnull (strstr (sheet, "<c r=\"D2\" t=\"inlineStr\"><is><t>=1+2</t></is></c>"));
  g_assert_null (strstr (sheet, "<f>"));
  /* The number column holds a number; text in it stays text. */
  g_assert_nonnull (strstr (sheet, "<c r=\"E2\"><v>1234.5</v></c>"));
  g_assert_nonnull (strstr (sheet, "<t>not a number</t>"));
  g_assert_null (strstr (sheet, "r=\"B3\""));

  remove_dir (dir);
}

static void
test_decimal_comma_locale (void)
{
  const char *locales[] = { "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "nl_NL.UTF-8", NULL };
  const char *found = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sheet = NULL;
  g_autoptr(CrmXlsxWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  const char *row[] = { "Decimal", "0", "0", "", "1.5" };
  const char *row2[] = { "Thousands", "0", "0", "", "-1234567.25" };
  char check[32];

  for (guint i = 0; locales[i] && !found; i++)
    if (setlocale (LC_ALL, locales[i]))
      found = locales[i];

  if (found == NULL)
    {
      g_test_skip ("No decimal-comma locale is installed (tried de_DE.UTF-8, fr_FR.UTF-8, "
                   "nl_NL.UTF-8); generate one, e.g. `localedef -i de_DE -f UTF-8 "
                   "de_DE.UTF-8`, to run this test");
      return;
    }

  snprintf (check, sizeof check, "%.1f", 1.5);
  g_assert_cmpstr (check, ==, "1,5");
  g_test_message ("exporting under %s", found);

  dir = make_dir ();
  path = g_build_filename (dir, "contacts.xlsx", NULL);
  writer = new_writer (path);
  g_assert_true (crm_xlsx_writer_write_row (writer, row, 5, &error));
  g_assert_true (crm_xlsx_writer_write_row (writer, row2, 5, &error));
  g_assert_true (crm_xlsx_writer_close (writer, &error));
  g_assert_no_error (error);
  setlocale (LC_ALL, "C");

  sheet = zip_extract (path, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (sheet, "<c r=\"E2\"><v>1.5</v></c>"));
  g_assert_nonnull (strstr (sheet, "<c r=\"E3\"><v>-1234567.25</v></c>"));
  g_assert_null (strstr (sheet, "1,5"));

  remove_dir (dir);
}

static void
test_new_sheet_past_limit (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "contacts.xlsx", NULL);
  g_autoptr(CrmXlsxWriter) writer = new_writer (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *workbook = NULL;
  g_autofree char *sheet3 = NULL;

  g_assert_cmpuint (CRM_XLSX_MAX_DATA_ROWS, ==, 1048575);
  crm_xlsx_writer_set_max_rows_per_sheet (writer, 3);

  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *name = g_strdup_printf ("Client %u", i + 1);
      const char *row[] = { name, "01", "+1", "", "1" };

      g_assert_true (crm_xlsx_writer_write_row (writer, row, 5, &error));
    }
  g_assert_true (crm_xlsx_writer_close (writer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (crm_xlsx_writer_get_n_sheets (writer), ==, 3);

  workbook = zip_extract (path, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Contacts\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Contacts 2\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Contacts 3\""));

  /* The last sheet repeats the header and holds the seventh row. */
  sheet3 = zip_extract (path, "xl/worksheets/sheet3.xml");
  g_assert_nonnull (strstr (sheet3, "<t>Client Name</t>"));
  g_assert_nonnull (strstr (sheet3, "<c r=\"A2\" t=\"inlineStr\"><is><t>Client 7</t></is></c>"));
  g_assert_null (strstr (sheet3, "r=\"A3\""));

  remove_dir (dir);
}

static void
test_long_cell (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "contacts.xlsx", NULL);
  g_autoptr(CrmXlsxWriter) writer = new_writer (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  const char *row[5] = { "Long", "", "", NULL, "" };

  for (guint i = 0; i < 40000; i++)
    g_string_append (note, "é");
  row[3] = note->str;

  g_assert_true (crm_xlsx_writer_write_row (writer, row, 5, &error));
  g_assert_true (crm_xlsx_writer_close (writer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (crm_xlsx_writer_get_n_truncated (writer), ==, 1);

  remove_dir (dir);
}

static void
test_bad_input_and_abandon (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "contacts.xlsx", NULL);
  g_autoptr(CrmXlsxWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) d = NULL;
  const char *bad[] = { "\xc3\x28", "", "", "", "" };
  guint n = 0;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  writer = new_writer (path);
  g_assert_false (crm_xlsx_writer_write_row (writer, bad, 5, &error));
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_INVALID);
  g_clear_object (&writer);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d))
    n++;
  g_assert_cmpuint (n, ==, 1);

  g_clear_error (&error);
  g_assert_null (crm_xlsx_writer_new ("/nonexistent-folder/x.xlsx", "Contacts", header, 5, &error));
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_WRITE);

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xlsx-writer/package", test_package);
  g_test_add_func ("/xlsx-writer/decimal-comma-locale", test_decimal_comma_locale);
  g_test_add_func ("/xlsx-writer/new-sheet-past-limit", test_new_sheet_past_limit);
  g_test_add_func ("/xlsx-writer/long-cell", test_long_cell);
  g_test_add_func ("/xlsx-writer/bad/input-and-abandon", test_bad_input_and_abandon);

  return g_test_run ();
}
