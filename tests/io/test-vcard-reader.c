/* test-vcard-reader.c: vCard 2.1, 3.0 and 4.0 as phones, Apple, Google and
 * newer tools write them, and broken files.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-io-error.h"
#include "crm-vcard-reader.h"

static GPtrArray *
read_all (const char *text,
          gsize       len,
          GError    **error)
{
  g_autoptr(CrmVcardReader) reader = NULL;
  GPtrArray *cards = g_ptr_array_new_with_free_func ((GDestroyNotify) crm_vcard_free);
  CrmVcard *card;

  reader = crm_vcard_reader_new_for_data (text, len ? len : strlen (text), error);
  if (reader == NULL)
    return cards;

  while (crm_vcard_reader_next (reader, &card, error))
    g_ptr_array_add (cards, card);

  return cards;
}

static const CrmVcardValue *
value_at (GPtrArray *values,
          guint      i)
{
  g_assert_cmpuint (i, <, values->len);
  return g_ptr_array_index (values, i);
}

static void
test_v21 (void)
{
  /* As old Nokia and Android phones export: bare parameters,
   * quoted-printable in Latin-1 and UTF-8, soft line breaks. */
  static const char text[] =
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;Dr.;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dr. J=C3=BCrgen M=C3=BCller\r\n"
    "ORG:M\xc3\xbcller & S\xc3\xb6hne GmbH;Einkauf\r\n"
    "TITLE:Eink\xc3\xa4ufer\r\n"
    "TEL;WORK;VOICE:+49 30 1234567\r\n"
    "TEL;CELL;PREF:+49 170 1234567\r\n"
    "EMAIL;PREF;INTERNET:juergen@example.de\r\n"
    "EMAIL;INTERNET;HOME:j.mueller@example.com\r\n"
    "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Hauptstra=C3=9Fe 5;Berlin;;=\r\n"
    "01067;Deutschland\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond line that is long enough to =\r\n"
    "be wrapped\r\n"
    "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Jo;1;;;;;;;;;;;;;\r\n"
    "END:VCARD\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = read_all (text, 0, &error);
  CrmVcard *card;
  CrmVcardAddress *adr;

  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 1);
  card = cards->pdata[0];
  g_assert_null (card->error);
  g_assert_cmpuint (card->line, ==, 1);
  g_assert_cmpstr (card->version, ==, "2.1");
  g_assert_cmpstr (card->family_name, ==, "Müller");
  g_assert_cmpstr (card->given_name, ==, "Jürgen");
  g_assert_null (card->additional_names);
  g_assert_cmpstr (card->prefix, ==, "Dr.");
  g_assert_cmpstr (card->full_name, ==, "Dr. Jürgen Müller");
  g_assert_cmpstr (card->organization, ==, "Müller & Söhne GmbH");
  g_assert_cmpstr (card->title, ==, "Einkäufer");

  g_assert_cmpuint (card->phones->len, ==, 2);
  g_assert_cmpstr (value_at (card->phones, 0)->value, ==, "+49 30 1234567");
  g_assert_cmpstr (value_at (card->phones, 0)->types, ==, "work,voice");
  g_assert_false (value_at (card->phones, 0)->preferred);
  g_assert_true (value_at (card->phones, 1)->preferred);
  g_assert_cmpstr (crm_vcard_get_phone (card), ==, "+49 170 1234567");

  g_assert_cmpuint (card->emails->len, ==, 2);
  g_assert_cmpstr (value_at (card->emails, 0)->value, ==, "juergen@example.de");
  g_assert_true (value_at (card->emails, 0)->preferred);
  g_assert_cmpstr (value_at (card->emails, 1)->types, ==, "internet,home");

  g_assert_cmpuint (card->addresses->len, ==, 1);
  adr = card->addresses->pdata[0];
  g_assert_cmpstr (adr->street, ==, "Hauptstraße 5");
  g_assert_cmpstr (adr->city, ==, "Berlin");
  g_assert_null (adr->region);
  g_assert_cmpstr (adr->postal_code, ==, "01067");
  g_assert_cmpstr (adr->country, ==, "Deutschland");
  g_assert_cmpstr (adr->types, ==, "work");

  g_assert_cmpstr (card->note, ==, "First line\nSecond line that is long enough to be wrapped");
}

static void
test_v30 (void)
{
  /* As macOS Contacts and Google write it: grouped properties, repeated
   * TYPE parameters, folded lines, escapes, a folded base64 photo. */
  static const char text[] =
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "PRODID:-//Apple Inc.//macOS 14.0//EN\n"
    "N:O'Neill;Siobhán;Marie;;\n"
    "FN:Siobhán O'Neill\n"
    "ORG:Northwind Traders\\, Ltd;Sales\n"
    "TITLE:Head of Sales\n"
    "item1.EMAIL;type=INTERNET;type=WORK;type=pref:siobhan@northwind.example.com\n"
    "item2.EMAIL;type=INTERNET;type=HOME:siobhan@example.ie\n"
    "TEL;type=CELL;type=VOICE;type=pref:+353 87 123 4567\n"
    "TEL;TYPE=\"work,voice\":+353 1 555 0100\n"
    "item3.ADR;type=WORK;type=pref:;Suite 4;1 Harbour Rd;Dublin;;D02 X285;Ireland\n"
    "NOTE:Met at the trade fair\\; wants a quote\\nCall back in May\\, after 10:00\n"
    "CATEGORIES:Customers,VIP,Trade\\, Fair 2024\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR\n"
    " ofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwh\n"
    "UID:8D3B3A2C-1E2F-4C5D-9E8F-0A1B2C3D4E5F\n"
    "X-ABUID:8D3B3A2C-1E2F-4C5D-9E8F-0A1B2C3D4E5F:ABPerson\n"
    "NOTE:Second NOTE wins? No: this one is folded and\n"
    "  keeps the space after the fold\n"
    "END:VCARD\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = read_all (text, 0, &error);
  CrmVcard *card;
  CrmVcardAddress *adr;

  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 1);
  card = cards->pdata[0];
  g_assert_null (card->error);
  g_assert_cmpstr (card->family_name, ==, "O'Neill");
  g_assert_cmpstr (card->given_name, ==, "Siobhán");
  g_assert_cmpstr (card->additional_names, ==, "Marie");
  g_assert_cmpstr (card->organization, ==, "Northwind Traders, Ltd");
  g_assert_cmpstr (card->title, ==, "Head of Sales");
  g_assert_cmpstr (card->uid, ==, "8D3B3A2C-1E2F-4C5D-9E8F-0A1B2C3D4E5F");

  g_assert_cmpuint (card->emails->len, ==, 2);
  g_assert_cmpstr (value_at (card->emails, 0)->types, ==, "internet,work");
  g_assert_true (value_at (card->emails, 0)->preferred);
  g_assert_cmpstr (crm_vcard_get_email (card), ==, "siobhan@northwind.example.com");
  g_assert_cmpuint (card->phones->len, ==, 2);
  g_assert_cmpstr (value_at (card->phones, 1)->types, ==, "work,voice");
  g_assert_cmpstr (value_at (card->phones, 1)->value, ==, "+353 1 555 0100");

  adr = card->addresses->pdata[0];
  g_assert_cmpstr (adr->street, ==, "1 Harbour Rd\nSuite 4");
  g_assert_cmpstr (adr->postal_code, ==, "D02 X285");
  g_assert_true (adr->preferred);

  g_assert_cmpuint (card->categories->len, ==, 3);
  g_assert_cmpstr (card->categories->pdata[2], ==, "Trade, Fair 2024");
  g_assert_cmpstr (card->note, ==, "Second NOTE wins? No: this one is folded and keeps the space after the fold");
}

static void
test_v40 (void)
{
  static const char text[] =
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"
    "FN;PID=1.1:Grace Hopper\r\n"
    "N:Hopper;Grace;Brewster Murray;Rear Admiral;\r\n"
    "ORG:US Navy\r\n"
    "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-202-555-0143\r\n"
    "TEL;VALUE=uri;TYPE=cell;PREF=2:tel:+1-202-555-0199\r\n"
    "EMAIL;TYPE=work:grace@navy.example.mil\r\n"
    "ADR;TYPE=work;LABEL=\"1 Navy Way\\nArlington, VA 22202\\nUSA\":;;1 Navy Way;Arlington;VA;22202;USA\r\n"
    "CATEGORIES:computing,compilers\r\n"
    "END:VCARD\r\n"
    "begin:vcard\r\n"
    "version:4.0\r\n"
    "fn:Ada Lovelace\r\n"
    "email;pref=1:mailto:ada@example.org\r\n"
    "end:vcard\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = read_all (text, 0, &error);
  CrmVcard *card;
  CrmVcardAddress *adr;

  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 2);
  card = cards->pdata[0];
  g_assert_cmpstr (card->version, ==, "4.0");
  g_assert_cmpstr (card->uid, ==, "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
  g_assert_cmpstr (card->full_name, ==, "Grace Hopper");
  g_assert_cmpstr (card->prefix, ==, "Rear Admiral");
  g_assert_cmpstr (value_at (card->phones, 0)->value, ==, "+1-202-555-0143");
  g_assert_cmpstr (value_at (card->phones, 0)->types, ==, "work,voice");
  g_assert_true (value_at (card->phones, 0)->preferred);
  g_assert_false (value_at (card->phones, 1)->preferred);
  adr = card->addresses->pdata[0];
  g_assert_cmpstr (adr->street, ==, "1 Navy Way");
  g_assert_cmpstr (adr->region, ==, "VA");

  card = cards->pdata[1];
  g_assert_cmpuint (card->line, ==, 13);
  g_assert_cmpstr (card->full_name, ==, "Ada Lovelace");
  g_assert_cmpstr (crm_vcard_get_email (card), ==, "ada@example.org");
}

static void
test_missing_end (void)
{
  static const char text[] =
    "BEGIN:VCARD\n"            /* 1: fine */
    "VERSION:3.0\n"
    "FN:One\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"            /* 5: no END, the next BEGIN comes first */
    "VERSION:3.0\n"
    "FN:Two\n"
    "BEGIN:VCARD\n"            /* 8: fine */
    "VERSION:3.0\n"
    "FN:Three\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"            /* 12: the file ends inside it */
    "VERSION:3.0\n"
    "FN:Four\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = read_all (text, 0, &error);
  const char *names[] = { "One", "Two", "Three", "Four" };
  guint64 lines[] = { 1, 5, 8, 12 };
  gboolean broken[] = { FALSE, TRUE, FALSE, TRUE };

  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      CrmVcard *card = cards->pdata[i];

      g_assert_cmpstr (card->full_name, ==, names[i]);
      g_assert_cmpuint (card->line, ==, lines[i]);
      if (broken[i])
        {
          g_autofree char *expected = g_strdup_printf ("The card that starts on line %u has no "
                                                       "END:VCARD; it is not imported.",
                                                       (guint) lines[i]);

          g_assert_error (card->error, CRM_IO_ERROR, CRM_IO_ERROR_SYNTAX);
          g_assert_cmpstr (card->error->message, ==, expected);
        }
      else
        g_assert_no_error (card->error);
    }
}

static void
test_encodings (void)
{
  static const char cp1252[] = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ren\xe9" "e Fa\xe7on\r\nEND:VCARD\r\n";
  g_autofree char *utf16 = NULL;
  gsize utf16_len = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;

  a = read_all (cp1252, sizeof cp1252 - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((CrmVcard *) a->pdata[0])->full_name, ==, "Renée Façon");

  utf16 = g_convert ("\xef\xbb\xbf" "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\r\nEND:VCARD\r\n",
                     -1, "UTF-16LE", "UTF-8", NULL, &utf16_len, NULL);
  b = read_all (utf16, utf16_len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((CrmVcard *) b->pdata[0])->full_name, ==, "Zoë");
}

static void
test_bad_files (void)
{
  static const char nul[] = "BEGIN:VCARD\nVERSION:3.0\nFN:A\0B\nEND:VCARD\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = NULL;

  cards = read_all ("", 0, &error);
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_EMPTY);
  g_clear_error (&error);
  g_clear_pointer (&cards, g_ptr_array_unref);

  cards = read_all (" \r\n\n", 0, &error);
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_EMPTY);
  g_clear_error (&error);
  g_clear_pointer (&cards, g_ptr_array_unref);

  cards = read_all ("Name,Email\nAda,ada@example.com\n", 0, &error);
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "BEGIN:VCARD"));
  g_clear_error (&error);
  g_clear_pointer (&cards, g_ptr_array_unref);

  cards = read_all (nul, sizeof nul - 1, &error);
  g_assert_error (error, CRM_IO_ERROR, CRM_IO_ERROR_NUL_BYTE);
  g_assert_nonnull (strstr (error->message, "Line 3"));
  g_assert_cmpuint (cards->len, ==, 0);
}

static void
test_garbage_lines (void)
{
  /* Lines without a colon, empty values, unknown escapes and a QP value
   * with a broken escape are read as well as they can be, never fatal. */
  static const char text[] =
    "some preamble\n"
    "BEGIN:VCARD\n"
    "VERSION:2.1\n"
    "this line has no colon\n"
    ":no name\n"
    "EMAIL:\n"
    "TEL:\n"
    "NOTE:C:\\Users\\ada\n"
    "TITLE;ENCODING=QUOTED-PRINTABLE:50=\n"
    "=ZZ off=\n"
    "END:VCARD\n"
    "trailing text\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = read_all (text, 0, &error);
  CrmVcard *card;

  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 1);
  card = cards->pdata[0];
  g_assert_cmpuint (card->emails->len, ==, 0);
  g_assert_cmpuint (card->phones->len, ==, 0);
  g_assert_cmpstr (card->note, ==, "C:\\Users\\ada");
  g_assert_cmpstr (card->title, ==, "50=ZZ off");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vcard-reader/2.1", test_v21);
  g_test_add_func ("/vcard-reader/3.0", test_v30);
  g_test_add_func ("/vcard-reader/4.0", test_v40);
  g_test_add_func ("/vcard-reader/encodings", test_encodings);
  g_test_add_func ("/vcard-reader/bad/missing-end", test_missing_end);
  g_test_add_func ("/vcard-reader/bad/files", test_bad_files);
  g_test_add_func ("/vcard-reader/bad/garbage-lines", test_garbage_lines);

  return g_test_run ();
}
