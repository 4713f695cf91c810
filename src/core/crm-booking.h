/* crm-booking.h: a job or an appointment for a client.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  CRM_BOOKING_PRIORITY_LOW,
  CRM_BOOKING_PRIORITY_NORMAL,
  CRM_BOOKING_PRIORITY_HIGH,
  CRM_BOOKING_PRIORITY_URGENT,
} CrmBookingPriority;

typedef enum {
  CRM_BOOKING_STATUS_OPEN,
  CRM_BOOKING_STATUS_SCHEDULED,
  CRM_BOOKING_STATUS_COMPLETED,
  CRM_BOOKING_STATUS_CANCELLED,
  CRM_BOOKING_STATUS_NO_SHOW,
} CrmBookingStatus;

/*
 * Properties: "id", "client-id" gint64 (read-only, 0 on a draft);
 *   "contact-id", "staff-id" gint64 (0 for none); "service", "notes"
 *   (strings, "" when unset); "priority" CrmBookingPriority; "status"
 *   CrmBookingStatus; "starts", "ends", "due" GDateTime (nullable);
 *   "created", "updated" GDateTime, "trashed" gboolean (read-only);
 *   "overdue" gboolean (read-only: open or scheduled, and due before now).
 *
 * Drafts from crm_booking_new() or crm_booking_copy() are filled with
 * g_object_set() and handed to crm_store_create_booking() or
 * crm_store_update_booking(). A stored booking is a live object, one per
 * row, changed only through the store.
 */

#define CRM_TYPE_BOOKING (crm_booking_get_type ())

G_DECLARE_FINAL_TYPE (CrmBooking, crm_booking, CRM, BOOKING, GObject)

CrmBooking         *crm_booking_new           (const char         *service);
CrmBooking         *crm_booking_copy          (CrmBooking         *self);

gint64              crm_booking_get_id        (CrmBooking         *self);
gint64              crm_booking_get_client_id (CrmBooking         *self);
gint64              crm_booking_get_contact_id (CrmBooking        *self);
gint64              crm_booking_get_staff_id  (CrmBooking         *self);
const char         *crm_booking_get_service   (CrmBooking         *self);
const char         *crm_booking_get_notes     (CrmBooking         *self);
CrmBookingPriority  crm_booking_get_priority  (CrmBooking         *self);
CrmBookingStatus    crm_booking_get_status    (CrmBooking         *self);
GDateTime          *crm_booking_get_starts    (CrmBooking         *self);
GDateTime          *crm_booking_get_ends      (CrmBooking         *self);
GDateTime          *crm_booking_get_due       (CrmBooking         *self);
GDateTime          *crm_booking_get_created   (CrmBooking         *self);
GDateTime          *crm_booking_get_updated   (CrmBooking         *self);
gboolean            crm_booking_get_trashed   (CrmBooking         *self);
gboolean            crm_booking_get_overdue   (CrmBooking         *self);
gboolean            crm_booking_is_overdue_at (CrmBooking         *self,
                                               GDateTime          *now);

const char         *crm_booking_priority_to_label (CrmBookingPriority priority);
const char         *crm_booking_status_to_label   (CrmBookingStatus   status);
const char         *crm_booking_status_to_string  (CrmBookingStatus   status);
gboolean            crm_booking_status_from_string (const char       *str,
                                                    CrmBookingStatus *status);

G_END_DECLS
