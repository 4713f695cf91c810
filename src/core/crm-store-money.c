/* crm-store-money.c: invoices, payments and a client's totals.
 *
 * Money is integer minor units with an ISO 4217 code; amounts in different
 * currencies are never added together. An invoice's status follows from
 * the payments applied to it (partial payments allowed); a payment can
 * never bring an invoice past its amount, be applied in another currency,
 * or to a void invoice or another client's. The store says so in words;
 * triggers in the schema hold the same rules for any other writer.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-invoice-private.h"
#include "crm-payment-private.h"
#include "crm-store-business-private.h"
#include "crm-validate.h"

#define INVOICE_PREFIX "INV"
#define DEFAULT_TERM_DAYS 30

#define INVOICE_SELECT \
  "SELECT i.id, i.number, i.client_id, i.description, i.issued_on, i.due_on," \
  "       i.amount_minor, i.currency, i.void, i.created_at," \
  "       (SELECT coalesce (sum (p.amount_minor), 0) FROM payments p" \
  "         WHERE p.invoice_id = i.id AND p.deleted_at IS NULL)" \
  "  FROM invoices i "

#define PAYMENT_SELECT \
  "SELECT id, client_id, invoice_id, amount_minor, currency, paid_on, method," \
  "       note, created_at, deleted_at" \
  "  FROM payments "

static CrmInvoice *
invoice_from_row (CrmStore     *self,
                  sqlite3_stmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  g_autoptr(GDateTime) issued = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) created = NULL;
  CrmInvoice *invoice;

  if ((invoice = crm_store_lookup_live (self, CRM_LIVE_INVOICE, id)))
    return invoice;

  issued = crm_column_date (stmt, 4);
  due = crm_column_date (stmt, 5);
  created = crm_column_time (stmt, 9);

  invoice = g_object_new (CRM_TYPE_INVOICE,
                          "description", COL_TEXT (stmt, 3),
                          "issued-on", issued,
                          "due-on", due,
                          "amount-minor", sqlite3_column_int64 (stmt, 6),
                          "currency", COL_TEXT (stmt, 7),
                          NULL);
  crm_invoice_set_stored (invoice, id, sqlite3_column_int64 (stmt, 2), COL_TEXT (stmt, 1), created);
  crm_invoice_set_void (invoice, sqlite3_column_int (stmt, 8) != 0);
  crm_invoice_set_paid_minor (invoice, sqlite3_column_int64 (stmt, 10));
  crm_store_remember_live (self, CRM_LIVE_INVOICE, id, invoice);

  return invoice;
}

static CrmPayment *
payment_from_row (CrmStore     *self,
                  sqlite3_stmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  g_autoptr(GDateTime) paid_on = NULL;
  g_autoptr(GDateTime) created = NULL;
  CrmPayment *payment;

  if ((payment = crm_store_lookup_live (self, CRM_LIVE_PAYMENT, id)))
    return payment;

  paid_on = crm_column_date (stmt, 5);
  created = crm_column_time (stmt, 8);

  payment = g_object_new (CRM_TYPE_PAYMENT,
                          "invoice-id", sqlite3_column_int64 (stmt, 2),
                          "amount-minor", sqlite3_column_int64 (stmt, 3),
                          "currency", COL_TEXT (stmt, 4),
                          "paid-on", paid_on,
                          "method", COL_TEXT (stmt, 6),
                          "note", COL_TEXT (stmt, 7),
                          NULL);
  crm_payment_set_stored (payment, id, sqlite3_column_int64 (stmt, 1), created);
  crm_payment_set_trashed (payment, sqlite3_column_type (stmt, 9) != SQLITE_NULL);
  crm_store_remember_live (self, CRM_LIVE_PAYMENT, id, payment);

  return payment;
}

/**
 * crm_store_get_invoice:
 * @id: the invoice's id
 *
 * Returns: (transfer full): the live invoice, or %NULL with @error set
 */
CrmInvoice *
crm_store_get_invoice (CrmStore  *self,
                       gint64     id,
                       GError   **error)
{
  CrmInvoice *invoice;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  if ((invoice = crm_store_lookup_live (self, CRM_LIVE_INVOICE, id)))
    return invoice;

  if (!(stmt = crm_store_prepare (self, INVOICE_SELECT "WHERE i.id = ?1", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The invoice no longer exists."));
      return NULL;
    }

  invoice = invoice_from_row (self, stmt);
  sqlite3_reset (stmt);

  return invoice;
}

/**
 * crm_store_get_invoices:
 * @client: a stored client
 *
 * Returns: (transfer full): a #GListModel of the client's #CrmInvoice,
 *   newest first (void ones too)
 */
GListModel *
crm_store_get_invoices (CrmStore  *self,
                        CrmClient *client)
{
  GListStore *list = g_list_store_new (CRM_TYPE_INVOICE);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  stmt = crm_store_prepare (self,
                            INVOICE_SELECT "WHERE i.client_id = ?1"
                            " ORDER BY i.issued_on DESC, i.id DESC",
                            NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(CrmInvoice) invoice = invoice_from_row (self, stmt);
      g_list_store_append (list, invoice);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

static gint64
last_number_of_year (CrmStore *self,
                     int       year)
{
  g_autofree char *glob = g_strdup_printf (INVOICE_PREFIX "-%04d-*", year);
  sqlite3_stmt *stmt;
  gint64 last = 0;

  /* GLOB uses the unique index on number; the numeric max survives
   * numbers past 9999, which sort wrong as text. */
  stmt = crm_store_prepare (self,
                            "SELECT coalesce (max (CAST (substr (number, 10) AS INTEGER)), 0)"
                            "  FROM invoices WHERE number GLOB ?1",
                            NULL);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, glob, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return last;
}

/**
 * crm_store_next_invoice_number:
 * @issued_on: (nullable): the date of issue; today when %NULL
 *
 * Returns: (transfer full): the number the next invoice of that year gets:
 *   "INV-2026-0001", then "INV-2026-0002", …
 */
char *
crm_store_next_invoice_number (CrmStore  *self,
                               GDateTime *issued_on)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  int year;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  year = g_date_time_get_year (issued_on ? issued_on : today);
  return g_strdup_printf (INVOICE_PREFIX "-%04d-%04" G_GINT64_FORMAT,
                          year, last_number_of_year (self, year) + 1);
}

static gboolean
check_amount (gint64       amount_minor,
              const char  *message,
              GError     **error)
{
  if (amount_minor > 0)
    return TRUE;

  g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID, message);
  return FALSE;
}

static char *
check_currency (const char  *currency,
                GError     **error)
{
  g_autofree char *code = crm_normalize_text (currency);

  if (code != NULL)
    {
      char *upper = g_ascii_strup (code, -1);

      g_free (code);
      code = upper;
    }

  if (!crm_currency_is_valid (code))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("“%s” is not a currency code. Use the three letters of "
                     "ISO 4217, like EUR or USD."),
                   currency ? currency : "");
      return NULL;
    }

  return g_steal_pointer (&code);
}

/**
 * crm_store_create_invoice:
 * @client: a stored client, not in the trash
 * @draft: an invoice from crm_invoice_new()
 * @error: return location for a #CrmStoreError
 *
 * Stores a new invoice with the next free number of its year. Without
 * dates it is issued today and due in 30 days. On success @draft becomes
 * the live object of the new row.
 *
 * Returns: (transfer full): @draft, stored; or %NULL with @error set and
 *   nothing written
 */
CrmInvoice *
crm_store_create_invoice (CrmStore    *self,
                          CrmClient   *client,
                          CrmInvoice  *draft,
                          GError     **error)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) issued = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *description = NULL;
  g_autofree char *issued_text = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *number = NULL;
  g_autofree char *now = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);
  g_return_val_if_fail (CRM_IS_INVOICE (draft), NULL);
  g_return_val_if_fail (crm_invoice_get_id (draft) == 0, NULL);

  if (!crm_store_check_client (self, client, error) ||
      !check_amount (crm_invoice_get_amount_minor (draft),
                     _("An invoice’s amount must be more than zero."), error) ||
      !(currency = check_currency (crm_invoice_get_currency (draft), error)))
    return NULL;

  issued_text = crm_format_date (crm_invoice_get_issued_on (draft) ?
                                 crm_invoice_get_issued_on (draft) : today);
  issued = crm_parse_date (issued_text);
  if (crm_invoice_get_due_on (draft) != NULL)
    due_text = crm_format_date (crm_invoice_get_due_on (draft));
  else
    {
      g_autoptr(GDateTime) term = g_date_time_add_days (issued, DEFAULT_TERM_DAYS);
      due_text = crm_format_date (term);
    }
  due = crm_parse_date (due_text);

  if (strcmp (due_text, issued_text) < 0)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("The invoice is due before it is issued. Check the dates."));
      return NULL;
    }

  description = crm_normalize_text (crm_invoice_get_description (draft));
  now = crm_store_now ();

  /* The number is taken inside the write transaction, so that no other
   * writer can take it in between. */
  if (!crm_store_begin (self, error))
    return NULL;

  number = crm_store_next_invoice_number (self, issued);

  if (!(stmt = crm_store_prepare (self,
                                  "INSERT INTO invoices (number, client_id, description,"
                                  " issued_on, due_on, amount_minor, currency, created_at)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                  error)))
    goto rollback;

  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, crm_client_get_id (client));
  crm_bind_text_or_null (stmt, 3, description);
  sqlite3_bind_text (stmt, 4, issued_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, due_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, crm_invoice_get_amount_minor (draft));
  sqlite3_bind_text (stmt, 7, currency, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_TRANSIENT);

  if (!crm_store_step_done (self, stmt, error))
    goto rollback;

  id = sqlite3_last_insert_rowid (self->db);

  if (!crm_store_commit (self, error))
    return NULL;

  created = crm_store_parse_time (now);
  g_object_freeze_notify (G_OBJECT (draft));
  g_object_set (draft,
                "description", description,
                "currency", currency,
                "issued-on", issued,
                "due-on", due,
                NULL);
  crm_invoice_set_stored (draft, id, crm_client_get_id (client), number, created);
  g_object_thaw_notify (G_OBJECT (draft));

  crm_store_remember_live (self, CRM_LIVE_INVOICE, id, draft);
  crm_store_emit_history_changed (self, crm_client_get_id (client));

  return g_object_ref (draft);

rollback:
  crm_store_rollback (self);
  return NULL;
}

/**
 * crm_store_set_invoice_void:
 * @invoice: a stored invoice
 * @is_void: %TRUE to void it, %FALSE to make it count again
 *
 * A voided invoice is kept (its number stays taken) but nothing is owed on
 * it. An invoice with payments cannot be voided: remove them first.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_set_invoice_void (CrmStore    *self,
                            CrmInvoice  *invoice,
                            gboolean     is_void,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_INVOICE (invoice), FALSE);

  if (crm_invoice_get_void (invoice) == !!is_void)
    return TRUE;

  if (is_void && crm_invoice_get_paid_minor (invoice) > 0)
    {
      g_autofree char *paid = crm_money_format (crm_invoice_get_paid_minor (invoice),
                                                crm_invoice_get_currency (invoice));

      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("Invoice %s has payments of %s. Remove them before voiding it."),
                   crm_invoice_get_number (invoice), paid);
      return FALSE;
    }

  if (!(stmt = crm_store_prepare (self, "UPDATE invoices SET void = ?1 WHERE id = ?2", error)))
    return FALSE;

  sqlite3_bind_int (stmt, 1, !!is_void);
  sqlite3_bind_int64 (stmt, 2, crm_invoice_get_id (invoice));
  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The invoice no longer exists."));
      return FALSE;
    }

  crm_invoice_set_void (invoice, is_void);
  crm_store_emit_history_changed (self, crm_invoice_get_client_id (invoice));

  return TRUE;
}

/**
 * crm_store_get_payment:
 * @id: the payment's id
 *
 * Returns: (transfer full): the live payment (removed or not), or %NULL
 *   with @error set
 */
CrmPayment *
crm_store_get_payment (CrmStore  *self,
                       gint64     id,
                       GError   **error)
{
  CrmPayment *payment;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  if ((payment = crm_store_lookup_live (self, CRM_LIVE_PAYMENT, id)))
    return payment;

  if (!(stmt = crm_store_prepare (self, PAYMENT_SELECT "WHERE id = ?1", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The payment no longer exists."));
      return NULL;
    }

  payment = payment_from_row (self, stmt);
  sqlite3_reset (stmt);

  return payment;
}

/**
 * crm_store_get_payments:
 * @client: a stored client
 *
 * Returns: (transfer full): a #GListModel of the client's #CrmPayment not
 *   removed, newest first
 */
GListModel *
crm_store_get_payments (CrmStore  *self,
                        CrmClient *client)
{
  GListStore *list = g_list_store_new (CRM_TYPE_PAYMENT);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  stmt = crm_store_prepare (self,
                            PAYMENT_SELECT "WHERE client_id = ?1 AND deleted_at IS NULL"
                            " ORDER BY paid_on DESC, id DESC",
                            NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(CrmPayment) payment = payment_from_row (self, stmt);
      g_list_store_append (list, payment);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

/* Whether @amount_minor in @currency may be applied to @invoice now. */
static gboolean
check_fits_invoice (CrmInvoice  *invoice,
                    gint64       client_id,
                    gint64       amount_minor,
                    const char  *currency,
                    GError     **error)
{
  const char *number = crm_invoice_get_number (invoice);

  if (crm_invoice_get_client_id (invoice) != client_id)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("Invoice %s belongs to another client. Apply the payment to "
                     "one of this client’s invoices, or to none."),
                   number);
      return FALSE;
    }

  if (crm_invoice_get_void (invoice))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("Invoice %s is void and takes no payments."), number);
      return FALSE;
    }

  if (!g_str_equal (crm_invoice_get_currency (invoice), currency))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("Invoice %s is in %s, but the payment is in %s. Record it in %s."),
                   number, crm_invoice_get_currency (invoice), currency,
                   crm_invoice_get_currency (invoice));
      return FALSE;
    }

  if (amount_minor > crm_invoice_get_open_minor (invoice))
    {
      g_autofree char *amount = crm_money_format (amount_minor, currency);
      g_autofree char *open = crm_money_format (crm_invoice_get_open_minor (invoice), currency);

      if (crm_invoice_get_open_minor (invoice) == 0)
        g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                     _("Invoice %s is paid in full. Record the payment without an invoice."),
                     number);
      else
        g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                     _("The payment of %s is more than the %s still open on invoice %s."),
                     amount, open, number);
      return FALSE;
    }

  return TRUE;
}

/**
 * crm_store_record_payment:
 * @client: a stored client, not in the trash
 * @draft: a payment from crm_payment_new()
 * @error: return location for a #CrmStoreError
 *
 * Stores a payment, paid today unless "paid-on" is set. When applied to
 * an invoice ("invoice-id") it must be in the invoice's currency and no
 * more than what is still open on it; the invoice's paid amount and status
 * follow at once.
 *
 * Returns: (transfer full): @draft, stored; or %NULL with @error set and
 *   nothing written
 */
CrmPayment *
crm_store_record_payment (CrmStore    *self,
                          CrmClient   *client,
                          CrmPayment  *draft,
                          GError     **error)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(CrmInvoice) invoice = NULL;
  g_autoptr(GDateTime) paid_on = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *paid_text = NULL;
  g_autofree char *method = NULL;
  g_autofree char *note = NULL;
  g_autofree char *now = NULL;
  gint64 amount = crm_payment_get_amount_minor (draft);
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);
  g_return_val_if_fail (CRM_IS_PAYMENT (draft), NULL);
  g_return_val_if_fail (crm_payment_get_id (draft) == 0, NULL);

  if (!crm_store_check_client (self, client, error) ||
      !check_amount (amount,
                     _("A payment must be more than zero. To take money back, "
                       "remove the payment."),
                     error) ||
      !(currency = check_currency (crm_payment_get_currency (draft), error)))
    return NULL;

  if (crm_payment_get_invoice_id (draft) != 0)
    {
      if (!(invoice = crm_store_get_invoice (self, crm_payment_get_invoice_id (draft), error)) ||
          !check_fits_invoice (invoice, crm_client_get_id (client), amount, currency, error))
        return NULL;
    }

  paid_text = crm_format_date (crm_payment_get_paid_on (draft) ?
                               crm_payment_get_paid_on (draft) : today);
  paid_on = crm_parse_date (paid_text);
  method = crm_normalize_text (crm_payment_get_method (draft));
  note = crm_normalize_text (crm_payment_get_note (draft));
  now = crm_store_now ();

  if (!(stmt = crm_store_prepare (self,
                                  "INSERT INTO payments (client_id, invoice_id, amount_minor,"
                                  " currency, paid_on, method, note, created_at)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                  error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  crm_bind_id_or_null (stmt, 2, crm_payment_get_invoice_id (draft));
  sqlite3_bind_int64 (stmt, 3, amount);
  sqlite3_bind_text (stmt, 4, currency, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, paid_text, -1, SQLITE_TRANSIENT);
  crm_bind_text_or_null (stmt, 6, method);
  crm_bind_text_or_null (stmt, 7, note);
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_TRANSIENT);

  if (!crm_store_step_done (self, stmt, error))
    return NULL;

  id = sqlite3_last_insert_rowid (self->db);
  created = crm_store_parse_time (now);

  g_object_freeze_notify (G_OBJECT (draft));
  g_object_set (draft,
                "currency", currency,
                "paid-on", paid_on,
                "method", method,
                "note", note,
                NULL);
  crm_payment_set_stored (draft, id, crm_client_get_id (client), created);
  g_object_thaw_notify (G_OBJECT (draft));
  crm_store_remember_live (self, CRM_LIVE_PAYMENT, id, draft);

  if (invoice != NULL)
    crm_invoice_set_paid_minor (invoice, crm_invoice_get_paid_minor (invoice) + amount);

  crm_store_emit_history_changed (self, crm_client_get_id (client));

  return g_object_ref (draft);
}

static gboolean
set_payment_trashed (CrmStore    *self,
                     CrmPayment  *payment,
                     gboolean     trashed,
                     GError     **error)
{
  g_autoptr(CrmInvoice) invoice = NULL;
  g_autofree char *now = crm_store_now ();
  gint64 amount = crm_payment_get_amount_minor (payment);
  sqlite3_stmt *stmt;

  if (crm_payment_get_trashed (payment) == !!trashed)
    return TRUE;

  if (crm_payment_get_invoice_id (payment) != 0)
    {
      if (!(invoice = crm_store_get_invoice (self, crm_payment_get_invoice_id (payment), error)))
        return FALSE;

      /* Taken back, the payment must still fit: the invoice may have been
       * paid by another payment, or voided, in the meantime. */
      if (!trashed &&
          !check_fits_invoice (invoice, crm_payment_get_client_id (payment), amount,
                               crm_payment_get_currency (payment), error))
        return FALSE;
    }

  if (trashed)
    stmt = crm_store_prepare (self,
                              "UPDATE payments SET deleted_at = ?1"
                              " WHERE id = ?2 AND deleted_at IS NULL",
                              error);
  else
    stmt = crm_store_prepare (self,
                              "UPDATE payments SET deleted_at = NULL"
                              " WHERE id = ?2 AND deleted_at IS NOT NULL",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, crm_payment_get_id (payment));
  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    return TRUE;

  crm_payment_set_trashed (payment, trashed);
  if (invoice != NULL)
    crm_invoice_set_paid_minor (invoice,
                                crm_invoice_get_paid_minor (invoice) + (trashed ? -amount : amount));
  crm_store_emit_history_changed (self, crm_payment_get_client_id (payment));

  return TRUE;
}

/**
 * crm_store_remove_payment:
 *
 * Moves @payment to the trash: it no longer counts, and its invoice is
 * open again by its amount. crm_store_restore_payment() undoes it.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_remove_payment (CrmStore    *self,
                          CrmPayment  *payment,
                          GError     **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_PAYMENT (payment), FALSE);

  return set_payment_trashed (self, payment, TRUE, error);
}

/**
 * crm_store_restore_payment:
 *
 * Takes @payment back, if it still fits its invoice.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_restore_payment (CrmStore    *self,
                           CrmPayment  *payment,
                           GError     **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_PAYMENT (payment), FALSE);

  return set_payment_trashed (self, payment, FALSE, error);
}

/**
 * crm_store_get_usual_currency:
 * @client: a stored client
 *
 * The currency a new invoice or payment of @client is offered in: its
 * newest invoice's, else its newest payment's.
 *
 * Returns: (transfer full) (nullable): a currency code, or %NULL when the
 *   client has no money yet
 */
char *
crm_store_get_usual_currency (CrmStore  *self,
                              CrmClient *client)
{
  sqlite3_stmt *stmt;
  char *currency = NULL;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  stmt = crm_store_prepare (self,
                            "SELECT coalesce ("
                            "  (SELECT currency FROM invoices WHERE client_id = ?1"
                            "    ORDER BY issued_on DESC, id DESC LIMIT 1),"
                            "  (SELECT currency FROM payments WHERE client_id = ?1 AND deleted_at IS NULL"
                            "    ORDER BY paid_on DESC, id DESC LIMIT 1))",
                            NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    currency = g_strdup (COL_TEXT (stmt, 0));
  sqlite3_reset (stmt);

  return currency;
}

/**
 * crm_store_get_client_totals:
 * @client: a stored client
 *
 * The Payments tab's header: per currency, what was collected (payments
 * not removed) and what is open (left to pay on invoices not void).
 *
 * Returns: (transfer full) (element-type CrmMoneyTotal): one entry per
 *   currency, by code; empty when there is no money yet
 */
GArray *
crm_store_get_client_totals (CrmStore  *self,
                             CrmClient *client)
{
  GArray *totals = g_array_new (FALSE, TRUE, sizeof (CrmMoneyTotal));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), totals);
  g_return_val_if_fail (CRM_IS_CLIENT (client), totals);

  stmt = crm_store_prepare (self,
                            "SELECT currency, sum (collected), sum (open) FROM ("
                            "  SELECT currency, amount_minor AS collected, 0 AS open"
                            "    FROM payments WHERE client_id = ?1 AND deleted_at IS NULL"
                            "  UNION ALL"
                            "  SELECT i.currency, 0,"
                            "         max (i.amount_minor - (SELECT coalesce (sum (p.amount_minor), 0)"
                            "                                  FROM payments p"
                            "                                 WHERE p.invoice_id = i.id"
                            "                                   AND p.deleted_at IS NULL), 0)"
                            "    FROM invoices i WHERE i.client_id = ?1 AND i.void = 0"
                            ") GROUP BY currency ORDER BY currency",
                            NULL);
  if (stmt == NULL)
    return totals;

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      CrmMoneyTotal total = { { 0 } };

      g_strlcpy (total.currency, COL_TEXT (stmt, 0), sizeof total.currency);
      total.collected_minor = sqlite3_column_int64 (stmt, 1);
      total.open_minor = sqlite3_column_int64 (stmt, 2);
      g_array_append_val (totals, total);
    }
  sqlite3_reset (stmt);

  return totals;
}
