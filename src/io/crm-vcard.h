/* crm-vcard.h: one contact as the vCard reader gives it and the writer takes it.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * CrmVcardValue:
 * @value: an email address or a phone number
 * @types: (nullable): the TYPE values in lower case, comma separated
 *   ("work", "cell,voice"), without "pref"
 * @preferred: the card marks this one as preferred (TYPE=pref or PREF=1)
 */
typedef struct {
  char     *value;
  char     *types;
  gboolean  preferred;
} CrmVcardValue;

/**
 * CrmVcardAddress:
 *
 * The ADR property. @street also holds the extended address (an apartment,
 * a building), on a second line, when the card has one.
 */
typedef struct {
  char     *street;
  char     *city;
  char     *region;
  char     *postal_code;
  char     *country;
  char     *types;
  gboolean  preferred;
} CrmVcardAddress;

/**
 * CrmVcard:
 * @line: the line of BEGIN:VCARD in the file (0 for a card made in code)
 * @version: VERSION as written in the card ("2.1", "3.0", "4.0"), or %NULL
 * @uid: UID, or %NULL
 * @full_name: FN, or %NULL
 * @family_name: N, first component
 * @given_name: N, second component
 * @additional_names: N, third component
 * @prefix: N, fourth component (Dr., Ms.)
 * @suffix: N, fifth component
 * @organization: ORG, first component (the organization itself)
 * @title: TITLE (the job title)
 * @note: NOTE
 * @emails: (element-type CrmVcardValue): EMAIL properties, in file order
 * @phones: (element-type CrmVcardValue): TEL properties, in file order
 * @addresses: (element-type CrmVcardAddress): ADR properties
 * @categories: (element-type utf8): CATEGORIES, split at commas
 * @error: (nullable): set when the card could not be read whole (no
 *   END:VCARD); the fields hold what was read, for the error report
 *
 * String fields are UTF-8 without vCard escapes, or %NULL when the card
 * does not have them. Fill one in code with g_strdup()ed strings.
 */
typedef struct {
  guint64    line;
  char      *version;
  char      *uid;
  char      *full_name;
  char      *family_name;
  char      *given_name;
  char      *additional_names;
  char      *prefix;
  char      *suffix;
  char      *organization;
  char      *title;
  char      *note;
  GPtrArray *emails;
  GPtrArray *phones;
  GPtrArray *addresses;
  GPtrArray *categories;
  GError    *error;
} CrmVcard;

CrmVcard        *crm_vcard_new          (void);
void             crm_vcard_free         (CrmVcard        *card);
CrmVcardValue   *crm_vcard_add_email    (CrmVcard        *card,
                                         const char      *value,
                                         const char      *types,
                                         gboolean         preferred);
CrmVcardValue   *crm_vcard_add_phone    (CrmVcard        *card,
                                         const char      *value,
                                         const char      *types,
                                         gboolean         preferred);
CrmVcardAddress *crm_vcard_add_address  (CrmVcard        *card);
const char      *crm_vcard_get_email    (const CrmVcard  *card);
const char      *crm_vcard_get_phone    (const CrmVcard  *card);
char            *crm_vcard_dup_display_name (const CrmVcard *card);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmVcard, crm_vcard_free)

G_END_DECLS
