/* crm-invoice.h: a bill to a client, numbered by the app.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  CRM_INVOICE_STATUS_OPEN,
  CRM_INVOICE_STATUS_PARTIAL,
  CRM_INVOICE_STATUS_PAID,
  CRM_INVOICE_STATUS_VOID,
} CrmInvoiceStatus;

/*
 * Properties: "id", "client-id" gint64 (read-only); "number" string
 *   (read-only, given by the store: "INV-2026-0001"); "description";
 *   "issued-on", "due-on" GDateTime (calendar dates: only the year, month
 *   and day count, in the time zone of the value given; read back at local
 *   midnight); "amount-minor" gint64 and "currency" (ISO 4217 code);
 *   read-only: "void", "paid-minor", "open-minor" (what is left to pay, 0
 *   when void), "status" CrmInvoiceStatus (open, partly paid, paid or void,
 *   from the payments), "overdue" (open or partly paid after its due date),
 *   "created".
 *
 * A stored invoice is a live object, one per row; recording or removing a
 * payment updates its "paid-minor" and "status" in place.
 */

#define CRM_TYPE_INVOICE (crm_invoice_get_type ())

G_DECLARE_FINAL_TYPE (CrmInvoice, crm_invoice, CRM, INVOICE, GObject)

CrmInvoice       *crm_invoice_new              (gint64            amount_minor,
                                                const char       *currency);

gint64            crm_invoice_get_id           (CrmInvoice       *self);
gint64            crm_invoice_get_client_id    (CrmInvoice       *self);
const char       *crm_invoice_get_number       (CrmInvoice       *self);
const char       *crm_invoice_get_description  (CrmInvoice       *self);
GDateTime        *crm_invoice_get_issued_on    (CrmInvoice       *self);
GDateTime        *crm_invoice_get_due_on       (CrmInvoice       *self);
gint64            crm_invoice_get_amount_minor (CrmInvoice       *self);
const char       *crm_invoice_get_currency     (CrmInvoice       *self);
gboolean          crm_invoice_get_void         (CrmInvoice       *self);
gint64            crm_invoice_get_paid_minor   (CrmInvoice       *self);
gint64            crm_invoice_get_open_minor   (CrmInvoice       *self);
CrmInvoiceStatus  crm_invoice_get_status       (CrmInvoice       *self);
gboolean          crm_invoice_get_overdue      (CrmInvoice       *self);
GDateTime        *crm_invoice_get_created      (CrmInvoice       *self);

const char       *crm_invoice_status_to_label  (CrmInvoiceStatus  status);

G_END_DECLS
