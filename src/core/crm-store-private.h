/* crm-store-private.h: what the parts of CrmStore share, and what other core
 * modules (list models, import, export) need of it.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "crm-store.h"

G_BEGIN_DECLS

struct _CrmStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;          /* the write connection; main thread only */
  GHashTable *statements;  /* SQL text -> sqlite3_stmt*, prepared once */
  GHashTable *clients;     /* id -> CrmClient* (weak): one object per row */
  GHashTable *contacts;    /* id -> CrmContact* (weak) */
  CrmStaff   *current_staff;
  guint       version;
  GThread    *checkpointer;  /* see crm_store_checkpoint_in_background() */
  guint       n_imports;     /* running; see crm_store_hold_for_import() */
};

sqlite3_stmt *crm_store_prepare          (CrmStore     *self,
                                          const char   *sql,
                                          GError      **error);
gboolean      crm_store_step_done        (CrmStore     *self,
                                          sqlite3_stmt *stmt,
                                          GError      **error);
gboolean      crm_store_begin            (CrmStore     *self,
                                          GError      **error);
gboolean      crm_store_commit           (CrmStore     *self,
                                          GError      **error);
void          crm_store_rollback         (CrmStore     *self);
void          crm_store_set_error        (CrmStore     *self,
                                          sqlite3      *db,
                                          int           rc,
                                          GError      **error);
char         *crm_store_now              (void);
GDateTime    *crm_store_parse_time       (const char   *text);
void          crm_bind_text_or_null      (sqlite3_stmt *stmt,
                                          int           index,
                                          const char   *text);

/* Opens another connection to the same file, for a worker thread. */
sqlite3      *crm_store_open_connection  (const char   *path,
                                          gboolean      read_only,
                                          GError      **error);
sqlite3      *crm_store_thread_connection (const char *path,
                                          GError    **error);
void          crm_set_sqlite_error       (GError      **error,
                                          sqlite3      *db,
                                          int           rc,
                                          const char   *path);

G_END_DECLS

G_BEGIN_DECLS

void crm_store_remember_client      (CrmStore   *self,
                                     CrmClient  *client);
void crm_store_remember_contact     (CrmStore   *self,
                                     CrmContact *contact);
void crm_store_emit_client_added    (CrmStore  *self,
                                     CrmClient *client);
void crm_store_emit_client_trashed  (CrmStore  *self,
                                     CrmClient *client);
void crm_store_emit_client_restored (CrmStore  *self,
                                     CrmClient *client);
void crm_store_emit_reloaded        (CrmStore  *self);
void crm_store_reload               (CrmStore  *self);
void crm_store_checkpoint_in_background (CrmStore *self);
void crm_store_hold_for_import      (CrmStore  *self,
                                     gboolean   importing);

G_END_DECLS

G_BEGIN_DECLS

#define CONTACT_SELECT \
  "SELECT id, client_id, first_name, last_name, job_title, email, phone," \
  "       street, city, region, postal_code, country, external_id," \
  "       is_primary, inactive" \
  "  FROM contacts "

#define COL_TEXT(stmt, i) ((const char *) sqlite3_column_text ((stmt), (i)))

/* A draft's values, normalized, as they will be stored. */
typedef struct {
  char *first_name;
  char *last_name;
  char *strings[10];   /* job-title … external-id, in contact_fields order */
} ContactValues;


void        crm_contact_values_clear     (ContactValues  *values);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ContactValues, crm_contact_values_clear)

#define CV_EMAIL 1
#define CV_EXTERNAL_ID 8

CrmContact *crm_store_contact_from_row   (CrmStore       *self,
                                          sqlite3_stmt   *stmt);
GHashTable *crm_store_read_clients       (sqlite3        *db,
                                          const gint64   *ids,
                                          guint           n_ids);
CrmClient  *crm_store_adopt_client       (CrmStore       *self,
                                          CrmClient      *fresh);
gboolean    crm_store_read_contact_draft (CrmStore       *self,
                                          CrmContact     *draft,
                                          ContactValues  *values,
                                          GError        **error);
gboolean    crm_store_insert_contact     (CrmStore       *self,
                                          gint64          client_id,
                                          ContactValues  *values,
                                          gboolean        primary,
                                          gboolean        inactive,
                                          const char     *now,
                                          gint64         *id,
                                          GError        **error);
void        crm_store_adopt_contact      (CrmStore       *self,
                                          CrmContact     *draft,
                                          ContactValues  *values,
                                          gint64          id,
                                          gint64          client_id,
                                          gboolean        primary);

G_END_DECLS
