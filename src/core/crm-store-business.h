/* crm-store-business.h: everything on the client card beyond contacts and
 * notes: bookings and SLA, invoices and payments, documents, conversation
 * entries, staff, spam and avatars.
 *
 * Every write validates first (with a message a person can act on, in
 * CRM_STORE_ERROR), then runs in one transaction; a failed write changes
 * nothing, in the file or in the live objects.
 *
 * Signals on CrmStore (ready once any function here, or a list model of
 * bookings, contacts or the timeline, has been used; call
 * crm_store_business_init() at start-up to connect earlier):
 *   "booking-changed" (CrmBooking *): created, edited, status, trash, restore
 *   "history-changed" (gint64 client_id): something on the client's
 *     timeline changed (booking, invoice, payment, document, message)
 *   "client-spam-changed" (CrmClient *)
 *   "avatar-changed" (GObject *: the CrmClient or CrmContact)
 *   "staff-changed" (): staff added, edited, (de)activated, or another
 *     staff member became the person using the app
 *   "client-assigned" (CrmClient *): the client has a new staff member
 *   "contacts-changed" (gint64 client_id): contacts added, removed, edited
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-booking.h"
#include "crm-document.h"
#include "crm-invoice.h"
#include "crm-message.h"
#include "crm-money.h"
#include "crm-payment.h"
#include "crm-store.h"

G_BEGIN_DECLS

typedef enum {
  CRM_STAFF_ROLE_ADMIN,
  CRM_STAFF_ROLE_STAFF,
  CRM_STAFF_ROLE_READ_ONLY,
} CrmStaffRole;

/* The largest avatar the store keeps: the UI scales pictures down first. */
#define CRM_AVATAR_MAX_SIZE (256 * 1024)

/* How many hours an SLA may give at most (a year). */
#define CRM_SLA_MAX_HOURS 8760

/**
 * CrmMoneyTotal:
 * @currency: the ISO 4217 code
 * @collected_minor: the payments received, in minor units
 * @open_minor: what is left to pay on invoices that are not void
 *
 * A client's money in one currency.
 */
typedef struct {
  char   currency[4];
  gint64 collected_minor;
  gint64 open_minor;
} CrmMoneyTotal;

void          crm_store_business_init           (void);

/* Bookings and SLA */
CrmBooking   *crm_store_get_booking             (CrmStore           *self,
                                                 gint64              id,
                                                 GError            **error);
CrmBooking   *crm_store_create_booking          (CrmStore           *self,
                                                 CrmClient          *client,
                                                 CrmBooking         *draft,
                                                 GError            **error);
gboolean      crm_store_update_booking          (CrmStore           *self,
                                                 CrmBooking         *booking,
                                                 CrmBooking         *edited,
                                                 GError            **error);
gboolean      crm_store_set_booking_status      (CrmStore           *self,
                                                 CrmBooking         *booking,
                                                 CrmBookingStatus    status,
                                                 GError            **error);
gboolean      crm_store_trash_booking           (CrmStore           *self,
                                                 CrmBooking         *booking,
                                                 GError            **error);
gboolean      crm_store_restore_booking         (CrmStore           *self,
                                                 CrmBooking         *booking,
                                                 GError            **error);
guint         crm_store_get_client_sla_hours    (CrmStore           *self,
                                                 CrmClient          *client,
                                                 CrmBookingPriority  priority);
gboolean      crm_store_set_client_sla_hours    (CrmStore           *self,
                                                 CrmClient          *client,
                                                 CrmBookingPriority  priority,
                                                 guint               hours,
                                                 GError            **error);
GDateTime    *crm_store_compute_due             (CrmStore           *self,
                                                 CrmClient          *client,
                                                 CrmBookingPriority  priority,
                                                 GDateTime          *from);

/* Invoices and payments */
CrmInvoice   *crm_store_get_invoice             (CrmStore           *self,
                                                 gint64              id,
                                                 GError            **error);
GListModel   *crm_store_get_invoices            (CrmStore           *self,
                                                 CrmClient          *client);
char         *crm_store_next_invoice_number     (CrmStore           *self,
                                                 GDateTime          *issued_on);
CrmInvoice   *crm_store_create_invoice          (CrmStore           *self,
                                                 CrmClient          *client,
                                                 CrmInvoice         *draft,
                                                 GError            **error);
gboolean      crm_store_set_invoice_void        (CrmStore           *self,
                                                 CrmInvoice         *invoice,
                                                 gboolean            is_void,
                                                 GError            **error);
CrmPayment   *crm_store_get_payment             (CrmStore           *self,
                                                 gint64              id,
                                                 GError            **error);
GListModel   *crm_store_get_payments            (CrmStore           *self,
                                                 CrmClient          *client);
CrmPayment   *crm_store_record_payment          (CrmStore           *self,
                                                 CrmClient          *client,
                                                 CrmPayment         *draft,
                                                 GError            **error);
gboolean      crm_store_remove_payment          (CrmStore           *self,
                                                 CrmPayment         *payment,
                                                 GError            **error);
gboolean      crm_store_restore_payment         (CrmStore           *self,
                                                 CrmPayment         *payment,
                                                 GError            **error);
GArray       *crm_store_get_client_totals       (CrmStore           *self,
                                                 CrmClient          *client);
char         *crm_store_get_usual_currency      (CrmStore           *self,
                                                 CrmClient          *client);

/* Documents */
char         *crm_store_get_documents_dir       (CrmStore           *self);
CrmDocument  *crm_store_get_document            (CrmStore           *self,
                                                 gint64              id,
                                                 GError            **error);
GListModel   *crm_store_get_documents           (CrmStore           *self,
                                                 CrmClient          *client);
CrmDocument  *crm_store_attach_document         (CrmStore           *self,
                                                 CrmClient          *client,
                                                 GFile              *source,
                                                 GCancellable       *cancellable,
                                                 GError            **error);
void          crm_store_attach_document_async   (CrmStore           *self,
                                                 CrmClient          *client,
                                                 GFile              *source,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
CrmDocument  *crm_store_attach_document_finish  (CrmStore           *self,
                                                 GAsyncResult       *result,
                                                 GError            **error);
gboolean      crm_store_remove_document         (CrmStore           *self,
                                                 CrmDocument        *document,
                                                 GError            **error);
gboolean      crm_store_restore_document        (CrmStore           *self,
                                                 CrmDocument        *document,
                                                 GError            **error);
gboolean      crm_store_set_document_shared     (CrmStore           *self,
                                                 CrmDocument        *document,
                                                 gboolean            shared,
                                                 GError            **error);
char         *crm_store_get_document_path       (CrmStore           *self,
                                                 CrmDocument        *document,
                                                 GError            **error);

/* Conversation entries */
CrmMessage   *crm_store_get_message             (CrmStore           *self,
                                                 gint64              id,
                                                 GError            **error);
CrmMessage   *crm_store_log_message             (CrmStore           *self,
                                                 CrmClient          *client,
                                                 CrmMessage         *draft,
                                                 GError            **error);

/* Staff */
CrmStaff     *crm_store_get_staff               (CrmStore           *self,
                                                 gint64              id,
                                                 GError            **error);
CrmStaff     *crm_store_add_staff               (CrmStore           *self,
                                                 const char         *name,
                                                 const char         *email,
                                                 CrmStaffRole        role,
                                                 GError            **error);
CrmStaff     *crm_store_update_staff            (CrmStore           *self,
                                                 gint64              staff_id,
                                                 const char         *name,
                                                 const char         *email,
                                                 CrmStaffRole        role,
                                                 GError            **error);
gboolean      crm_store_set_staff_active        (CrmStore           *self,
                                                 gint64              staff_id,
                                                 gboolean            active,
                                                 GError            **error);
CrmStaffRole  crm_store_get_staff_role          (CrmStore           *self,
                                                 gint64              staff_id);
gboolean      crm_store_get_staff_active        (CrmStore           *self,
                                                 gint64              staff_id);
gboolean      crm_store_assign_client           (CrmStore           *self,
                                                 CrmClient          *client,
                                                 gint64              staff_id,
                                                 GError            **error);
gint64        crm_store_get_client_staff_id     (CrmStore           *self,
                                                 CrmClient          *client);
const char   *crm_staff_role_to_label           (CrmStaffRole        role);

/* Spam */
gboolean      crm_store_set_client_spam         (CrmStore           *self,
                                                 CrmClient          *client,
                                                 gboolean            spam,
                                                 GError            **error);
gboolean      crm_store_get_client_spam         (CrmStore           *self,
                                                 CrmClient          *client);

/* Avatars (PNG bytes) */
gboolean      crm_store_set_client_avatar       (CrmStore           *self,
                                                 CrmClient          *client,
                                                 GBytes             *png,
                                                 GError            **error);
GBytes       *crm_store_get_client_avatar       (CrmStore           *self,
                                                 CrmClient          *client);
gboolean      crm_store_set_contact_avatar      (CrmStore           *self,
                                                 CrmContact         *contact,
                                                 GBytes             *png,
                                                 GError            **error);
GBytes       *crm_store_get_contact_avatar      (CrmStore           *self,
                                                 CrmContact         *contact);

G_END_DECLS
