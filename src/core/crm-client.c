/* crm-client.c: an organization (or a person) the business works for.
 *
 * A CrmClient is a plain value object. Drafts are made with crm_client_new()
 * and filled with g_object_set(); stored clients are owned by CrmStore, which
 * keeps one live object per row and updates it in place after each write.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-client-private.h"
#include "crm-core-enums.h"
#include "crm-entity-private.h"

/* The string properties share one array; the enum order matches the
 * property ids so that one getter and one setter serve them all. */
enum {
  STR_NAME,
  STR_EXTERNAL_ID,
  STR_ADDITIONAL_INFO,
  STR_PHONE,
  STR_EMAIL,
  STR_WEBSITE,
  STR_STREET,
  STR_CITY,
  STR_REGION,
  STR_POSTAL_CODE,
  STR_COUNTRY,
  N_STRINGS
};

struct _CrmClient
{
  GObject          parent_instance;

  gint64           id;
  char            *strings[N_STRINGS];
  CrmClientStatus  status;
  GDateTime       *created;
  GDateTime       *updated;
  char           **tags;
  CrmContact      *primary_contact;
  GListStore      *contact_store;
  GListStore      *note_store;
  guint            favorite : 1;
  guint            trashed : 1;
};

G_DEFINE_FINAL_TYPE (CrmClient, crm_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_EXTERNAL_ID,
  PROP_ADDITIONAL_INFO,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_WEBSITE,
  PROP_STREET,
  PROP_CITY,
  PROP_REGION,
  PROP_POSTAL_CODE,
  PROP_COUNTRY,
  PROP_ID,
  PROP_STATUS,
  PROP_FAVORITE,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_TRASHED,
  PROP_TAGS,
  PROP_PRIMARY_CONTACT,
  N_PROPS
};

#define IS_STRING_PROP(id) ((id) >= PROP_NAME && (id) <= PROP_COUNTRY)
#define STRING_INDEX(id) ((id) - PROP_NAME)

static GParamSpec *properties[N_PROPS];

static void
crm_client_finalize (GObject *object)
{
  CrmClient *self = (CrmClient *)object;

  for (guint i = 0; i < N_STRINGS; i++)
    g_free (self->strings[i]);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->updated, g_date_time_unref);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (crm_client_parent_class)->finalize (object);
}

static void
crm_client_dispose (GObject *object)
{
  CrmClient *self = (CrmClient *)object;

  g_clear_object (&self->primary_contact);
  g_clear_object (&self->contact_store);
  g_clear_object (&self->note_store);

  G_OBJECT_CLASS (crm_client_parent_class)->dispose (object);
}

static void
crm_client_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CrmClient *self = CRM_CLIENT (object);

  if (IS_STRING_PROP (prop_id))
    {
      g_value_set_string (value, self->strings[STRING_INDEX (prop_id)]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_FAVORITE:
      g_value_set_boolean (value, self->favorite);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_boxed (value, self->updated);
      break;

    case PROP_TRASHED:
      g_value_set_boolean (value, self->trashed);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_PRIMARY_CONTACT:
      g_value_set_object (value, self->primary_contact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_client_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CrmClient *self = CRM_CLIENT (object);

  if (IS_STRING_PROP (prop_id))
    {
      if (crm_set_string (&self->strings[STRING_INDEX (prop_id)],
                          g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      return;
    }

  switch (prop_id)
    {
    case PROP_STATUS:
      if (self->status != (CrmClientStatus) g_value_get_enum (value))
        {
          self->status = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_FAVORITE:
      if (self->favorite != !!g_value_get_boolean (value))
        {
          self->favorite = !!g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_client_class_init (CrmClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const string_props[N_STRINGS] = {
    "name", "external-id", "additional-info", "phone", "email", "website",
    "street", "city", "region", "postal-code", "country",
  };

  object_class->dispose = crm_client_dispose;
  object_class->finalize = crm_client_finalize;
  object_class->get_property = crm_client_get_property;
  object_class->set_property = crm_client_set_property;

  for (guint i = 0; i < N_STRINGS; i++)
    properties[PROP_NAME + i] =
      g_param_spec_string (string_props[i], NULL, NULL, "",
                           (G_PARAM_READWRITE |
                            G_PARAM_EXPLICIT_NOTIFY |
                            G_PARAM_STATIC_STRINGS));

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CRM_TYPE_CLIENT_STATUS, CRM_CLIENT_STATUS_LEAD,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_FAVORITE] =
    g_param_spec_boolean ("favorite", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED] =
    g_param_spec_boxed ("updated", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRASHED] =
    g_param_spec_boolean ("trashed", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRIMARY_CONTACT] =
    g_param_spec_object ("primary-contact", NULL, NULL, CRM_TYPE_CONTACT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_client_init (CrmClient *self)
{
  for (guint i = 0; i < N_STRINGS; i++)
    self->strings[i] = g_strdup ("");
  self->tags = g_new0 (char *, 1);
}

/**
 * crm_client_new:
 * @name: (nullable): the organization's name
 *
 * Creates a draft client, to be filled with g_object_set() and stored with
 * crm_store_create_client().
 *
 * Returns: (transfer full): a new draft
 */
CrmClient *
crm_client_new (const char *name)
{
  return g_object_new (CRM_TYPE_CLIENT, "name", name, NULL);
}

gint64
crm_client_get_id (CrmClient *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT (self), 0);
  return self->id;
}

#define STRING_GETTER(func, idx)                  \
  const char *                                    \
  crm_client_get_##func (CrmClient *self)         \
  {                                               \
    g_return_val_if_fail (CRM_IS_CLIENT (self), NULL); \
    return self->strings[idx];                    \
  }

STRING_GETTER (name, STR_NAME)
STRING_GETTER (external_id, STR_EXTERNAL_ID)
STRING_GETTER (additional_info, STR_ADDITIONAL_INFO)
STRING_GETTER (phone, STR_PHONE)
STRING_GETTER (email, STR_EMAIL)
STRING_GETTER (website, STR_WEBSITE)
STRING_GETTER (street, STR_STREET)
STRING_GETTER (city, STR_CITY)
STRING_GETTER (region, STR_REGION)
STRING_GETTER (postal_code, STR_POSTAL_CODE)
STRING_GETTER (country, STR_COUNTRY)

#undef STRING_GETTER

CrmClientStatus
crm_client_get_status (CrmClient *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT (self), CRM_CLIENT_STATUS_LEAD);
  return self->status;
}

gboolean
crm_client_get_favorite (CrmClient *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT (self), FALSE);
  return self->favorite;
}

/**
 * crm_client_get_created:
 *
 * Returns: (transfer none) (nullable): when the client was stored, in UTC
 */
GDateTime *
crm_client_get_created (CrmClient *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT (self), NULL);
  return self->created;
}

/**
 * crm_client_get_updated:
 *
 * Returns: (transfer none) (nullable): when the client last changed, in UTC
 */
GDateTime *
crm_client_get_updated (CrmClient *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT (self), NULL);
  return self->updated;
}

gboolean
crm_client_get_trashed (CrmClient *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT (self), FALSE);
  return self->trashed;
}

/**
 * crm_client_get_tags:
 *
 * Returns: (transfer none): the client's tags, sorted, never %NULL
 */
const char * const *
crm_client_get_tags (CrmClient *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT (self), NULL);
  return (const char * const *) self->tags;
}

/**
 * crm_client_get_primary_contact:
 *
 * Returns: (transfer none) (nullable): the primary contact of a stored client
 */
CrmContact *
crm_client_get_primary_contact (CrmClient *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT (self), NULL);
  return self->primary_contact;
}

void
crm_client_set_id (CrmClient *self,
                   gint64     id)
{
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

void
crm_client_set_created (CrmClient *self,
                        GDateTime *created)
{
  if (crm_set_date_time (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

void
crm_client_set_updated (CrmClient *self,
                        GDateTime *updated)
{
  if (crm_set_date_time (&self->updated, updated))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

void
crm_client_set_trashed (CrmClient *self,
                        gboolean   trashed)
{
  if (self->trashed != !!trashed)
    {
      self->trashed = !!trashed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRASHED]);
    }
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  g_autofree char *fa = g_utf8_casefold (*(const char **)a, -1);
  g_autofree char *fb = g_utf8_casefold (*(const char **)b, -1);
  g_autofree char *ka = g_utf8_collate_key (fa, -1);
  g_autofree char *kb = g_utf8_collate_key (fb, -1);

  return strcmp (ka, kb);
}

void
crm_client_set_tags (CrmClient          *self,
                     const char * const *tags)
{
  g_auto(GStrv) sorted = g_strdupv ((char **) tags);

  if (sorted == NULL)
    sorted = g_new0 (char *, 1);

  qsort (sorted, g_strv_length (sorted), sizeof (char *), compare_tags);

  if (g_strv_equal ((const char * const *) sorted,
                    (const char * const *) self->tags))
    return;

  g_strfreev (self->tags);
  self->tags = g_steal_pointer (&sorted);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

void
crm_client_set_primary_contact (CrmClient  *self,
                                CrmContact *contact)
{
  if (g_set_object (&self->primary_contact, contact))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIMARY_CONTACT]);
}

GListStore *
crm_client_get_contact_store (CrmClient *self)
{
  return self->contact_store;
}

void
crm_client_set_contact_store (CrmClient  *self,
                              GListStore *store)
{
  g_set_object (&self->contact_store, store);
}

GListStore *
crm_client_get_note_store (CrmClient *self)
{
  return self->note_store;
}

void
crm_client_set_note_store (CrmClient  *self,
                           GListStore *store)
{
  g_set_object (&self->note_store, store);
}

/**
 * crm_client_status_to_label:
 *
 * Returns: the translated name of @status, for people
 */
const char *
crm_client_status_to_label (CrmClientStatus status)
{
  switch (status)
    {
    case CRM_CLIENT_STATUS_LEAD:
      /* Translators: a client status */
      return _("Lead");
    case CRM_CLIENT_STATUS_PROSPECT:
      /* Translators: a client status */
      return _("Prospect");
    case CRM_CLIENT_STATUS_ACTIVE:
      /* Translators: a client status */
      return _("Active");
    case CRM_CLIENT_STATUS_INACTIVE:
      /* Translators: a client status */
      return _("Inactive");
    default:
      return "";
    }
}

/**
 * crm_client_status_to_string:
 *
 * Returns: the untranslated token for @status ("lead", "prospect", …), as
 *   used in files
 */
const char *
crm_client_status_to_string (CrmClientStatus status)
{
  static const char * const tokens[] = { "lead", "prospect", "active", "inactive" };

  if ((guint) status < G_N_ELEMENTS (tokens))
    return tokens[status];
  return NULL;
}

gboolean
crm_client_status_from_string (const char      *str,
                               CrmClientStatus *status)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;

  if (str == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (str));
  folded = g_utf8_casefold (stripped, -1);

  for (CrmClientStatus s = CRM_CLIENT_STATUS_LEAD; s <= CRM_CLIENT_STATUS_INACTIVE; s++)
    {
      g_autofree char *label = g_utf8_casefold (crm_client_status_to_label (s), -1);

      if (g_str_equal (folded, crm_client_status_to_string (s)) ||
          g_str_equal (folded, label))
        {
          *status = s;
          return TRUE;
        }
    }

  return FALSE;
}
