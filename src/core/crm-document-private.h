/* crm-document-private.h: how the store builds and changes documents.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-document.h"

G_BEGIN_DECLS

CrmDocument *crm_document_new_stored (gint64       id,
                                      gint64       client_id,
                                      const char  *file_name,
                                      const char  *mime_type,
                                      guint64      size,
                                      const char  *sha256,
                                      gboolean     shared_with_client,
                                      GDateTime   *added,
                                      gboolean     trashed);
void         crm_document_set_shared  (CrmDocument *self,
                                       gboolean     shared);
void         crm_document_set_trashed (CrmDocument *self,
                                       gboolean     trashed);

G_END_DECLS
