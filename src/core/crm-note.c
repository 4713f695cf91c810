/* crm-note.c: a dated note on a client, with its author.
 *
 * Notes are written once and not edited, so the object is immutable and
 * built by the store through crm_note_new_stored().
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-note-private.h"

struct _CrmNote
{
  GObject    parent_instance;

  gint64     id;
  gint64     client_id;
  char      *text;
  char      *author_name;
  GDateTime *created;
};

G_DEFINE_FINAL_TYPE (CrmNote, crm_note, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_TEXT,
  PROP_AUTHOR_NAME,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_note_finalize (GObject *object)
{
  CrmNote *self = (CrmNote *)object;

  g_free (self->text);
  g_free (self->author_name);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (crm_note_parent_class)->finalize (object);
}

static void
crm_note_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CrmNote *self = CRM_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_AUTHOR_NAME:
      g_value_set_string (value, self->author_name);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_note_class_init (CrmNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_note_finalize;
  object_class->get_property = crm_note_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CLIENT_ID] =
    g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_AUTHOR_NAME] =
    g_param_spec_string ("author-name", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_note_init (CrmNote *self)
{
}

CrmNote *
crm_note_new_stored (gint64      id,
                     gint64      client_id,
                     const char *text,
                     const char *author_name,
                     GDateTime  *created)
{
  CrmNote *self = g_object_new (CRM_TYPE_NOTE, NULL);

  self->id = id;
  self->client_id = client_id;
  self->text = g_strdup (text ? text : "");
  self->author_name = g_strdup (author_name ? author_name : "");
  self->created = created ? g_date_time_ref (created) : NULL;

  return self;
}

gint64
crm_note_get_id (CrmNote *self)
{
  g_return_val_if_fail (CRM_IS_NOTE (self), 0);
  return self->id;
}

gint64
crm_note_get_client_id (CrmNote *self)
{
  g_return_val_if_fail (CRM_IS_NOTE (self), 0);
  return self->client_id;
}

const char *
crm_note_get_text (CrmNote *self)
{
  g_return_val_if_fail (CRM_IS_NOTE (self), NULL);
  return self->text;
}

const char *
crm_note_get_author_name (CrmNote *self)
{
  g_return_val_if_fail (CRM_IS_NOTE (self), NULL);
  return self->author_name;
}

/**
 * crm_note_get_created:
 *
 * Returns: (transfer none): when the note was written, in UTC
 */
GDateTime *
crm_note_get_created (CrmNote *self)
{
  g_return_val_if_fail (CRM_IS_NOTE (self), NULL);
  return self->created;
}
