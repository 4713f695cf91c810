/* test-client-dialogs.c: the New Booking, Log Conversation, New Invoice
 * and Record Payment dialogs say whom they are for: the client's name
 * under the title, following a rename; they open in their first field
 * and Return there saves; a new booking goes to the client's staff
 * member.
 *
 * Needs a display (the test command runs the suite under Xvfb).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-booking-dialog-private.h"
#include "crm-gui-test.h"
#include "crm-invoice-dialog-private.h"
#include "crm-message-dialog.h"
#include "crm-payment-dialog.h"
#include "crm-store-business.h"

typedef struct {
  CrmTestDb  db;
  CrmClient *client;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  crm_test_db_set_up (&f->db);
  crm_store_business_init ();
  f->client = crm_test_add_client (f->db.store, "Harbour Bakery", "Bob", "Baker");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->client);
  crm_test_db_tear_down (&f->db);
}

static GtkWindow *
new_dialog (Fixture *f,
            guint    which)
{
  switch (which)
    {
    case 0:
      return GTK_WINDOW (crm_booking_dialog_new (f->db.store, f->client, NULL));
    case 1:
      return GTK_WINDOW (crm_message_dialog_new (f->db.store, f->client));
    case 2:
      return GTK_WINDOW (crm_invoice_dialog_new (f->db.store, f->client, "EUR"));
    default:
      return GTK_WINDOW (crm_payment_dialog_new (f->db.store, f->client, "EUR"));
    }
}

static void
test_client_name (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const titles[] = {
    "New Booking", "Log Conversation", "New Invoice", "Record Payment",
  };
  static const char * const shots[] = {
    "dialog-booking", "dialog-message", "dialog-invoice", "dialog-payment",
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWindow *dialog = new_dialog (f, i);
      g_autoptr(GError) error = NULL;

      gtk_window_present (dialog);
      crm_test_assert_shows (GTK_WIDGET (dialog), titles[i]);
      crm_test_assert_shows (GTK_WIDGET (dialog), "Harbour Bakery");
      crm_test_spin (20);
      crm_test_shoot (shots[i]);

      /* Renamed while the dialog is open: it follows. */
      g_assert_true (crm_store_update_client (f->db.store, f->client, &error,
                                              "name", "Harbour Bakery & Café", NULL));
      g_assert_no_error (error);
      crm_test_assert_shows (GTK_WIDGET (dialog), "Harbour Bakery & Café");
      g_assert_true (crm_store_update_client (f->db.store, f->client, &error,
                                              "name", "Harbour Bakery", NULL));

      gtk_window_destroy (dialog);
      crm_test_spin (20);
    }
}

static gboolean
invoice_dialog_gone (gpointer data)
{
  return crm_test_find_toplevel (CRM_TYPE_INVOICE_DIALOG) == NULL;
}

/* Return in the amount field creates the invoice and closes the dialog. */
static void
test_return_saves (Fixture       *f,
                   gconstpointer  data)
{
  CrmInvoiceDialog *dialog = crm_invoice_dialog_new (f->db.store, f->client, "EUR");
  g_autoptr(GListModel) invoices = NULL;
  GtkWidget *text;

  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (20);
  /* The dialog opens with the focus in the amount. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)),
                                         GTK_WIDGET (dialog->amount_row)));
  gtk_editable_set_text (GTK_EDITABLE (dialog->amount_row), "120");
  text = crm_test_find_by_type (GTK_WIDGET (dialog->amount_row), GTK_TYPE_TEXT, 0);
  g_assert_nonnull (text);
  /* What the Return key does in a text field. */
  g_signal_emit_by_name (text, "activate");
  /* The button shows itself pressed for a moment before it acts. */
  g_assert_true (crm_test_wait_for (invoice_dialog_gone, NULL));
  invoices = crm_store_get_invoices (f->db.store, f->client);
  g_assert_cmpuint (g_list_model_get_n_items (invoices), ==, 1);
}

static const char *
chosen_staff (CrmBookingDialog *dialog)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (dialog->staff_row);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

/* The client's staff member is offered first for a new booking, and
 * follows when the client is handed to someone else. */
static void
test_booking_staff (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CrmStaff) priya = crm_store_add_staff (f->db.store, "Priya Shah", NULL,
                                                   CRM_STAFF_ROLE_STAFF, NULL);
  gint64 assigned = crm_store_get_client_staff_id (f->db.store, f->client);
  g_autoptr(GError) error = NULL;
  CrmBookingDialog *dialog;

  dialog = crm_booking_dialog_new (f->db.store, f->client, NULL);
  if (assigned == 0)
    g_assert_cmpstr (chosen_staff (dialog), ==, "Unassigned");
  else
    {
      g_autoptr(CrmStaff) staff = crm_store_get_staff (f->db.store, assigned, NULL);

      g_assert_cmpstr (chosen_staff (dialog), ==, crm_staff_get_name (staff));
    }
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (crm_store_assign_client (f->db.store, f->client, crm_staff_get_id (priya), &error));
  g_assert_no_error (error);
  dialog = crm_booking_dialog_new (f->db.store, f->client, NULL);
  g_assert_cmpstr (chosen_staff (dialog), ==, "Priya Shah");
  gtk_window_destroy (GTK_WINDOW (dialog));
  crm_test_spin (20);
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

  g_test_add ("/client-dialogs/client-name", Fixture, NULL,
              fixture_set_up, test_client_name, fixture_tear_down);
  g_test_add ("/client-dialogs/return-saves", Fixture, NULL,
              fixture_set_up, test_return_saves, fixture_tear_down);
  g_test_add ("/client-dialogs/booking-staff", Fixture, NULL,
              fixture_set_up, test_booking_staff, fixture_tear_down);

  return g_test_run ();
}
