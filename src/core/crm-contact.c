/* crm-contact.c: a person who works for a client.
 *
 * Like CrmClient, a value object: drafts from crm_contact_new(), stored
 * contacts kept live (one object per row) by CrmStore.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-contact-private.h"
#include "crm-entity-private.h"

enum {
  STR_FIRST_NAME,
  STR_LAST_NAME,
  STR_JOB_TITLE,
  STR_EMAIL,
  STR_PHONE,
  STR_STREET,
  STR_CITY,
  STR_REGION,
  STR_POSTAL_CODE,
  STR_COUNTRY,
  STR_EXTERNAL_ID,
  N_STRINGS
};

struct _CrmContact
{
  GObject  parent_instance;

  gint64   id;
  gint64   client_id;
  char    *strings[N_STRINGS];
  char    *display_name;
  guint    primary : 1;
  guint    inactive : 1;
};

G_DEFINE_FINAL_TYPE (CrmContact, crm_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_JOB_TITLE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_STREET,
  PROP_CITY,
  PROP_REGION,
  PROP_POSTAL_CODE,
  PROP_COUNTRY,
  PROP_EXTERNAL_ID,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_DISPLAY_NAME,
  PROP_PRIMARY,
  PROP_INACTIVE,
  N_PROPS
};

#define IS_STRING_PROP(id) ((id) >= PROP_FIRST_NAME && (id) <= PROP_EXTERNAL_ID)
#define STRING_INDEX(id) ((id) - PROP_FIRST_NAME)

static GParamSpec *properties[N_PROPS];

static void
update_display_name (CrmContact *self)
{
  g_autofree char *name = NULL;

  name = g_strstrip (g_strjoin (" ",
                                self->strings[STR_FIRST_NAME],
                                self->strings[STR_LAST_NAME],
                                NULL));

  if (crm_set_string (&self->display_name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

static void
crm_contact_finalize (GObject *object)
{
  CrmContact *self = (CrmContact *)object;

  for (guint i = 0; i < N_STRINGS; i++)
    g_free (self->strings[i]);
  g_free (self->display_name);

  G_OBJECT_CLASS (crm_contact_parent_class)->finalize (object);
}

static void
crm_contact_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrmContact *self = CRM_CONTACT (object);

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

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;

    case PROP_PRIMARY:
      g_value_set_boolean (value, self->primary);
      break;

    case PROP_INACTIVE:
      g_value_set_boolean (value, self->inactive);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_contact_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrmContact *self = CRM_CONTACT (object);

  if (IS_STRING_PROP (prop_id))
    {
      if (crm_set_string (&self->strings[STRING_INDEX (prop_id)],
                          g_value_get_string (value)))
        {
          g_object_notify_by_pspec (object, pspec);
          if (prop_id == PROP_FIRST_NAME || prop_id == PROP_LAST_NAME)
            update_display_name (self);
        }
      return;
    }

  switch (prop_id)
    {
    case PROP_INACTIVE:
      if (self->inactive != !!g_value_get_boolean (value))
        {
          self->inactive = !!g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_contact_class_init (CrmContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const string_props[N_STRINGS] = {
    "first-name", "last-name", "job-title", "email", "phone", "street",
    "city", "region", "postal-code", "country", "external-id",
  };

  object_class->finalize = crm_contact_finalize;
  object_class->get_property = crm_contact_get_property;
  object_class->set_property = crm_contact_set_property;

  for (guint i = 0; i < N_STRINGS; i++)
    properties[PROP_FIRST_NAME + i] =
      g_param_spec_string (string_props[i], NULL, NULL, "",
                           (G_PARAM_READWRITE |
                            G_PARAM_EXPLICIT_NOTIFY |
                            G_PARAM_STATIC_STRINGS));

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLIENT_ID] =
    g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRIMARY] =
    g_param_spec_boolean ("primary", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_INACTIVE] =
    g_param_spec_boolean ("inactive", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_contact_init (CrmContact *self)
{
  for (guint i = 0; i < N_STRINGS; i++)
    self->strings[i] = g_strdup ("");
  self->display_name = g_strdup ("");
}

/**
 * crm_contact_new:
 *
 * Creates a draft contact, to be filled with g_object_set() and stored with
 * crm_store_create_client() or crm_store_add_contact().
 *
 * Returns: (transfer full): a new draft
 */
CrmContact *
crm_contact_new (const char *first_name,
                 const char *last_name)
{
  return g_object_new (CRM_TYPE_CONTACT,
                       "first-name", first_name,
                       "last-name", last_name,
                       NULL);
}

gint64
crm_contact_get_id (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), 0);
  return self->id;
}

gint64
crm_contact_get_client_id (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), 0);
  return self->client_id;
}

#define STRING_GETTER(func, idx)                        \
  const char *                                          \
  crm_contact_get_##func (CrmContact *self)             \
  {                                                     \
    g_return_val_if_fail (CRM_IS_CONTACT (self), NULL); \
    return self->strings[idx];                          \
  }

STRING_GETTER (first_name, STR_FIRST_NAME)
STRING_GETTER (last_name, STR_LAST_NAME)
STRING_GETTER (job_title, STR_JOB_TITLE)
STRING_GETTER (email, STR_EMAIL)
STRING_GETTER (phone, STR_PHONE)
STRING_GETTER (street, STR_STREET)
STRING_GETTER (city, STR_CITY)
STRING_GETTER (region, STR_REGION)
STRING_GETTER (postal_code, STR_POSTAL_CODE)
STRING_GETTER (country, STR_COUNTRY)
STRING_GETTER (external_id, STR_EXTERNAL_ID)

#undef STRING_GETTER

const char *
crm_contact_get_display_name (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), NULL);
  return self->display_name;
}

gboolean
crm_contact_get_primary (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), FALSE);
  return self->primary;
}

gboolean
crm_contact_get_inactive (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), FALSE);
  return self->inactive;
}

void
crm_contact_set_id (CrmContact *self,
                    gint64      id)
{
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

void
crm_contact_set_client_id (CrmContact *self,
                           gint64      client_id)
{
  if (self->client_id != client_id)
    {
      self->client_id = client_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT_ID]);
    }
}

void
crm_contact_set_primary (CrmContact *self,
                         gboolean    primary)
{
  if (self->primary != !!primary)
    {
      self->primary = !!primary;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIMARY]);
    }
}
