/* test-staff-ui.c: staff in Preferences (add, edit, deactivate, a bad
 * address refused), picking who you are (new notes carry your name),
 * assigning a client in the Info tab, and the client list's staff filter
 * with its count — driven as a person would, on a real database in a
 * temporary folder.
 *
 * Needs a display (the test command runs the suite under Xvfb).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-bookings-view-private.h"
#include "crm-client-card-private.h"
#include "crm-client-info-private.h"
#include "crm-gui-test.h"
#include "crm-new-client-dialog.h"
#include "crm-preferences-window-private.h"
#include "crm-staff-dialog-private.h"
#include "crm-store-business.h"
#include "crm-window-private.h"

typedef struct {
  CrmTestDb  db;
  CrmWindow *window;
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
  crm_test_db_set_up (&f->db);
  crm_store_business_init ();
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
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *other;

  while ((other = crm_test_find_toplevel (CRM_TYPE_STAFF_DIALOG)) != NULL)
    gtk_window_destroy (other);
  while ((other = crm_test_find_toplevel (CRM_TYPE_PREFERENCES_WINDOW)) != NULL)
    gtk_window_destroy (other);
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  crm_test_spin (50);
  crm_test_db_tear_down (&f->db);
}

static gboolean
toplevel_open (gpointer data)
{
  return crm_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
toplevel_closed (gpointer data)
{
  return crm_test_find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

static CrmPreferencesWindow *
open_preferences (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preferences", NULL);
  g_assert_true (crm_test_wait_for (toplevel_open, GSIZE_TO_POINTER (CRM_TYPE_PREFERENCES_WINDOW)));
  crm_test_spin (20);

  return CRM_PREFERENCES_WINDOW (crm_test_find_toplevel (CRM_TYPE_PREFERENCES_WINDOW));
}

static CrmStaffDialog *
wait_dialog (void)
{
  g_assert_true (crm_test_wait_for (toplevel_open, GSIZE_TO_POINTER (CRM_TYPE_STAFF_DIALOG)));
  crm_test_spin (20);

  return CRM_STAFF_DIALOG (crm_test_find_toplevel (CRM_TYPE_STAFF_DIALOG));
}

static void
wait_dialog_closed (void)
{
  g_assert_true (crm_test_wait_for (toplevel_closed, GSIZE_TO_POINTER (CRM_TYPE_STAFF_DIALOG)));
}

/* The row of the staff list titled @name, or NULL. */
static AdwActionRow *
staff_row (CrmPreferencesWindow *prefs,
           const char           *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (prefs->staff_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ACTION_ROW (child) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), name) == 0)
      return ADW_ACTION_ROW (child);

  return NULL;
}

static guint
n_staff_rows (CrmPreferencesWindow *prefs)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (prefs->staff_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* The names "You Are" offers, joined by ", ". */
static char *
you_choices (CrmPreferencesWindow *prefs)
{
  GListModel *model = adw_combo_row_get_model (prefs->you_row);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "",
                            gtk_string_list_get_string (GTK_STRING_LIST (model), i));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
you_selected (CrmPreferencesWindow *prefs)
{
  return gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (prefs->you_row)),
                                     adw_combo_row_get_selected (prefs->you_row));
}

static guint
select_string (GListModel *model,
               const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      return i;

  g_error ("“%s” is not offered", text);
  return GTK_INVALID_LIST_POSITION;
}

static void
test_add_edit_deactivate (Fixture       *f,
                          gconstpointer  data)
{
  CrmStaff *me = crm_store_get_current_staff (f->db.store);
  g_autofree char *my_name = g_strdup (crm_staff_get_name (me));
  gint64 my_id = crm_staff_get_id (me);
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(CrmStaff) bea = NULL;
  g_autofree char *choices = NULL;
  CrmPreferencesWindow *prefs;
  CrmStaffDialog *dialog;

  open_window (f);
  prefs = open_preferences (f);

  /* The first start made the person using the app its first staff member. */
  g_assert_cmpuint (n_staff_rows (prefs), ==, 1);
  g_assert_nonnull (staff_row (prefs, my_name));
  g_assert_cmpstr (you_selected (prefs), ==, my_name);

  /* A bad address is marked as it is typed, and never reaches the store. */
  gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.add-staff", NULL);
  dialog = wait_dialog ();
  g_assert_false (gtk_widget_get_sensitive (dialog->save_button));
  crm_test_set_text (dialog->name_row, "Bea Booker");
  g_assert_true (gtk_widget_get_sensitive (dialog->save_button));
  crm_test_set_text (dialog->email_row, "bea@");
  crm_test_assert_shows (GTK_WIDGET (dialog), "Not a valid address");
  g_assert_false (gtk_widget_get_sensitive (dialog->save_button));
  crm_test_click (dialog->save_button);
  crm_test_spin (20);
  g_assert_nonnull (crm_test_find_toplevel (CRM_TYPE_STAFF_DIALOG));
  staff = crm_store_list_staff (f->db.store);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 1);
  g_clear_object (&staff);

  crm_test_set_text (dialog->email_row, "bea@example.com");
  g_assert_true (gtk_widget_get_sensitive (dialog->save_button));
  adw_combo_row_set_selected (dialog->role_row, CRM_STAFF_ROLE_STAFF);
  crm_test_shoot ("staff-dialog");
  crm_test_click (dialog->save_button);
  wait_dialog_closed ();

  crm_test_assert_shows (GTK_WIDGET (prefs), "Bea Booker");
  crm_test_assert_shows (GTK_WIDGET (prefs), "bea@example.com");
  g_assert_cmpuint (n_staff_rows (prefs), ==, 2);
  staff = crm_store_list_staff (f->db.store);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 2);
  bea = g_list_model_get_item (staff, 0);
  if (g_strcmp0 (crm_staff_get_name (bea), "Bea Booker") != 0)
    {
      g_clear_object (&bea);
      bea = g_list_model_get_item (staff, 1);
    }
  g_assert_cmpstr (crm_staff_get_name (bea), ==, "Bea Booker");
  g_assert_cmpint (crm_store_get_staff_role (f->db.store, crm_staff_get_id (bea)), ==, CRM_STAFF_ROLE_STAFF);

  /* Edit: a new name and role show at once. */
  gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.edit-staff", "x", crm_staff_get_id (bea));
  dialog = wait_dialog ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->name_row)), ==, "Bea Booker");
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->role_row), ==, CRM_STAFF_ROLE_STAFF);
  crm_test_set_text (dialog->name_row, "Bea Baker");
  adw_combo_row_set_selected (dialog->role_row, CRM_STAFF_ROLE_READ_ONLY);
  crm_test_click (dialog->save_button);
  wait_dialog_closed ();
  crm_test_assert_shows (GTK_WIDGET (prefs), "Bea Baker");
  crm_test_assert_shows (GTK_WIDGET (prefs), "Read-only");
  g_assert_null (staff_row (prefs, "Bea Booker"));

  /* The store's refusal shows in the dialog, which stays open, and
   * changes nothing: the only admin stays one. */
  gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.edit-staff", "x", my_id);
  dialog = wait_dialog ();
  adw_combo_row_set_selected (dialog->role_row, CRM_STAFF_ROLE_STAFF);
  crm_test_click (dialog->save_button);
  crm_test_spin (20);
  g_assert_true (gtk_revealer_get_reveal_child (dialog->error_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (dialog->error_label), "only admin"));
  g_assert_nonnull (crm_test_find_toplevel (CRM_TYPE_STAFF_DIALOG));
  g_assert_cmpint (crm_store_get_staff_role (f->db.store, my_id), ==, CRM_STAFF_ROLE_ADMIN);
  gtk_window_close (GTK_WINDOW (dialog));
  wait_dialog_closed ();

  /* Deactivate: marked Inactive, kept in the list, no longer someone you
   * can be; Undo brings Bea back. */
  gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.set-staff-active", "(xb)",
                              crm_staff_get_id (bea), FALSE);
  crm_test_assert_shows (GTK_WIDGET (prefs), "Inactive");
  g_assert_nonnull (staff_row (prefs, "Bea Baker"));
  g_assert_false (crm_store_get_staff_active (f->db.store, crm_staff_get_id (bea)));
  choices = you_choices (prefs);
  g_assert_cmpstr (choices, ==, my_name);
  g_clear_pointer (&choices, g_free);
  crm_test_shoot ("preferences-staff");

  gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.set-staff-active", "(xb)",
                              crm_staff_get_id (bea), TRUE);
  crm_test_spin (20);
  g_assert_true (crm_store_get_staff_active (f->db.store, crm_staff_get_id (bea)));
  g_assert_false (crm_test_find_label (GTK_WIDGET (prefs), "Inactive"));

  /* The person using the app cannot be deactivated: the store says why. */
  gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.set-staff-active", "(xb)", my_id, FALSE);
  crm_test_spin (20);
  g_assert_true (crm_store_get_staff_active (f->db.store, my_id));
}

/* Does a label under @widget start with @prefix? */
static gboolean
label_starts_with (GtkWidget  *widget,
                   const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (label_starts_with (child, prefix))
      return TRUE;

  return FALSE;
}

static gboolean
note_shown (gpointer data)
{
  CrmWindow *window = data;

  return gtk_widget_get_first_child (GTK_WIDGET (window->card->notes_list)) != NULL;
}

static void
test_you_are (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CrmClient) client = crm_test_add_client (f->db.store, "Harbour Bakery", "Ada", "Lovelace");
  g_autoptr(CrmStaff) cy = crm_store_add_staff (f->db.store, "Cy Writer", "cy@example.com",
                                                CRM_STAFF_ROLE_STAFF, NULL);
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(CrmNote) note = NULL;
  g_autofree char *byline_start = NULL;
  CrmPreferencesWindow *prefs;
  GtkTextBuffer *buffer;

  open_window (f);
  prefs = open_preferences (f);

  /* Picking yourself makes you the store's current staff member. */
  adw_combo_row_set_selected (prefs->you_row,
                              select_string (adw_combo_row_get_model (prefs->you_row), "Cy Writer"));
  crm_test_spin (20);
  g_assert_cmpint (crm_staff_get_id (crm_store_get_current_staff (f->db.store)), ==, crm_staff_get_id (cy));
  g_assert_cmpstr (you_selected (prefs), ==, "Cy Writer");
  g_assert_true (crm_test_find_label (GTK_WIDGET (staff_row (prefs, "Cy Writer")), "You"));
  gtk_window_close (GTK_WINDOW (prefs));
  g_assert_true (crm_test_wait_for (toplevel_closed, GSIZE_TO_POINTER (CRM_TYPE_PREFERENCES_WINDOW)));

  /* A note written now carries Cy's name, in the store and on screen. */
  crm_window_select_client (f->window, crm_client_get_id (client));
  crm_test_spin (20);
  buffer = gtk_text_view_get_buffer (f->window->card->note_view);
  gtk_text_buffer_set_text (buffer, "Called about the spring order.", -1);
  gtk_widget_activate_action (GTK_WIDGET (f->window->card), "card.add-note", NULL);
  g_assert_true (crm_test_wait_for (note_shown, f->window));

  notes = crm_store_get_notes (f->db.store, client);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  note = g_list_model_get_item (notes, 0);
  g_assert_cmpstr (crm_note_get_author_name (note), ==, "Cy Writer");
  byline_start = g_strdup ("Cy Writer · ");
  g_assert_true (label_starts_with (GTK_WIDGET (f->window->card->notes_list), byline_start));
}

typedef struct {
  CrmWindow *window;
  guint      n;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *wait = data;
  CrmClientList *list = crm_window_get_client_list (wait->window);

  return !crm_client_list_get_loading (list) &&
         g_list_model_get_n_items (G_LIST_MODEL (list)) == wait->n;
}

static void
wait_for_count (CrmWindow *window,
                guint      n)
{
  CountWait wait = { window, n };

  if (!crm_test_wait_for (count_is, &wait))
    g_error ("the list never held %u clients (it holds %u)", n,
             g_list_model_get_n_items (G_LIST_MODEL (crm_window_get_client_list (window))));
}

static char *
model_strings (GListModel *model)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "",
                            gtk_string_list_get_string (GTK_STRING_LIST (model), i));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
selected_string (GListModel *model,
                 guint       position)
{
  return gtk_string_list_get_string (GTK_STRING_LIST (model), position);
}

static void
pick (AdwComboRow *row,
      const char  *text)
{
  adw_combo_row_set_selected (row, select_string (adw_combo_row_get_model (row), text));
  crm_test_spin (10);
}

static void
pick_scope (CrmWindow  *window,
            const char *text)
{
  gtk_drop_down_set_selected (window->scope_dropdown,
                              select_string (gtk_drop_down_get_model (window->scope_dropdown), text));
  crm_test_spin (10);
}

static const char *
count_subtitle (CrmWindow *window)
{
  return adw_window_title_get_subtitle (window->list_title);
}

static void
show_info_tab (CrmWindow *window)
{
  GtkNotebook *notebook = window->card->notebook;

  gtk_notebook_set_current_page (notebook,
                                 gtk_notebook_page_num (notebook, GTK_WIDGET (window->card->info)));
  crm_test_spin (20);
}

static void
test_assign_and_filter (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CrmClient) acme = crm_test_add_client (f->db.store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmClient) bakery = crm_test_add_client (f->db.store, "Harbour Bakery", "Bob", "Baker");
  g_autoptr(CrmClient) cafe = crm_test_add_client (f->db.store, "Corner Café", "Cleo", "Cook");
  g_autoptr(CrmStaff) bea = crm_store_add_staff (f->db.store, "Bea Booker", "bea@example.com",
                                                 CRM_STAFF_ROLE_STAFF, NULL);
  CrmStaff *me = crm_store_get_current_staff (f->db.store);
  g_autofree char *my_name = g_strdup (crm_staff_get_name (me));
  g_autofree char *expected = NULL;
  g_autofree char *shown = NULL;
  CrmClientInfo *info;

  open_window (f);
  wait_for_count (f->window, 3);
  info = f->window->card->info;

  /* The drop-down offers every other staff member between Mine and Spam. */
  shown = model_strings (gtk_drop_down_get_model (f->window->scope_dropdown));
  g_assert_cmpstr (shown, ==, "All Clients, My Clients, Bea Booker, Spam");
  g_clear_pointer (&shown, g_free);

  /* The Info tab says who looks after the client: the creator, at first. */
  crm_window_select_client (f->window, crm_client_get_id (bakery));
  crm_test_spin (20);
  show_info_tab (f->window);
  shown = model_strings (adw_combo_row_get_model (info->staff_row));
  expected = g_strdup_printf ("Nobody, Bea Booker, %s", my_name);
  g_assert_cmpstr (shown, ==, expected);
  g_clear_pointer (&shown, g_free);
  g_assert_cmpstr (selected_string (adw_combo_row_get_model (info->staff_row),
                                    adw_combo_row_get_selected (info->staff_row)), ==, my_name);

  /* Assigned to Bea: in the store, and in Bea's list with its count. */
  pick (info->staff_row, "Bea Booker");
  g_assert_cmpint (crm_store_get_client_staff_id (f->db.store, bakery), ==, crm_staff_get_id (bea));
  crm_test_shoot ("info-assigned-to");

  pick_scope (f->window, "Bea Booker");
  wait_for_count (f->window, 1);
  g_assert_cmpuint (crm_client_list_find (crm_window_get_client_list (f->window),
                                          crm_client_get_id (bakery)), ==, 0);
  g_assert_cmpstr (count_subtitle (f->window), ==, "1 client");
  crm_test_shoot ("client-list-staff-filter");

  pick_scope (f->window, "My Clients");
  wait_for_count (f->window, 2);
  g_assert_cmpstr (count_subtitle (f->window), ==, "2 clients");
  g_assert_cmpuint (crm_client_list_find (crm_window_get_client_list (f->window),
                                          crm_client_get_id (bakery)), ==, G_MAXUINT);

  /* Reassigning while a staff member's list shows takes the client out
   * of it at once. */
  pick_scope (f->window, "Bea Booker");
  wait_for_count (f->window, 1);
  crm_window_select_client (f->window, crm_client_get_id (bakery));
  crm_test_spin (20);
  pick (info->staff_row, "Nobody");
  g_assert_cmpint (crm_store_get_client_staff_id (f->db.store, bakery), ==, 0);
  wait_for_count (f->window, 0);
  g_assert_cmpstr (count_subtitle (f->window), ==, "0 clients");

  /* Someone who left still shows on the clients they looked after, and in
   * the drop-down, marked. */
  g_assert_true (crm_store_assign_client (f->db.store, cafe, crm_staff_get_id (bea), NULL));
  wait_for_count (f->window, 1);
  g_assert_true (crm_store_set_staff_active (f->db.store, crm_staff_get_id (bea), FALSE, NULL));
  crm_test_spin (20);
  g_assert_cmpstr (selected_string (gtk_drop_down_get_model (f->window->scope_dropdown),
                                    gtk_drop_down_get_selected (f->window->scope_dropdown)),
                   ==, "Bea Booker (inactive)");
  wait_for_count (f->window, 1);
  crm_window_select_client (f->window, crm_client_get_id (cafe));
  crm_test_spin (20);
  g_assert_cmpstr (selected_string (adw_combo_row_get_model (info->staff_row),
                                    adw_combo_row_get_selected (info->staff_row)),
                   ==, "Bea Booker (inactive)");

  /* My Clients follows who you are. */
  g_assert_true (crm_store_set_staff_active (f->db.store, crm_staff_get_id (bea), TRUE, NULL));
  pick_scope (f->window, "My Clients");
  wait_for_count (f->window, 1);
  g_assert_true (crm_store_set_current_staff (f->db.store, crm_staff_get_id (bea), NULL));
  crm_test_spin (20);
  wait_for_count (f->window, 1);
  g_assert_cmpuint (crm_client_list_find (crm_window_get_client_list (f->window),
                                          crm_client_get_id (cafe)), ==, 0);
  shown = model_strings (gtk_drop_down_get_model (f->window->scope_dropdown));
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("All Clients, My Clients, %s, Spam", my_name);
  g_assert_cmpstr (shown, ==, expected);
  g_assert_cmpuint (gtk_drop_down_get_selected (f->window->scope_dropdown), ==, 1);

  pick_scope (f->window, "All Clients");
  wait_for_count (f->window, 3);
  g_assert_cmpstr (count_subtitle (f->window), ==, "3 clients");
  (void) acme;
}

typedef struct {
  CrmBookingList *list;
  guint           n;
} BookingsWait;

static gboolean
bookings_are (gpointer data)
{
  BookingsWait *wait = data;

  return !crm_id_list_get_loading (CRM_ID_LIST (wait->list)) &&
         g_list_model_get_n_items (G_LIST_MODEL (wait->list)) == wait->n;
}

/* The Bookings view's staff filter stays on its person when the staff
 * change (a rename, someone new, who you are). */
static void
test_bookings_staff_filter (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(CrmClient) client = crm_test_add_client (f->db.store, "Harbour Bakery", "Bob", "Baker");
  g_autoptr(CrmStaff) bea = crm_store_add_staff (f->db.store, "Bea Booker", NULL, CRM_STAFF_ROLE_STAFF, NULL);
  g_autoptr(CrmStaff) renamed = NULL;
  g_autoptr(CrmStaff) cy = NULL;
  g_autoptr(CrmBooking) draft = crm_booking_new ("Oven service");
  g_autoptr(CrmBooking) other = crm_booking_new ("Delivery");
  g_autoptr(CrmBooking) booking = NULL;
  g_autoptr(GError) error = NULL;
  CrmBookingsView *view;
  BookingsWait wait;

  g_object_set (draft, "staff-id", crm_staff_get_id (bea), NULL);
  booking = crm_store_create_booking (f->db.store, client, draft, &error);
  g_assert_no_error (error);
  g_clear_object (&booking);
  booking = crm_store_create_booking (f->db.store, client, other, &error);
  g_assert_no_error (error);

  open_window (f);
  adw_view_stack_set_visible_child_name (f->window->view_stack, "bookings");
  view = f->window->bookings_view;
  wait.list = view->bookings;
  wait.n = 2;
  g_assert_true (crm_test_wait_for (bookings_are, &wait));

  gtk_drop_down_set_selected (view->staff_dropdown,
                              select_string (gtk_drop_down_get_model (view->staff_dropdown), "Bea Booker"));
  wait.n = 1;
  g_assert_true (crm_test_wait_for (bookings_are, &wait));

  renamed = crm_store_update_staff (f->db.store, crm_staff_get_id (bea), "Bea Baker", NULL,
                                    CRM_STAFF_ROLE_STAFF, &error);
  g_assert_no_error (error);
  cy = crm_store_add_staff (f->db.store, "Al Adams", NULL, CRM_STAFF_ROLE_STAFF, &error);
  g_assert_no_error (error);
  crm_test_spin (20);
  g_assert_cmpstr (selected_string (gtk_drop_down_get_model (view->staff_dropdown),
                                    gtk_drop_down_get_selected (view->staff_dropdown)), ==, "Bea Baker");
  g_assert_true (crm_test_wait_for (bookings_are, &wait));
  crm_test_assert_shows (GTK_WIDGET (view), "1 booking");
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CrmClient) client = crm_test_add_client (f->db.store, "Harbour Bakery", "Bob", "Baker");
  g_autoptr(CrmStaff) rita = crm_store_add_staff (f->db.store, "Rita Reader", NULL,
                                                  CRM_STAFF_ROLE_READ_ONLY, NULL);
  CrmStaff *me = crm_store_get_current_staff (f->db.store);
  g_autofree char *my_name = g_strdup (crm_staff_get_name (me));
  CrmPreferencesWindow *prefs;
  CrmClientInfo *info;
  GtkWidget *new_client;

  open_window (f);
  crm_window_select_client (f->window, crm_client_get_id (client));
  crm_test_spin (20);
  info = f->window->card->info;
  new_client = crm_test_find_button (GTK_WIDGET (f->window), "New Client");
  g_assert_nonnull (new_client);

  /* An admin may change everything, and sees no banner. */
  g_assert_true (gtk_widget_get_sensitive (new_client));
  g_assert_false (gtk_revealer_get_reveal_child (f->window->read_only_revealer));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (info->rows[CRM_INFO_FIELD_NAME])));

  /* Becoming Rita, who is Read-only. */
  prefs = open_preferences (f);
  pick (prefs->you_row, "Rita Reader");
  g_assert_cmpint (crm_staff_get_id (crm_store_get_current_staff (f->db.store)), ==, crm_staff_get_id (rita));
  crm_test_assert_shows (GTK_WIDGET (prefs), "Read-only: you may look at everything but change nothing");
  crm_test_assert_shows (GTK_WIDGET (prefs), "Only an admin can add and change staff members.");
  g_assert_false (gtk_widget_get_sensitive (prefs->add_button));
  gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.add-staff", NULL);
  crm_test_spin (20);
  g_assert_null (crm_test_find_toplevel (CRM_TYPE_STAFF_DIALOG));
  gtk_window_close (GTK_WINDOW (prefs));
  g_assert_true (crm_test_wait_for (toplevel_closed, GSIZE_TO_POINTER (CRM_TYPE_PREFERENCES_WINDOW)));

  /* The window says why, and nothing that changes a client works. */
  g_assert_true (gtk_revealer_get_reveal_child (f->window->read_only_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (f->window->read_only_label), "Rita Reader is Read-only"));
  g_assert_false (gtk_widget_get_sensitive (new_client));
  g_assert_false (gtk_widget_get_sensitive (f->window->card->delete_button));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (info->rows[CRM_INFO_FIELD_NAME])));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (info->status_row)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (info->staff_row)));
  g_assert_false (gtk_widget_get_sensitive (info->new_contact_button));
  g_assert_false (gtk_text_view_get_editable (f->window->card->note_view));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->window->card->note_view)));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-client", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-client", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-spam", NULL);
  crm_test_spin (20);
  g_assert_null (crm_test_find_toplevel (CRM_TYPE_NEW_CLIENT_DIALOG));
  g_assert_cmpuint (crm_store_count_clients (f->db.store), ==, 1);
  g_assert_false (crm_store_get_client_spam (f->db.store, client));

  show_info_tab (f->window);
  crm_test_shoot ("read-only");

  /* Back to the admin: everything is open again. */
  prefs = open_preferences (f);
  pick (prefs->you_row, my_name);
  gtk_window_close (GTK_WINDOW (prefs));
  g_assert_true (crm_test_wait_for (toplevel_closed, GSIZE_TO_POINTER (CRM_TYPE_PREFERENCES_WINDOW)));
  g_assert_false (gtk_revealer_get_reveal_child (f->window->read_only_revealer));
  g_assert_true (gtk_widget_get_sensitive (new_client));
  g_assert_true (gtk_widget_get_sensitive (f->window->card->delete_button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (info->rows[CRM_INFO_FIELD_NAME])));
  g_assert_true (gtk_text_view_get_editable (f->window->card->note_view));
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/staff-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add-edit-deactivate", test_add_edit_deactivate);
  ADD ("you-are", test_you_are);
  ADD ("assign-and-filter", test_assign_and_filter);
  ADD ("bookings-staff-filter", test_bookings_staff_filter);
  ADD ("read-only", test_read_only);

#undef ADD

  return g_test_run ();
}
