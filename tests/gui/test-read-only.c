/* test-read-only.c: a Read-only staff member can look at everything and
 * change nothing: not the favorites in the client list, not a booking's
 * status, not an invoice, payment or document on the card, not through
 * the quick actions or the row menu, not a photo, not by dropping a file;
 * and an empty database says why no client can be added. Switching back
 * to an admin opens everything again.
 *
 * Needs a display (the test command runs the suite under Xvfb).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-booking-dialog.h"
#include "crm-bookings-tab-private.h"
#include "crm-client-card-private.h"
#include "crm-client-info-private.h"
#include "crm-documents-tab-private.h"
#include "crm-gui-test.h"
#include "crm-import-dialog.h"
#include "crm-import-history.h"
#include "crm-importer.h"
#include "crm-invoice-dialog.h"
#include "crm-message-dialog.h"
#include "crm-payment-dialog.h"
#include "crm-payments-tab-private.h"
#include "crm-store-business.h"
#include "crm-window-private.h"

typedef struct {
  CrmTestDb  db;
  CrmWindow *window;
  CrmClient *client;
  gint64     admin_id;
  gint64     reader_id;
} Fixture;

static gboolean
list_loaded (gpointer data)
{
  return !crm_client_list_get_loading (crm_window_get_client_list (data));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CrmStaff) reader = NULL;

  crm_test_db_set_up (&f->db);
  crm_store_business_init ();
  f->admin_id = crm_staff_get_id (crm_store_get_current_staff (f->db.store));
  reader = crm_store_add_staff (f->db.store, "Rita Reader", NULL, CRM_STAFF_ROLE_READ_ONLY, NULL);
  g_assert_nonnull (reader);
  f->reader_id = crm_staff_get_id (reader);
}

static void
open_window (Fixture *f)
{
  f->window = crm_window_new (NULL, f->db.store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1180, 740);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (crm_test_wait_for (list_loaded, f->window));
  crm_test_spin (50);
}

static void
close_dialogs (void)
{
  GType types[] = {
    CRM_TYPE_BOOKING_DIALOG, CRM_TYPE_MESSAGE_DIALOG,
    CRM_TYPE_INVOICE_DIALOG, CRM_TYPE_PAYMENT_DIALOG,
  };
  GtkWindow *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    while ((dialog = crm_test_find_toplevel (types[i])) != NULL)
      gtk_window_destroy (dialog);
}

static gboolean
no_dialog_open (void)
{
  return crm_test_find_toplevel (CRM_TYPE_BOOKING_DIALOG) == NULL &&
         crm_test_find_toplevel (CRM_TYPE_MESSAGE_DIALOG) == NULL &&
         crm_test_find_toplevel (CRM_TYPE_INVOICE_DIALOG) == NULL &&
         crm_test_find_toplevel (CRM_TYPE_PAYMENT_DIALOG) == NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_dialogs ();
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  crm_test_spin (50);
  g_clear_object (&f->client);
  crm_test_db_tear_down (&f->db);
}

static void
become (Fixture *f,
        gint64   staff_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (crm_store_set_current_staff (f->db.store, staff_id, &error));
  g_assert_no_error (error);
  crm_test_spin (20);
}

/* A client with one of everything a card tab lists. */
static void
add_client_with_history (Fixture *f)
{
  g_autoptr(CrmBooking) booking_draft = crm_booking_new ("Oven repair");
  g_autoptr(CrmInvoice) open_draft = crm_invoice_new (12000, "EUR");
  g_autoptr(CrmInvoice) paid_draft = crm_invoice_new (5000, "EUR");
  g_autoptr(CrmPayment) payment_draft = crm_payment_new (5000, "EUR");
  g_autoptr(CrmBooking) booking = NULL;
  g_autoptr(CrmInvoice) open_invoice = NULL;
  g_autoptr(CrmInvoice) paid_invoice = NULL;
  g_autoptr(CrmPayment) payment = NULL;
  g_autoptr(CrmDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->client = crm_test_add_client (f->db.store, "Harbour Bakery", "Bob", "Baker");

  booking = crm_store_create_booking (f->db.store, f->client, booking_draft, &error);
  g_assert_no_error (error);
  open_invoice = crm_store_create_invoice (f->db.store, f->client, open_draft, &error);
  g_assert_no_error (error);
  paid_invoice = crm_store_create_invoice (f->db.store, f->client, paid_draft, &error);
  g_assert_no_error (error);
  g_object_set (payment_draft, "invoice-id", crm_invoice_get_id (paid_invoice), NULL);
  payment = crm_store_record_payment (f->db.store, f->client, payment_draft, &error);
  g_assert_no_error (error);

  path = crm_test_db_write_file (&f->db, "price-list.txt", "Bread 3.20\n");
  file = g_file_new_for_path (path);
  document = crm_store_attach_document (f->db.store, f->client, file, NULL, &error);
  g_assert_no_error (error);
}

/* Turns the card to each of its tabs and back, as a person looking
 * through them: a tab's rows are made when it is first shown. */
static void
open_every_tab (CrmClientCard *card)
{
  int current = gtk_notebook_get_current_page (card->notebook);

  for (int i = 0; i < gtk_notebook_get_n_pages (card->notebook); i++)
    gtk_notebook_set_current_page (card->notebook, i);
  gtk_notebook_set_current_page (card->notebook, current);
}

static gboolean
tabs_loaded (gpointer data)
{
  CrmClientCard *card = data;

  open_every_tab (card);
  return card->bookings->bookings != NULL &&
         !crm_id_list_get_loading (CRM_ID_LIST (card->bookings->bookings)) &&
         gtk_list_box_get_row_at_index (card->bookings->list, 0) != NULL &&
         gtk_list_box_get_row_at_index (card->payments->payments_list, 0) != NULL &&
         gtk_list_box_get_row_at_index (card->documents->list, 0) != NULL;
}

static GtkWidget *
button (gpointer    widget,
        const char *text)
{
  GtkWidget *found = crm_test_find_button (GTK_WIDGET (widget), text);

  if (found == NULL)
    g_error ("no button “%s”", text);

  return found;
}

static GtkWidget *
first_star (CrmWindow *window)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *button = crm_test_find_by_type (GTK_WIDGET (window->column_view),
                                                 GTK_TYPE_TOGGLE_BUTTON, i);

      if (button == NULL || gtk_widget_has_css_class (button, "favorite-star"))
        return button;
    }
}

static GtkDropTarget *
window_drop_target (CrmWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), CRM_IMPORT_DROP_TARGET_NAME) == 0)
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

/* Everything that changes something is on (admin) or off (Read-only). */
static void
assert_editable (Fixture  *f,
                 gboolean  editable)
{
  CrmClientCard *card = f->window->card;
  GtkListBoxRow *booking_row = gtk_list_box_get_row_at_index (card->bookings->list, 0);
  GtkListBoxRow *payment_row = gtk_list_box_get_row_at_index (card->payments->payments_list, 0);
  GtkListBoxRow *document_row = gtk_list_box_get_row_at_index (card->documents->list, 0);
  CrmAvatarButton *avatar = card->info->avatar_button;
  GtkWidget *widget;

  /* An empty notes list does not ask for a note that cannot be written. */
  g_assert_cmpint (strstr (gtk_label_get_label (card->notes_placeholder), "write it down") != NULL,
                   ==, editable);

  /* Tags: the entry and its Add Tag button. */
  g_assert_cmpint (gtk_widget_is_sensitive (button (card, "Add _Tag")), ==, editable);

  /* The client list's star. */
  widget = first_star (f->window);
  g_assert_nonnull (widget);
  g_assert_cmpint (gtk_widget_get_sensitive (widget), ==, editable);

  /* Bookings: New Booking, the status drop-down, editing the row. */
  g_assert_cmpint (gtk_widget_get_sensitive (button (GTK_WIDGET (card->bookings), "New _Booking")),
                   ==, editable);
  widget = crm_test_find_by_type (GTK_WIDGET (booking_row), GTK_TYPE_DROP_DOWN, 0);
  g_assert_cmpint (gtk_widget_get_sensitive (widget), ==, editable);
  g_assert_cmpint (gtk_list_box_row_get_activatable (booking_row), ==, editable);

  /* Payments: the two buttons on top, Void Invoice, Remove Payment. */
  g_assert_cmpint (gtk_widget_get_sensitive (button (GTK_WIDGET (card->payments), "New _Invoice")),
                   ==, editable);
  widget = button (card->payments->invoices_list, "Void Invoice");
  g_assert_nonnull (widget);
  g_assert_cmpint (gtk_widget_get_sensitive (widget), ==, editable);
  widget = button (GTK_WIDGET (payment_row), "Remove Payment");
  g_assert_nonnull (widget);
  g_assert_cmpint (gtk_widget_get_sensitive (widget), ==, editable);

  /* Documents: attach, share, remove, drop; opening stays. */
  g_assert_cmpint (gtk_widget_get_sensitive (button (GTK_WIDGET (card->documents), "_Attach Files…")),
                   ==, editable);
  widget = crm_test_find_by_type (GTK_WIDGET (document_row), GTK_TYPE_SWITCH, 0);
  g_assert_cmpint (gtk_widget_get_sensitive (widget), ==, editable);
  g_assert_cmpint (gtk_widget_get_sensitive (button (GTK_WIDGET (document_row), "Remove Document")),
                   ==, editable);
  g_assert_true (gtk_widget_get_sensitive (button (GTK_WIDGET (document_row), "Open")));
  g_assert_cmpint (gtk_drop_target_get_actions (card->documents->drop_target) != 0, ==, editable);

  /* The photo's menu. */
  widget = crm_test_find_by_type (GTK_WIDGET (avatar), GTK_TYPE_MENU_BUTTON, 0);
  g_assert_cmpint (gtk_widget_get_can_target (widget), ==, editable);
  g_assert_cmpint (gtk_widget_get_tooltip_text (widget) != NULL, ==, editable);

  /* A file dropped on the window. */
  g_assert_nonnull (window_drop_target (f->window));
  g_assert_cmpint (gtk_drop_target_get_actions (window_drop_target (f->window)) != 0, ==, editable);
}

/* The quick actions (the card's header menu and the row menu use these)
 * open no dialog. */
static void
assert_quick_actions_off (Fixture *f)
{
  const char *actions[] = {
    "win.new-message", "win.new-booking", "win.new-invoice", "win.record-payment",
  };
  gint64 id = crm_client_get_id (f->client);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_activate_action (GTK_WIDGET (f->window), actions[i], "x", id);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.client-spam", "x", id);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.trash-client", "x", id);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-history", NULL);
  crm_test_spin (20);
  g_assert_null (crm_test_find_toplevel (CRM_TYPE_IMPORT_HISTORY));

  g_assert_true (no_dialog_open ());
  g_assert_false (crm_store_get_client_spam (f->db.store, f->client));
  g_assert_false (crm_client_get_trashed (f->client));
}

static void
test_card_and_list (Fixture       *f,
                    gconstpointer  data)
{
  CrmClientCard *card;
  GtkListBoxRow *booking_row;
  GtkWidget *star, *dropdown, *toggle;
  g_autoptr(GListModel) documents = NULL;

  add_client_with_history (f);
  open_window (f);
  crm_window_select_client (f->window, crm_client_get_id (f->client));
  card = f->window->card;
  g_assert_true (crm_test_wait_for (tabs_loaded, card));
  crm_test_spin (20);

  assert_editable (f, TRUE);

  become (f, f->reader_id);
  g_assert_true (crm_test_wait_for (tabs_loaded, card));
  assert_editable (f, FALSE);
  assert_quick_actions_off (f);

  /* Clicking what is greyed does nothing either. */
  star = first_star (f->window);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (star), TRUE);
  crm_test_spin (10);
  g_assert_false (crm_client_get_favorite (f->client));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star)));

  booking_row = gtk_list_box_get_row_at_index (card->bookings->list, 0);
  g_signal_emit_by_name (card->bookings->list, "row-activated", booking_row);
  crm_test_spin (10);
  g_assert_true (no_dialog_open ());

  dropdown = crm_test_find_by_type (GTK_WIDGET (booking_row), GTK_TYPE_DROP_DOWN, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, CRM_BOOKING_STATUS_OPEN);

  toggle = crm_test_find_by_type (GTK_WIDGET (gtk_list_box_get_row_at_index (card->documents->list, 0)),
                                  GTK_TYPE_SWITCH, 0);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));

  gtk_widget_activate_action (GTK_WIDGET (card->info->avatar_button), "avatar.choose", NULL);
  crm_test_spin (10);

  /* Files dropped on the Documents tab are refused. */
  {
    g_autofree char *path = crm_test_db_write_file (&f->db, "menu.txt", "Rolls\n");
    g_autoptr(GFile) file = g_file_new_for_path (path);
    GSList files = { file, NULL };
    g_auto(GValue) value = G_VALUE_INIT;
    gboolean taken = TRUE;

    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_take_boxed (&value, gdk_file_list_new_from_list (&files));
    g_signal_emit_by_name (card->documents->drop_target, "drop", &value, 10.0, 10.0, &taken);
    g_assert_false (taken);
    crm_test_spin (20);
    documents = crm_store_get_documents (f->db.store, f->client);
    g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
  }

  crm_test_shoot ("read-only-card");

  /* Back to the admin: everything works again. */
  become (f, f->admin_id);
  g_assert_true (crm_test_wait_for (tabs_loaded, card));
  assert_editable (f, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-booking", "x",
                              crm_client_get_id (f->client));
  crm_test_spin (20);
  g_assert_nonnull (crm_test_find_toplevel (CRM_TYPE_BOOKING_DIALOG));
}

/* The row menu's items that change the client are greyed. */
static void
test_row_menu (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *view;
  g_autoptr(GListModel) controllers = NULL;
  GtkWidget *popover = NULL;
  guint n_items = 0;

  f->client = crm_test_add_client (f->db.store, "Harbour Bakery", "Bob", "Baker");
  become (f, f->reader_id);
  open_window (f);
  crm_window_select_client (f->window, crm_client_get_id (f->client));
  crm_test_spin (20);

  view = GTK_WIDGET (f->window->column_view);
  controllers = gtk_widget_observe_controllers (view);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      GListModel *shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      shortcuts = G_LIST_MODEL (controller);
      for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Menu)
            gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, view, NULL);
        }
    }
  crm_test_spin (20);
  popover = crm_test_find_by_type (view, GTK_TYPE_POPOVER_MENU, 0);
  g_assert_nonnull (popover);

  /* GtkModelButton is private to GTK: its label tells which item it is. */
  for (guint i = 0;; i++)
    {
      GtkWidget *label = crm_test_find_by_type (popover, GTK_TYPE_LABEL, i);
      GtkWidget *item;
      const char *text;

      if (label == NULL)
        break;
      text = gtk_label_get_label (GTK_LABEL (label));
      item = label;
      while (item != NULL && !g_str_equal (G_OBJECT_TYPE_NAME (item), "GtkModelButton"))
        item = gtk_widget_get_parent (item);
      if (item == NULL)
        continue;

      /* Only looking, at this client's bookings, is allowed. */
      n_items++;
      g_assert_cmpint (gtk_widget_get_sensitive (item), ==,
                       g_str_equal (text, "Show B_ookings"));
    }

  /* Four quick actions, Show Bookings, Spam and Trash. */
  g_assert_cmpuint (n_items, ==, 7);
  crm_test_shoot ("read-only-row-menu");
  gtk_popover_popdown (GTK_POPOVER (popover));
  crm_test_spin (20);
}

static void
import_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CrmImportResult) import_result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean *done = user_data;

  import_result = crm_importer_run_finish (CRM_IMPORTER (object), result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import_result->created, >, 0);
  *done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* While an import holds the database, an admin can look but not change:
 * the same controls go grey, with a banner that says why, and come back
 * when it is done; a note being typed stays. */
static void
test_while_importing (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("Client Name,First Name,Last Name,Email\n");
  g_autofree char *path = NULL;
  g_autoptr(CrmImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *note;
  gboolean done = FALSE;

  for (guint i = 0; i < 60000; i++)
    g_string_append_printf (csv, "Imported %u,First%u,Last%u,p%u@example.com\n", i / 3, i, i, i);
  path = crm_test_db_write_file (&f->db, "many.csv", csv->str);

  add_client_with_history (f);
  open_window (f);
  crm_window_select_client (f->window, crm_client_get_id (f->client));
  g_assert_true (crm_test_wait_for (tabs_loaded, f->window->card));
  crm_test_spin (20);
  assert_editable (f, TRUE);
  g_assert_false (gtk_revealer_get_reveal_child (f->window->read_only_revealer));
  note = gtk_text_view_get_buffer (f->window->card->note_view);
  gtk_text_buffer_set_text (note, "Call back on Monday", -1);

  importer = crm_importer_new (f->db.store, path, &error);
  g_assert_no_error (error);
  crm_importer_run_async (importer, FALSE, NULL, import_done, &done);
  g_assert_true (crm_store_get_importing (f->db.store));

  /* (The tabs read their rows again, as for a change of role.) */
  g_assert_true (crm_test_wait_for (tabs_loaded, f->window->card));
  g_assert_true (crm_store_get_importing (f->db.store));
  assert_editable (f, FALSE);
  assert_quick_actions_off (f);
  g_assert_true (gtk_revealer_get_reveal_child (f->window->read_only_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (f->window->read_only_label), "An import is running"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (f->window->card->add_note_button)));
  {
    g_autofree char *text = NULL;

    g_object_get (note, "text", &text, NULL);
    g_assert_cmpstr (text, ==, "Call back on Monday");
  }
  crm_test_shoot ("while-importing");

  g_assert_true (crm_test_wait_for (is_true, &done));
  g_assert_false (crm_store_get_importing (f->db.store));
  g_assert_true (crm_test_wait_for (tabs_loaded, f->window->card));
  assert_editable (f, TRUE);
  g_assert_false (gtk_revealer_get_reveal_child (f->window->read_only_revealer));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (f->window->card->add_note_button)));
  {
    g_autofree char *text = NULL;

    g_object_get (note, "text", &text, NULL);
    g_assert_cmpstr (text, ==, "Call back on Monday");
  }
}

/* An empty database, Read-only: the empty page says why there is no way
 * to add a client. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  become (f, f->reader_id);
  open_window (f);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->main_stack), ==, "empty");
  g_assert_false (gtk_widget_get_visible (f->window->empty_add_button));
  g_assert_nonnull (strstr (adw_status_page_get_description (f->window->empty_page),
                            "You are Read-only, so you cannot add clients"));
  crm_test_shoot ("read-only-empty");

  become (f, f->admin_id);
  g_assert_true (gtk_widget_get_visible (f->window->empty_add_button));
  g_assert_true (gtk_widget_get_sensitive (f->window->empty_add_button));
  g_assert_null (strstr (adw_status_page_get_description (f->window->empty_page), "Read-only"));
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/read-only/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("card-and-list", test_card_and_list);
  ADD ("row-menu", test_row_menu);
  ADD ("empty", test_empty);
  ADD ("while-importing", test_while_importing);

#undef ADD

  return g_test_run ();
}
