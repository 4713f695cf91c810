/* test-card-tabs.c: the client card's Payments tab and its New Invoice and
 * Record Payment dialogs, driven the way a person would use them, on a real
 * database in a temporary folder.
 *
 * Needs a display (the test command runs the suite under Xvfb).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "crm-booking-dialog-private.h"
#include "crm-bookings-view-private.h"
#include "crm-contacts-view-private.h"
#include "crm-bookings-tab-private.h"
#include "crm-conversations-tab-private.h"
#include "crm-documents-tab-private.h"
#include "crm-message-dialog-private.h"
#include "crm-invoice-dialog-private.h"
#include "crm-payment-dialog-private.h"
#include "crm-payments-tab-private.h"

const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\n";
}

typedef struct {
  char           *dir;
  CrmStore       *store;
  CrmClient      *client;
  GtkWindow      *window;
  GtkStack       *stack;
  CrmPaymentsTab *tab;
  CrmBookingsTab *bookings;
  CrmDocumentsTab *documents;
  CrmConversationsTab *conversations;
} Fixture;

static void
spin (guint n)
{
  for (guint i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CrmClient) draft = crm_client_new ("Harbour Bakery");
  g_autoptr(CrmContact) contact = crm_contact_new ("Ada", "Lovelace");
  GtkWidget *overlay;

  f->dir = g_dir_make_tmp ("clientele-tabs-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "clientele.db", NULL);
  f->store = crm_store_open (path, &error);
  g_assert_no_error (error);

  f->client = crm_store_create_client (f->store, draft, contact, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (adw_window_new ());
  /* The size of a card in a window on a laptop: toasts and rows get room. */
  gtk_window_set_default_size (f->window, 900, 700);
  overlay = adw_toast_overlay_new ();
  f->stack = GTK_STACK (gtk_stack_new ());
  f->tab = CRM_PAYMENTS_TAB (crm_payments_tab_new ());
  f->bookings = CRM_BOOKINGS_TAB (crm_bookings_tab_new ());
  gtk_stack_add_named (f->stack, GTK_WIDGET (f->tab), "payments");
  gtk_stack_add_named (f->stack, GTK_WIDGET (f->bookings), "bookings");
  f->documents = CRM_DOCUMENTS_TAB (crm_documents_tab_new ());
  gtk_stack_add_named (f->stack, GTK_WIDGET (f->documents), "documents");
  f->conversations = CRM_CONVERSATIONS_TAB (crm_conversations_tab_new ());
  gtk_stack_add_named (f->stack, GTK_WIDGET (f->conversations), "conversations");
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->stack));
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_present (f->window);

  crm_payments_tab_set_store (f->tab, f->store);
  crm_payments_tab_set_client (f->tab, f->client);
  crm_bookings_tab_set_store (f->bookings, f->store);
  crm_bookings_tab_set_client (f->bookings, f->client);
  crm_documents_tab_set_store (f->documents, f->store);
  crm_documents_tab_set_client (f->documents, f->client);
  crm_conversations_tab_set_store (f->conversations, f->store);
  crm_conversations_tab_set_client (f->conversations, f->client);
  spin (20);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (f->window);
  spin (20);
  g_clear_object (&f->client);
  g_clear_object (&f->store);
  spin (20);

  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ACTION_ROW (child))
      n++;

  return n;
}

static AdwActionRow *
nth_row (GtkListBox *list,
         guint       n)
{
  return ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, n));
}

static GDateTime *
day (int y, int m, int d)
{
  return g_date_time_new_local (y, m, d, 0, 0, 0);
}

static CrmInvoice *
add_invoice (Fixture    *f,
             gint64      minor,
             const char *currency)
{
  g_autoptr(CrmInvoice) draft = crm_invoice_new (minor, currency);
  g_autoptr(GDateTime) issued = day (2026, 3, 1);
  g_autoptr(GDateTime) due = day (2026, 3, 31);
  g_autoptr(GError) error = NULL;
  CrmInvoice *invoice;

  g_object_set (draft, "issued-on", issued, "due-on", due, "description", "Bread for March", NULL);
  invoice = crm_store_create_invoice (f->store, f->client, draft, &error);
  g_assert_no_error (error);

  return invoice;
}

static CrmPayment *
add_payment (Fixture    *f,
             CrmInvoice *invoice,
             gint64      minor)
{
  g_autoptr(CrmPayment) draft = crm_payment_new (minor, crm_invoice_get_currency (invoice));
  g_autoptr(GError) error = NULL;
  CrmPayment *payment;

  g_object_set (draft, "invoice-id", crm_invoice_get_id (invoice), "method", "Cash", NULL);
  payment = crm_store_record_payment (f->store, f->client, draft, &error);
  g_assert_no_error (error);

  return payment;
}

static void
assert_label_has (GtkLabel   *label,
                  const char *text)
{
  const char *shown = gtk_label_get_label (label);

  if (strstr (shown, text) == NULL)
    g_error ("“%s” does not show “%s”", shown, text);
}

/* The tab shows the totals, the invoices with their status and the
 * payments that are in the store. */
static void
test_shows_store_data (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CrmInvoice) invoice = NULL;
  g_autoptr(CrmInvoice) other = NULL;
  g_autoptr(CrmPayment) payment = NULL;
  g_autofree char *collected = NULL;
  g_autofree char *open = NULL;
  g_autofree char *usd_open = NULL;

  assert_label_has (f->tab->totals_label, "No invoices or payments yet");
  g_assert_cmpuint (count_rows (f->tab->invoices_list), ==, 0);

  invoice = add_invoice (f, 120000, "EUR");
  payment = add_payment (f, invoice, 45000);
  other = add_invoice (f, 9900, "USD");
  spin (10);

  collected = crm_money_format (45000, "EUR");
  open = crm_money_format (75000, "EUR");
  usd_open = crm_money_format (9900, "USD");
  assert_label_has (f->tab->totals_label, collected);
  assert_label_has (f->tab->totals_label, open);
  assert_label_has (f->tab->totals_label, usd_open);

  g_assert_cmpuint (count_rows (f->tab->invoices_list), ==, 2);
  g_assert_cmpuint (count_rows (f->tab->payments_list), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (nth_row (f->tab->payments_list, 0))),
                   ==, collected);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (nth_row (f->tab->payments_list, 0)),
                            crm_invoice_get_number (invoice)));
}

/* New Invoice creates an invoice that appears in the list; a bad value is
 * refused with the store's own message and the dialog stays open. */
static void
test_invoice_dialog (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CrmInvoiceDialog) dialog = NULL;
  g_autoptr(CrmInvoice) draft = crm_invoice_new (0, "EUR");
  g_autoptr(GDateTime) issued = day (2026, 5, 10);
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
  assert_label_has (dialog->error_label, "31 May");

  gtk_editable_set_text (GTK_EDITABLE (dialog->due_row), "2026-06-09");
  gtk_editable_set_text (GTK_EDITABLE (dialog->description_row), "Catering");
  g_assert_true (crm_invoice_dialog_save (dialog));
  spin (10);

  invoices = crm_store_get_invoices (f->store, f->client);
  g_assert_cmpuint (g_list_model_get_n_items (invoices), ==, 1);
  g_assert_cmpuint (count_rows (f->tab->invoices_list), ==, 1);
  {
    g_autoptr(CrmInvoice) invoice = g_list_model_get_item (invoices, 0);

    g_assert_cmpint (crm_invoice_get_amount_minor (invoice), ==, 25000);
    g_assert_cmpstr (crm_invoice_get_description (invoice), ==, "Catering");
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (nth_row (f->tab->invoices_list, 0))),
                     ==, crm_invoice_get_number (invoice));
  }
}

/* Record Payment: choosing the invoice fills in what is open; paying more
 * than that is refused with the store's message; the payment then shows
 * and the invoice turns Paid. */
static void
test_payment_dialog (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CrmInvoice) invoice = add_invoice (f, 10000, "EUR");
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
  spin (10);

  g_assert_cmpuint (count_rows (f->tab->payments_list), ==, 1);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (nth_row (f->tab->payments_list, 0)),
                            "Bank transfer"));
  g_assert_cmpint (crm_invoice_get_status (invoice), ==, CRM_INVOICE_STATUS_PAID);
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *tooltip_or_label)
{
  if (GTK_IS_BUTTON (widget) &&
      (g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip_or_label) == 0 ||
       g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), tooltip_or_label) == 0))
    return GTK_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_button (child, tooltip_or_label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Removing a payment takes it off the list and out of the totals; voiding
 * an invoice marks it Void and nothing is open on it any more. */
static void
test_remove_and_void (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CrmInvoice) invoice = add_invoice (f, 5000, "EUR");
  g_autoptr(CrmInvoice) unpaid = add_invoice (f, 7000, "EUR");
  g_autoptr(CrmPayment) payment = add_payment (f, invoice, 5000);
  g_autoptr(GError) error = NULL;
  GtkButton *button;

  spin (10);
  g_assert_cmpuint (count_rows (f->tab->payments_list), ==, 1);

  button = find_button (GTK_WIDGET (f->tab->payments_list), "Remove Payment");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  spin (10);
  g_assert_cmpuint (count_rows (f->tab->payments_list), ==, 0);
  g_assert_true (crm_payment_get_trashed (payment));

  /* What the toast's Undo does. */
  g_assert_true (crm_store_restore_payment (f->store, payment, &error));
  spin (10);
  g_assert_cmpuint (count_rows (f->tab->payments_list), ==, 1);

  /* Only the unpaid invoice offers Void. */
  button = find_button (GTK_WIDGET (f->tab->invoices_list), "Void Invoice");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  spin (10);
  g_assert_true (crm_invoice_get_void (unpaid));
  g_assert_null (find_button (GTK_WIDGET (f->tab->invoices_list), "Void Invoice"));
}

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_dropdown (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_dropdown (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static CrmBooking *
add_booking (Fixture    *f,
             const char *service,
             GDateTime  *starts,
             GDateTime  *due)
{
  g_autoptr(CrmBooking) draft = crm_booking_new (service);
  g_autoptr(GError) error = NULL;
  CrmBooking *booking;

  g_object_set (draft, "starts", starts, "due", due, NULL);
  booking = crm_store_create_booking (f->store, f->client, draft, &error);
  g_assert_no_error (error);

  return booking;
}

static gboolean
bookings_loaded (CrmBookingsTab *tab)
{
  guint ticker = g_timeout_add (10, tick, NULL);

  for (guint i = 0; i < 2000 && crm_booking_list_get_loading (tab->bookings); i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (ticker);
  spin (10);

  return !crm_booking_list_get_loading (tab->bookings);
}

static const char *
row_title (GtkListBox *list,
           guint       n)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (nth_row (list, n)));
}

/* Upcoming bookings first (soonest first), then past ones; an overdue one
 * says so. */
static void
test_bookings_shows_store_data (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 2);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 9);
  g_autoptr(GDateTime) past = g_date_time_add_days (now, -5);
  g_autoptr(CrmBooking) a = add_booking (f, "Oven service", later, NULL);
  g_autoptr(CrmBooking) b = add_booking (f, "Delivery", soon, NULL);
  g_autoptr(CrmBooking) c = add_booking (f, "Late repair", NULL, past);

  g_assert_true (bookings_loaded (f->bookings));
  g_assert_cmpuint (count_rows (f->bookings->list), ==, 3);
  g_assert_cmpstr (row_title (f->bookings->list, 0), ==, "Delivery");
  g_assert_cmpstr (row_title (f->bookings->list, 1), ==, "Oven service");
  g_assert_cmpstr (row_title (f->bookings->list, 2), ==, "Late repair");
  g_assert_true (crm_booking_get_overdue (c));
  g_assert_nonnull (find_label (GTK_WIDGET (nth_row (f->bookings->list, 2)), "Overdue"));
  g_assert_null (find_label (GTK_WIDGET (nth_row (f->bookings->list, 0)), "Overdue"));
}

/* New Booking creates a booking that appears; ends before it starts is
 * refused with the store's message; the status changes from the row. */
static void
test_booking_dialog (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CrmBookingDialog) dialog = NULL;
  g_autoptr(CrmBooking) draft = crm_booking_new ("Visit");
  g_autoptr(GDateTime) starts = g_date_time_new_local (2030, 4, 2, 10, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_local (2030, 4, 2, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmBooking) booking = NULL;
  GtkDropDown *dropdown;

  g_object_set (draft, "starts", starts, "ends", ends, NULL);
  g_assert_null (crm_store_create_booking (f->store, f->client, draft, &error));

  dialog = g_object_ref_sink (crm_booking_dialog_new (f->store, f->client, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (dialog->service_row), "Visit");
  gtk_editable_set_text (GTK_EDITABLE (dialog->starts_row), "2030-04-02 10:00");
  gtk_editable_set_text (GTK_EDITABLE (dialog->ends_row), "2030-04-02 09:00");
  g_assert_false (crm_booking_dialog_save (dialog));
  g_assert_cmpstr (gtk_label_get_label (dialog->error_label), ==, error->message);

  gtk_editable_set_text (GTK_EDITABLE (dialog->ends_row), "tomorrow");
  g_assert_false (crm_booking_dialog_save (dialog));
  assert_label_has (dialog->error_label, "tomorrow");

  gtk_editable_set_text (GTK_EDITABLE (dialog->ends_row), "2030-04-02 11:30");
  adw_combo_row_set_selected (dialog->priority_row, CRM_BOOKING_PRIORITY_HIGH);
  adw_combo_row_set_selected (dialog->contact_row, 1);
  g_assert_true (crm_booking_dialog_save (dialog));

  g_assert_true (bookings_loaded (f->bookings));
  g_assert_cmpuint (count_rows (f->bookings->list), ==, 1);
  g_assert_cmpstr (row_title (f->bookings->list, 0), ==, "Visit");

  booking = g_list_model_get_item (G_LIST_MODEL (f->bookings->bookings), 0);
  g_assert_cmpint (crm_booking_get_priority (booking), ==, CRM_BOOKING_PRIORITY_HIGH);
  g_assert_cmpint (crm_booking_get_contact_id (booking), !=, 0);

  dropdown = GTK_DROP_DOWN (find_dropdown (GTK_WIDGET (nth_row (f->bookings->list, 0))));
  g_assert_nonnull (dropdown);
  gtk_drop_down_set_selected (dropdown, CRM_BOOKING_STATUS_COMPLETED);
  g_assert_cmpint (crm_booking_get_status (booking), ==, CRM_BOOKING_STATUS_COMPLETED);
}

static GtkWidget *
find_switch (GtkWidget *widget)
{
  if (GTK_IS_SWITCH (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_switch (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
wait_attached (CrmDocumentsTab *tab)
{
  guint ticker = g_timeout_add (10, tick, NULL);

  for (guint i = 0; i < 4000 && tab->n_attaching > 0; i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (ticker);
  g_assert_cmpuint (tab->n_attaching, ==, 0);
  spin (10);
}

static GFile *
write_file (Fixture    *f,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* Attaching a file lists it with its name, type and size; a file that
 * does not exist is refused with a message in the tab; removing takes it
 * off the list and Undo's restore brings it back; the shared switch
 * writes through. */
static void
test_documents (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) quote = write_file (f, "quote-march.txt", "Two ovens, one fridge.\n");
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/contract.pdf");
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(CrmDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkButton *button;
  GtkWidget *toggle;

  g_assert_cmpuint (count_rows (f->documents->list), ==, 0);

  crm_documents_tab_attach (f->documents, quote);
  wait_attached (f->documents);
  g_assert_cmpuint (count_rows (f->documents->list), ==, 1);
  g_assert_cmpstr (row_title (f->documents->list, 0), ==, "quote-march.txt");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (nth_row (f->documents->list, 0)), "23 bytes"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->documents->error_label)));

  crm_documents_tab_attach (f->documents, missing);
  wait_attached (f->documents);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->documents->error_label)));
  g_test_message ("refused: %s", gtk_label_get_label (f->documents->error_label));
  g_assert_cmpuint (count_rows (f->documents->list), ==, 1);

  documents = crm_store_get_documents (f->store, f->client);
  document = g_list_model_get_item (documents, 0);

  toggle = find_switch (GTK_WIDGET (nth_row (f->documents->list, 0)));
  g_assert_nonnull (toggle);
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (crm_document_get_shared_with_client (document));

  button = find_button (GTK_WIDGET (f->documents->list), "Remove Document");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  spin (10);
  g_assert_cmpuint (count_rows (f->documents->list), ==, 0);

  g_assert_true (crm_store_restore_document (f->store, document, &error));
  spin (10);
  g_assert_cmpuint (count_rows (f->documents->list), ==, 1);
}

static gboolean
timeline_loaded (CrmConversationsTab *tab)
{
  guint ticker = g_timeout_add (10, tick, NULL);

  for (guint i = 0; i < 2000 && crm_id_list_get_loading (CRM_ID_LIST (tab->timeline)); i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (ticker);
  spin (10);

  return !crm_id_list_get_loading (CRM_ID_LIST (tab->timeline));
}

/* The timeline shows notes, invoices and conversations newest first; Log
 * Conversation adds one; an empty entry is refused with the store's
 * message; the filter narrows to one kind. */
static void
test_conversations (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CrmInvoice) invoice = add_invoice (f, 5000, "EUR");
  g_autoptr(CrmNote) note = crm_store_add_note (f->store, f->client, "Prefers calls after 3 pm", NULL);
  g_autoptr(CrmMessageDialog) dialog = NULL;
  g_autoptr(CrmMessage) draft = crm_message_new (CRM_MESSAGE_CHANNEL_PHONE, CRM_MESSAGE_DIRECTION_IN);
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_true (timeline_loaded (f->conversations));
  n = count_rows (f->conversations->list);
  g_assert_cmpuint (n, >=, 2);

  g_assert_null (crm_store_log_message (f->store, f->client, draft, &error));

  dialog = g_object_ref_sink (crm_message_dialog_new (f->store, f->client));
  gtk_window_present (GTK_WINDOW (dialog));
  adw_combo_row_set_selected (dialog->channel_row, CRM_MESSAGE_CHANNEL_PHONE);
  g_assert_false (crm_message_dialog_save (dialog));
  g_assert_cmpstr (gtk_label_get_label (dialog->error_label), ==, error->message);

  gtk_editable_set_text (GTK_EDITABLE (dialog->occurred_row), "yesterday");
  gtk_editable_set_text (GTK_EDITABLE (dialog->subject_row), "Asked about Sunday deliveries");
  g_assert_false (crm_message_dialog_save (dialog));
  assert_label_has (dialog->error_label, "yesterday");

  gtk_editable_set_text (GTK_EDITABLE (dialog->occurred_row), "");
  g_assert_true (crm_message_dialog_save (dialog));

  g_assert_true (timeline_loaded (f->conversations));
  g_assert_cmpuint (count_rows (f->conversations->list), ==, n + 1);
  g_assert_nonnull (find_label (GTK_WIDGET (nth_row (f->conversations->list, 0)),
                                "Asked about Sunday deliveries"));

  gtk_drop_down_set_selected (f->conversations->kind_dropdown, 1 + CRM_TIMELINE_KIND_MESSAGE);
  g_assert_true (timeline_loaded (f->conversations));
  g_assert_cmpuint (count_rows (f->conversations->list), ==, 1);

  gtk_drop_down_set_selected (f->conversations->kind_dropdown, 0);
  g_assert_true (timeline_loaded (f->conversations));
  g_assert_cmpuint (count_rows (f->conversations->list), ==, n + 1);
}

static void maybe_screenshot (GtkWindow  *window,
                              const char *name);

static gboolean
view_loaded (CrmBookingsView *view)
{
  guint ticker = g_timeout_add (10, tick, NULL);

  for (guint i = 0; i < 2000 && crm_booking_list_get_loading (view->bookings); i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (ticker);
  spin (10);

  return !crm_booking_list_get_loading (view->bookings);
}

static guint
view_count (CrmBookingsView *view)
{
  g_assert_true (view_loaded (view));
  return g_list_model_get_n_items (G_LIST_MODEL (view->bookings));
}

static void
client_activated_cb (CrmBookingsView *view,
                     gint64           client_id,
                     gint64          *out)
{
  *out = client_id;
}

/* The top-level Bookings view lists every client's bookings and filters
 * them by client name, status and overdue; activating one names its
 * client. */
static void
test_bookings_view (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CrmClient) draft = crm_client_new ("Mill Street Café");
  g_autoptr(CrmContact) contact = crm_contact_new ("Carla", "Mendes");
  g_autoptr(CrmClient) other = crm_store_create_client (f->store, draft, contact, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 2);
  g_autoptr(GDateTime) past = g_date_time_add_days (now, -3);
  g_autoptr(CrmBooking) a = add_booking (f, "Oven service", soon, NULL);
  g_autoptr(CrmBooking) b = add_booking (f, "Late repair", NULL, past);
  g_autoptr(CrmBooking) draft_c = crm_booking_new ("Coffee machine check");
  g_autoptr(CrmBooking) c = NULL;
  GtkWidget *window = adw_window_new ();
  CrmBookingsView *view = CRM_BOOKINGS_VIEW (crm_bookings_view_new ());
  gint64 activated = 0;

  g_assert_nonnull (other);
  g_object_set (draft_c, "starts", soon, NULL);
  c = crm_store_create_booking (f->store, other, draft_c, NULL);
  g_assert_nonnull (c);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  crm_bookings_view_set_store (view, f->store);

  g_assert_cmpuint (view_count (view), ==, 3);
  assert_label_has (view->count_label, "3 bookings");
  maybe_screenshot (GTK_WINDOW (window), "bookings-view");

  gtk_editable_set_text (GTK_EDITABLE (view->client_entry), "mill street");
  /* The entry waits a moment after typing before it says so. */
  g_signal_emit_by_name (view->client_entry, "search-changed");
  g_assert_cmpuint (view_count (view), ==, 1);

  g_signal_connect (view, "client-activated", G_CALLBACK (client_activated_cb), &activated);
  g_signal_emit_by_name (view->list_view, "activate", 0);
  g_assert_cmpint (activated, ==, crm_client_get_id (other));

  gtk_editable_set_text (GTK_EDITABLE (view->client_entry), "");
  g_signal_emit_by_name (view->client_entry, "search-changed");
  gtk_toggle_button_set_active (view->overdue_button, TRUE);
  g_assert_cmpuint (view_count (view), ==, 1);
  g_assert_true (crm_booking_get_overdue (b));

  gtk_toggle_button_set_active (view->overdue_button, FALSE);
  crm_store_set_booking_status (f->store, a, CRM_BOOKING_STATUS_COMPLETED, NULL);
  gtk_drop_down_set_selected (view->status_dropdown, 1 + CRM_BOOKING_STATUS_COMPLETED);
  g_assert_cmpuint (view_count (view), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (10);
}

/* The top-level Contacts view lists every client's contacts, searches
 * them by name or client, and activating one names its client. */
static void
test_contacts_view (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CrmClient) draft = crm_client_new ("Mill Street Café");
  g_autoptr(CrmContact) contact = crm_contact_new ("Carla", "Mendes");
  g_autoptr(CrmClient) other = NULL;
  GtkWidget *window = adw_window_new ();
  CrmContactsView *view = CRM_CONTACTS_VIEW (crm_contacts_view_new ());
  guint ticker;
  gint64 activated = 0;

  g_object_set (contact, "email", "carla@millstreet.example", NULL);
  other = crm_store_create_client (f->store, draft, contact, NULL);
  g_assert_nonnull (other);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  crm_contacts_view_set_store (view, f->store);

  ticker = g_timeout_add (10, tick, NULL);
  for (guint i = 0; i < 2000 && crm_id_list_get_loading (CRM_ID_LIST (view->contacts)); i++)
    g_main_context_iteration (NULL, TRUE);
  spin (10);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view->contacts)), ==, 2);
  assert_label_has (view->count_label, "2 contacts");
  maybe_screenshot (GTK_WINDOW (window), "contacts-view");

  gtk_editable_set_text (GTK_EDITABLE (view->search_entry), "millstreet");
  g_signal_emit_by_name (view->search_entry, "search-changed");
  for (guint i = 0; i < 2000 && crm_id_list_get_loading (CRM_ID_LIST (view->contacts)); i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (ticker);
  spin (10);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view->contacts)), ==, 1);

  g_signal_connect (view, "client-activated", G_CALLBACK (client_activated_cb), &activated);
  g_signal_emit_by_name (view->list_view, "activate", 0);
  g_assert_cmpint (activated, ==, crm_client_get_id (other));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (10);
}

/* With CRM_SCREENSHOT_DIR set, saves what the window shows as NAME.png there:
 * the screenshots are of the widgets the tests drive. */
static void
maybe_screenshot (GtkWindow  *window,
                  const char *name)
{
  const char *dir = g_getenv ("CRM_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  guint ticker;

  if (dir == NULL)
    return;

  /* Let the window take its size and draw, a few frames. */
  ticker = g_timeout_add (10, tick, NULL);
  for (guint i = 0; i < 60; i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (ticker);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("wrote %s", path);
}

/* Realistic money for the screenshot: paid, partly paid, overdue, void. */
static void
test_screenshot (Fixture       *f,
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
      g_autoptr(GDateTime) issued = day (2026, rows[i].m, 3);
      g_autoptr(GDateTime) due = day (2026, rows[i].m + 1, 2);
      g_autoptr(CrmInvoice) invoice = NULL;

      g_object_set (draft, "issued-on", issued, "due-on", due, "description", rows[i].what, NULL);
      invoice = crm_store_create_invoice (f->store, f->client, draft, NULL);
      if (rows[i].paid > 0)
        {
          g_autoptr(CrmPayment) pay = crm_payment_new (rows[i].paid, "EUR");
          g_autoptr(CrmPayment) payment = NULL;
          g_autoptr(GDateTime) on = day (2026, rows[i].m, 20);

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

  maybe_screenshot (f->window, "card-payments");
}

/* Realistic bookings for the screenshot: ahead, done, overdue. */
static void
test_bookings_screenshot (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CrmStaff) marta = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const struct { const char *service; int days; int hour; gboolean due_only; CrmBookingStatus status; CrmBookingPriority priority; } rows[] = {
    { "Oven maintenance", 3, 9, FALSE, CRM_BOOKING_STATUS_SCHEDULED, CRM_BOOKING_PRIORITY_NORMAL },
    { "Staff training: food safety", 12, 14, FALSE, CRM_BOOKING_STATUS_OPEN, CRM_BOOKING_PRIORITY_LOW },
    { "Fix the walk-in fridge alarm", -2, 17, TRUE, CRM_BOOKING_STATUS_OPEN, CRM_BOOKING_PRIORITY_URGENT },
    { "Quarterly review", -20, 10, FALSE, CRM_BOOKING_STATUS_COMPLETED, CRM_BOOKING_PRIORITY_NORMAL },
  };

  if (g_getenv ("CRM_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("CRM_SCREENSHOT_DIR is not set");
      return;
    }

  marta = crm_store_add_staff (f->store, "Marta Ruiz", "marta@example.com", CRM_STAFF_ROLE_STAFF, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GDateTime) day0 = g_date_time_add_days (now, rows[i].days);
      g_autoptr(GDateTime) at = g_date_time_new_local (g_date_time_get_year (day0),
                                                       g_date_time_get_month (day0),
                                                       g_date_time_get_day_of_month (day0),
                                                       rows[i].hour, 0, 0);
      g_autoptr(CrmBooking) draft = crm_booking_new (rows[i].service);
      g_autoptr(CrmBooking) booking = NULL;

      g_object_set (draft, "priority", rows[i].priority,
                    "staff-id", marta ? crm_staff_get_id (marta) : (gint64) 0, NULL);
      if (rows[i].due_only)
        g_object_set (draft, "due", at, NULL);
      else
        g_object_set (draft, "starts", at, NULL);
      booking = crm_store_create_booking (f->store, f->client, draft, NULL);
      if (booking != NULL && rows[i].status != CRM_BOOKING_STATUS_OPEN)
        crm_store_set_booking_status (f->store, booking, rows[i].status, NULL);
    }

  gtk_window_set_default_size (f->window, 900, 560);
  gtk_stack_set_visible_child_name (f->stack, "bookings");
  g_assert_true (bookings_loaded (f->bookings));
  maybe_screenshot (f->window, "card-bookings");
}

/* Realistic documents and history for the screenshots. */
static void
test_documents_and_history_screenshots (Fixture       *f,
                                        gconstpointer  data)
{
  const struct { const char *name; const char *text; } files[] = {
    { "Supply contract 2026.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n" },
    { "Oven quote March.txt", "Two deck ovens, installation included: 8 400 EUR.\n" },
    { "Kitchen floor plan.png", "\x89PNG\r\n\x1a\n" },
  };
  g_autoptr(CrmInvoice) invoice = NULL;
  g_autoptr(CrmPayment) payment = NULL;
  g_autoptr(CrmNote) note = NULL;

  if (g_getenv ("CRM_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("CRM_SCREENSHOT_DIR is not set");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GFile) file = write_file (f, files[i].name, files[i].text);

      crm_documents_tab_attach (f->documents, file);
      wait_attached (f->documents);
    }

  invoice = add_invoice (f, 184000, "EUR");
  payment = add_payment (f, invoice, 184000);
  note = crm_store_add_note (f->store, f->client, "Prefers calls after 3 pm; deliveries through the back door.", NULL);
  {
    g_autoptr(CrmMessage) draft = crm_message_new (CRM_MESSAGE_CHANNEL_PHONE, CRM_MESSAGE_DIRECTION_IN);
    g_autoptr(CrmMessage) message = NULL;

    g_object_set (draft, "subject", "Asked about Sunday deliveries",
                  "body", "Wants bread on Sundays from April; call back with a price.", NULL);
    message = crm_store_log_message (f->store, f->client, draft, NULL);
  }
  {
    g_autoptr(CrmMessage) draft = crm_message_new (CRM_MESSAGE_CHANNEL_EMAIL, CRM_MESSAGE_DIRECTION_OUT);
    g_autoptr(CrmMessage) message = NULL;

    g_object_set (draft, "subject", "Sunday delivery price",
                  "body", "Sent the price list for Sunday deliveries.", NULL);
    message = crm_store_log_message (f->store, f->client, draft, NULL);
  }

  gtk_window_set_default_size (f->window, 900, 520);
  gtk_stack_set_visible_child_name (f->stack, "documents");
  maybe_screenshot (f->window, "card-documents");

  gtk_window_set_default_size (f->window, 900, 700);
  gtk_stack_set_visible_child_name (f->stack, "conversations");
  g_assert_true (timeline_loaded (f->conversations));
  maybe_screenshot (f->window, "card-conversations");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display to open windows on\n");
      return 0;
    }
  adw_init ();

  g_test_add ("/card-tabs/payments/shows-store-data", Fixture, NULL,
              fixture_set_up, test_shows_store_data, fixture_tear_down);
  g_test_add ("/card-tabs/payments/invoice-dialog", Fixture, NULL,
              fixture_set_up, test_invoice_dialog, fixture_tear_down);
  g_test_add ("/card-tabs/payments/payment-dialog", Fixture, NULL,
              fixture_set_up, test_payment_dialog, fixture_tear_down);
  g_test_add ("/card-tabs/payments/remove-and-void", Fixture, NULL,
              fixture_set_up, test_remove_and_void, fixture_tear_down);

  g_test_add ("/card-tabs/bookings/shows-store-data", Fixture, NULL,
              fixture_set_up, test_bookings_shows_store_data, fixture_tear_down);
  g_test_add ("/card-tabs/bookings/dialog", Fixture, NULL,
              fixture_set_up, test_booking_dialog, fixture_tear_down);
  g_test_add ("/card-tabs/documents", Fixture, NULL,
              fixture_set_up, test_documents, fixture_tear_down);
  g_test_add ("/card-tabs/conversations", Fixture, NULL,
              fixture_set_up, test_conversations, fixture_tear_down);
  g_test_add ("/card-tabs/bookings-view", Fixture, NULL,
              fixture_set_up, test_bookings_view, fixture_tear_down);
  g_test_add ("/card-tabs/contacts-view", Fixture, NULL,
              fixture_set_up, test_contacts_view, fixture_tear_down);
  g_test_add ("/card-tabs/payments/screenshot", Fixture, NULL,
              fixture_set_up, test_screenshot, fixture_tear_down);

  g_test_add ("/card-tabs/bookings/screenshot", Fixture, NULL,
              fixture_set_up, test_bookings_screenshot, fixture_tear_down);

  g_test_add ("/card-tabs/documents-and-history/screenshots", Fixture, NULL,
              fixture_set_up, test_documents_and_history_screenshots, fixture_tear_down);

  return g_test_run ();
}
