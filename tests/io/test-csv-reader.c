/* test-csv-reader.c: the CSV reader on good files and on the bad-file corpus.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-csv-reader.h"
#include "crm-io-error.h"

static CrmCsvReader *
reader_for (const char *text,
            gsize       len)
{
  g_autoptr(GError) error = NULL;
  CrmCsvReader *reader;

  reader = crm_csv_reader_new_for_data (text, len == 0 ? strlen (text) : len,
                                        CRM_CSV_READER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reader);

  return reader;
}

/* Reads every row and returns them as "a|b|c" lines, one per row. */
static char *
dump_rows (CrmCsvReader *reader)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const CrmCsvRow *row;

  while (crm_csv_reader_next (reader, &row, &error))
    {
      for (guint i = 0; i < row->n_fields; i++)
        {
          if (i > 0)
            g_string_append_c (out, '|');
          g_string_append (out, row->fields[i]);
        }
      g_string_append_c (out, '\n');
    }
  g_assert_no_error (error);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_basic (void)
{
  g_autoptr(CrmCsvReader) reader = reader_for ("Name,Email\nAda,ada@example.com\nGrace,grace@example.org\n", 0);
  const char * const *header = crm_csv_reader_get_header (reader);
  g_autofree char *rows = NULL;

  g_assert_cmpuint (crm_csv_reader_get_n_columns (reader), ==, 2);
  g_assert_cmpstr (header[0], ==, "Name");
  g_assert_cmpstr (header[1], ==, "Email");
  g_assert_null (header[2]);
  g_assert_cmpint (crm_csv_reader_get_delimiter (reader), ==, ',');
  g_assert_cmpint (crm_csv_reader_get_encoding (reader), ==, CRM_TEXT_ENCODING_UTF8);

  rows = dump_rows (reader);
  g_assert_cmpstr (rows, ==, "Ada|ada@example.com\nGrace|grace@example.org\n");
  g_assert_cmpfloat (crm_csv_reader_get_fraction (reader), ==, 1.0);
}

static void
test_delimiters (void)
{
  struct { const char *text; char delimiter; const char *rows; } cases[] = {
    { "a;b;c\n1;2,5;3\n", ';', "1|2,5|3\n" },
    { "a\tb\n1\t\"x\ty\"\n", '\t', "1|x\ty\n" },
    { "\"a,b\";c;d\n1;2;3\n", ';', "1|2|3\n" },
    { "sep=;\na,b;c\n1,5;2\n", ';', "1,5|2\n" },
    { "only\nx\n", ',', "x\n" },
    { "sep=\"\na\n", ',', "a\n" },     /* not a delimiter: an ordinary header */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CrmCsvReader) reader = reader_for (cases[i].text, 0);
      g_autofree char *rows = NULL;

      g_assert_cmpint (crm_csv_reader_get_delimiter (reader), ==, cases[i].delimiter);
      rows = dump_rows (reader);
      g_assert_cmpstr (rows, ==, cases[i].rows);
    }
}

static void
test_quotes (void)
{
  g_autoptr(CrmCsvReader) reader =
    reader_for ("Name,Notes,Phone\r\n"
                "\"O\"\"Brien, Pat\",\"line one\nline two\",\"+44 20\"\r\n"
                "\"\",\"\"\"\",\"a\"\"\"\"b\"\r\n"
                "plain \"quoted\" text,\"closed\"tail,x\r\n"
                "Last,\"multi\r\nline\r\n\",end\r\n", 0);
  g_autoptr(GError) error = NULL;
  const CrmCsvRow *row;

  g_assert_true (crm_csv_reader_next (reader, &row, &error));
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpuint (row->number, ==, 1);
  g_assert_cmpstr (row->fields[0], ==, "O\"Brien, Pat");
  g_assert_cmpstr (row->fields[1], ==, "line one\nline two");
  g_assert_cmpstr (row->fields[2], ==, "+44 20");

  g_assert_true (crm_csv_reader_next (reader, &row, &error));
  g_assert_cmpuint (row->line, ==, 4);
  g_assert_cmpstr (row->fields[0], ==, "");
  g_assert_cmpstr (row->fields[1], ==, "\"");
  g_assert_cmpstr (row->fields[2], ==, "a\"\"b");

  g_assert_true (crm_csv_reader_next (reader, &row, &error));
  g_assert_cmpuint (row->line, ==, 5);
  g_assert_cmpstr (row->fields[0], ==, "plain \"quoted\" text");
  g_assert_cmpstr (row->fields[1], ==, "closedtail");

  g_assert_true (crm_csv_reader_next (reader, &row, &error));
  g_assert_cmpuint (row->line, ==, 6);
  g_assert_cmpstr (row->fields[1], ==, "multi\r\nline\r\n");
  g_assert_cmpstr (row->fields[2], ==, "end");
  g_assert_cmpstr (crm_csv_row_get (row, 7), ==, "");

  g_assert_false (crm_csv_reader_next (reader, &row, &error));
  g_assert_no_error (error);
  g_assert_null (row);
}

static void
test_line_endings (void)
{
  const char *texts[] = {
    "h1,h2\na,b\nc,d\n",
    "h1,h2\r\na,b\r\nc,d\r\n",
    "h1,h2\ra,b\rc,d\r",
    "h1,h2\r\na,b\rc,d",
    "h1,h2\n\n\na,b\r\n\r\nc,d\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(CrmCsvReader) reader = reader_for (texts[i], 0);
      g_autofree char *rows = dump_rows (reader);

      g_assert_cmpstr (rows, ==, "a|b\nc|d\n");
    }
}

static void
test_line_numbers (void)
{
  g_autoptr(CrmCsvReader) reader = reader_for ("h\r\n\r\na\r\"b\nc\"\nd\n", 0);
  g_autoptr(GError) error = NULL;
  const CrmCsvRow *row;

  g_assert_true (crm_csv_reader_next (reader, &row, &error));
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_true (crm_csv_reader_next (reader, &row, &error));
  g_assert_cmpuint (row->line, ==, 4);
  g_assert_cmpuint (row->number, ==, 2);
  g_assert_true (crm_csv_reader_next (reader, &row, &error));
  g_assert_cmpuint (row->line, ==, 6);
  g_assert_cmpstr (row->fields[0], ==, "d");
}

static void
test_encodings (void)
{
  /* "Prénom,Ville\nRenée,Zürich €\n" in each encoding. */
  static const char utf8[] = "Pr\xc3\xa9nom,Ville\nRen\xc3\xa9" "e,Z\xc3\xbcrich \xe2\x82\xac\n";
  static const char utf8_bom[] = "\xef\xbb\xbfPr\xc3\xa9nom,Ville\nRen\xc3\xa9" "e,Z\xc3\xbcrich \xe2\x82\xac\n";
  static const char cp1252[] = "Pr\xe9nom,Ville\nRen\xe9" "e,Z\xfcrich \x80\n";
  g_autofree char *utf16le = NULL;
  g_autofree char *utf16be = NULL;
  gsize le_len, be_len;
  struct { const char *data; gsize len; CrmTextEncoding encoding; } cases[5];

  utf16le = g_convert ("\xef\xbb\xbfPr\xc3\xa9nom,Ville\nRen\xc3\xa9" "e,Z\xc3\xbcrich \xe2\x82\xac\n",
                       -1, "UTF-16LE", "UTF-8", NULL, &le_len, NULL);
  utf16be = g_convert ("\xef\xbb\xbfPr\xc3\xa9nom,Ville\nRen\xc3\xa9" "e,Z\xc3\xbcrich \xe2\x82\xac\n",
                       -1, "UTF-16BE", "UTF-8", NULL, &be_len, NULL);
  g_assert_nonnull (utf16le);
  g_assert_nonnull (utf16be);

  cases[0].data = utf8, cases[0].len = sizeof utf8 - 1, cases[0].encoding = CRM_TEXT_ENCODING_UTF8;
  cases[1].data = utf8_bom, cases[1].len = sizeof utf8_bom - 1, cases[1].encoding = CRM_TEXT_ENCODING_UTF8_BOM;
  cases[2].data = cp1252, cases[2].len = sizeof cp1252 - 1, cases[2].encoding = CRM_TEXT_ENCODING_WINDOWS_1252;
  cases[3].data = utf16le, cases[3].len = le_len, cases[3].encoding = CRM_TEXT_ENCODING_UTF16LE;
  cases[4].data = utf16be, cases[4].len = be_len, cases[4].encoding = CRM_TEXT_ENCODING_UTF16BE;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CrmCsvReader) reader = reader_for (cases[i].data, cases[i].len);
      g_autofree char *rows = NULL;

      g_test_message ("encoding case %u", i);
      g_assert_cmpint (crm_csv_reader_get_encoding (reader), ==, cases[i].encoding);
      g_assert_cmpstr (crm_csv_reader_get_header (reader)[0], ==, "Pr\xc3\xa9nom");
      rows = dump_rows (reader);
      g_assert_cmpstr (rows, ==, "Ren\xc3\xa9" "e|Z\xc3\xbcrich \xe2\x82\xac\n");
    }
}

static void
test_bad_utf16 (void)
{
  /* A BOM, then a lone high surrogate. */
  static const char bad[] = "\xff\xfe" "a\0,\0b\0\n\0\x00\xd8" "c\0";
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = crm_csv_reader_new_for_data (bad, sizeof bad - 1, CRM_CSV_READER_FLAGS_NONE, &error);
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_ENCODING);
  g_assert_null (reader);
  g_assert_nonnull (strstr (error->message, "UTF-16LE"));
}

static void
expect_error (const char *text,
              gsize       len,
              int         code,
              const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;
  const CrmCsvRow *row;

  reader = crm_csv_reader_new_for_data (text, len, CRM_CSV_READER_FLAGS_NONE, &error);
  if (reader != NULL)
    {
      while (crm_csv_reader_next (reader, &row, &error))
        ;
      /* An error is final: asking again gives the end, not garbage. */
      g_assert_false (crm_csv_reader_next (reader, &row, NULL));
    }

  g_assert_error (error, CRM_IO_ERROR, code);
  g_test_message ("%s", error->message);
  if (needle)
    g_assert_nonnull (strstr (error->message, needle));
}

static void
test_bad_unterminated_quote (void)
{
  static const char text[] = "a,b\n1,2\n3,\"open\n4,5\n6,7\n";

  expect_error (text, sizeof text - 1, CRM_IO_ERROR_SYNTAX, "Line 3");
}

static void
test_bad_nul (void)
{
  static const char text[] = "a,b\n1,2\n3,x\0y\n";
  static const char quoted[] = "a,b\n\"1\0\",2\n";
  static const char utf16_no_bom[] = "a\0,\0b\0\n\0";
  static const char sep_nul[] = "sep=\0\rL";     /* found by fuzzing */

  expect_error (text, sizeof text - 1, CRM_IO_ERROR_NUL_BYTE, "Line 3");
  expect_error (quoted, sizeof quoted - 1, CRM_IO_ERROR_NUL_BYTE, "Line 2");
  expect_error (utf16_no_bom, sizeof utf16_no_bom - 1, CRM_IO_ERROR_NUL_BYTE, "Line 1");
  expect_error (sep_nul, sizeof sep_nul - 1, CRM_IO_ERROR_NUL_BYTE, "Line 1");
}

static void
test_bad_empty (void)
{
  expect_error ("", 0, CRM_IO_ERROR_EMPTY, NULL);
  expect_error ("\n\r\n\n", 4, CRM_IO_ERROR_EMPTY, NULL);
  expect_error ("\xef\xbb\xbf", 3, CRM_IO_ERROR_EMPTY, NULL);
}

static void
test_ragged (void)
{
  g_autoptr(CrmCsvReader) reader = reader_for ("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n", 0);
  g_autoptr(GError) error = NULL;
  const CrmCsvRow *row;
  guint good = 0, ragged = 0;

  while (crm_csv_reader_next (reader, &row, &error))
    {
      g_autoptr(GError) row_error = NULL;

      if (crm_csv_reader_check_row (reader, row, &row_error))
        {
          good++;
          continue;
        }

      ragged++;
      g_assert_error (row_error, CRM_IO_ERROR, CRM_IO_ERROR_RAGGED);
      if (row->number == 2)
        g_assert_cmpstr (row_error->message, ==, "Row 2 (line 3) has 2 fields but the header has 3.");
      else
        g_assert_cmpstr (row_error->message, ==, "Row 3 (line 4) has 4 fields but the header has 3.");
      g_assert_cmpstr (crm_csv_row_get (row, 2), ==, row->number == 2 ? "" : "8");
    }
  g_assert_no_error (error);
  g_assert_cmpuint (good, ==, 2);
  g_assert_cmpuint (ragged, ==, 2);
}

static void
test_big_field (void)
{
  gsize big = 10 * 1024 * 1024;
  g_autoptr(GString) text = g_string_new ("a,b\n1,2\n3,");
  g_autoptr(GString) quoted = NULL;

  g_string_set_size (text, text->len + big);
  memset (text->str + text->len - big, 'x', big);
  g_string_append (text, "\n");
  expect_error (text->str, text->len, CRM_IO_ERROR_TOO_LARGE, "Line 3");

  quoted = g_string_new ("a,b\n1,\"");
  g_string_set_size (quoted, quoted->len + big);
  memset (quoted->str + quoted->len - big, 'y', big);
  g_string_append (quoted, "\"\n");
  expect_error (quoted->str, quoted->len, CRM_IO_ERROR_TOO_LARGE, "quote");

  /* Just under the cap is read whole. */
  {
    g_autoptr(GString) ok = g_string_new ("a\n");
    g_autoptr(CrmCsvReader) reader = NULL;
    g_autoptr(GError) error = NULL;
    const CrmCsvRow *row;

    g_string_set_size (ok, 2 + CRM_CSV_MAX_FIELD_SIZE);
    memset (ok->str + 2, 'z', CRM_CSV_MAX_FIELD_SIZE);
    reader = reader_for (ok->str, ok->len);
    g_assert_true (crm_csv_reader_next (reader, &row, &error));
    g_assert_cmpuint (strlen (row->fields[0]), ==, CRM_CSV_MAX_FIELD_SIZE);
  }
}

static GString *
wide_csv (guint columns)
{
  GString *text = g_string_new (NULL);

  for (guint row = 0; row < 3; row++)
    {
      for (guint i = 0; i < columns; i++)
        g_string_append_printf (text, i ? ",%c%u" : "%c%u", row ? 'v' : 'h', i);
      g_string_append (text, "\r\n");
    }

  return text;
}

static void
test_many_columns (void)
{
  g_autoptr(GString) ok = wide_csv (10000);
  g_autoptr(GString) too_many = wide_csv (20000);
  g_autoptr(CrmCsvReader) reader = reader_for (ok->str, ok->len);
  g_autoptr(GError) error = NULL;
  const CrmCsvRow *row;

  g_assert_cmpuint (crm_csv_reader_get_n_columns (reader), ==, 10000);
  g_assert_cmpstr (crm_csv_reader_get_header (reader)[9999], ==, "h9999");
  g_assert_true (crm_csv_reader_next (reader, &row, &error));
  g_assert_cmpuint (row->n_fields, ==, 10000);
  g_assert_cmpstr (row->fields[9999], ==, "v9999");

  expect_error (too_many->str, too_many->len, CRM_IO_ERROR_TOO_LARGE, "Line 1");
}

static void
test_unguard (void)
{
  static const char text[] = "a,b,c,d,e\n'=1+2,''=x,'hello,+44 20 7946 0958,'-5\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;
  const CrmCsvRow *row;

  reader = crm_csv_reader_new_for_data (text, sizeof text - 1, CRM_CSV_READER_UNGUARD, &error);
  g_assert_no_error (error);
  g_assert_true (crm_csv_reader_next (reader, &row, &error));
  g_assert_cmpstr (row->fields[0], ==, "=1+2");
  g_assert_cmpstr (row->fields[1], ==, "'=x");
  g_assert_cmpstr (row->fields[2], ==, "'hello");
  g_assert_cmpstr (row->fields[3], ==, "+44 20 7946 0958");
  g_assert_cmpstr (row->fields[4], ==, "-5");
}

static void
test_from_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "data", "outlook.csv", NULL);
  g_autoptr(CrmCsvReader) reader = crm_csv_reader_new_for_path (path, CRM_CSV_READER_FLAGS_NONE, &error);
  g_autoptr(CrmCsvReader) missing = NULL;
  const CrmCsvRow *row;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (crm_csv_reader_get_header (reader)[1], ==, "First Name");
  while (crm_csv_reader_next (reader, &row, &error))
    {
      g_assert_true (crm_csv_reader_check_row (reader, row, NULL));
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);

  missing = crm_csv_reader_new_for_path ("/nonexistent/contacts.csv", CRM_CSV_READER_FLAGS_NONE, &error);
  g_assert_null (missing);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-reader/basic", test_basic);
  g_test_add_func ("/csv-reader/delimiters", test_delimiters);
  g_test_add_func ("/csv-reader/quotes", test_quotes);
  g_test_add_func ("/csv-reader/line-endings", test_line_endings);
  g_test_add_func ("/csv-reader/line-numbers", test_line_numbers);
  g_test_add_func ("/csv-reader/encodings", test_encodings);
  g_test_add_func ("/csv-reader/unguard", test_unguard);
  g_test_add_func ("/csv-reader/from-path", test_from_path);
  g_test_add_func ("/csv-reader/ragged", test_ragged);
  g_test_add_func ("/csv-reader/bad/utf16", test_bad_utf16);
  g_test_add_func ("/csv-reader/bad/unterminated-quote", test_bad_unterminated_quote);
  g_test_add_func ("/csv-reader/bad/nul", test_bad_nul);
  g_test_add_func ("/csv-reader/bad/empty", test_bad_empty);
  g_test_add_func ("/csv-reader/bad/big-field", test_big_field);
  g_test_add_func ("/csv-reader/bad/many-columns", test_many_columns);

  return g_test_run ();
}
