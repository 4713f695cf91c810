/* crm-document.h: a file attached to a client.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * Properties (all read-only; documents come from
 * crm_store_attach_document()): "id", "client-id" gint64; "file-name" (the
 * name it had when attached), "mime-type", "sha256" (of the content, also
 * the stored file's name) strings; "size" guint64 (bytes);
 * "shared-with-client" gboolean (crm_store_set_document_shared());
 * "added" GDateTime (UTC); "trashed" gboolean.
 * A stored document is a live object, one per row.
 */

#define CRM_TYPE_DOCUMENT (crm_document_get_type ())

G_DECLARE_FINAL_TYPE (CrmDocument, crm_document, CRM, DOCUMENT, GObject)

gint64      crm_document_get_id                 (CrmDocument *self);
gint64      crm_document_get_client_id          (CrmDocument *self);
const char *crm_document_get_file_name          (CrmDocument *self);
const char *crm_document_get_mime_type          (CrmDocument *self);
guint64     crm_document_get_size               (CrmDocument *self);
const char *crm_document_get_sha256             (CrmDocument *self);
gboolean    crm_document_get_shared_with_client (CrmDocument *self);
GDateTime  *crm_document_get_added              (CrmDocument *self);
gboolean    crm_document_get_trashed            (CrmDocument *self);

G_END_DECLS
