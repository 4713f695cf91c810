/* test-info-sla.c: the Info tab's Service Level rows and contacts marked
 * inactive, in the window a person uses, on a real database in a
 * temporary folder.
 *
 * Spin buttons are driven the way typing drives them: text set, then
 * gtk_spin_button_update(), which is what Enter or leaving the field does.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "crm-store-business.h"

#include "crm-gui-test.h"

#include "crm-client-card-private.h"
#include "crm-client-info-private.h"
#include "crm-contact-dialog-private.h"
#include "crm-window-private.h"

typedef struct {
  CrmTestDb      db;
  CrmClient     *client;
  CrmClient     *other;
  CrmWindow     *window;
  CrmClientInfo *info;
} Fixture;

static void
show_client (Fixture   *f,
             CrmClient *client)
{
  crm_window_select_client (f->window, crm_client_get_id (client));
  crm_test_spin (50);
  f->info = f->window->card->info;
  gtk_notebook_set_current_page (f->window->card->notebook,
                                 gtk_notebook_page_num (f->window->card->notebook,
                                                        GTK_WIDGET (f->info)));
  crm_test_spin (20);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  crm_test_db_set_up (&f->db);
  crm_store_business_init ();
  f->client = crm_test_add_client (f->db.store, "Harbour Bakery", "Ada", "Lovelace");
  f->other = crm_test_add_client (f->db.store, "Northwind Plumbing", "Grace", "Hopper");

  f->window = crm_window_new (NULL, f->db.store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (crm_test_wait_for (crm_test_list_loaded, f->window));
  show_client (f, f->client);
}

static gboolean
no_contact_dialog (gpointer data)
{
  return crm_test_find_toplevel (CRM_TYPE_CONTACT_DIALOG) == NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = crm_test_find_toplevel (CRM_TYPE_CONTACT_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (f->window));
  crm_test_spin (100);
  g_clear_object (&f->client);
  g_clear_object (&f->other);
  crm_test_db_tear_down (&f->db);
}

/* Types @hours into the spin button of @priority and confirms it. */
static void
type_hours (Fixture            *f,
            CrmBookingPriority  priority,
            const char         *hours)
{
  GtkSpinButton *spin = f->info->sla_spins[priority];

  crm_test_set_text (spin, hours);
  gtk_spin_button_update (spin);
  crm_test_spin (10);
}

static void
assert_row (Fixture            *f,
            CrmBookingPriority  priority,
            const char         *title,
            int                 hours,
            const char         *subtitle)
{
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->info->sla_rows[priority])), ==, title);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (f->info->sla_spins[priority]), ==, hours);
  g_assert_cmpstr (adw_action_row_get_subtitle (f->info->sla_rows[priority]), ==, subtitle);
}

/* Scrolls the Info tab so @group is at the top, for the screenshots. */
static void
scroll_to (Fixture   *f,
           GtkWidget *group)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (group, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t top;

  crm_test_settle (30);
  g_assert_true (gtk_widget_compute_point (group, child, &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (adjustment, top.y - 12);
  crm_test_spin (20);
}

static void
test_change_stored (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CrmBooking) draft = crm_booking_new ("Burst pipe");
  g_autoptr(CrmBooking) booking = NULL;
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 due;

  /* The store's defaults, one row per priority. */
  crm_test_assert_shows (GTK_WIDGET (f->info), "Service Level");
  assert_row (f, CRM_BOOKING_PRIORITY_LOW, "Low", 72, "Due within 72 hours");
  assert_row (f, CRM_BOOKING_PRIORITY_NORMAL, "Normal", 24, "Due within 24 hours");
  assert_row (f, CRM_BOOKING_PRIORITY_HIGH, "High", 8, "Due within 8 hours");
  assert_row (f, CRM_BOOKING_PRIORITY_URGENT, "Urgent", 2, "Due within 2 hours");
  scroll_to (f, GTK_WIDGET (f->info->sla_group));
  crm_test_shoot ("info-sla");

  type_hours (f, CRM_BOOKING_PRIORITY_URGENT, "5");
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->db.store, f->client, CRM_BOOKING_PRIORITY_URGENT), ==, 5);
  assert_row (f, CRM_BOOKING_PRIORITY_URGENT, "Urgent", 5, "Due within 5 hours");
  type_hours (f, CRM_BOOKING_PRIORITY_HIGH, "1");
  assert_row (f, CRM_BOOKING_PRIORITY_HIGH, "High", 1, "Due within 1 hour");
  /* The others are left alone. */
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->db.store, f->client, CRM_BOOKING_PRIORITY_LOW), ==, 72);
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->db.store, f->client, CRM_BOOKING_PRIORITY_NORMAL), ==, 24);
  crm_test_shoot ("info-sla-changed");

  /* Out of range is held to the range, never stored. */
  type_hours (f, CRM_BOOKING_PRIORITY_LOW, "0");
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->db.store, f->client, CRM_BOOKING_PRIORITY_LOW), ==, 1);
  type_hours (f, CRM_BOOKING_PRIORITY_LOW, "100000");
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->db.store, f->client, CRM_BOOKING_PRIORITY_LOW), ==, CRM_SLA_MAX_HOURS);

  /* A new urgent booking without a due time is due in 5 hours. */
  g_object_set (draft, "priority", CRM_BOOKING_PRIORITY_URGENT, NULL);
  before = g_date_time_new_now_utc ();
  booking = crm_store_create_booking (f->db.store, f->client, draft, &error);
  after = g_date_time_new_now_utc ();
  g_assert_no_error (error);
  due = g_date_time_to_unix (crm_booking_get_due (booking));
  g_assert_cmpint (due, >=, g_date_time_to_unix (before) + 5 * 3600);
  g_assert_cmpint (due, <=, g_date_time_to_unix (after) + 5 * 3600);
}

/* Makes the database refuse any change of the urgent SLA, from a second
 * connection, as a locked or damaged file would. */
static void
refuse_sla_changes (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->db.dir, "clientele.db", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER refuse_sla BEFORE UPDATE OF sla_urgent_hours ON clients"
                                 " BEGIN SELECT RAISE (ABORT, 'The disk is full.'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  refuse_sla_changes (f);
  type_hours (f, CRM_BOOKING_PRIORITY_URGENT, "6");
  /* The store's message is shown, the row goes back to what is stored. */
  crm_test_assert_shows (GTK_WIDGET (f->window),
                         "The change breaks a rule of the database (The disk is full.).");
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->db.store, f->client, CRM_BOOKING_PRIORITY_URGENT), ==, 2);
  assert_row (f, CRM_BOOKING_PRIORITY_URGENT, "Urgent", 2, "Due within 2 hours");
  scroll_to (f, GTK_WIDGET (f->info->sla_group));
  crm_test_shoot ("info-sla-refused");
}

static void
test_switch_client (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (crm_store_set_client_sla_hours (f->db.store, f->other, CRM_BOOKING_PRIORITY_LOW, 48, &error));
  g_assert_no_error (error);
  type_hours (f, CRM_BOOKING_PRIORITY_NORMAL, "12");

  show_client (f, f->other);
  assert_row (f, CRM_BOOKING_PRIORITY_LOW, "Low", 48, "Due within 48 hours");
  assert_row (f, CRM_BOOKING_PRIORITY_NORMAL, "Normal", 24, "Due within 24 hours");
  /* Showing a client writes nothing. */
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->db.store, f->other, CRM_BOOKING_PRIORITY_NORMAL), ==, 24);

  show_client (f, f->client);
  assert_row (f, CRM_BOOKING_PRIORITY_LOW, "Low", 72, "Due within 72 hours");
  assert_row (f, CRM_BOOKING_PRIORITY_NORMAL, "Normal", 12, "Due within 12 hours");
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->db.store, f->other, CRM_BOOKING_PRIORITY_LOW), ==, 48);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  gint64 admin_id = crm_staff_get_id (crm_store_get_current_staff (f->db.store));
  g_autoptr(CrmStaff) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = crm_store_add_staff (f->db.store, "Rita Reader", NULL, CRM_STAFF_ROLE_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (crm_store_set_current_staff (f->db.store, crm_staff_get_id (reader), &error));
  g_assert_no_error (error);
  crm_test_spin (20);

  for (guint p = 0; p < CRM_INFO_N_SLA; p++)
    g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (f->info->sla_spins[p])));
  /* Still readable. */
  assert_row (f, CRM_BOOKING_PRIORITY_URGENT, "Urgent", 2, "Due within 2 hours");
  scroll_to (f, GTK_WIDGET (f->info->sla_group));
  crm_test_shoot ("info-sla-read-only");

  g_assert_true (crm_store_set_current_staff (f->db.store, admin_id, &error));
  g_assert_no_error (error);
  crm_test_spin (20);
  for (guint p = 0; p < CRM_INFO_N_SLA; p++)
    g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (f->info->sla_spins[p])));
}

static CrmContactDialog *
open_dialog (Fixture *f,
             gint64   contact_id)
{
  CrmContactDialog *dialog;

  if (contact_id != 0)
    gtk_widget_activate_action (GTK_WIDGET (f->info), "info.edit-contact", "x", contact_id);
  else
    gtk_widget_activate_action (GTK_WIDGET (f->info), "info.new-contact", NULL);
  crm_test_spin (20);

  dialog = CRM_CONTACT_DIALOG (crm_test_find_toplevel (CRM_TYPE_CONTACT_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

static void
save_dialog (CrmContactDialog *dialog)
{
  crm_test_click (dialog->save_button);
  g_assert_true (crm_test_wait_for (no_contact_dialog, NULL));
  crm_test_spin (20);
}

/* Does the contact's row in the Info tab show "Inactive"? */
static gboolean
row_shows_inactive (Fixture *f,
                    gint64   contact_id)
{
  GtkWidget *list = GTK_WIDGET (f->info->contacts_list);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      CrmContact *contact = g_object_get_data (G_OBJECT (row), "crm-contact");

      if (contact != NULL && crm_contact_get_id (contact) == contact_id)
        return crm_test_find_label (row, "Inactive");
    }

  g_error ("no row for contact %" G_GINT64_FORMAT, contact_id);
}

static void
test_contact_inactive (Fixture       *f,
                       gconstpointer  data)
{
  CrmContact *ada = crm_client_get_primary_contact (f->client);
  g_autoptr(CrmContact) stored = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GError) error = NULL;
  CrmContactDialog *dialog;
  gint64 ada_id = crm_contact_get_id (ada);

  g_assert_false (crm_test_find_label (GTK_WIDGET (f->info->contacts_list), "Inactive"));

  /* A new contact who already left. */
  dialog = open_dialog (f, 0);
  g_assert_false (gtk_switch_get_active (dialog->inactive_switch));
  crm_test_set_text (dialog->first_name_row, "Charles");
  crm_test_set_text (dialog->last_name_row, "Babbage");
  gtk_switch_set_active (dialog->inactive_switch, TRUE);
  crm_test_shoot ("contact-dialog-inactive");
  save_dialog (dialog);
  crm_test_assert_shows (GTK_WIDGET (f->info->contacts_list), "Charles Babbage");
  crm_test_assert_shows (GTK_WIDGET (f->info->contacts_list), "Inactive");
  g_assert_false (row_shows_inactive (f, ada_id));

  /* The primary contact, marked inactive in the dialog: stored, shown. */
  dialog = open_dialog (f, ada_id);
  g_assert_false (gtk_switch_get_active (dialog->inactive_switch));
  gtk_switch_set_active (dialog->inactive_switch, TRUE);
  save_dialog (dialog);
  stored = crm_store_get_contact (f->db.store, ada_id, &error);
  g_assert_no_error (error);
  g_assert_true (crm_contact_get_inactive (stored));
  g_assert_true (crm_contact_get_inactive (ada));
  g_assert_true (row_shows_inactive (f, ada_id));
  scroll_to (f, gtk_widget_get_ancestor (GTK_WIDGET (f->info->contacts_list), ADW_TYPE_PREFERENCES_GROUP));
  crm_test_shoot ("info-contacts-inactive");

  /* Reopened, the switch says so; switched off, the mark goes. */
  dialog = open_dialog (f, ada_id);
  g_assert_true (gtk_switch_get_active (dialog->inactive_switch));
  gtk_switch_set_active (dialog->inactive_switch, FALSE);
  save_dialog (dialog);
  g_clear_object (&stored);
  stored = crm_store_get_contact (f->db.store, ada_id, &error);
  g_assert_no_error (error);
  g_assert_false (crm_contact_get_inactive (stored));
  g_assert_false (row_shows_inactive (f, ada_id));

  /* Only Charles is still marked. */
  contacts = crm_store_get_contacts (f->db.store, f->client);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(CrmContact) contact = g_list_model_get_item (contacts, i);

      g_assert_cmpint (crm_contact_get_inactive (contact), ==,
                       g_strcmp0 (crm_contact_get_first_name (contact), "Charles") == 0);
    }
}

int
main (int    argc,
      char **argv)
{
  crm_test_init (&argc, &argv);

  /* The looks the application adds (AdwApplication loads them itself). */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add ("/info-sla/change-stored", Fixture, NULL,
              fixture_set_up, test_change_stored, fixture_tear_down);
  g_test_add ("/info-sla/refused", Fixture, NULL,
              fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/info-sla/switch-client", Fixture, NULL,
              fixture_set_up, test_switch_client, fixture_tear_down);
  g_test_add ("/info-sla/read-only", Fixture, NULL,
              fixture_set_up, test_read_only, fixture_tear_down);
  g_test_add ("/info-contacts/inactive", Fixture, NULL,
              fixture_set_up, test_contact_inactive, fixture_tear_down);

  return g_test_run ();
}
