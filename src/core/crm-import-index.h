/* crm-import-index.h: what makes a large import fast.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "crm-import-fts.h"

G_BEGIN_DECLS

typedef struct _CrmIdFilter CrmIdFilter;

CrmIdFilter *crm_id_filter_new        (void);
void         crm_id_filter_free       (CrmIdFilter *filter);
void         crm_id_filter_add        (CrmIdFilter *filter,
                                       const char  *id);
gboolean     crm_id_filter_maybe      (CrmIdFilter *filter,
                                       const char  *id);

typedef struct _CrmImportIndex CrmImportIndex;

/* @done of @total steps of crm_import_index_finish() are over. */
typedef void (*CrmImportIndexProgress) (guint    done,
                                        guint    total,
                                        gpointer user_data);

CrmImportIndex *crm_import_index_begin    (sqlite3             *db,
                                           const char          *path,
                                           gboolean             clients_empty,
                                           gboolean             contacts_empty,
                                           gboolean             notes_empty,
                                           gboolean             build_aside,
                                           GError             **error);
void            crm_import_index_free     (CrmImportIndex      *self);
void            crm_import_index_added    (CrmImportIndex      *self,
                                           CrmFtsTable          table,
                                           gint64               rowid,
                                           const char * const  *values);
void            crm_import_index_changing (CrmImportIndex      *self,
                                           CrmFtsTable          table,
                                           gint64               rowid,
                                           const char * const  *old_values);
guint           crm_import_index_get_n_steps (CrmImportIndex *self);
gboolean        crm_import_index_finish   (CrmImportIndex      *self,
                                           gint64               batch_id,
                                           CrmImportIndexProgress progress,
                                           gpointer             user_data,
                                           GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmImportIndex, crm_import_index_free)

G_END_DECLS
