/* crm-import-engine.h: what one import does to the database, row by row.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "crm-import-index.h"
#include "crm-importer.h"

G_BEGIN_DECLS

typedef struct _CrmImportEngine CrmImportEngine;

CrmImportEngine *crm_import_engine_new     (sqlite3              *db,
                                            const char           *path,
                                            gint64                staff_id,
                                            CrmImportDuplicates   duplicates,
                                            GError              **error);
void             crm_import_engine_free    (CrmImportEngine      *engine);
void             crm_import_engine_set_rehearsal (CrmImportEngine *engine,
                                                  gboolean         rehearsal);
void             crm_import_engine_set_cancellable (CrmImportEngine *engine,
                                                    GCancellable    *cancellable);
void             crm_import_engine_set_finish_progress (CrmImportEngine        *engine,
                                                        CrmImportIndexProgress  progress,
                                                        gpointer                user_data);
guint            crm_import_engine_get_finish_steps (CrmImportEngine *engine);
gboolean         crm_import_engine_begin   (CrmImportEngine      *engine,
                                            const char           *file_name,
                                            const char           *format,
                                            GError              **error);
gboolean         crm_import_engine_process (CrmImportEngine      *engine,
                                            const CrmImportRecord *record,
                                            CrmImportRow        **row_out,
                                            GError              **error);
gboolean         crm_import_engine_finish  (CrmImportEngine      *engine,
                                            gboolean              commit,
                                            GError              **error);
CrmImportResult *crm_import_engine_steal_result (CrmImportEngine *engine);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmImportEngine, crm_import_engine_free)

G_END_DECLS
