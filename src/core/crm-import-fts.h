/* crm-import-fts.h: the search index of a large import, built on a
 * second thread.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The search indexes an import writes to, and their columns in order. */
typedef enum {
  CRM_FTS_CLIENTS,   /* name, external_id, email, phone, city */
  CRM_FTS_CONTACTS,  /* first_name, last_name, email, phone, job_title */
  CRM_FTS_NOTES,     /* body */
  CRM_FTS_N_TABLES
} CrmFtsTable;

#define CRM_FTS_MAX_COLUMNS 5

typedef struct _CrmFtsBuilder CrmFtsBuilder;

CrmFtsBuilder *crm_fts_builder_new       (sqlite3             *db,
                                          const char          *path,
                                          const gboolean       tables[CRM_FTS_N_TABLES],
                                          GError             **error);
void           crm_fts_builder_free      (CrmFtsBuilder       *self);
gboolean       crm_fts_builder_has_table (CrmFtsBuilder       *self,
                                          CrmFtsTable          table);
void           crm_fts_builder_add       (CrmFtsBuilder       *self,
                                          CrmFtsTable          table,
                                          gint64               rowid,
                                          const char * const  *values);
void           crm_fts_builder_changing  (CrmFtsBuilder       *self,
                                          CrmFtsTable          table,
                                          gint64               rowid,
                                          const char * const  *old_values);
void           crm_fts_builder_close     (CrmFtsBuilder       *self);
gboolean       crm_fts_builder_install   (CrmFtsBuilder       *self,
                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmFtsBuilder, crm_fts_builder_free)

G_END_DECLS
