/* crm-import-index.h: what makes a large import fast.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef struct _CrmIdFilter CrmIdFilter;

CrmIdFilter *crm_id_filter_new        (void);
void         crm_id_filter_free       (CrmIdFilter *filter);
void         crm_id_filter_add        (CrmIdFilter *filter,
                                       const char  *id);
gboolean     crm_id_filter_maybe      (CrmIdFilter *filter,
                                       const char  *id);

gboolean     crm_import_index_suspend (sqlite3     *db,
                                       const char  *path,
                                       gboolean     clients_empty,
                                       gboolean     contacts_empty,
                                       GPtrArray   *suspended,
                                       GError     **error);
gboolean     crm_import_index_resume  (sqlite3     *db,
                                       const char  *path,
                                       gint64       batch_id,
                                       GPtrArray   *suspended,
                                       GError     **error);

G_END_DECLS
