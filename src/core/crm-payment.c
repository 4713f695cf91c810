/* crm-payment.c: money received from a client.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-entity-private.h"
#include "crm-payment-private.h"

struct _CrmPayment
{
  GObject     parent_instance;

  gint64      id;
  gint64      client_id;
  gint64      invoice_id;
  gint64      amount_minor;
  char       *currency;
  GDateTime  *paid_on;
  char       *method;
  char       *note;
  GDateTime  *created;
  gboolean    trashed;
};

G_DEFINE_FINAL_TYPE (CrmPayment, crm_payment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_INVOICE_ID,
  PROP_AMOUNT_MINOR,
  PROP_CURRENCY,
  PROP_PAID_ON,
  PROP_METHOD,
  PROP_NOTE,
  PROP_CREATED,
  PROP_TRASHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_payment_finalize (GObject *object)
{
  CrmPayment *self = (CrmPayment *)object;

  g_free (self->currency);
  g_free (self->method);
  g_free (self->note);
  g_clear_pointer (&self->paid_on, g_date_time_unref);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (crm_payment_parent_class)->finalize (object);
}

static void
crm_payment_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrmPayment *self = CRM_PAYMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_INVOICE_ID:
      g_value_set_int64 (value, self->invoice_id);
      break;

    case PROP_AMOUNT_MINOR:
      g_value_set_int64 (value, self->amount_minor);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_PAID_ON:
      g_value_set_boxed (value, self->paid_on);
      break;

    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    case PROP_TRASHED:
      g_value_set_boolean (value, self->trashed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_payment_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrmPayment *self = CRM_PAYMENT (object);

  switch (prop_id)
    {
    case PROP_INVOICE_ID:
      if (self->invoice_id != g_value_get_int64 (value))
        {
          self->invoice_id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_AMOUNT_MINOR:
      if (self->amount_minor != g_value_get_int64 (value))
        {
          self->amount_minor = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_CURRENCY:
      if (crm_set_string (&self->currency, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_PAID_ON:
      if (crm_set_date_time (&self->paid_on, g_value_get_boxed (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_METHOD:
      if (crm_set_string (&self->method, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_NOTE:
      if (crm_set_string (&self->note, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_payment_class_init (CrmPaymentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = crm_payment_finalize;
  object_class->get_property = crm_payment_get_property;
  object_class->set_property = crm_payment_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CLIENT_ID] = g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_INVOICE_ID] = g_param_spec_int64 ("invoice-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_AMOUNT_MINOR] =
    g_param_spec_int64 ("amount-minor", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "", rw);
  properties[PROP_PAID_ON] = g_param_spec_boxed ("paid-on", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_METHOD] = g_param_spec_string ("method", NULL, NULL, "", rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", rw);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_TRASHED] = g_param_spec_boolean ("trashed", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_payment_init (CrmPayment *self)
{
  self->currency = g_strdup ("");
  self->method = g_strdup ("");
  self->note = g_strdup ("");
}

/**
 * crm_payment_new:
 * @amount_minor: the amount in minor units (cents)
 * @currency: (nullable): its ISO 4217 code
 *
 * Returns: (transfer full): a draft payment, paid today unless "paid-on"
 *   is set
 */
CrmPayment *
crm_payment_new (gint64      amount_minor,
                 const char *currency)
{
  return g_object_new (CRM_TYPE_PAYMENT,
                       "amount-minor", amount_minor,
                       "currency", currency,
                       NULL);
}

gint64
crm_payment_get_id (CrmPayment *self)
{
  g_return_val_if_fail (CRM_IS_PAYMENT (self), 0);
  return self->id;
}

gint64
crm_payment_get_client_id (CrmPayment *self)
{
  g_return_val_if_fail (CRM_IS_PAYMENT (self), 0);
  return self->client_id;
}

gint64
crm_payment_get_invoice_id (CrmPayment *self)
{
  g_return_val_if_fail (CRM_IS_PAYMENT (self), 0);
  return self->invoice_id;
}

gint64
crm_payment_get_amount_minor (CrmPayment *self)
{
  g_return_val_if_fail (CRM_IS_PAYMENT (self), 0);
  return self->amount_minor;
}

const char *
crm_payment_get_currency (CrmPayment *self)
{
  g_return_val_if_fail (CRM_IS_PAYMENT (self), NULL);
  return self->currency;
}

/**
 * crm_payment_get_paid_on:
 *
 * Returns: (transfer none) (nullable): the date the money came in
 */
GDateTime *
crm_payment_get_paid_on (CrmPayment *self)
{
  g_return_val_if_fail (CRM_IS_PAYMENT (self), NULL);
  return self->paid_on;
}

const char *
crm_payment_get_method (CrmPayment *self)
{
  g_return_val_if_fail (CRM_IS_PAYMENT (self), NULL);
  return self->method;
}

const char *
crm_payment_get_note (CrmPayment *self)
{
  g_return_val_if_fail (CRM_IS_PAYMENT (self), NULL);
  return self->note;
}

/**
 * crm_payment_get_created:
 *
 * Returns: (transfer none) (nullable): when it was recorded, in UTC
 */
GDateTime *
crm_payment_get_created (CrmPayment *self)
{
  g_return_val_if_fail (CRM_IS_PAYMENT (self), NULL);
  return self->created;
}

gboolean
crm_payment_get_trashed (CrmPayment *self)
{
  g_return_val_if_fail (CRM_IS_PAYMENT (self), FALSE);
  return self->trashed;
}

void
crm_payment_set_stored (CrmPayment *self,
                        gint64      id,
                        gint64      client_id,
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
  if (crm_set_date_time (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
crm_payment_set_trashed (CrmPayment *self,
                         gboolean    trashed)
{
  if (self->trashed != !!trashed)
    {
      self->trashed = !!trashed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRASHED]);
    }
}
