/* crm-staff.c: a person of the business who uses Clientele.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-staff-private.h"

struct _CrmStaff
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *email;
};

G_DEFINE_FINAL_TYPE (CrmStaff, crm_staff, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_EMAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_staff_finalize (GObject *object)
{
  CrmStaff *self = (CrmStaff *)object;

  g_free (self->name);
  g_free (self->email);

  G_OBJECT_CLASS (crm_staff_parent_class)->finalize (object);
}

static void
crm_staff_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CrmStaff *self = CRM_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_staff_class_init (CrmStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_staff_finalize;
  object_class->get_property = crm_staff_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_staff_init (CrmStaff *self)
{
}

CrmStaff *
crm_staff_new_stored (gint64      id,
                      const char *name,
                      const char *email)
{
  CrmStaff *self = g_object_new (CRM_TYPE_STAFF, NULL);

  self->id = id;
  self->name = g_strdup (name ? name : "");
  self->email = g_strdup (email ? email : "");

  return self;
}

gint64
crm_staff_get_id (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), 0);
  return self->id;
}

const char *
crm_staff_get_name (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), NULL);
  return self->name;
}

const char *
crm_staff_get_email (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), NULL);
  return self->email;
}
