/* crm-store.h: the one door to the Clientele database.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-client.h"
#include "crm-contact.h"
#include "crm-note.h"
#include "crm-staff.h"

G_BEGIN_DECLS

#define CRM_STORE_ERROR (crm_store_error_quark ())

/**
 * CrmStoreError:
 * @CRM_STORE_ERROR_FAILED: anything not listed below (the message says what)
 * @CRM_STORE_ERROR_INVALID: a value breaks a rule (empty name, malformed e-mail)
 * @CRM_STORE_ERROR_DUPLICATE: the external id is used by another record
 * @CRM_STORE_ERROR_LAST_CONTACT: a client must keep at least one contact
 * @CRM_STORE_ERROR_NOT_FOUND: the record does not exist (any more)
 * @CRM_STORE_ERROR_NOT_DATABASE: the file is not a Clientele database, or is damaged
 * @CRM_STORE_ERROR_READ_ONLY: the database cannot be written
 * @CRM_STORE_ERROR_TOO_NEW: the database was made by a newer Clientele
 * @CRM_STORE_ERROR_DISK_FULL: no space left to write
 * @CRM_STORE_ERROR_BUSY: another program holds the database
 */
typedef enum {
  CRM_STORE_ERROR_FAILED,
  CRM_STORE_ERROR_INVALID,
  CRM_STORE_ERROR_DUPLICATE,
  CRM_STORE_ERROR_LAST_CONTACT,
  CRM_STORE_ERROR_NOT_FOUND,
  CRM_STORE_ERROR_NOT_DATABASE,
  CRM_STORE_ERROR_READ_ONLY,
  CRM_STORE_ERROR_TOO_NEW,
  CRM_STORE_ERROR_DISK_FULL,
  CRM_STORE_ERROR_BUSY,
} CrmStoreError;

#define CRM_TYPE_STORE (crm_store_get_type ())

G_DECLARE_FINAL_TYPE (CrmStore, crm_store, CRM, STORE, GObject)

GQuark      crm_store_error_quark              (void);

char       *crm_store_get_default_path         (void);
guint       crm_store_get_latest_version       (void);

CrmStore   *crm_store_open                     (const char  *path,
                                                GError     **error);
const char *crm_store_get_path                 (CrmStore    *self);
gboolean    crm_store_get_importing            (CrmStore    *self);
gboolean    crm_store_needs_upgrade            (const char  *path);
void        crm_store_upgrade_async            (const char          *path,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean    crm_store_upgrade_finish           (GAsyncResult        *result,
                                                GError             **error);
guint       crm_store_get_version              (CrmStore    *self);

/* Staff */
CrmStaff   *crm_store_get_current_staff        (CrmStore    *self);
gboolean    crm_store_set_current_staff        (CrmStore    *self,
                                                gint64       staff_id,
                                                GError     **error);
GListModel *crm_store_list_staff               (CrmStore    *self);

/* Clients */
CrmClient  *crm_store_get_client               (CrmStore    *self,
                                                gint64       id,
                                                GError     **error);
CrmClient  *crm_store_find_client_by_external_id (CrmStore  *self,
                                                const char  *external_id);
CrmClient  *crm_store_create_client            (CrmStore    *self,
                                                CrmClient   *draft,
                                                CrmContact  *first_contact,
                                                GError     **error);
gboolean    crm_store_update_client            (CrmStore    *self,
                                                CrmClient   *client,
                                                GError     **error,
                                                const char  *first_property,
                                                ...) G_GNUC_NULL_TERMINATED;
gboolean    crm_store_trash_client             (CrmStore    *self,
                                                CrmClient   *client,
                                                GError     **error);
gboolean    crm_store_restore_client           (CrmStore    *self,
                                                CrmClient   *client,
                                                GError     **error);
guint       crm_store_count_clients            (CrmStore    *self);
gboolean    crm_store_has_clients              (CrmStore    *self);

/* Contacts */
GListModel *crm_store_get_contacts             (CrmStore    *self,
                                                CrmClient   *client);
CrmContact *crm_store_get_contact              (CrmStore    *self,
                                                gint64       id,
                                                GError     **error);
CrmContact *crm_store_add_contact              (CrmStore    *self,
                                                CrmClient   *client,
                                                CrmContact  *draft,
                                                GError     **error);
gboolean    crm_store_update_contact           (CrmStore    *self,
                                                CrmContact  *contact,
                                                GError     **error,
                                                const char  *first_property,
                                                ...) G_GNUC_NULL_TERMINATED;
gboolean    crm_store_set_primary_contact      (CrmStore    *self,
                                                CrmContact  *contact,
                                                GError     **error);
gboolean    crm_store_remove_contact           (CrmStore    *self,
                                                CrmContact  *contact,
                                                GError     **error);
gboolean    crm_store_restore_contact          (CrmStore    *self,
                                                CrmContact  *contact,
                                                GError     **error);

/* Tags */
gboolean    crm_store_add_tag                  (CrmStore    *self,
                                                CrmClient   *client,
                                                const char  *tag,
                                                GError     **error);
gboolean    crm_store_remove_tag               (CrmStore    *self,
                                                CrmClient   *client,
                                                const char  *tag,
                                                GError     **error);
char      **crm_store_list_tags                (CrmStore    *self);

/* Notes */
GListModel *crm_store_get_notes                (CrmStore    *self,
                                                CrmClient   *client);
CrmNote    *crm_store_add_note                 (CrmStore    *self,
                                                CrmClient   *client,
                                                const char  *text,
                                                GError     **error);

G_END_DECLS
