/* crm-client-list.h: a lazy GListModel of clients, sorted and filtered in SQL.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-id-list.h"

G_BEGIN_DECLS

typedef enum {
  CRM_CLIENT_SORT_NAME,
  CRM_CLIENT_SORT_STATUS,
  CRM_CLIENT_SORT_CREATED,
  CRM_CLIENT_SORT_CONTACT,
  CRM_CLIENT_SORT_EMAIL,
  CRM_CLIENT_SORT_PHONE,
  CRM_CLIENT_SORT_FAVORITE,
} CrmClientSort;

#define CRM_TYPE_CLIENT_LIST (crm_client_list_get_type ())

G_DECLARE_FINAL_TYPE (CrmClientList, crm_client_list, CRM, CLIENT_LIST, CrmIdList)

CrmClientList *crm_client_list_new                 (CrmStore      *store);
CrmStore      *crm_client_list_get_store           (CrmClientList *self);

const char    *crm_client_list_get_search          (CrmClientList *self);
void           crm_client_list_set_search          (CrmClientList *self,
                                                    const char    *search);
int            crm_client_list_get_status_filter   (CrmClientList *self);
void           crm_client_list_set_status_filter   (CrmClientList *self,
                                                    int            status);
gboolean       crm_client_list_get_favorites_only  (CrmClientList *self);
void           crm_client_list_set_favorites_only  (CrmClientList *self,
                                                    gboolean       favorites_only);
CrmClientSort  crm_client_list_get_sort            (CrmClientList *self);
gboolean       crm_client_list_get_descending      (CrmClientList *self);
void           crm_client_list_set_sort            (CrmClientList *self,
                                                    CrmClientSort  sort,
                                                    gboolean       descending);

const char    *crm_client_list_get_tag_filter      (CrmClientList *self);
void           crm_client_list_set_tag_filter      (CrmClientList *self,
                                                    const char    *tag);
gint64         crm_client_list_get_staff_filter    (CrmClientList *self);
void           crm_client_list_set_staff_filter    (CrmClientList *self,
                                                    gint64         staff_id);
gboolean       crm_client_list_get_spam            (CrmClientList *self);
void           crm_client_list_set_spam            (CrmClientList *self,
                                                    gboolean       spam);

gboolean       crm_client_list_get_loading         (CrmClientList *self);
guint          crm_client_list_find                (CrmClientList *self,
                                                    gint64         client_id);
void           crm_client_list_refresh             (CrmClientList *self);
GArray        *crm_client_list_dup_ids             (CrmClientList *self);

G_END_DECLS
