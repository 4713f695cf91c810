/* test-import-format.c: layout recognition and column mapping on real headers.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-csv-reader.h"
#include "crm-import-format.h"
#include "crm-io-error.h"

static CrmImportMapping *
mapping_for_file (const char      *name,
                  CrmImportLayout  expected)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "data", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = crm_csv_reader_new_for_path (path, CRM_CSV_READER_FLAGS_NONE, &error);
  CrmImportMapping *mapping;

  g_assert_no_error (error);
  mapping = crm_import_mapping_new (crm_csv_reader_get_header (reader),
                                    crm_csv_reader_get_n_columns (reader));
  g_assert_cmpint (mapping->layout, ==, expected);
  g_assert_true (crm_import_mapping_check (mapping, &error));
  g_assert_no_error (error);
  g_assert_null (mapping->warnings[0]);

  return mapping;
}

static void
assert_column (const CrmImportMapping *mapping,
               CrmField                field,
               int                     column)
{
  g_assert_cmpint (crm_import_mapping_find (mapping, field), ==, column);
}

static void
test_google (void)
{
  g_autoptr(CrmImportMapping) m = mapping_for_file ("google.csv", CRM_IMPORT_LAYOUT_GOOGLE);

  assert_column (m, CRM_FIELD_FIRST_NAME, 0);
  assert_column (m, CRM_FIELD_LAST_NAME, 2);
  assert_column (m, CRM_FIELD_CLIENT_NAME, 10);
  assert_column (m, CRM_FIELD_JOB_TITLE, 11);
  assert_column (m, CRM_FIELD_NOTES, 14);
  assert_column (m, CRM_FIELD_TAGS, 16);
  assert_column (m, CRM_FIELD_EMAIL, 18);
  assert_column (m, CRM_FIELD_PHONE, 22);
  assert_column (m, CRM_FIELD_STREET, 27);
  assert_column (m, CRM_FIELD_CITY, 28);
  assert_column (m, CRM_FIELD_REGION, 30);
  assert_column (m, CRM_FIELD_POSTAL_CODE, 31);
  assert_column (m, CRM_FIELD_COUNTRY, 32);
  assert_column (m, CRM_FIELD_WEBSITE, 35);
  /* Labels of emails and phones, and the second email, are not fields. */
  g_assert_cmpint (m->fields[17], ==, CRM_FIELD_NONE);
  g_assert_cmpint (m->fields[20], ==, CRM_FIELD_NONE);
}

static void
test_google_legacy (void)
{
  g_autoptr(CrmImportMapping) m = mapping_for_file ("google-legacy.csv", CRM_IMPORT_LAYOUT_GOOGLE_LEGACY);

  assert_column (m, CRM_FIELD_FULL_NAME, 0);
  assert_column (m, CRM_FIELD_FIRST_NAME, 1);
  assert_column (m, CRM_FIELD_LAST_NAME, 3);
  assert_column (m, CRM_FIELD_NOTES, 25);
  assert_column (m, CRM_FIELD_TAGS, 28);
  assert_column (m, CRM_FIELD_EMAIL, 30);
  assert_column (m, CRM_FIELD_PHONE, 32);
  assert_column (m, CRM_FIELD_POSTAL_CODE, 39);
  assert_column (m, CRM_FIELD_CLIENT_NAME, 43);
  assert_column (m, CRM_FIELD_JOB_TITLE, 45);
  assert_column (m, CRM_FIELD_WEBSITE, 51);
}

static void
test_outlook (void)
{
  g_autoptr(CrmImportMapping) m = mapping_for_file ("outlook.csv", CRM_IMPORT_LAYOUT_OUTLOOK);

  g_assert_cmpint (m->fields[0], ==, CRM_FIELD_NONE);   /* Title: Mr., Ms. */
  assert_column (m, CRM_FIELD_FIRST_NAME, 1);
  assert_column (m, CRM_FIELD_LAST_NAME, 3);
  assert_column (m, CRM_FIELD_CLIENT_NAME, 5);
  assert_column (m, CRM_FIELD_JOB_TITLE, 7);
  assert_column (m, CRM_FIELD_STREET, 8);
  assert_column (m, CRM_FIELD_CITY, 11);
  assert_column (m, CRM_FIELD_REGION, 12);
  assert_column (m, CRM_FIELD_POSTAL_CODE, 13);
  assert_column (m, CRM_FIELD_COUNTRY, 14);
  assert_column (m, CRM_FIELD_PHONE, 31);               /* Business Phone */
  assert_column (m, CRM_FIELD_CLIENT_PHONE, 35);        /* Company Main Phone */
  assert_column (m, CRM_FIELD_TAGS, 54);
  assert_column (m, CRM_FIELD_EMAIL, 57);
  assert_column (m, CRM_FIELD_NOTES, 77);
  assert_column (m, CRM_FIELD_WEBSITE, 91);
}

static void
test_salesforce (void)
{
  g_autoptr(CrmImportMapping) m = mapping_for_file ("salesforce.csv", CRM_IMPORT_LAYOUT_SALESFORCE);

  assert_column (m, CRM_FIELD_EXTERNAL_CONTACT_ID, 0);
  assert_column (m, CRM_FIELD_EXTERNAL_CLIENT_ID, 1);
  assert_column (m, CRM_FIELD_FIRST_NAME, 3);
  assert_column (m, CRM_FIELD_LAST_NAME, 4);
  assert_column (m, CRM_FIELD_JOB_TITLE, 5);
  assert_column (m, CRM_FIELD_CLIENT_NAME, 6);
  assert_column (m, CRM_FIELD_STREET, 7);
  assert_column (m, CRM_FIELD_CITY, 8);
  assert_column (m, CRM_FIELD_REGION, 9);
  assert_column (m, CRM_FIELD_POSTAL_CODE, 10);
  assert_column (m, CRM_FIELD_COUNTRY, 11);
  assert_column (m, CRM_FIELD_PHONE, 12);
  assert_column (m, CRM_FIELD_EMAIL, 14);
  assert_column (m, CRM_FIELD_NOTES, 15);
}

static void
test_salesforce_api_names (void)
{
  const char *header[] = { "Id", "AccountId", "LastName", "FirstName", "MailingStreet",
                           "MailingPostalCode", "Email", "Title" };
  g_autoptr(CrmImportMapping) m = crm_import_mapping_new (header, G_N_ELEMENTS (header));

  g_assert_cmpint (m->layout, ==, CRM_IMPORT_LAYOUT_SALESFORCE);
  assert_column (m, CRM_FIELD_EXTERNAL_CONTACT_ID, 0);
  assert_column (m, CRM_FIELD_EXTERNAL_CLIENT_ID, 1);
  assert_column (m, CRM_FIELD_LAST_NAME, 2);
  assert_column (m, CRM_FIELD_POSTAL_CODE, 5);
  assert_column (m, CRM_FIELD_JOB_TITLE, 7);
}

static void
test_template (void)
{
  guint n;
  const CrmField *fields = crm_import_template_get_fields (&n);
  g_autofree const char **header = g_new0 (const char *, n + 1);
  g_autoptr(CrmImportMapping) m = NULL;
  const char *first[] = { "Client Name", "External Client ID", "Client ID", "First Name",
                          "Last Name", "Email", "Phone", "External Contact ID", "Primary",
                          "Job Title", "Street", "City", "Region", "Postal Code", "Country",
                          "Tags", "Notes" };

  g_assert_cmpuint (n, >=, G_N_ELEMENTS (first));
  for (guint i = 0; i < n; i++)
    {
      header[i] = crm_field_get_header (fields[i]);
      if (i < G_N_ELEMENTS (first))
        g_assert_cmpstr (header[i], ==, first[i]);
      g_assert_nonnull (crm_field_get_label (fields[i]));
    }

  m = crm_import_mapping_new (header, n);
  g_assert_cmpint (m->layout, ==, CRM_IMPORT_LAYOUT_CLIENTELE);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (m->fields[i], ==, fields[i]);
}

static void
test_case_insensitive (void)
{
  const char *header[] = { "CLIENT NAME", "first_name", "LastName", "e-mail", "Phone Number",
                           "ZIP", "Company", "Mystery" };
  g_autoptr(CrmImportMapping) m = crm_import_mapping_new (header, G_N_ELEMENTS (header));

  g_assert_cmpint (m->layout, ==, CRM_IMPORT_LAYOUT_GENERIC);
  g_assert_cmpint (m->fields[0], ==, CRM_FIELD_CLIENT_NAME);
  g_assert_cmpint (m->fields[1], ==, CRM_FIELD_FIRST_NAME);
  g_assert_cmpint (m->fields[2], ==, CRM_FIELD_LAST_NAME);
  g_assert_cmpint (m->fields[3], ==, CRM_FIELD_EMAIL);
  g_assert_cmpint (m->fields[4], ==, CRM_FIELD_PHONE);
  g_assert_cmpint (m->fields[5], ==, CRM_FIELD_POSTAL_CODE);
  /* Company is also a client name, but Client Name came first. */
  g_assert_cmpint (m->fields[6], ==, CRM_FIELD_NONE);
  g_assert_cmpint (m->fields[7], ==, CRM_FIELD_NONE);
  g_assert_cmpint (crm_field_from_header ("  Postal  code "), ==, CRM_FIELD_POSTAL_CODE);
  g_assert_cmpint (crm_field_from_header ("ÉMAIL"), ==, CRM_FIELD_NONE);
}

static void
test_duplicate_and_blank_headers (void)
{
  const char *header[] = { "Email", "First Name", "", "EMAIL", "Last Name" };
  g_autoptr(CrmImportMapping) m = crm_import_mapping_new (header, G_N_ELEMENTS (header));

  g_assert_cmpint (m->fields[0], ==, CRM_FIELD_EMAIL);
  g_assert_cmpint (m->fields[2], ==, CRM_FIELD_NONE);
  g_assert_cmpint (m->fields[3], ==, CRM_FIELD_NONE);
  g_assert_cmpuint (g_strv_length (m->warnings), ==, 2);
  g_assert_cmpstr (m->warnings[0], ==, "Column 3 has no name in the header line; it is not "
                                       "imported unless you choose a field for it.");
  g_assert_cmpstr (m->warnings[1], ==, "Columns 1 and 4 are both called “EMAIL”; only column 1 is imported.");
  g_assert_true (crm_import_mapping_check (m, NULL));
}

static void
test_missing_header (void)
{
  static const char text[] = "Ada Lovelace,+44 20 7946 0958,London\nGrace Hopper,+1 202 555 0143,Arlington\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = crm_csv_reader_new_for_data (text, sizeof text - 1, 0, &error);
  g_autoptr(CrmImportMapping) m = NULL;

  g_assert_no_error (error);
  m = crm_import_mapping_new (crm_csv_reader_get_header (reader), crm_csv_reader_get_n_columns (reader));
  g_assert_false (crm_import_mapping_check (m, &error));
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_HEADER);
  g_assert_nonnull (strstr (error->message, "Client Name"));
}

static void
test_sample (void)
{
  g_autofree char *sample = crm_import_template_get_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = crm_csv_reader_new_for_data (sample, strlen (sample), 0, &error);
  g_autoptr(CrmImportMapping) m = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const CrmCsvRow *row;
  int ext, postal, phone, first, client;

  g_assert_no_error (error);
  m = crm_import_mapping_new (crm_csv_reader_get_header (reader), crm_csv_reader_get_n_columns (reader));
  g_assert_cmpint (m->layout, ==, CRM_IMPORT_LAYOUT_CLIENTELE);
  g_assert_null (m->warnings[0]);

  while (crm_csv_reader_next (reader, &row, &error))
    {
      g_assert_true (crm_csv_reader_check_row (reader, row, NULL));
      g_ptr_array_add (rows, g_strdupv ((char **) row->fields));
    }
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >=, 4);

  ext = crm_import_mapping_find (m, CRM_FIELD_EXTERNAL_CLIENT_ID);
  postal = crm_import_mapping_find (m, CRM_FIELD_POSTAL_CODE);
  phone = crm_import_mapping_find (m, CRM_FIELD_PHONE);
  first = crm_import_mapping_find (m, CRM_FIELD_FIRST_NAME);
  client = crm_import_mapping_find (m, CRM_FIELD_CLIENT_NAME);

  /* Two contacts grouped under one client. */
  g_assert_cmpstr (((char **) rows->pdata[0])[ext], ==, ((char **) rows->pdata[1])[ext]);
  g_assert_cmpstr (((char **) rows->pdata[0])[ext], !=, "");
  /* Accents, a leading +, leading zeros, a person who is their own client. */
  g_assert_cmpstr (((char **) rows->pdata[0])[first], ==, "Hélène");
  g_assert_true (((char **) rows->pdata[0])[phone][0] == '+');
  g_assert_cmpstr (((char **) rows->pdata[2])[postal], ==, "02110");
  g_assert_cmpstr (((char **) rows->pdata[3])[postal], ==, "0150");
  g_assert_cmpstr (((char **) rows->pdata[3])[client], ==, "");
}

static void
test_boolean (void)
{
  gboolean v;

  g_assert_true (crm_import_parse_boolean (" Yes ", &v) && v);
  g_assert_true (crm_import_parse_boolean ("TRUE", &v) && v);
  g_assert_true (crm_import_parse_boolean ("x", &v) && v);
  g_assert_true (crm_import_parse_boolean ("0", &v) && !v);
  g_assert_true (crm_import_parse_boolean ("", &v) && !v);
  g_assert_false (crm_import_parse_boolean ("maybe", &v));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-format/google", test_google);
  g_test_add_func ("/import-format/google-legacy", test_google_legacy);
  g_test_add_func ("/import-format/outlook", test_outlook);
  g_test_add_func ("/import-format/salesforce", test_salesforce);
  g_test_add_func ("/import-format/salesforce-api-names", test_salesforce_api_names);
  g_test_add_func ("/import-format/template", test_template);
  g_test_add_func ("/import-format/case-insensitive", test_case_insensitive);
  g_test_add_func ("/import-format/bad/duplicate-and-blank-headers", test_duplicate_and_blank_headers);
  g_test_add_func ("/import-format/bad/missing-header", test_missing_header);
  g_test_add_func ("/import-format/sample", test_sample);
  g_test_add_func ("/import-format/boolean", test_boolean);

  return g_test_run ();
}
