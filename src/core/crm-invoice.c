/* crm-invoice.c: a bill to a client, numbered by the app.
 *
 * The amount is fixed once stored; what changes is how much of it is paid
 * (kept by the store from the payments applied to it) and whether it was
 * voided. The status follows from those two and is never stored.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-core-enums.h"
#include "crm-entity-private.h"
#include "crm-invoice-private.h"

struct _CrmInvoice
{
  GObject     parent_instance;

  gint64      id;
  gint64      client_id;
  char       *number;
  char       *description;
  GDateTime  *issued_on;
  GDateTime  *due_on;
  gint64      amount_minor;
  char       *currency;
  gint64      paid_minor;
  GDateTime  *created;
  gboolean    is_void;
};

G_DEFINE_FINAL_TYPE (CrmInvoice, crm_invoice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_NUMBER,
  PROP_DESCRIPTION,
  PROP_ISSUED_ON,
  PROP_DUE_ON,
  PROP_AMOUNT_MINOR,
  PROP_CURRENCY,
  PROP_VOID,
  PROP_PAID_MINOR,
  PROP_OPEN_MINOR,
  PROP_STATUS,
  PROP_OVERDUE,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_invoice_finalize (GObject *object)
{
  CrmInvoice *self = (CrmInvoice *)object;

  g_free (self->number);
  g_free (self->description);
  g_free (self->currency);
  g_clear_pointer (&self->issued_on, g_date_time_unref);
  g_clear_pointer (&self->due_on, g_date_time_unref);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (crm_invoice_parent_class)->finalize (object);
}

static void
crm_invoice_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrmInvoice *self = CRM_INVOICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_ISSUED_ON:
      g_value_set_boxed (value, self->issued_on);
      break;

    case PROP_DUE_ON:
      g_value_set_boxed (value, self->due_on);
      break;

    case PROP_AMOUNT_MINOR:
      g_value_set_int64 (value, self->amount_minor);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_VOID:
      g_value_set_boolean (value, self->is_void);
      break;

    case PROP_PAID_MINOR:
      g_value_set_int64 (value, self->paid_minor);
      break;

    case PROP_OPEN_MINOR:
      g_value_set_int64 (value, crm_invoice_get_open_minor (self));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, crm_invoice_get_status (self));
      break;

    case PROP_OVERDUE:
      g_value_set_boolean (value, crm_invoice_get_overdue (self));
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_invoice_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrmInvoice *self = CRM_INVOICE (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTION:
      if (crm_set_string (&self->description, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_CURRENCY:
      if (crm_set_string (&self->currency, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_ISSUED_ON:
      if (crm_set_date_time (&self->issued_on, g_value_get_boxed (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_DUE_ON:
      if (crm_set_date_time (&self->due_on, g_value_get_boxed (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_AMOUNT_MINOR:
      if (self->amount_minor != g_value_get_int64 (value))
        {
          self->amount_minor = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_invoice_class_init (CrmInvoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = crm_invoice_finalize;
  object_class->get_property = crm_invoice_get_property;
  object_class->set_property = crm_invoice_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CLIENT_ID] = g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, "", ro);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", rw);
  properties[PROP_ISSUED_ON] = g_param_spec_boxed ("issued-on", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_DUE_ON] = g_param_spec_boxed ("due-on", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_AMOUNT_MINOR] =
    g_param_spec_int64 ("amount-minor", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "", rw);
  properties[PROP_VOID] = g_param_spec_boolean ("void", NULL, NULL, FALSE, ro);
  properties[PROP_PAID_MINOR] =
    g_param_spec_int64 ("paid-minor", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_OPEN_MINOR] =
    g_param_spec_int64 ("open-minor", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CRM_TYPE_INVOICE_STATUS,
                       CRM_INVOICE_STATUS_OPEN, ro);
  properties[PROP_OVERDUE] = g_param_spec_boolean ("overdue", NULL, NULL, FALSE, ro);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_invoice_init (CrmInvoice *self)
{
  self->number = g_strdup ("");
  self->description = g_strdup ("");
  self->currency = g_strdup ("");
}

/**
 * crm_invoice_new:
 * @amount_minor: the amount in minor units (cents)
 * @currency: (nullable): its ISO 4217 code
 *
 * Returns: (transfer full): a draft invoice; without dates it is issued
 *   today and due in 30 days
 */
CrmInvoice *
crm_invoice_new (gint64      amount_minor,
                 const char *currency)
{
  return g_object_new (CRM_TYPE_INVOICE,
                       "amount-minor", amount_minor,
                       "currency", currency,
                       NULL);
}

gint64
crm_invoice_get_id (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), 0);
  return self->id;
}

gint64
crm_invoice_get_client_id (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), 0);
  return self->client_id;
}

const char *
crm_invoice_get_number (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), NULL);
  return self->number;
}

const char *
crm_invoice_get_description (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), NULL);
  return self->description;
}

/**
 * crm_invoice_get_issued_on:
 *
 * Returns: (transfer none) (nullable): the date of issue
 */
GDateTime *
crm_invoice_get_issued_on (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), NULL);
  return self->issued_on;
}

/**
 * crm_invoice_get_due_on:
 *
 * Returns: (transfer none) (nullable): the date it is to be paid by
 */
GDateTime *
crm_invoice_get_due_on (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), NULL);
  return self->due_on;
}

gint64
crm_invoice_get_amount_minor (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), 0);
  return self->amount_minor;
}

const char *
crm_invoice_get_currency (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), NULL);
  return self->currency;
}

gboolean
crm_invoice_get_void (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), FALSE);
  return self->is_void;
}

gint64
crm_invoice_get_paid_minor (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), 0);
  return self->paid_minor;
}

/**
 * crm_invoice_get_open_minor:
 *
 * Returns: what is left to pay, in minor units; 0 when void or paid
 */
gint64
crm_invoice_get_open_minor (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), 0);

  if (self->is_void)
    return 0;

  return MAX (self->amount_minor - self->paid_minor, 0);
}

CrmInvoiceStatus
crm_invoice_get_status (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), CRM_INVOICE_STATUS_OPEN);

  if (self->is_void)
    return CRM_INVOICE_STATUS_VOID;
  if (self->paid_minor >= self->amount_minor && self->amount_minor > 0)
    return CRM_INVOICE_STATUS_PAID;
  if (self->paid_minor > 0)
    return CRM_INVOICE_STATUS_PARTIAL;
  return CRM_INVOICE_STATUS_OPEN;
}

/**
 * crm_invoice_get_overdue:
 *
 * Returns: %TRUE when something is left to pay after the due date
 */
gboolean
crm_invoice_get_overdue (CrmInvoice *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int y, m, d, dy, dm, dd;

  g_return_val_if_fail (CRM_IS_INVOICE (self), FALSE);

  if (self->due_on == NULL || crm_invoice_get_open_minor (self) == 0)
    return FALSE;

  g_date_time_get_ymd (now, &y, &m, &d);
  g_date_time_get_ymd (self->due_on, &dy, &dm, &dd);

  return (dy * 10000 + dm * 100 + dd) < (y * 10000 + m * 100 + d);
}

/**
 * crm_invoice_get_created:
 *
 * Returns: (transfer none) (nullable): when the invoice was stored, in UTC
 */
GDateTime *
crm_invoice_get_created (CrmInvoice *self)
{
  g_return_val_if_fail (CRM_IS_INVOICE (self), NULL);
  return self->created;
}

void
crm_invoice_set_stored (CrmInvoice *self,
                        gint64      id,
                        gint64      client_id,
                        const char *number,
                        GDateTime  *created)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (self->client_id != client_id)
    {
      self->client_id = client_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT_ID]);
    }
  if (crm_set_string (&self->number, number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
  if (crm_set_date_time (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
notify_derived (CrmInvoice *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN_MINOR]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE]);
}

void
crm_invoice_set_void (CrmInvoice *self,
                      gboolean    is_void)
{
  if (self->is_void != !!is_void)
    {
      self->is_void = !!is_void;
      g_object_freeze_notify (G_OBJECT (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOID]);
      notify_derived (self);
      g_object_thaw_notify (G_OBJECT (self));
    }
}

void
crm_invoice_set_paid_minor (CrmInvoice *self,
                            gint64      paid_minor)
{
  if (self->paid_minor != paid_minor)
    {
      self->paid_minor = paid_minor;
      g_object_freeze_notify (G_OBJECT (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAID_MINOR]);
      notify_derived (self);
      g_object_thaw_notify (G_OBJECT (self));
    }
}

/**
 * crm_invoice_status_to_label:
 *
 * Returns: the translated name of @status
 */
const char *
crm_invoice_status_to_label (CrmInvoiceStatus status)
{
  switch (status)
    {
    case CRM_INVOICE_STATUS_OPEN:
      /* Translators: an invoice status: nothing paid yet */
      return _("Open");
    case CRM_INVOICE_STATUS_PARTIAL:
      /* Translators: an invoice status: some of it paid */
      return _("Partly paid");
    case CRM_INVOICE_STATUS_PAID:
      /* Translators: an invoice status */
      return _("Paid");
    case CRM_INVOICE_STATUS_VOID:
      /* Translators: an invoice status: cancelled, nothing owed */
      return _("Void");
    default:
      return "";
    }
}
