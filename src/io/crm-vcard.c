/* crm-vcard.c: one contact as the vCard reader gives it and the writer takes it.
 *
 * A plain struct rather than a GObject: a vCard file can hold hundreds of
 * thousands of cards, each is handed over once, and the import copies what
 * it needs into the store.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-vcard.h"

static void
value_free (gpointer data)
{
  CrmVcardValue *value = data;

  g_free (value->value);
  g_free (value->types);
  g_free (value);
}

static void
address_free (gpointer data)
{
  CrmVcardAddress *address = data;

  g_free (address->street);
  g_free (address->city);
  g_free (address->region);
  g_free (address->postal_code);
  g_free (address->country);
  g_free (address->types);
  g_free (address);
}

/**
 * crm_vcard_new:
 *
 * Returns: (transfer full): an empty card with empty arrays
 */
CrmVcard *
crm_vcard_new (void)
{
  CrmVcard *card = g_new0 (CrmVcard, 1);

  card->emails = g_ptr_array_new_with_free_func (value_free);
  card->phones = g_ptr_array_new_with_free_func (value_free);
  card->addresses = g_ptr_array_new_with_free_func (address_free);
  card->categories = g_ptr_array_new_with_free_func (g_free);

  return card;
}

void
crm_vcard_free (CrmVcard *card)
{
  if (card == NULL)
    return;

  g_free (card->version);
  g_free (card->uid);
  g_free (card->full_name);
  g_free (card->family_name);
  g_free (card->given_name);
  g_free (card->additional_names);
  g_free (card->prefix);
  g_free (card->suffix);
  g_free (card->organization);
  g_free (card->title);
  g_free (card->note);
  g_ptr_array_unref (card->emails);
  g_ptr_array_unref (card->phones);
  g_ptr_array_unref (card->addresses);
  g_ptr_array_unref (card->categories);
  g_clear_error (&card->error);
  g_free (card);
}

static CrmVcardValue *
add_value (GPtrArray  *array,
           const char *value,
           const char *types,
           gboolean    preferred)
{
  CrmVcardValue *v = g_new0 (CrmVcardValue, 1);

  v->value = g_strdup (value);
  v->types = g_strdup (types);
  v->preferred = preferred;
  g_ptr_array_add (array, v);

  return v;
}

/**
 * crm_vcard_add_email:
 *
 * Returns: (transfer none): the new entry, owned by @card
 */
CrmVcardValue *
crm_vcard_add_email (CrmVcard   *card,
                     const char *value,
                     const char *types,
                     gboolean    preferred)
{
  g_return_val_if_fail (card != NULL, NULL);
  g_return_val_if_fail (value != NULL, NULL);

  return add_value (card->emails, value, types, preferred);
}

/**
 * crm_vcard_add_phone:
 *
 * Returns: (transfer none): the new entry, owned by @card
 */
CrmVcardValue *
crm_vcard_add_phone (CrmVcard   *card,
                     const char *value,
                     const char *types,
                     gboolean    preferred)
{
  g_return_val_if_fail (card != NULL, NULL);
  g_return_val_if_fail (value != NULL, NULL);

  return add_value (card->phones, value, types, preferred);
}

/**
 * crm_vcard_add_address:
 *
 * Returns: (transfer none): a new, empty address owned by @card
 */
CrmVcardAddress *
crm_vcard_add_address (CrmVcard *card)
{
  CrmVcardAddress *address;

  g_return_val_if_fail (card != NULL, NULL);

  address = g_new0 (CrmVcardAddress, 1);
  g_ptr_array_add (card->addresses, address);

  return address;
}

static const char *
pick (GPtrArray *values)
{
  for (guint i = 0; i < values->len; i++)
    {
      const CrmVcardValue *v = g_ptr_array_index (values, i);

      if (v->preferred && v->value[0])
        return v->value;
    }

  for (guint i = 0; i < values->len; i++)
    {
      const CrmVcardValue *v = g_ptr_array_index (values, i);

      if (v->value[0])
        return v->value;
    }

  return NULL;
}

/**
 * crm_vcard_get_email:
 *
 * Returns: (nullable): the preferred email, else the first one
 */
const char *
crm_vcard_get_email (const CrmVcard *card)
{
  g_return_val_if_fail (card != NULL, NULL);

  return pick (card->emails);
}

/**
 * crm_vcard_get_phone:
 *
 * Returns: (nullable): the preferred phone, else the first one
 */
const char *
crm_vcard_get_phone (const CrmVcard *card)
{
  g_return_val_if_fail (card != NULL, NULL);

  return pick (card->phones);
}

/**
 * crm_vcard_dup_display_name:
 *
 * Returns: (transfer full): FN, else "Given Family", else the
 *   organization, else the email; "" when the card has none of them
 */
char *
crm_vcard_dup_display_name (const CrmVcard *card)
{
  const char *email;

  g_return_val_if_fail (card != NULL, NULL);

  if (card->full_name && card->full_name[0])
    return g_strdup (card->full_name);

  if ((card->given_name && card->given_name[0]) || (card->family_name && card->family_name[0]))
    {
      const char *given = card->given_name ? card->given_name : "";
      const char *family = card->family_name ? card->family_name : "";

      return g_strstrip (g_strconcat (given, " ", family, NULL));
    }

  if (card->organization && card->organization[0])
    return g_strdup (card->organization);

  email = crm_vcard_get_email (card);
  return g_strdup (email ? email : "");
}
