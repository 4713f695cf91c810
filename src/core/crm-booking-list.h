/* crm-booking-list.h: a lazy GListModel of bookings, sorted and filtered
 * in SQL.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-id-list.h"
#include "crm-store-business.h"

G_BEGIN_DECLS

typedef enum {
  CRM_BOOKING_SORT_DUE,
  CRM_BOOKING_SORT_STARTS,
  CRM_BOOKING_SORT_CREATED,
  CRM_BOOKING_SORT_PRIORITY,
  CRM_BOOKING_SORT_STATUS,
  CRM_BOOKING_SORT_CLIENT,
  CRM_BOOKING_SORT_UPCOMING,
  CRM_BOOKING_SORT_SERVICE,
  CRM_BOOKING_SORT_CONTACT,
  CRM_BOOKING_SORT_STAFF,
} CrmBookingSort;

/*
 * Properties: "store" (construct-only); filters "client-id" gint64 (0:
 *   every client), "client-search" and "contact-search" (text the client's
 *   or the booking contact's name contains, any case), "status-filter" int
 *   (a CrmBookingStatus or -1), "staff-id" gint64 (0: anyone),
 *   "overdue-only" gboolean; on the booking's client: "tag" (a tag name or
 *   NULL), "client-status" int (a CrmClientStatus or -1), "favorites-only"
 *   and "spam" (only bookings of clients marked as spam; otherwise those
 *   are left out, except in the list of one client); "sort" CrmBookingSort
 *   and "descending"; read-only "loading" and "n-items".
 *
 * Ties are broken by due time then id, soonest first, whatever the
 * direction of the first key, except by service, whose reverse is exact.
 * Bookings without a contact or staff member come first when sorted by
 * those.
 *
 * CRM_BOOKING_SORT_UPCOMING lists what is still ahead first (soonest
 * first), then what is past (latest first), by start time or else due
 * time: the order of a client card's Bookings tab.
 */

#define CRM_TYPE_BOOKING_LIST (crm_booking_list_get_type ())

G_DECLARE_FINAL_TYPE (CrmBookingList, crm_booking_list, CRM, BOOKING_LIST, CrmIdList)

CrmBookingList *crm_booking_list_new                (CrmStore       *store);
CrmStore       *crm_booking_list_get_store          (CrmBookingList *self);

gint64          crm_booking_list_get_client_id      (CrmBookingList *self);
void            crm_booking_list_set_client_id      (CrmBookingList *self,
                                                     gint64          client_id);
const char     *crm_booking_list_get_client_search  (CrmBookingList *self);
void            crm_booking_list_set_client_search  (CrmBookingList *self,
                                                     const char     *search);
const char     *crm_booking_list_get_contact_search (CrmBookingList *self);
void            crm_booking_list_set_contact_search (CrmBookingList *self,
                                                     const char     *search);
int             crm_booking_list_get_status_filter  (CrmBookingList *self);
void            crm_booking_list_set_status_filter  (CrmBookingList *self,
                                                     int             status);
gint64          crm_booking_list_get_staff_id       (CrmBookingList *self);
void            crm_booking_list_set_staff_id       (CrmBookingList *self,
                                                     gint64          staff_id);
gboolean        crm_booking_list_get_overdue_only   (CrmBookingList *self);
void            crm_booking_list_set_overdue_only   (CrmBookingList *self,
                                                     gboolean        overdue_only);
const char     *crm_booking_list_get_tag            (CrmBookingList *self);
void            crm_booking_list_set_tag            (CrmBookingList *self,
                                                     const char     *tag);
int             crm_booking_list_get_client_status  (CrmBookingList *self);
void            crm_booking_list_set_client_status  (CrmBookingList *self,
                                                     int             status);
gboolean        crm_booking_list_get_favorites_only (CrmBookingList *self);
void            crm_booking_list_set_favorites_only (CrmBookingList *self,
                                                     gboolean        favorites_only);
gboolean        crm_booking_list_get_spam           (CrmBookingList *self);
void            crm_booking_list_set_spam           (CrmBookingList *self,
                                                     gboolean        spam);
CrmBookingSort  crm_booking_list_get_sort           (CrmBookingList *self);
gboolean        crm_booking_list_get_descending     (CrmBookingList *self);
void            crm_booking_list_set_sort           (CrmBookingList *self,
                                                     CrmBookingSort  sort,
                                                     gboolean        descending);

gboolean        crm_booking_list_get_loading        (CrmBookingList *self);
guint           crm_booking_list_find               (CrmBookingList *self,
                                                     gint64          booking_id);
void            crm_booking_list_refresh            (CrmBookingList *self);

G_END_DECLS
