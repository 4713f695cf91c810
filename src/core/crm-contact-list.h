/* crm-contact-list.h: the Contacts view: every contact of every client,
 * filtered and sorted in SQL.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-id-list.h"
#include "crm-store-business.h"

G_BEGIN_DECLS

typedef enum {
  CRM_CONTACT_SORT_NAME,
  CRM_CONTACT_SORT_CLIENT,
  CRM_CONTACT_SORT_JOB_TITLE,
  CRM_CONTACT_SORT_EMAIL,
  CRM_CONTACT_SORT_PHONE,
  CRM_CONTACT_SORT_PRIMARY,
  CRM_CONTACT_SORT_INACTIVE,
} CrmContactSort;

/*
 * A lazy GListModel of CrmContact (the live objects). Properties:
 *   "search" (text the contact's name, e-mail or client's name contains,
 *   any case), "client-id" gint64 (0: every client), "hide-inactive"
 *   gboolean, "sort" CrmContactSort (by last then first name, or by client
 *   then name). Contacts of clients in the trash or marked as spam are
 *   left out. crm_contact_get_client_id() gives the row's client.
 */

#define CRM_TYPE_CONTACT_LIST (crm_contact_list_get_type ())

G_DECLARE_FINAL_TYPE (CrmContactList, crm_contact_list, CRM, CONTACT_LIST, CrmIdList)

CrmContactList *crm_contact_list_new               (CrmStore       *store);
const char     *crm_contact_list_get_search        (CrmContactList *self);
void            crm_contact_list_set_search        (CrmContactList *self,
                                                    const char     *search);
gint64          crm_contact_list_get_client_id     (CrmContactList *self);
void            crm_contact_list_set_client_id     (CrmContactList *self,
                                                    gint64          client_id);
gboolean        crm_contact_list_get_hide_inactive (CrmContactList *self);
void            crm_contact_list_set_hide_inactive (CrmContactList *self,
                                                    gboolean        hide);
CrmContactSort  crm_contact_list_get_sort          (CrmContactList *self);
void            crm_contact_list_set_sort          (CrmContactList *self,
                                                    CrmContactSort  sort);
gboolean        crm_contact_list_get_descending    (CrmContactList *self);
void            crm_contact_list_set_descending    (CrmContactList *self,
                                                    gboolean        descending);
gint64          crm_contact_list_get_staff_id      (CrmContactList *self);
void            crm_contact_list_set_staff_id      (CrmContactList *self,
                                                    gint64          staff_id);
int             crm_contact_list_get_status_filter (CrmContactList *self);
void            crm_contact_list_set_status_filter (CrmContactList *self,
                                                    int             status);
const char     *crm_contact_list_get_tag           (CrmContactList *self);
void            crm_contact_list_set_tag           (CrmContactList *self,
                                                    const char     *tag);
gboolean        crm_contact_list_get_favorites_only (CrmContactList *self);
void            crm_contact_list_set_favorites_only (CrmContactList *self,
                                                     gboolean        favorites_only);
gboolean        crm_contact_list_get_spam          (CrmContactList *self);
void            crm_contact_list_set_spam          (CrmContactList *self,
                                                    gboolean        spam);

G_END_DECLS
