/* test-payments-tab.c: the client card's Payments tab: totals, invoices and payments from
 * the store, the New Invoice and Record Payment dialogs, removing a payment
 * and voiding an invoice.
 *
 * Needs a display (the test command runs the suite under Xvfb). With
 * CRM_SCREENSHOT_DIR set, the screenshot cases save PNGs there.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-invoice-dialog-private.h"
#include "crm-payment-dialog-private.h"
#include "crm-tabs-test.h"

/* The tab shows the totals, the invoices with their status and the
 * payments that are in the store. */
static void
test_shows_store_data (CrmTabsFixture *f,
                       gconstpointer  data)
{
  g_autoptr(CrmInvoice) invoice = NULL;
  g_autoptr(CrmInvoice) other = NULL;
  g_autoptr(CrmPayment) payment = NULL;
  g_autofree char *collected = NULL;
  g_autofree char *open = NULL;
  g_autofree char *usd_open = NULL;

  crm_tabs_assert_label_has (f->tab->totals_label, "No invoices or payments yet");
  g_assert_cmpuint (crm_tabs_count_rows (f->tab->invoices_list), ==, 0);

  invoice = crm_tabs_add_invoice (f, 120000, "EUR");
  payment = crm_tabs_add_payment (f, invoice, 45000);
  other = crm_tabs_add_invoice (f, 9900, "USD");
  crm_test_spin (10);

  collected = crm_money_format (45000, "EUR");
  open = crm_money_format (75000, "EUR");
  usd_open = crm_money_format (9900, "USD");
  crm_tabs_assert_label_has (f->tab->totals_label, collected);
  crm_tabs_assert_label_has (f->tab->totals_label, open);
  crm_tabs_assert_label_has (f->tab->totals_label, usd_open);

  g_assert_cmpuint (crm_tabs_count_rows (f->tab->invoices_list), ==, 2);
  g_assert_cmpuint (crm_tabs_count_rows (f->tab->payments_list), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (crm_tabs_nth_row (f->tab->payments_list, 0))),
                   ==, collected);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (crm_tabs_nth_row (f->tab->payments_list, 0)),
                            crm_invoice_get_number (invoice)));
}

/* New Invoice creates an invoice that appears in the list; a bad value is
 * refused with the store's own message and the dialog stays open. */
static void
test_invoice_dialog (CrmTabsFixture *f,
                     gconstpointer  data)
{
  g_autoptr(CrmInvoiceDialog) dialog = NULL;
  g_autoptr(CrmInvoice) draft = crm_invoice_new (0, "EUR");
  g_autoptr(GDateTime) issued = crm_tabs_day (2026, 5, 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) invoices = NULL;

  dialog = g_object_ref_sink (crm_invoice_dialog_new (f->store, f->client, "EUR"));
  gtk_window_present (GTK_WINDOW (dialog));

  /* The store's own message for a zero amount. */
  g_object_set (draft, "issued-on", issued, NULL);
  g_assert_null (crm_store_create_invoice (f->store, f->client, draft, &error));

  gtk_editable_set_text (GTK_EDITABLE (dialog->amount_row), "0");
  gtk_editable_set_text (GTK_EDITABLE (dialog->issued_row), "2026-05-10");
  g_assert_false (crm_invoice_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->error_label)));
  g_assert_cmpstr (gtk_label_get_label (dialog->error_label), ==, error->message);

  /* A date that is not one. */
  gtk_editable_set_text (GTK_EDITABLE (dialog->amount_row), "250.00");
  gtk_editable_set_text (GTK_EDITABLE (dialog->due_row), "31 May");
  g_assert_false (crm_invoice_dialog_save (dialog));
  crm_tabs_assert_label_has (dialog->error_label, "31 May");

  gtk_editable_set_text (GTK_EDITABLE (dialog->due_row), "2026-06-09");
  gtk_editable_set_text (GTK_EDITABLE (dialog->description_row), "Catering");
  g_assert_true (crm_invoice_dialog_save (dialog));
  crm_test_spin (10);

  invoices = crm_store_get_invoices (f->store, f->client);
  g_assert_cmpuint (g_list_model_get_n_items (invoices), ==, 1);
  g_assert_cmpuint (crm_tabs_count_rows (f->tab->invoices_list), ==, 1);
  {
    g_autoptr(CrmInvoice) invoice = g_list_model_get_item (invoices, 0);

    g_assert_cmpint (crm_invoice_get_amount_minor (invoice), ==, 25000);
    g_assert_cmpstr (crm_invoice_get_description (invoice), ==, "Catering");
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (crm_tabs_nth_row (f->tab->invoices_list, 0))),
                     ==, crm_invoice_get_number (invoice));
  }
}

/* Record Payment: choosing the invoice fills in what is open; paying more
 * than that is refused with the store's message; the payment then shows
 * and the invoice turns Paid. */
static void
test_payment_dialog (CrmTabsFixture *f,
                     gconstpointer  data)
{
  g_autoptr(CrmInvoice) invoice = crm_tabs_add_invoice (f, 10000, "EUR");
  g_autoptr(CrmPaymentDialog) dialog = NULL;
  g_autoptr(CrmPayment) draft = crm_payment_new (10001, "EUR");
  g_autoptr(GError) error = NULL;
  g_autofree char *open = crm_money_format_amount (10000, "EUR");

  dialog = g_object_ref_sink (crm_payment_dialog_new (f->store, f->client, NULL));
  gtk_window_present (GTK_WINDOW (dialog));

  adw_combo_row_set_selected (dialog->invoice_row, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->amount_row)), ==, open);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->currency_row)), ==, "EUR");

  g_object_set (draft, "invoice-id", crm_invoice_get_id (invoice), NULL);
  g_assert_null (crm_store_record_payment (f->store, f->client, draft, &error));

  gtk_editable_set_text (GTK_EDITABLE (dialog->amount_row), "100.01");
  g_assert_false (crm_payment_dialog_save (dialog));
  g_assert_cmpstr (gtk_label_get_label (dialog->error_label), ==, error->message);

  gtk_editable_set_text (GTK_EDITABLE (dialog->amount_row), "100.00");
  gtk_editable_set_text (GTK_EDITABLE (dialog->method_row), "Bank transfer");
  g_assert_true (crm_payment_dialog_save (dialog));
  crm_test_spin (10);

  g_assert_cmpuint (crm_tabs_count_rows (f->tab->payments_list), ==, 1);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (crm_tabs_nth_row (f->tab->payments_list, 0)),
                            "Bank transfer"));
  g_assert_cmpint (crm_invoice_get_status (invoice), ==, CRM_INVOICE_STATUS_PAID);
}

/* Removing a payment takes it off the list and out of the totals; voiding
 * an invoice marks it Void and nothing is open on it any more. */
static void
test_remove_and_void (CrmTabsFixture *f,
                      gconstpointer  data)
{
  g_autoptr(CrmInvoice) invoice = crm_tabs_add_invoice (f, 5000, "EUR");
  g_autoptr(CrmInvoice) unpaid = crm_tabs_add_invoice (f, 7000, "EUR");
  g_autoptr(CrmPayment) payment = crm_tabs_add_payment (f, invoice, 5000);
  g_autoptr(GError) error = NULL;
  GtkWidget *button;

  crm_test_spin (10);
  g_assert_cmpuint (crm_tabs_count_rows (f->tab->payments_list), ==, 1);

  button = crm_test_find_button (GTK_WIDGET (f->tab->payments_list), "Remove Payment");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  crm_test_spin (10);
  g_assert_cmpuint (crm_tabs_count_rows (f->tab->payments_list), ==, 0);
  g_assert_true (crm_payment_get_trashed (payment));

  /* What the toast's Undo does. */
  g_assert_true (crm_store_restore_payment (f->store, payment, &error));
  crm_test_spin (10);
  g_assert_cmpuint (crm_tabs_count_rows (f->tab->payments_list), ==, 1);

  /* Only the unpaid invoice offers Void. */
  button = crm_test_find_button (GTK_WIDGET (f->tab->invoices_list), "Void Invoice");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  crm_test_spin (10);
  g_assert_true (crm_invoice_get_void (unpaid));
  g_assert_null (crm_test_find_button (GTK_WIDGET (f->tab->invoices_list), "Void Invoice"));
}

/* Realistic money for the screenshot: paid, partly paid, overdue, void. */
static void
test_screenshot (CrmTabsFixture *f,
                 gconstpointer  data)
{
  const struct { gint64 amount; int m; const char *what; gint64 paid; gboolean is_void; } rows[] = {
    { 184000, 1, "Bread and pastries, January", 184000, FALSE },
    { 162550, 2, "Bread and pastries, February", 100000, FALSE },
    { 45000, 2, "Wedding cake tasting", 0, TRUE },
    { 171020, 10, "Bread and pastries, October", 0, FALSE },
  };

  if (g_getenv ("CRM_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("CRM_SCREENSHOT_DIR is not set");
      return;
    }

  gtk_window_set_default_size (f->window, 900, 700);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(CrmInvoice) draft = crm_invoice_new (rows[i].amount, "EUR");
      g_autoptr(GDateTime) issued = crm_tabs_day (2026, rows[i].m, 3);
      g_autoptr(GDateTime) due = crm_tabs_day (2026, rows[i].m + 1, 2);
      g_autoptr(CrmInvoice) invoice = NULL;

      g_object_set (draft, "issued-on", issued, "due-on", due, "description", rows[i].what, NULL);
      invoice = crm_store_create_invoice (f->store, f->client, draft, NULL);
      if (rows[i].paid > 0)
        {
          g_autoptr(CrmPayment) pay = crm_payment_new (rows[i].paid, "EUR");
          g_autoptr(CrmPayment) payment = NULL;
          g_autoptr(GDateTime) on = crm_tabs_day (2026, rows[i].m, 20);

          g_object_set (pay, "invoice-id", crm_invoice_get_id (invoice), "paid-on", on,
                        "method", "Bank transfer", NULL);
          payment = crm_store_record_payment (f->store, f->client, pay, NULL);
        }
      if (rows[i].is_void)
        crm_store_set_invoice_void (f->store, invoice, TRUE, NULL);
    }
  {
    g_autoptr(CrmPayment) pay = crm_payment_new (25000, "EUR");
    g_autoptr(CrmPayment) payment = NULL;

    g_object_set (pay, "method", "Cash", "note", "Deposit for the December order", NULL);
    payment = crm_store_record_payment (f->store, f->client, pay, NULL);
  }

  crm_tabs_show_only (f, f->tab);
  crm_tabs_screenshot (f->window, "card-payments");
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

  g_test_add ("/card-tabs/payments/shows-store-data", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_shows_store_data, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/payments/invoice-dialog", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_invoice_dialog, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/payments/payment-dialog", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_payment_dialog, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/payments/remove-and-void", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_remove_and_void, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/payments/screenshot", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_screenshot, crm_tabs_fixture_tear_down);

  return g_test_run ();
}
