/* test-contacts-ui.c: the top-level Contacts view: a table of every
 * client's contacts, sorted by a header click and filtered in SQL, whose
 * selection and scroll position survive a refresh.
 *
 * Needs a display (the test command runs the suite under Xvfb). With
 * CRM_SCREENSHOT_DIR set, it saves PNGs there.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-contacts-view-private.h"
#include "crm-lists-test.h"

/* The top-level Contacts view lists every client's contacts, searches
 * them by name or client, and activating one names its client. */
static void
test_contacts_view (CrmTabsFixture *f,
                    gconstpointer  data)
{
  g_autoptr(CrmClient) draft = crm_client_new ("Mill Street Café");
  g_autoptr(CrmContact) contact = crm_contact_new ("Carla", "Mendes");
  g_autoptr(CrmClient) other = NULL;
  GtkWidget *window = adw_window_new ();
  CrmContactsView *view = CRM_CONTACTS_VIEW (crm_contacts_view_new ());
  gint64 activated[2] = { 0, 0 };

  g_object_set (contact, "email", "carla@millstreet.example", NULL);
  other = crm_store_create_client (f->store, draft, contact, NULL);
  g_assert_nonnull (other);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  crm_contacts_view_set_store (view, f->store);

  g_assert_true (crm_test_wait_loaded (view->contacts));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view->contacts)), ==, 2);
  crm_tabs_assert_label_has (view->count_label, "2 contacts");
  crm_tabs_screenshot (GTK_WINDOW (window), "contacts-view");

  gtk_editable_set_text (GTK_EDITABLE (view->search_entry), "millstreet");
  g_signal_emit_by_name (view->search_entry, "search-changed");
  g_assert_true (crm_test_wait_loaded (view->contacts));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view->contacts)), ==, 1);

  g_signal_connect (view, "client-activated", G_CALLBACK (client_activated_cb), activated);
  g_signal_emit_by_name (view->column_view, "activate", 0);
  g_assert_cmpint (activated[0], ==, crm_client_get_id (other));
  g_assert_cmpint (activated[1], ==, crm_contact_get_id (crm_client_get_primary_contact (other)));

  gtk_window_destroy (GTK_WINDOW (window));
  crm_test_spin (10);
}

/* Names of the contacts view's rows, in order, joined by "|". */
static char *
view_contacts (CrmContactsView *view)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_true (crm_test_wait_loaded (view->contacts));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (view->contacts)); i++)
    {
      g_autoptr(CrmContact) c = g_list_model_get_item (G_LIST_MODEL (view->contacts), i);

      g_string_append_printf (out, "%s%s", i ? "|" : "", crm_contact_get_display_name (c));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_contacts (CrmContactsView *view,
                 const char      *expected)
{
  g_autofree char *names = view_contacts (view);

  g_assert_cmpstr (names, ==, expected);
}

/* The Contacts table: header clicks sort in SQL, the filters narrow it,
 * the count follows, and the selection survives a refresh. */
static void
test_contacts_view_table (CrmTabsFixture *f,
                          gconstpointer  data)
{
  g_autoptr(CrmClient) mill_draft = crm_client_new ("Mill Street Café");
  g_autoptr(CrmContact) carla = crm_contact_new ("Carla", "Mendes");
  g_autoptr(CrmClient) mill = NULL;
  g_autoptr(CrmStaff) marta = crm_store_add_staff (f->store, "Marta Ruiz", NULL, CRM_STAFF_ROLE_STAFF, NULL);
  g_autoptr(CrmContact) zoe = NULL;
  g_autoptr(CrmContact) emile = NULL;
  g_autoptr(CrmContact) bert = NULL;
  GtkWidget *window = adw_window_new ();
  CrmContactsView *view = CRM_CONTACTS_VIEW (crm_contacts_view_new ());
  GtkColumnView *columns = view->column_view;

  g_object_set (mill_draft, "favorite", TRUE, "status", CRM_CLIENT_STATUS_PROSPECT, NULL);
  g_object_set (carla, "email", "carla@millstreet.example", "job-title", "Owner", NULL);
  mill = crm_store_create_client (f->store, mill_draft, carla, NULL);
  g_assert_true (crm_store_add_tag (f->store, mill, "VIP", NULL));
  g_assert_true (crm_store_assign_client (f->store, mill, crm_staff_get_id (marta), NULL));
  zoe = add_contact (f->store, mill, "Zoë", "Müller", "barista", "zoe@millstreet.example");
  emile = add_contact (f->store, f->client, "Émile", "Zola", "Baker", NULL);
  bert = add_contact (f->store, f->client, "Bert", "Abbott", NULL, "bert@harbour.example");
  g_assert_true (crm_store_update_contact (f->store, bert, NULL, "inactive", TRUE, NULL));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 500);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  crm_contacts_view_set_store (view, f->store);

  /* By last name to begin with. */
  assert_contacts (view, "Bert Abbott|Ada Lovelace|Carla Mendes|Zoë Müller|Émile Zola");
  crm_tabs_assert_label_has (view->count_label, "5 contacts");
  crm_tabs_screenshot (GTK_WINDOW (window), "contacts-table");

  gtk_column_view_sort_by_column (columns, view->columns[CRM_CONTACTS_COLUMN_NAME], GTK_SORT_DESCENDING);
  assert_contacts (view, "Émile Zola|Zoë Müller|Carla Mendes|Ada Lovelace|Bert Abbott");

  /* By client, the primary contact first. */
  gtk_column_view_sort_by_column (columns, view->columns[CRM_CONTACTS_COLUMN_CLIENT], GTK_SORT_ASCENDING);
  assert_contacts (view, "Ada Lovelace|Bert Abbott|Émile Zola|Carla Mendes|Zoë Müller");
  g_assert_cmpstr (first_cell_text (columns, CRM_CONTACTS_COLUMN_CLIENT), ==, "Harbour Bakery");
  g_assert_cmpstr (first_cell_text (columns, CRM_CONTACTS_COLUMN_PRIMARY), ==, "Primary");

  /* Empty first; any case. */
  gtk_column_view_sort_by_column (columns, view->columns[CRM_CONTACTS_COLUMN_JOB_TITLE], GTK_SORT_ASCENDING);
  assert_contacts (view, "Bert Abbott|Ada Lovelace|Émile Zola|Zoë Müller|Carla Mendes");
  gtk_column_view_sort_by_column (columns, view->columns[CRM_CONTACTS_COLUMN_EMAIL], GTK_SORT_DESCENDING);
  assert_contacts (view, "Zoë Müller|Carla Mendes|Bert Abbott|Émile Zola|Ada Lovelace");
  gtk_column_view_sort_by_column (columns, view->columns[CRM_CONTACTS_COLUMN_INACTIVE], GTK_SORT_DESCENDING);
  assert_contacts (view, "Bert Abbott|Émile Zola|Zoë Müller|Carla Mendes|Ada Lovelace");
  g_assert_cmpstr (first_cell_text (columns, CRM_CONTACTS_COLUMN_INACTIVE), ==, "Inactive");

  gtk_column_view_sort_by_column (columns, view->columns[CRM_CONTACTS_COLUMN_NAME], GTK_SORT_ASCENDING);

  /* Search: any accent, word prefixes, the client's name too. */
  gtk_editable_set_text (GTK_EDITABLE (view->search_entry), "mull");
  g_signal_emit_by_name (view->search_entry, "search-changed");
  assert_contacts (view, "Zoë Müller");
  gtk_editable_set_text (GTK_EDITABLE (view->search_entry), "mill");
  g_signal_emit_by_name (view->search_entry, "search-changed");
  assert_contacts (view, "Carla Mendes|Zoë Müller");
  crm_tabs_assert_label_has (view->count_label, "2 contacts");
  gtk_editable_set_text (GTK_EDITABLE (view->search_entry), "");
  g_signal_emit_by_name (view->search_entry, "search-changed");

  /* The client's status and staff member. */
  gtk_drop_down_set_selected (view->status_dropdown, 1 + CRM_CLIENT_STATUS_PROSPECT);
  assert_contacts (view, "Carla Mendes|Zoë Müller");
  gtk_drop_down_set_selected (view->status_dropdown, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (view->staff_dropdown)), ==, 3);
  gtk_drop_down_set_selected (view->staff_dropdown, staff_position (view->staff_ids, marta));
  assert_contacts (view, "Carla Mendes|Zoë Müller");
  gtk_drop_down_set_selected (view->staff_dropdown, 0);

  /* More Filters: tag, favorites, inactive, spam. */
  gtk_menu_button_popup (view->filters_button);
  crm_test_spin (5);
  gtk_drop_down_set_selected (view->tag_dropdown, 1);
  assert_contacts (view, "Carla Mendes|Zoë Müller");
  gtk_drop_down_set_selected (view->tag_dropdown, 0);
  gtk_check_button_set_active (view->favorites_check, TRUE);
  assert_contacts (view, "Carla Mendes|Zoë Müller");
  gtk_check_button_set_active (view->favorites_check, FALSE);
  gtk_check_button_set_active (view->hide_inactive_check, TRUE);
  assert_contacts (view, "Ada Lovelace|Carla Mendes|Zoë Müller|Émile Zola");
  crm_tabs_assert_label_has (view->count_label, "4 contacts");
  gtk_check_button_set_active (view->hide_inactive_check, FALSE);
  g_assert_true (crm_store_set_client_spam (f->store, mill, TRUE, NULL));
  assert_contacts (view, "Bert Abbott|Ada Lovelace|Émile Zola");
  gtk_check_button_set_active (view->spam_check, TRUE);
  assert_contacts (view, "Carla Mendes|Zoë Müller");
  gtk_check_button_set_active (view->spam_check, FALSE);
  g_assert_true (crm_store_set_client_spam (f->store, mill, FALSE, NULL));
  gtk_menu_button_popdown (view->filters_button);

  /* Selected Zoë stays selected as an edit moves her up. */
  assert_contacts (view, "Bert Abbott|Ada Lovelace|Carla Mendes|Zoë Müller|Émile Zola");
  gtk_single_selection_set_selected (view->selection, 3);
  g_assert_true (crm_store_update_contact (f->store, zoe, NULL, "last-name", "Adler", NULL));
  assert_contacts (view, "Bert Abbott|Zoë Adler|Ada Lovelace|Carla Mendes|Émile Zola");
  g_assert_cmpuint (gtk_single_selection_get_selected (view->selection), ==, 1);
  g_assert_true (gtk_single_selection_get_selected_item (view->selection) == (gpointer) zoe);

  gtk_window_destroy (GTK_WINDOW (window));
  crm_test_spin (10);
}

/* A refresh keeps the selected contact where it was on screen, scrolled
 * down a long list; a new order starts at the top. */
static void
test_contacts_view_keeps_scroll (CrmTabsFixture *f,
                                 gconstpointer  data)
{
  g_autoptr(CrmContact) mover = NULL;
  GtkWidget *window = adw_window_new ();
  CrmContactsView *view = CRM_CONTACTS_VIEW (crm_contacts_view_new ());
  GtkAdjustment *adjustment;
  gint64 selected;
  double row, before, offset;
  guint position;

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *last = g_strdup_printf ("Person %03u", i);
      g_autoptr(CrmContact) contact = add_contact (f->store, f->client, "Pat", last, NULL, NULL);

      if (i == 100)
        mover = g_object_ref (contact);
    }

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 500);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  crm_contacts_view_set_store (view, f->store);
  g_assert_true (crm_test_wait_loaded (view->contacts));
  crm_test_settle (20);

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view->column_view));
  row = gtk_adjustment_get_upper (adjustment) / g_list_model_get_n_items (G_LIST_MODEL (view->contacts));
  gtk_adjustment_set_value (adjustment, 40 * row);
  crm_test_settle (10);
  before = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (before, >, 0);
  position = (guint) (before / row) + 3;
  gtk_single_selection_set_selected (view->selection, position);
  selected = crm_contact_get_id (gtk_single_selection_get_selected_item (view->selection));
  offset = position * row - before;

  /* Person 100 becomes the first: the selected row moves down one. */
  g_assert_true (crm_store_update_contact (f->store, mover, NULL, "last-name", "Aardvark", NULL));
  g_assert_true (crm_test_wait_loaded (view->contacts));
  crm_test_settle (20);
  g_assert_cmpint (crm_contact_get_id (gtk_single_selection_get_selected_item (view->selection)), ==, selected);
  g_assert_cmpuint (gtk_single_selection_get_selected (view->selection), ==, position + 1);
  g_assert_cmpfloat_with_epsilon ((position + 1) * row - gtk_adjustment_get_value (adjustment), offset, 2);

  /* A header click: the new order from its first row. */
  gtk_column_view_sort_by_column (view->column_view, view->columns[CRM_CONTACTS_COLUMN_NAME],
                                  GTK_SORT_DESCENDING);
  g_assert_true (crm_test_wait_loaded (view->contacts));
  crm_test_settle (20);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpint (crm_contact_get_id (gtk_single_selection_get_selected_item (view->selection)), ==, selected);

  gtk_window_destroy (GTK_WINDOW (window));
  crm_test_spin (10);
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

  g_test_add ("/card-tabs/contacts-view", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_contacts_view, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/contacts-view/table", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_contacts_view_table, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/contacts-view/keeps-scroll", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_contacts_view_keeps_scroll, crm_tabs_fixture_tear_down);

  return g_test_run ();
}
