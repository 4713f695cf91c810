/* test-gui.c: the window, the New Client dialog and the client card, driven
 * the way a person would use them, on real databases in a temporary folder.
 *
 * Needs a display (the test command runs the suite under Xvfb). Waits are
 * loops over the main context until a condition holds, capped by a count of
 * iterations, never by a time limit.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-store-business.h"

#include <glib/gstdio.h>

#include "crm-gui-test.h"

#include "crm-client-card-private.h"
#include "crm-bookings-view-private.h"
#include "crm-client-info-private.h"
#include "crm-contacts-view-private.h"
#include "crm-contact-dialog-private.h"
#include "crm-new-client-dialog-private.h"
#include "crm-window-private.h"

typedef CrmTestDb Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  crm_test_db_set_up (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  crm_test_db_tear_down (fixture);
}

/* Does a label showing @text live under @widget (i.e. is it on screen)? */

static CrmNewClientDialog *find_new_client_dialog (void);
static gboolean card_shows_selected (gpointer data);

static void
test_empty_database (Fixture       *fixture,
                     gconstpointer  data)
{
  CrmWindow *window = crm_test_open_window (fixture->store, NULL);

  CrmNewClientDialog *dialog;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->empty_page)));
  crm_test_assert_shows (GTK_WIDGET (window), "No Clients Yet");

  /* The page's button opens the dialog; the first client replaces the page. */
  g_signal_emit_by_name (window->empty_add_button, "clicked");
  dialog = find_new_client_dialog ();
  g_assert_nonnull (dialog);
  crm_test_set_text (dialog->name_row, "First Client");
  crm_test_set_text (dialog->first_name_row, "Fiona");
  crm_test_set_text (dialog->last_name_row, "First");
  g_signal_emit_by_name (dialog->name_row, "entry-activated");
  crm_test_wait_for_count (window, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "clients");
  g_assert_true (crm_test_wait_for (card_shows_selected, window));

  crm_test_close_window (window);
}

static void
test_list_shows_clients (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CrmClient) beta = crm_test_add_client (fixture->store, "Beta Bakery", "Bea", "Baker");
  g_autoptr(CrmClient) alpha = crm_test_add_client (fixture->store, "Alpha Analytics", "Al", "Adams");
  g_autoptr(CrmClient) gamma = crm_test_add_client (fixture->store, "Gamma Garage", "Gus", "Grant");
  g_autoptr(CrmClient) first = NULL;
  g_autoptr(GError) error = NULL;
  CrmWindow *window = crm_test_open_window (fixture->store, NULL);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "clients");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "list");
  crm_test_wait_for_count (window, 3);

  /* Sorted by name, and the rows show name and primary contact. */
  first = g_list_model_get_item (G_LIST_MODEL (crm_window_get_client_list (window)), 0);
  g_assert_true (first == alpha);
  crm_test_assert_shows (GTK_WIDGET (window->column_view), "Alpha Analytics");
  crm_test_assert_shows (GTK_WIDGET (window->column_view), "Bea Baker");
  crm_test_assert_shows (GTK_WIDGET (window->column_view), "Gamma Garage");

  /* Clicking the Status header sorts by status, in SQL. */
  gtk_column_view_sort_by_column (window->column_view, window->status_column, GTK_SORT_DESCENDING);
  g_assert_cmpint (crm_client_list_get_sort (crm_window_get_client_list (window)), ==, CRM_CLIENT_SORT_STATUS);
  g_assert_true (crm_client_list_get_descending (crm_window_get_client_list (window)));
  /* Every other column sorts too. */
  {
    struct { GtkColumnViewColumn *column; CrmClientSort sort; } columns[] = {
      { window->contact_column, CRM_CLIENT_SORT_CONTACT },
      { window->email_column, CRM_CLIENT_SORT_EMAIL },
      { window->phone_column, CRM_CLIENT_SORT_PHONE },
      { window->favorite_column, CRM_CLIENT_SORT_FAVORITE },
    };

    for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
      {
        gtk_column_view_sort_by_column (window->column_view, columns[i].column, GTK_SORT_ASCENDING);
        g_assert_cmpint (crm_client_list_get_sort (crm_window_get_client_list (window)), ==, columns[i].sort);
        g_assert_false (crm_client_list_get_descending (crm_window_get_client_list (window)));
      }
  }
  gtk_column_view_sort_by_column (window->column_view, window->name_column, GTK_SORT_ASCENDING);
  g_assert_cmpint (crm_client_list_get_sort (crm_window_get_client_list (window)), ==, CRM_CLIENT_SORT_NAME);
  g_assert_false (crm_client_list_get_descending (crm_window_get_client_list (window)));
  crm_test_wait_for_count (window, 3);

  /* A change to a contact shows in the row at once. */
  crm_store_update_contact (fixture->store, crm_client_get_primary_contact (beta), &error,
                            "first-name", "Beatrix",
                            NULL);
  g_assert_no_error (error);
  crm_test_assert_shows (GTK_WIDGET (window->column_view), "Beatrix Baker");

  /* Searching filters the list (behind the search results); nothing
   * found shows "No Results". */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "gara");
  crm_test_wait_for_count (window, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "search");
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "zzz");
  crm_test_wait_for_count (window, 0);
  crm_test_assert_shows (GTK_WIDGET (window->search_view), "No Results");
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "");
  crm_test_wait_for_count (window, 3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "list");

  /* The star in a row marks the client as a favorite; the filter finds it. */
  crm_store_update_client (fixture->store, gamma, &error, "favorite", TRUE, NULL);
  g_assert_no_error (error);
  gtk_toggle_button_set_active (window->favorites_button, TRUE);
  crm_test_wait_for_count (window, 1);
  gtk_toggle_button_set_active (window->favorites_button, FALSE);
  crm_test_wait_for_count (window, 3);

  crm_test_close_window (window);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return toplevel;
    }

  return NULL;
}

static CrmNewClientDialog *
find_new_client_dialog (void)
{
  return find_toplevel (CRM_TYPE_NEW_CLIENT_DIALOG);
}

static gboolean
card_shows_selected (gpointer data)
{
  CrmWindow *window = data;

  return gtk_single_selection_get_selected_item (window->selection) != NULL &&
         crm_client_card_get_client (window->card) ==
         gtk_single_selection_get_selected_item (window->selection);
}

static void
test_new_client_dialog (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CrmClient) existing = crm_test_add_client (fixture->store, "Existing", "Ed", "Exists");
  g_autoptr(GError) error = NULL;
  CrmWindow *window = NULL;
  CrmNewClientDialog *dialog;
  CrmClient *selected;

  crm_store_update_client (fixture->store, existing, &error, "external-id", "SF-1", NULL);
  g_assert_no_error (error);

  window = crm_test_open_window (fixture->store, NULL);
  crm_test_wait_for_count (window, 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-client", NULL);
  dialog = find_new_client_dialog ();
  g_assert_nonnull (dialog);
  crm_test_spin (20);

  /* Nothing typed yet: Add is insensitive, but nothing shouts either. */
  g_assert_false (gtk_widget_get_sensitive (dialog->add_button));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (dialog->name_row), "error"));

  crm_test_set_text (dialog->name_row, "Nordwind Logistik");
  crm_test_set_text (dialog->first_name_row, "Greta");
  g_assert_false (gtk_widget_get_sensitive (dialog->add_button));
  crm_test_set_text (dialog->last_name_row, "Lindqvist");
  g_assert_true (gtk_widget_get_sensitive (dialog->add_button));

  /* A bad e-mail is marked and blocks Add. */
  crm_test_set_text (dialog->email_row, "greta@");
  g_assert_false (gtk_widget_get_sensitive (dialog->add_button));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog->email_row), "error"));
  crm_test_set_text (dialog->email_row, "greta@nordwind.example");
  g_assert_true (gtk_widget_get_sensitive (dialog->add_button));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (dialog->email_row), "error"));

  /* Clearing a required field marks it. */
  crm_test_set_text (dialog->name_row, "");
  g_assert_false (gtk_widget_get_sensitive (dialog->add_button));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog->name_row), "error"));
  crm_test_set_text (dialog->name_row, "Nordwind Logistik");

  /* The store refuses a used external id: the dialog says so and stays. */
  crm_test_set_text (dialog->external_id_row, "SF-1");
  g_signal_emit_by_name (dialog->add_button, "clicked");
  g_assert_true (find_new_client_dialog () == dialog);
  g_assert_true (gtk_revealer_get_reveal_child (dialog->error_revealer));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->name_row)), ==, "Nordwind Logistik");
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 1);

  crm_test_set_text (dialog->external_id_row, "SF-2");
  g_assert_false (gtk_revealer_get_reveal_child (dialog->error_revealer));
  g_signal_emit_by_name (dialog->add_button, "clicked");
  crm_test_spin (20);
  g_assert_null (find_new_client_dialog ());

  /* The new client is in the list, selected, and on the card. */
  crm_test_wait_for_count (window, 2);
  g_assert_true (crm_test_wait_for (card_shows_selected, window));
  selected = gtk_single_selection_get_selected_item (window->selection);
  g_assert_cmpstr (crm_client_get_name (selected), ==, "Nordwind Logistik");
  g_assert_cmpstr (crm_contact_get_email (crm_client_get_primary_contact (selected)), ==,
                   "greta@nordwind.example");
  crm_test_assert_shows (GTK_WIDGET (window->card), "Nordwind Logistik");
  crm_test_assert_shows (GTK_WIDGET (window->card), "Greta Lindqvist");

  /* Escape cancels. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-client", NULL);
  dialog = find_new_client_dialog ();
  g_assert_nonnull (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  crm_test_spin (20);
  g_assert_null (find_new_client_dialog ());
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 2);

  crm_test_close_window (window);
}

typedef struct {
  GtkWidget *container;
  guint      n;
} ChildWait;

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static void
test_card (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(CrmClient) client = crm_test_add_client (fixture->store, "Café Lumière", "Amélie", "Poulain");
  g_autoptr(CrmClient) row_item = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GError) error = NULL;
  CrmWindow *window = crm_test_open_window (fixture->store, NULL);
  CrmClientCard *card = window->card;
  CrmClientInfo *info = card->info;
  AdwEntryRow *name_row = info->rows[CRM_INFO_FIELD_NAME];
  AdwEntryRow *email_row = info->rows[CRM_INFO_FIELD_EMAIL];

  crm_test_wait_for_count (window, 1);
  crm_window_select_client (window, crm_client_get_id (client));
  g_assert_true (crm_test_wait_for (card_shows_selected, window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->card_stack), ==, "card");

  /* The card has its six tabs: Main, Info, Bookings, Payments, Documents, Conversations. */
  g_assert_cmpint (gtk_notebook_get_n_pages (card->notebook), ==, 6);
  g_assert_cmpstr (gtk_notebook_get_tab_label_text (card->notebook, card->main_page), ==, "Main");
  g_assert_cmpstr (gtk_notebook_get_tab_label_text (card->notebook, GTK_WIDGET (info)), ==, "Info");
  crm_test_assert_shows (GTK_WIDGET (card), "Amélie Poulain");

  /* Editing the name in Info changes the client the list shows. */
  gtk_notebook_set_current_page (card->notebook, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Café Lumière");
  crm_test_set_text (name_row, "Café Lumière & Fils");
  g_signal_emit_by_name (name_row, "apply");
  row_item = g_list_model_get_item (G_LIST_MODEL (crm_window_get_client_list (window)), 0);
  g_assert_cmpstr (crm_client_get_name (row_item), ==, "Café Lumière & Fils");
  gtk_notebook_set_current_page (card->notebook, 0);
  crm_test_assert_shows (GTK_WIDGET (card->name_label), "Café Lumière & Fils");
  crm_test_assert_shows (GTK_WIDGET (window->column_view), "Café Lumière & Fils");

  /* A value the store refuses: the row is marked and goes back. */
  gtk_notebook_set_current_page (card->notebook, 1);
  crm_test_set_text (email_row, "not an address");
  g_signal_emit_by_name (email_row, "apply");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (email_row), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (email_row)), ==, "");
  g_assert_cmpstr (crm_client_get_email (client), ==, "");

  /* The status combo writes the status. */
  adw_combo_row_set_selected (info->status_row, CRM_CLIENT_STATUS_ACTIVE);
  g_assert_cmpint (crm_client_get_status (client), ==, CRM_CLIENT_STATUS_ACTIVE);

  /* The contacts table lists the primary contact; the last one stays. */
  contacts = crm_store_get_contacts (fixture->store, client);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
  crm_test_assert_shows (GTK_WIDGET (info->contacts_list), "Amélie Poulain");
  crm_test_assert_shows (GTK_WIDGET (info->contacts_list), "Primary");
  gtk_widget_activate_action (GTK_WIDGET (info), "info.remove-contact", "x",
                              crm_contact_get_id (crm_client_get_primary_contact (client)));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);

  /* Tags: add one, see its chip, remove it. */
  gtk_notebook_set_current_page (card->notebook, 0);
  crm_test_set_text (card->tag_entry, "wholesale");
  g_signal_emit_by_name (card->tag_entry, "activate");
  g_assert_true (g_strv_contains (crm_client_get_tags (client), "wholesale"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (card->tag_entry)), ==, "");
  crm_test_assert_shows (GTK_WIDGET (card->tags_box), "wholesale");
  g_assert_cmpuint (count_children (GTK_WIDGET (card->tags_box)), ==, 1);

  /* Typing offers the tags other clients have; a click adds one. */
  {
    g_autoptr(CrmClient) other = crm_test_add_client (fixture->store, "Other Co", "Otto", "Other");
    GtkWidget *suggestion;

    crm_store_add_tag (fixture->store, other, "export", &error);
    g_assert_no_error (error);
    crm_test_set_text (card->tag_entry, "exp");
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card->suggestions_box)));
    g_assert_cmpuint (count_children (GTK_WIDGET (card->suggestions_box)), ==, 1);
    suggestion = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (gtk_widget_get_first_child (GTK_WIDGET (card->suggestions_box))));
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (suggestion)), ==, "export");
    g_signal_emit_by_name (suggestion, "clicked");
    g_assert_true (g_strv_contains (crm_client_get_tags (client), "export"));
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card->suggestions_box)));
    g_assert_cmpuint (count_children (GTK_WIDGET (card->tags_box)), ==, 2);
  }

  /* Notes: add one, see it with its text, newest first. */
  g_assert_false (gtk_widget_get_sensitive (card->add_note_button));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (card->note_view), "Asked for a quote.", -1);
  g_assert_true (gtk_widget_get_sensitive (card->add_note_button));
  g_signal_emit_by_name (card->add_note_button, "clicked");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (card->note_view), "Sent the quote.", -1);
  g_signal_emit_by_name (card->add_note_button, "clicked");
  notes = crm_store_get_notes (fixture->store, client);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);
  crm_test_assert_shows (GTK_WIDGET (card->notes_list), "Sent the quote.");
  crm_test_assert_shows (GTK_WIDGET (card->notes_list), "Asked for a quote.");
  {
    GtkListBoxRow *top = gtk_list_box_get_row_at_index (card->notes_list, 0);

    g_assert_true (crm_test_find_label (GTK_WIDGET (top), "Sent the quote."));
  }

  crm_test_close_window (window);
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static gboolean
scrolls (gpointer data)
{
  return gtk_adjustment_get_upper (data) > gtk_adjustment_get_page_size (data) + 1;
}

typedef struct {
  GtkListBox *list;
  guint       than;
} MoreRows;

static gboolean
has_more_rows (gpointer data)
{
  MoreRows *more = data;

  return n_rows (more->list) > more->than;
}

/* A client with a long history: the notes list makes rows for what is on
 * screen and a little more, more as the person scrolls to its end, and a
 * note far down singled out (as a search result is) gets its row. */
static void
test_long_history (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CrmClient) client = crm_test_add_client (fixture->store, "Long Story Ltd", "Lou", "Long");
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(CrmNote) far = NULL;
  CrmWindow *window;
  CrmClientCard *card;
  GtkAdjustment *adjustment;
  GtkListBoxRow *row;
  guint shown;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *text = g_strdup_printf ("Note number %u.", i);
      g_autoptr(CrmNote) note = crm_store_add_note (fixture->store, client, text, NULL);

      g_assert_nonnull (note);
    }
  notes = crm_store_get_notes (fixture->store, client);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 200);

  window = crm_test_open_window (fixture->store, NULL);
  card = window->card;
  crm_test_wait_for_count (window, 1);
  crm_window_select_client (window, crm_client_get_id (client));
  crm_test_spin (30);

  /* Newest first, and far fewer rows than notes. */
  shown = n_rows (card->notes_list);
  g_assert_cmpuint (shown, >, 0);
  g_assert_cmpuint (shown, <, 100);
  g_assert_true (crm_test_find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (card->notes_list, 0)),
                                      "Note number 199."));

  /* Scrolled to the end: more come. */
  adjustment = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (card->notes_list), GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_true (crm_test_wait_for (scrolls, adjustment));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  {
    MoreRows more = { card->notes_list, shown };

    g_assert_true (crm_test_wait_for (has_more_rows, &more));
  }

  /* The oldest note, singled out, has its row, selected. */
  far = g_list_model_get_item (notes, 199);
  g_assert_true (crm_client_card_show_note (card, crm_note_get_id (far)));
  row = gtk_list_box_get_selected_row (card->notes_list);
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_list_box_row_get_index (row), ==, 199);
  g_assert_true (crm_test_find_label (GTK_WIDGET (row), "Note number 0."));
  crm_test_shoot ("long-history");

  crm_test_close_window (window);
}

static void
test_contacts (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CrmClient) client = crm_test_add_client (fixture->store, "Nordlys Shipping", "Ingrid", "Solberg");
  g_autoptr(GListModel) contacts = crm_store_get_contacts (fixture->store, client);
  g_autoptr(CrmContact) added = NULL;
  CrmWindow *window = crm_test_open_window (fixture->store, NULL);
  CrmClientInfo *info = window->card->info;
  CrmContactDialog *dialog;
  gint64 ingrid_id = crm_contact_get_id (crm_client_get_primary_contact (client));

  crm_test_wait_for_count (window, 1);
  crm_window_select_client (window, crm_client_get_id (client));
  g_assert_true (crm_test_wait_for (card_shows_selected, window));
  gtk_notebook_set_current_page (window->card->notebook, 1);

  /* New Contact: the dialog validates like the New Client one. */
  gtk_widget_activate_action (GTK_WIDGET (info), "info.new-contact", NULL);
  dialog = find_toplevel (CRM_TYPE_CONTACT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_get_sensitive (dialog->save_button));
  crm_test_set_text (dialog->first_name_row, "Øystein");
  crm_test_set_text (dialog->last_name_row, "Haugen");
  crm_test_set_text (dialog->job_title_row, "Dispatcher");
  crm_test_set_text (dialog->email_row, "oystein@");
  g_assert_false (gtk_widget_get_sensitive (dialog->save_button));
  crm_test_set_text (dialog->email_row, "oystein@nordlys.example");
  g_assert_true (gtk_widget_get_sensitive (dialog->save_button));
  g_signal_emit_by_name (dialog->save_button, "clicked");
  crm_test_spin (20);
  g_assert_null (find_toplevel (CRM_TYPE_CONTACT_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  crm_test_assert_shows (GTK_WIDGET (info->contacts_list), "Øystein Haugen");

  added = g_list_model_get_item (contacts, 0);
  if (crm_contact_get_id (added) == ingrid_id)
    {
      g_clear_object (&added);
      added = g_list_model_get_item (contacts, 1);
    }
  g_assert_cmpstr (crm_contact_get_job_title (added), ==, "Dispatcher");

  /* Edit: the same dialog, filled in; the change shows at once. */
  gtk_widget_activate_action (GTK_WIDGET (info), "info.edit-contact", "x", crm_contact_get_id (added));
  dialog = find_toplevel (CRM_TYPE_CONTACT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->first_name_row)), ==, "Øystein");
  crm_test_set_text (dialog->job_title_row, "Head of Dispatch");
  g_signal_emit_by_name (dialog->save_button, "clicked");
  crm_test_spin (20);
  g_assert_cmpstr (crm_contact_get_job_title (added), ==, "Head of Dispatch");

  /* Set as Primary: the card's header and the list row follow. */
  gtk_widget_activate_action (GTK_WIDGET (info), "info.set-primary", "x", crm_contact_get_id (added));
  g_assert_true (crm_client_get_primary_contact (client) == added);
  crm_test_assert_shows (GTK_WIDGET (window->card->contact_label), "Øystein Haugen");
  crm_test_assert_shows (GTK_WIDGET (window->column_view), "Øystein Haugen");

  /* Remove the other one. */
  gtk_widget_activate_action (GTK_WIDGET (info), "info.remove-contact", "x", ingrid_id);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);

  crm_test_close_window (window);
}

static gboolean
card_is_empty (gpointer data)
{
  CrmWindow *window = data;

  return crm_client_card_get_client (window->card) == NULL;
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CrmClient) keep = crm_test_add_client (fixture->store, "Keep Ltd", "Kim", "Keeper");
  g_autoptr(CrmClient) doomed = crm_test_add_client (fixture->store, "Doomed Inc", "Dan", "Doe");
  gint64 doomed_id = crm_client_get_id (doomed);
  CrmWindow *window = crm_test_open_window (fixture->store, NULL);

  crm_test_wait_for_count (window, 2);
  crm_window_select_client (window, doomed_id);
  g_assert_true (crm_test_wait_for (card_shows_selected, window));

  /* Delete: gone from the list at once, and the card is cleared. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-client", NULL);
  g_assert_cmpuint (crm_test_n_clients (window), ==, 1);
  g_assert_cmpuint (crm_client_list_find (crm_window_get_client_list (window), doomed_id), ==, G_MAXUINT);
  g_assert_true (crm_test_wait_for (card_is_empty, window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->card_stack), ==, "none");
  crm_test_wait_for_count (window, 1);

  /* Undo (the toast's action) brings it back, selected. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete", "x", doomed_id);
  crm_test_wait_for_count (window, 2);
  g_assert_true (crm_test_wait_for (card_shows_selected, window));
  g_assert_true (crm_client_card_get_client (window->card) == doomed);
  crm_test_assert_shows (GTK_WIDGET (window->column_view), "Doomed Inc");

  crm_test_close_window (window);
}

static void
test_spam_and_mine (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CrmClient) mine = crm_test_add_client (fixture->store, "Mine Ltd", "Mia", "Mine");
  g_autoptr(CrmClient) junk = crm_test_add_client (fixture->store, "Junk Offers", "Jay", "Junk");
  gint64 junk_id = crm_client_get_id (junk);
  CrmWindow *window = crm_test_open_window (fixture->store, NULL);

  crm_test_wait_for_count (window, 2);
  crm_window_select_client (window, junk_id);
  g_assert_true (crm_test_wait_for (card_shows_selected, window));

  /* Marked as spam: gone from the normal list. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-spam", NULL);
  g_assert_true (crm_store_get_client_spam (fixture->store, junk));
  crm_test_wait_for_count (window, 1);
  g_assert_cmpuint (crm_client_list_find (crm_window_get_client_list (window), junk_id), ==, G_MAXUINT);

  /* The Spam view lists it, and only it. */
  gtk_drop_down_set_selected (window->scope_dropdown, 2);
  crm_test_wait_for_count (window, 1);
  g_assert_cmpuint (crm_client_list_find (crm_window_get_client_list (window), junk_id), ==, 0);

  /* Undo (the toast's action) takes it back out of spam. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-spam", "(xb)", junk_id, FALSE);
  g_assert_false (crm_store_get_client_spam (fixture->store, junk));
  crm_test_wait_for_count (window, 0);

  /* My Clients: those assigned to the person using the app, here both. */
  gtk_drop_down_set_selected (window->scope_dropdown, 1);
  crm_test_wait_for_count (window, 2);
  gtk_drop_down_set_selected (window->scope_dropdown, 0);
  crm_test_wait_for_count (window, 2);

  crm_test_close_window (window);
}

static void
test_remembers_selection (Fixture       *fixture,
                          gconstpointer  data)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(CrmClient) one = crm_test_add_client (fixture->store, "One", "Olga", "Ode");
  g_autoptr(CrmClient) two = crm_test_add_client (fixture->store, "Two", "Tim", "Toe");
  CrmWindow *window;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_test_skip ("The GSettings schema is not compiled");
      return;
    }

  settings = g_settings_new_full (schema, NULL, NULL);

  window = crm_test_open_window (fixture->store, settings);
  crm_test_wait_for_count (window, 2);
  gtk_single_selection_set_selected (window->selection, 1);
  g_assert_cmpint (g_settings_get_int64 (settings, "selected-client"), ==, crm_client_get_id (two));
  crm_test_close_window (window);

  window = crm_test_open_window (fixture->store, settings);
  g_assert_true (crm_test_wait_for (card_shows_selected, window));
  g_assert_true (crm_client_card_get_client (window->card) == two);
  crm_test_close_window (window);
}

/* The Bookings and Contacts views read their lists when first shown, not
 * at start behind the client list; then they list what is stored. */
static void
test_views_read_when_shown (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(CrmClient) client = crm_test_add_client (fixture->store, "Harbour Bakery", "Ada", "Lovelace");
  CrmWindow *window = crm_test_open_window (fixture->store, NULL);

  crm_test_wait_for_count (window, 1);
  crm_test_settle (10);
  g_assert_null (window->contacts_view->contacts);
  g_assert_null (window->bookings_view->bookings);

  adw_view_stack_set_visible_child_name (window->view_stack, "contacts");
  crm_test_settle (5);
  g_assert_nonnull (window->contacts_view->contacts);
  g_assert_true (crm_test_wait_loaded (window->contacts_view->contacts));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->contacts_view->contacts)), ==, 1);
  g_assert_null (window->bookings_view->bookings);

  adw_view_stack_set_visible_child_name (window->view_stack, "bookings");
  crm_test_settle (5);
  g_assert_nonnull (window->bookings_view->bookings);
  g_assert_true (crm_test_wait_loaded (window->bookings_view->bookings));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->bookings_view->bookings)), ==, 0);

  crm_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

  g_test_add ("/gui/window/empty", Fixture, NULL,
              fixture_set_up, test_empty_database, fixture_tear_down);
  g_test_add ("/gui/window/list", Fixture, NULL,
              fixture_set_up, test_list_shows_clients, fixture_tear_down);
  g_test_add ("/gui/new-client-dialog", Fixture, NULL,
              fixture_set_up, test_new_client_dialog, fixture_tear_down);
  g_test_add ("/gui/card", Fixture, NULL,
              fixture_set_up, test_card, fixture_tear_down);
  g_test_add ("/gui/card/long-history", Fixture, NULL,
              fixture_set_up, test_long_history, fixture_tear_down);
  g_test_add ("/gui/card/contacts", Fixture, NULL,
              fixture_set_up, test_contacts, fixture_tear_down);
  g_test_add ("/gui/window/delete-undo", Fixture, NULL,
              fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add ("/gui/window/spam-and-mine", Fixture, NULL,
              fixture_set_up, test_spam_and_mine, fixture_tear_down);
  g_test_add ("/gui/window/remembers-selection", Fixture, NULL,
              fixture_set_up, test_remembers_selection, fixture_tear_down);
  g_test_add ("/gui/window/views-read-when-shown", Fixture, NULL,
              fixture_set_up, test_views_read_when_shown, fixture_tear_down);

  return g_test_run ();
}
