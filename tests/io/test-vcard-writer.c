/* test-vcard-writer.c: vCard export, folding and escaping, and round trips
 * through the reader in both versions.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "crm-io-error.h"
#include "crm-vcard-reader.h"
#include "crm-vcard-writer.h"

static CrmVcard *
make_card (void)
{
  CrmVcard *card = crm_vcard_new ();
  CrmVcardAddress *adr;

  card->uid = g_strdup ("urn:uuid:0d7c1a4e-5b7f-4f0e-9d0e-3f1b2a6c8e91");
  card->full_name = g_strdup ("Dr. Zoë Ångström-O'Neill, PhD");
  card->family_name = g_strdup ("Ångström-O'Neill");
  card->given_name = g_strdup ("Zoë");
  card->prefix = g_strdup ("Dr.");
  card->suffix = g_strdup ("PhD");
  card->organization = g_strdup ("Ångström; Partners, Ltd \\ Co");
  card->title = g_strdup ("Head of R&D");
  card->note = g_strdup ("Line one\nLine two, with a comma; and a semicolon\\backslash. "
                         "A long line of text that must be folded because it is far longer "
                         "than seventy-five octets: ÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅ😀😀😀😀😀😀😀");
  crm_vcard_add_email (card, "zoe@angstrom.example.se", "work", TRUE);
  crm_vcard_add_email (card, "zoe@example.com", "home", FALSE);
  crm_vcard_add_phone (card, "+46 8 123 456 78", "work,voice", FALSE);
  crm_vcard_add_phone (card, "+46 70 123 45 67", "cell", TRUE);
  crm_vcard_add_phone (card, "0046 8 000", NULL, FALSE);
  adr = crm_vcard_add_address (card);
  adr->street = g_strdup ("Drottninggatan 1\nc/o Reception");
  adr->city = g_strdup ("Stockholm");
  adr->postal_code = g_strdup ("011 23");
  adr->country = g_strdup ("Sweden");
  adr->types = g_strdup ("work");
  g_ptr_array_add (card->categories, g_strdup ("vip"));
  g_ptr_array_add (card->categories, g_strdup ("Nordics, north"));

  return card;
}

static void
assert_same_value (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const CrmVcardValue *x = g_ptr_array_index (a, i);
      const CrmVcardValue *y = g_ptr_array_index (b, i);

      g_assert_cmpstr (x->value, ==, y->value);
      g_assert_cmpstr (x->types, ==, y->types);
      g_assert_cmpint (x->preferred, ==, y->preferred);
    }
}

static void
assert_same_card (const CrmVcard *a,
                  const CrmVcard *b)
{
  g_assert_cmpstr (a->uid, ==, b->uid);
  g_assert_cmpstr (a->full_name, ==, b->full_name);
  g_assert_cmpstr (a->family_name, ==, b->family_name);
  g_assert_cmpstr (a->given_name, ==, b->given_name);
  g_assert_cmpstr (a->additional_names, ==, b->additional_names);
  g_assert_cmpstr (a->prefix, ==, b->prefix);
  g_assert_cmpstr (a->suffix, ==, b->suffix);
  g_assert_cmpstr (a->organization, ==, b->organization);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a->note, ==, b->note);
  assert_same_value (a->emails, b->emails);
  assert_same_value (a->phones, b->phones);
  g_assert_cmpuint (a->addresses->len, ==, b->addresses->len);
  for (guint i = 0; i < a->addresses->len; i++)
    {
      const CrmVcardAddress *x = g_ptr_array_index (a->addresses, i);
      const CrmVcardAddress *y = g_ptr_array_index (b->addresses, i);

      g_assert_cmpstr (x->street, ==, y->street);
      g_assert_cmpstr (x->city, ==, y->city);
      g_assert_cmpstr (x->region, ==, y->region);
      g_assert_cmpstr (x->postal_code, ==, y->postal_code);
      g_assert_cmpstr (x->country, ==, y->country);
      g_assert_cmpstr (x->types, ==, y->types);
    }
  g_assert_cmpuint (a->categories->len, ==, b->categories->len);
  for (guint i = 0; i < a->categories->len; i++)
    g_assert_cmpstr (a->categories->pdata[i], ==, b->categories->pdata[i]);
}

static void
check_lines (const char *text)
{
  g_auto(GStrv) lines = NULL;

  /* Every line ends in CRLF, fits in 75 octets, and is valid UTF-8 on its
   * own: folding never cut a character in two. */
  g_assert_true (g_str_has_suffix (text, "END:VCARD\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
}

static void
round_trip (CrmVcardVersion version)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("clientele-vcf-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "contacts.vcf", NULL);
  g_autoptr(CrmVcard) card = make_card ();
  g_autoptr(CrmVcard) minimal = crm_vcard_new ();
  g_autoptr(CrmVcardWriter) writer = crm_vcard_writer_new (path, version, &error);
  g_autoptr(CrmVcardReader) reader = NULL;
  g_autofree char *contents = NULL;
  CrmVcard *back = NULL;

  g_assert_no_error (error);
  minimal->organization = g_strdup ("Acme");

  g_assert_true (crm_vcard_writer_add (writer, card, &error));
  g_assert_true (crm_vcard_writer_add (writer, minimal, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (crm_vcard_writer_close (writer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (crm_vcard_writer_get_n_cards (writer), ==, 2);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  check_lines (contents);
  if (version == CRM_VCARD_VERSION_4_0)
    {
      g_assert_nonnull (strstr (contents, "VERSION:4.0\r\n"));
      g_assert_nonnull (strstr (contents, "EMAIL;TYPE=work;PREF=1:zoe@angstrom.example.se\r\n"));
      g_assert_nonnull (strstr (contents, "TEL;TYPE=\"work,voice\":+46 8 123 456 78\r\n"));
    }
  else
    {
      g_assert_nonnull (strstr (contents, "VERSION:3.0\r\n"));
      g_assert_nonnull (strstr (contents, "EMAIL;TYPE=work,pref:zoe@angstrom.example.se\r\n"));
      g_assert_nonnull (strstr (contents, "TEL;TYPE=work,voice:+46 8 123 456 78\r\n"));
      /* 3.0 requires N even when there is no name. */
      g_assert_nonnull (strstr (contents, "FN:Acme\r\nN:;;;;\r\n"));
    }
  g_assert_nonnull (strstr (contents, "ORG:Ångström\\; Partners\\, Ltd \\\\ Co\r\n"));

  reader = crm_vcard_reader_new_for_path (path, &error);
  g_assert_no_error (error);
  g_assert_true (crm_vcard_reader_next (reader, &back, &error));
  g_assert_no_error (back->error);
  g_assert_cmpstr (back->version, ==, version == CRM_VCARD_VERSION_4_0 ? "4.0" : "3.0");
  assert_same_card (card, back);
  crm_vcard_free (back);

  g_assert_true (crm_vcard_reader_next (reader, &back, &error));
  g_assert_cmpstr (back->full_name, ==, "Acme");
  g_assert_cmpstr (back->organization, ==, "Acme");
  crm_vcard_free (back);

  g_assert_false (crm_vcard_reader_next (reader, &back, &error));
  g_assert_no_error (error);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_round_trip_40 (void)
{
  round_trip (CRM_VCARD_VERSION_4_0);
}

static void
test_round_trip_30 (void)
{
  round_trip (CRM_VCARD_VERSION_3_0);
}

static void
test_folding (void)
{
  g_autoptr(CrmVcard) card = crm_vcard_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) note = g_string_new (NULL);

  /* Two-, three- and four-byte characters at every offset. */
  for (guint i = 0; i < 300; i++)
    g_string_append (note, i % 3 == 0 ? "é" : i % 3 == 1 ? "€" : "😀");
  card->full_name = g_strdup ("x");
  card->note = g_strdup (note->str);

  crm_vcard_format (out, card, CRM_VCARD_VERSION_4_0);
  check_lines (out->str);
}

static void
test_abandoned (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("clientele-vcf-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "contacts.vcf", NULL);
  g_autoptr(CrmVcardWriter) writer = crm_vcard_writer_new (path, CRM_VCARD_VERSION_4_0, &error);
  g_autoptr(CrmVcard) card = make_card ();
  g_autoptr(GDir) d = NULL;

  g_assert_true (crm_vcard_writer_add (writer, card, &error));
  g_clear_object (&writer);

  d = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (d));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vcard-writer/round-trip-4.0", test_round_trip_40);
  g_test_add_func ("/vcard-writer/round-trip-3.0", test_round_trip_30);
  g_test_add_func ("/vcard-writer/folding", test_folding);
  g_test_add_func ("/vcard-writer/abandoned", test_abandoned);

  return g_test_run ();
}
