/* test-quick-actions.c: the quick actions of the card's header menu and of
 * the client list's row menu, and opening timeline entries where they
 * live, in a real window on a database in a temporary folder.
 *
 * Menus are opened and their items clicked as a person would; the row
 * menu through its right-click gesture and its Menu key.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-booking-dialog-private.h"
#include "crm-bookings-tab-private.h"
#include "crm-bookings-view-private.h"
#include "crm-client-card-private.h"
#include "crm-conversations-tab-private.h"
#include "crm-documents-tab-private.h"
#include "crm-gui-test.h"
#include "crm-invoice-dialog-private.h"
#include "crm-message-dialog-private.h"
#include "crm-payment-dialog-private.h"
#include "crm-payments-tab-private.h"
#include "crm-window-private.h"

typedef struct {
  CrmTestDb  db;
  CrmClient *harbour;
  CrmClient *orchard;
  CrmWindow *window;
} Fixture;

static gboolean
list_loaded (gpointer data)
{
  CrmWindow *window = data;

  return !crm_client_list_get_loading (crm_window_get_client_list (window)) &&
         g_list_model_get_n_items (G_LIST_MODEL (crm_window_get_client_list (window))) > 0;
}

static void
add_booking (CrmStore   *store,
             CrmClient  *client,
             const char *service)
{
  g_autoptr(CrmBooking) draft = crm_booking_new (service);
  g_autoptr(GDateTime) starts = g_date_time_new_local (2031, 5, 4, 10, 0, 0);
  g_autoptr(CrmBooking) booking = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "starts", starts, NULL);
  booking = crm_store_create_booking (store, client, draft, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  crm_test_db_set_up (&f->db);
  f->harbour = crm_test_add_client (f->db.store, "Harbour Bakery", "Ada", "Lovelace");
  f->orchard = crm_test_add_client (f->db.store, "Orchard Dental", "Grace", "Hopper");
  add_booking (f->db.store, f->harbour, "Oven service");
  add_booking (f->db.store, f->orchard, "Chair repair");
  add_booking (f->db.store, f->orchard, "Quarterly review");

  f->window = crm_window_new (NULL, f->db.store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (crm_test_wait_for (list_loaded, f->window));
  crm_window_select_client (f->window, crm_client_get_id (f->harbour));
  crm_test_settle (10);
}

static void
close_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (!CRM_IS_WINDOW (window))
        gtk_window_destroy (window);
    }
  crm_test_spin (20);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_dialogs ();
  gtk_window_destroy (GTK_WINDOW (f->window));
  crm_test_spin (50);
  g_clear_object (&f->harbour);
  g_clear_object (&f->orchard);
  crm_test_db_tear_down (&f->db);
}

static CrmClientCard *
card (Fixture *f)
{
  return f->window->card;
}

/* The menu item of @popover whose label (as written) is @text. */
static GtkWidget *
find_item (GtkWidget  *widget,
           const char *text)
{
  /* A menu item is a GtkModelButton (private to GTK) with a label. */
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    {
      GtkWidget *label = crm_test_find_by_type (widget, GTK_TYPE_LABEL, 0);

      if (label != NULL && g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) == 0)
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_item (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget) && gtk_widget_get_mapped (widget);
}

/* Clicks @text in the open @popover, as a person would. */
static void
click_item (GtkWidget  *popover,
            const char *text)
{
  GtkWidget *item = find_item (popover, text);

  if (item == NULL)
    g_error ("the menu has no “%s”", text);
  g_signal_emit_by_name (item, "clicked");
  crm_test_spin (20);
}

static GtkWidget *
open_header_menu (Fixture *f)
{
  GtkPopover *popover;

  gtk_menu_button_popup (card (f)->actions_button);
  popover = gtk_menu_button_get_popover (card (f)->actions_button);
  g_assert_nonnull (popover);
  g_assert_true (crm_test_wait_for (is_visible, popover));

  return GTK_WIDGET (popover);
}

static gint64
dialog_client_id (GType type)
{
  GtkWindow *dialog = crm_test_find_toplevel (type);
  CrmClient *client = NULL;

  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) != NULL);

  if (type == CRM_TYPE_MESSAGE_DIALOG)
    client = CRM_MESSAGE_DIALOG (dialog)->client;
  else if (type == CRM_TYPE_BOOKING_DIALOG)
    client = CRM_BOOKING_DIALOG (dialog)->client;
  else if (type == CRM_TYPE_INVOICE_DIALOG)
    client = CRM_INVOICE_DIALOG (dialog)->client;
  else if (type == CRM_TYPE_PAYMENT_DIALOG)
    client = CRM_PAYMENT_DIALOG (dialog)->client;

  g_assert_nonnull (client);

  return crm_client_get_id (client);
}

static const struct {
  const char *label;
  GType     (*type) (void);
} dialogs[] = {
  { "_Log Conversation…", crm_message_dialog_get_type },
  { "New _Booking…", crm_booking_dialog_get_type },
  { "New _Invoice…", crm_invoice_dialog_get_type },
  { "Record _Payment…", crm_payment_dialog_get_type },
};

/* Each entry of the header menu opens its dialog for the client shown;
 * after another client is shown, for that one. */
static void
test_header_menu (Fixture       *f,
                  gconstpointer  data)
{
  CrmClient *clients[] = { f->harbour, f->orchard };

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card (f)->actions_button)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (card (f)->actions_button)), ==, "Quick Actions");

  for (guint c = 0; c < G_N_ELEMENTS (clients); c++)
    {
      crm_window_select_client (f->window, crm_client_get_id (clients[c]));
      crm_test_spin (20);

      for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
        {
          GtkWidget *popover = open_header_menu (f);

          if (c == 0 && i == 0)
            crm_test_shoot ("quick-actions-header-menu");

          click_item (popover, dialogs[i].label);
          g_assert_false (gtk_widget_get_visible (popover));
          g_assert_cmpint (dialog_client_id (dialogs[i].type ()), ==, crm_client_get_id (clients[c]));
          close_dialogs ();
        }
    }
}

typedef struct {
  CrmBookingsView *view;
  guint            n;
} BookingsWait;

static gboolean
bookings_shown (gpointer data)
{
  BookingsWait *wait = data;

  return !crm_id_list_get_loading (CRM_ID_LIST (wait->view->bookings)) &&
         g_list_model_get_n_items (G_LIST_MODEL (wait->view->bookings)) == wait->n;
}

/* Show Bookings turns to the Bookings view with this client's bookings
 * only; editing the name there goes back to a search by name. */
static void
test_show_bookings (Fixture       *f,
                    gconstpointer  data)
{
  CrmBookingsView *view = f->window->bookings_view;
  BookingsWait wait = { view, 2 };

  crm_window_select_client (f->window, crm_client_get_id (f->orchard));
  crm_test_spin (20);
  click_item (open_header_menu (f), "Show B_ookings");

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->view_stack), ==, "bookings");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->client_entry)), ==, "Orchard Dental");
  g_assert_true (crm_test_wait_for (bookings_shown, &wait));
  crm_test_assert_shows (GTK_WIDGET (view), "Chair repair");
  crm_test_assert_shows (GTK_WIDGET (view), "Quarterly review");
  g_assert_false (crm_test_find_label (GTK_WIDGET (view), "Oven service"));
  crm_test_shoot ("quick-actions-show-bookings");

  /* The other client, from its own card. */
  adw_view_stack_set_visible_child_name (f->window->view_stack, "clients");
  crm_window_select_client (f->window, crm_client_get_id (f->harbour));
  crm_test_spin (20);
  click_item (open_header_menu (f), "Show B_ookings");
  wait.n = 1;
  g_assert_true (crm_test_wait_for (bookings_shown, &wait));
  crm_test_assert_shows (GTK_WIDGET (view), "Oven service");

  /* Clearing the name lists everyone's again. */
  crm_test_set_text (view->client_entry, "");
  wait.n = 3;
  g_assert_true (crm_test_wait_for (bookings_shown, &wait));
}

/* The label of @text in the client list, to right-click on. */
static GtkWidget *
find_label_widget (GtkWidget  *widget,
                   const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_widget (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
row_menu (Fixture *f)
{
  return crm_test_find_by_type (GTK_WIDGET (f->window->column_view), GTK_TYPE_POPOVER_MENU, 0);
}

static gboolean
row_menu_gone (gpointer data)
{
  return row_menu (data) == NULL;
}

/* Right-clicks the row of @name: through the list's own gesture, at the
 * place of the name on screen. */
static GtkWidget *
right_click_row (Fixture    *f,
                 const char *name)
{
  GtkWidget *view = GTK_WIDGET (f->window->column_view);
  GtkWidget *label = find_label_widget (view, name);
  g_autoptr(GListModel) controllers = NULL;
  GtkGesture *gesture = NULL;
  graphene_point_t point;
  GtkWidget *popover;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_compute_point (label, view, &GRAPHENE_POINT_INIT (4, 4), &point));

  controllers = gtk_widget_observe_controllers (view);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_SECONDARY)
        gesture = GTK_GESTURE (controller);
    }
  g_assert_nonnull (gesture);

  g_signal_emit_by_name (gesture, "pressed", 1, (double) point.x, (double) point.y);
  popover = row_menu (f);
  g_assert_nonnull (popover);
  g_assert_true (crm_test_wait_for (is_visible, popover));

  return popover;
}

/* The Menu key on the list: the menu of the selected row. */
static GtkWidget *
menu_key (Fixture *f)
{
  GtkWidget *view = GTK_WIDGET (f->window->column_view);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
  GtkWidget *popover;

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
            g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                         view, NULL));
        }
    }

  popover = row_menu (f);
  g_assert_nonnull (popover);
  g_assert_true (crm_test_wait_for (is_visible, popover));

  return popover;
}

/* A row's menu is about that row's client, whichever client the card
 * showed before; its items act on it. */
static void
test_row_menu (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *popover;

  /* The card shows Harbour Bakery; the menu of Orchard Dental's row. */
  popover = right_click_row (f, "Orchard Dental");
  g_assert_cmpint (crm_client_get_id (crm_client_card_get_client (card (f))), ==,
                   crm_client_get_id (f->orchard));
  crm_test_shoot ("quick-actions-row-menu");
  click_item (popover, "New _Booking…");
  g_assert_cmpint (dialog_client_id (CRM_TYPE_BOOKING_DIALOG), ==, crm_client_get_id (f->orchard));
  close_dialogs ();
  g_assert_true (crm_test_wait_for (row_menu_gone, f));

  /* Every quick action is there, for the row's client. */
  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      popover = right_click_row (f, "Harbour Bakery");
      click_item (popover, dialogs[i].label);
      g_assert_cmpint (dialog_client_id (dialogs[i].type ()), ==, crm_client_get_id (f->harbour));
      close_dialogs ();
      g_assert_true (crm_test_wait_for (row_menu_gone, f));
    }

  /* The Menu key opens the selected row's menu. */
  popover = menu_key (f);
  click_item (popover, "Record _Payment…");
  g_assert_cmpint (dialog_client_id (CRM_TYPE_PAYMENT_DIALOG), ==, crm_client_get_id (f->harbour));
  close_dialogs ();
  g_assert_true (crm_test_wait_for (row_menu_gone, f));

  /* Spam and Trash act on the row's client, not on the one shown before. */
  crm_window_select_client (f->window, crm_client_get_id (f->harbour));
  crm_test_spin (20);
  popover = right_click_row (f, "Orchard Dental");
  click_item (popover, "Mark as _Spam");
  g_assert_true (crm_store_get_client_spam (f->db.store, f->orchard));
  g_assert_false (crm_store_get_client_spam (f->db.store, f->harbour));
  g_assert_true (crm_test_wait_for (row_menu_gone, f));

  g_assert_true (crm_store_set_client_spam (f->db.store, f->orchard, FALSE, NULL));
  crm_window_select_client (f->window, crm_client_get_id (f->harbour));
  g_assert_true (crm_test_wait_for (list_loaded, f->window));
  crm_test_settle (10);
  popover = right_click_row (f, "Orchard Dental");
  click_item (popover, "Move to _Trash");
  g_assert_true (crm_test_wait_for (row_menu_gone, f));
  g_assert_true (crm_client_get_trashed (f->orchard));
  g_assert_false (crm_client_get_trashed (f->harbour));

  /* The window may close with the menu open. */
  crm_window_select_client (f->window, crm_client_get_id (f->harbour));
  crm_test_spin (20);
  menu_key (f);
}

typedef struct {
  CrmConversationsTab *tab;
  guint                n;
} TimelineWait;

static gboolean
timeline_loaded (gpointer data)
{
  TimelineWait *wait = data;

  return wait->tab->timeline != NULL &&
         !crm_id_list_get_loading (CRM_ID_LIST (wait->tab->timeline)) &&
         g_list_model_get_n_items (G_LIST_MODEL (wait->tab->timeline)) == wait->n;
}

static gboolean
bookings_tab_loaded (gpointer data)
{
  CrmBookingsTab *tab = data;

  /* Read; its rows are made when the tab is opened. */
  return tab->bookings != NULL && !crm_id_list_get_loading (CRM_ID_LIST (tab->bookings)) &&
         g_list_model_get_n_items (G_LIST_MODEL (tab->bookings)) > 0;
}

/* Activates the timeline's row of @kind. */
static void
activate_entry (CrmConversationsTab *tab,
                CrmTimelineKind      kind)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (tab->list, i)) != NULL; i++)
    {
      CrmTimelineItem *item = g_object_get_data (G_OBJECT (row), "crm-timeline-item");

      if (item != NULL && crm_timeline_item_get_kind (item) == kind)
        {
          g_assert_true (gtk_list_box_row_get_activatable (row));
          g_signal_emit_by_name (tab->list, "row-activated", row);
          crm_test_spin (20);
          return;
        }
    }

  g_error ("no timeline entry of kind %d", kind);
}

static GtkWidget *
current_page (CrmClientCard *card)
{
  return gtk_notebook_get_nth_page (card->notebook, gtk_notebook_get_current_page (card->notebook));
}

static void
turn_to_timeline (CrmClientCard *card)
{
  gtk_notebook_set_current_page (card->notebook,
                                 gtk_notebook_page_num (card->notebook, GTK_WIDGET (card->conversations)));
  crm_test_spin (10);
}

/* Each kind of timeline entry opens in its own tab, singled out there. */
static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  CrmClientCard *c = card (f);
  g_autoptr(CrmInvoice) invoice = crm_invoice_new (50000, "EUR");
  g_autoptr(CrmPayment) payment = crm_payment_new (20000, "EUR");
  g_autoptr(CrmMessage) message = crm_message_new (CRM_MESSAGE_CHANNEL_PHONE, CRM_MESSAGE_DIRECTION_IN);
  g_autoptr(CrmInvoice) stored_invoice = NULL;
  g_autoptr(CrmPayment) stored_payment = NULL;
  g_autoptr(CrmMessage) stored_message = NULL;
  g_autoptr(CrmDocument) document = NULL;
  g_autoptr(CrmNote) note = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = crm_test_db_write_file (&f->db, "terms.txt", "Net 30.");
  TimelineWait wait = { c->conversations, 6 };
  AdwMessageDialog *shown;
  GtkListBoxRow *row;

  stored_invoice = crm_store_create_invoice (f->db.store, f->harbour, invoice, &error);
  g_assert_no_error (error);
  g_object_set (payment, "invoice-id", crm_invoice_get_id (stored_invoice), "method", "Cash", NULL);
  stored_payment = crm_store_record_payment (f->db.store, f->harbour, payment, &error);
  g_assert_no_error (error);
  g_object_set (message, "subject", "Asked about Sunday deliveries",
                "body", "Wants bread at six on Sundays.", NULL);
  stored_message = crm_store_log_message (f->db.store, f->harbour, message, &error);
  g_assert_no_error (error);
  note = crm_store_add_note (f->db.store, f->harbour, "Pays on time.", &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  document = crm_store_attach_document (f->db.store, f->harbour, file, NULL, &error);
  g_assert_no_error (error);

  turn_to_timeline (c);
  g_assert_true (crm_test_wait_for (timeline_loaded, &wait));
  g_assert_true (crm_test_wait_for (bookings_tab_loaded, c->bookings));

  /* The document's type as a person reads it, not its MIME type. */
  crm_test_assert_shows (GTK_WIDGET (c->conversations), "plain text document · 7 bytes");

  activate_entry (c->conversations, CRM_TIMELINE_KIND_BOOKING);
  g_assert_true (current_page (c) == GTK_WIDGET (c->bookings));
  row = gtk_list_box_get_selected_row (c->bookings->list);
  g_assert_nonnull (row);
  g_assert_cmpstr (crm_booking_get_service (g_object_get_data (G_OBJECT (row), "crm-booking")), ==,
                   "Oven service");
  crm_test_shoot ("quick-actions-timeline-booking");

  turn_to_timeline (c);
  activate_entry (c->conversations, CRM_TIMELINE_KIND_INVOICE);
  g_assert_true (current_page (c) == GTK_WIDGET (c->payments));
  g_assert_true (gtk_list_box_get_selected_row (c->payments->invoices_list) ==
                 crm_payments_tab_find_invoice_row (c->payments, crm_invoice_get_id (stored_invoice)));
  g_assert_nonnull (gtk_list_box_get_selected_row (c->payments->invoices_list));

  turn_to_timeline (c);
  activate_entry (c->conversations, CRM_TIMELINE_KIND_PAYMENT);
  g_assert_true (current_page (c) == GTK_WIDGET (c->payments));
  g_assert_nonnull (gtk_list_box_get_selected_row (c->payments->payments_list));
  g_assert_true (gtk_list_box_get_selected_row (c->payments->payments_list) ==
                 crm_payments_tab_find_payment_row (c->payments, crm_payment_get_id (stored_payment)));
  crm_test_shoot ("quick-actions-timeline-payment");
  g_assert_null (gtk_list_box_get_selected_row (c->payments->invoices_list));

  turn_to_timeline (c);
  activate_entry (c->conversations, CRM_TIMELINE_KIND_DOCUMENT);
  g_assert_true (current_page (c) == GTK_WIDGET (c->documents));
  g_assert_nonnull (gtk_list_box_get_selected_row (c->documents->list));
  g_assert_true (gtk_list_box_get_selected_row (c->documents->list) ==
                 crm_documents_tab_find_row (c->documents, crm_document_get_id (document)));

  turn_to_timeline (c);
  activate_entry (c->conversations, CRM_TIMELINE_KIND_NOTE);
  g_assert_true (current_page (c) == c->main_page);
  g_assert_nonnull (gtk_list_box_get_selected_row (c->notes_list));

  /* A conversation entry opens whole, read-only, over the card. */
  turn_to_timeline (c);
  activate_entry (c->conversations, CRM_TIMELINE_KIND_MESSAGE);
  g_assert_true (current_page (c) == GTK_WIDGET (c->conversations));
  shown = ADW_MESSAGE_DIALOG (crm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (shown);
  g_assert_cmpstr (adw_message_dialog_get_heading (shown), ==, "Asked about Sunday deliveries");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (shown), "Wants bread at six on Sundays."));
  crm_test_shoot ("quick-actions-message");
  close_dialogs ();

  /* Another client's card starts with nothing singled out. */
  crm_window_select_client (f->window, crm_client_get_id (f->orchard));
  crm_test_spin (20);
  g_assert_cmpint (gtk_list_box_get_selection_mode (c->bookings->list), ==, GTK_SELECTION_NONE);
  g_assert_cmpint (gtk_list_box_get_selection_mode (c->payments->invoices_list), ==, GTK_SELECTION_NONE);
}

static gboolean
search_done (gpointer data)
{
  CrmWindow *window = data;

  return !crm_search_view_get_loading (window->search_view) &&
         crm_search_view_get_results (window->search_view) != NULL &&
         g_list_model_get_n_items (crm_search_view_get_results (window->search_view)) > 0;
}

static gboolean
booking_singled_out (gpointer data)
{
  CrmBookingsTab *tab = data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (tab->list);

  return row != NULL &&
         g_strcmp0 (crm_booking_get_service (g_object_get_data (G_OBJECT (row), "crm-booking")),
                    "Chair repair") == 0;
}

/* A booking found by the global search opens the same way, also when its
 * client's bookings have yet to load. */
static void
test_search_booking (Fixture       *f,
                     gconstpointer  data)
{
  CrmClientCard *c = card (f);

  gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry), "chair");
  g_assert_true (crm_test_wait_for (search_done, f->window));
  g_assert_true (crm_search_view_activate_first (f->window->search_view));

  g_assert_true (crm_client_card_get_client (c) == f->orchard);
  g_assert_true (current_page (c) == GTK_WIDGET (c->bookings));
  g_assert_true (crm_test_wait_for (booking_singled_out, c->bookings));
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/quick-actions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("header-menu", test_header_menu);
  ADD ("show-bookings", test_show_bookings);
  ADD ("row-menu", test_row_menu);
  ADD ("timeline", test_timeline);
  ADD ("search-booking", test_search_booking);

#undef ADD

  return g_test_run ();
}
