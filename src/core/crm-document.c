/* crm-document.c: a file attached to a client.
 *
 * The object describes the attachment; the bytes live in the documents
 * folder beside the database, named by their SHA-256 (see
 * crm-store-documents.c).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-document-private.h"

struct _CrmDocument
{
  GObject     parent_instance;

  gint64      id;
  gint64      client_id;
  char       *file_name;
  char       *mime_type;
  guint64     size;
  char       *sha256;
  GDateTime  *added;
  gboolean    shared;
  gboolean    trashed;
};

G_DEFINE_FINAL_TYPE (CrmDocument, crm_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_FILE_NAME,
  PROP_MIME_TYPE,
  PROP_SIZE,
  PROP_SHA256,
  PROP_SHARED_WITH_CLIENT,
  PROP_ADDED,
  PROP_TRASHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_document_finalize (GObject *object)
{
  CrmDocument *self = (CrmDocument *)object;

  g_free (self->file_name);
  g_free (self->mime_type);
  g_free (self->sha256);
  g_clear_pointer (&self->added, g_date_time_unref);

  G_OBJECT_CLASS (crm_document_parent_class)->finalize (object);
}

static void
crm_document_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CrmDocument *self = CRM_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    case PROP_MIME_TYPE:
      g_value_set_string (value, self->mime_type);
      break;

    case PROP_SIZE:
      g_value_set_uint64 (value, self->size);
      break;

    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;

    case PROP_SHARED_WITH_CLIENT:
      g_value_set_boolean (value, self->shared);
      break;

    case PROP_ADDED:
      g_value_set_boxed (value, self->added);
      break;

    case PROP_TRASHED:
      g_value_set_boolean (value, self->trashed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_document_class_init (CrmDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = crm_document_finalize;
  object_class->get_property = crm_document_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CLIENT_ID] = g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_FILE_NAME] = g_param_spec_string ("file-name", NULL, NULL, "", ro);
  properties[PROP_MIME_TYPE] = g_param_spec_string ("mime-type", NULL, NULL, "", ro);
  properties[PROP_SIZE] = g_param_spec_uint64 ("size", NULL, NULL, 0, G_MAXUINT64, 0, ro);
  properties[PROP_SHA256] = g_param_spec_string ("sha256", NULL, NULL, "", ro);
  properties[PROP_SHARED_WITH_CLIENT] =
    g_param_spec_boolean ("shared-with-client", NULL, NULL, FALSE, ro);
  properties[PROP_ADDED] = g_param_spec_boxed ("added", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_TRASHED] = g_param_spec_boolean ("trashed", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_document_init (CrmDocument *self)
{
}

CrmDocument *
crm_document_new_stored (gint64      id,
                         gint64      client_id,
                         const char *file_name,
                         const char *mime_type,
                         guint64     size,
                         const char *sha256,
                         gboolean    shared_with_client,
                         GDateTime  *added,
                         gboolean    trashed)
{
  CrmDocument *self = g_object_new (CRM_TYPE_DOCUMENT, NULL);

  self->id = id;
  self->client_id = client_id;
  self->file_name = g_strdup (file_name ? file_name : "");
  self->mime_type = g_strdup (mime_type ? mime_type : "");
  self->size = size;
  self->sha256 = g_strdup (sha256 ? sha256 : "");
  self->shared = !!shared_with_client;
  self->added = added ? g_date_time_ref (added) : NULL;
  self->trashed = !!trashed;

  return self;
}

void
crm_document_set_shared (CrmDocument *self,
                         gboolean     shared)
{
  if (self->shared != !!shared)
    {
      self->shared = !!shared;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARED_WITH_CLIENT]);
    }
}

void
crm_document_set_trashed (CrmDocument *self,
                          gboolean     trashed)
{
  if (self->trashed != !!trashed)
    {
      self->trashed = !!trashed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRASHED]);
    }
}

gint64
crm_document_get_id (CrmDocument *self)
{
  g_return_val_if_fail (CRM_IS_DOCUMENT (self), 0);
  return self->id;
}

gint64
crm_document_get_client_id (CrmDocument *self)
{
  g_return_val_if_fail (CRM_IS_DOCUMENT (self), 0);
  return self->client_id;
}

const char *
crm_document_get_file_name (CrmDocument *self)
{
  g_return_val_if_fail (CRM_IS_DOCUMENT (self), NULL);
  return self->file_name;
}

const char *
crm_document_get_mime_type (CrmDocument *self)
{
  g_return_val_if_fail (CRM_IS_DOCUMENT (self), NULL);
  return self->mime_type;
}

guint64
crm_document_get_size (CrmDocument *self)
{
  g_return_val_if_fail (CRM_IS_DOCUMENT (self), 0);
  return self->size;
}

const char *
crm_document_get_sha256 (CrmDocument *self)
{
  g_return_val_if_fail (CRM_IS_DOCUMENT (self), NULL);
  return self->sha256;
}

gboolean
crm_document_get_shared_with_client (CrmDocument *self)
{
  g_return_val_if_fail (CRM_IS_DOCUMENT (self), FALSE);
  return self->shared;
}

/**
 * crm_document_get_added:
 *
 * Returns: (transfer none): when the file was attached, in UTC
 */
GDateTime *
crm_document_get_added (CrmDocument *self)
{
  g_return_val_if_fail (CRM_IS_DOCUMENT (self), NULL);
  return self->added;
}

gboolean
crm_document_get_trashed (CrmDocument *self)
{
  g_return_val_if_fail (CRM_IS_DOCUMENT (self), FALSE);
  return self->trashed;
}
