/* test-search-ui.c: the global search of the main window, and the client
 * list's count and selection across refreshes, driven as a person would.
 *
 * Needs a display (the test command runs the suite under Xvfb). Waits are
 * loops over the main context until a condition holds, capped by a count
 * of iterations, never by a time limit.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "crm-gui-test.h"
#include "crm-booking.h"
#include "crm-client-card-private.h"
#include "crm-client-info-private.h"
#include "crm-store-business.h"
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

static CrmClient *
add_client (CrmStore   *store,
            const char *name,
            const char *first,
            const char *last)
{
  g_autoptr(CrmClient) draft = crm_client_new (name);
  g_autoptr(CrmContact) contact = crm_contact_new (first, last);
  g_autoptr(GError) error = NULL;
  CrmClient *client;

  client = crm_store_create_client (store, draft, contact, &error);
  g_assert_no_error (error);

  return client;
}

static CrmContact *
add_contact (CrmStore   *store,
             CrmClient  *client,
             const char *first,
             const char *last)
{
  g_autoptr(CrmContact) draft = crm_contact_new (first, last);
  g_autoptr(GError) error = NULL;
  CrmContact *contact;

  contact = crm_store_add_contact (store, client, draft, &error);
  g_assert_no_error (error);

  return contact;
}

static CrmNote *
add_note (CrmStore   *store,
          CrmClient  *client,
          const char *text)
{
  g_autoptr(GError) error = NULL;
  CrmNote *note = crm_store_add_note (store, client, text, &error);

  g_assert_no_error (error);

  return note;
}

static gboolean
search_done (gpointer data)
{
  CrmWindow *window = data;

  /* The list filters by name after the entry's short delay. */
  return !crm_search_view_get_loading (window->search_view) &&
         crm_search_view_get_results (window->search_view) != NULL &&
         g_strcmp0 (crm_client_list_get_search (crm_window_get_client_list (window)),
                    gtk_editable_get_text (GTK_EDITABLE (window->search_entry))) == 0 &&
         crm_test_list_loaded (window);
}

/* Types @text into the header's entry and waits for the results. */
static void
type_search (CrmWindow  *window,
             const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), text);
  g_assert_true (crm_test_wait_for (search_done, window));
  crm_test_spin (20);
}

/* The result rows on screen, in order, of one kind. */
static void
collect_rows (GtkWidget     *widget,
              CrmSearchKind  kind,
              GPtrArray     *rows)
{
  CrmSearchResult *result = g_object_get_data (G_OBJECT (widget), "crm-result");

  if (ADW_IS_ACTION_ROW (widget) && result != NULL &&
      crm_search_result_get_kind (result) == kind &&
      gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, kind, rows);
}

static GtkWidget *
first_row (CrmWindow     *window,
           CrmSearchKind  kind)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (window->search_view), kind, rows);

  return rows->len > 0 ? g_ptr_array_index (rows, 0) : NULL;
}

static const char *
list_page (CrmWindow *window)
{
  return gtk_stack_get_visible_child_name (window->list_stack);
}

/* The entry's own key controller (the capture phase one the window adds)
 * told that Down was pressed. */
static gboolean
press_down_in_entry (CrmWindow *window)
{
  g_autoptr(GListModel) controllers =
    gtk_widget_observe_controllers (GTK_WIDGET (window->search_entry));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
    }

  return handled;
}

static void
populate (Fixture    *fixture,
          CrmClient **mueller,
          CrmContact **zoe,
          CrmNote   **note)
{
  g_autoptr(CrmClient) acme = NULL;
  g_autoptr(CrmClient) other = NULL;

  *mueller = add_client (fixture->store, "Müller & Söhne GmbH", "Hans", "Brandt");
  /* More people than fit, so the one found is scrolled to. */
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *first = g_strdup_printf ("Person%u", i);
      g_autoptr(CrmContact) filler = add_contact (fixture->store, *mueller, first, "Filler");
    }
  *zoe = add_contact (fixture->store, *mueller, "Zoë", "Keller");

  acme = add_client (fixture->store, "Acme Rockets", "Wile", "Coyote");
  *note = add_note (fixture->store, acme, "Call zoe before noon about the launch pad.");
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *text = g_strdup_printf ("Routine visit number %u.", i);
      g_autoptr(CrmNote) filler = add_note (fixture->store, acme, text);
    }

  other = add_client (fixture->store, "Nordwind Logistik", "Greta", "Lindqvist");
}

static void
test_grouped_results (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CrmClient) mueller = NULL;
  g_autoptr(CrmContact) zoe = NULL;
  g_autoptr(CrmNote) note = NULL;
  CrmWindow *window;
  GtkWidget *view;

  populate (fixture, &mueller, &zoe, &note);
  window = crm_test_open_window (fixture->store, NULL);
  view = GTK_WIDGET (window->search_view);
  crm_test_wait_for_count (window, 3);
  g_assert_cmpstr (list_page (window), ==, "list");

  /* Ctrl+F's action puts the focus in the entry. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  crm_test_spin (10);
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (window->search_entry)) ||
                 gtk_widget_has_focus (gtk_widget_get_first_child (GTK_WIDGET (window->search_entry))) ||
                 gtk_widget_get_focus_child (GTK_WIDGET (window->search_entry)) != NULL);

  /* "muller" finds Müller: the results replace the list, under headings. */
  type_search (window, "muller");
  g_assert_cmpstr (list_page (window), ==, "search");
  crm_test_assert_shows (view, "Clients");
  crm_test_assert_shows (view, "Müller &amp; Söhne GmbH");
  g_assert_nonnull (first_row (window, CRM_SEARCH_KIND_CLIENT));
  g_assert_null (first_row (window, CRM_SEARCH_KIND_NOTE));

  /* "zoe" finds Zoë among Müller's people and the note that names her. */
  type_search (window, "zoe");
  crm_test_assert_shows (view, "Contacts");
  crm_test_assert_shows (view, "Zoë Keller");
  crm_test_assert_shows (view, "Notes");
  g_assert_nonnull (first_row (window, CRM_SEARCH_KIND_CONTACT));
  g_assert_nonnull (first_row (window, CRM_SEARCH_KIND_NOTE));
  g_assert_null (first_row (window, CRM_SEARCH_KIND_CLIENT));
  /* No client is called so: no Clients heading at all. */
  g_assert_false (crm_test_find_label (view, "Clients"));

  /* Down in the entry goes to the first result. */
  g_assert_true (press_down_in_entry (window));
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

    g_assert_nonnull (focus);
    g_assert_true (focus == first_row (window, CRM_SEARCH_KIND_CONTACT));
  }

  /* Each word narrows; nothing left says so. */
  type_search (window, "zoe launch");
  g_assert_null (first_row (window, CRM_SEARCH_KIND_CONTACT));
  g_assert_nonnull (first_row (window, CRM_SEARCH_KIND_NOTE));
  type_search (window, "zoe qqqq");
  crm_test_assert_shows (view, "No Results");

  /* Escape in the entry leaves search: the whole list is back. */
  g_signal_emit_by_name (window->search_entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "");
  crm_test_wait_for_count (window, 3);
  g_assert_cmpstr (list_page (window), ==, "list");

  crm_test_close_window (window);
}

static gboolean
card_is_on (CrmWindow *window,
            GtkWidget *page)
{
  return gtk_notebook_get_current_page (window->card->notebook) ==
         gtk_notebook_page_num (window->card->notebook, page);
}

typedef struct {
  GtkListBoxRow *row;
  double         start;
} ScrollWait;

static gboolean
scrolled_from (gpointer data)
{
  ScrollWait *wait = data;
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (wait->row), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  return gtk_adjustment_get_value (adjustment) != wait->start;
}

/* Is @row inside the visible part of the page that scrolls it? */
static gboolean
row_in_view (GtkListBoxRow *row)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (row), scroller,
                                           &GRAPHENE_POINT_INIT (0, 0), &point));

  return point.y >= 0 &&
         point.y + gtk_widget_get_height (GTK_WIDGET (row)) <= gtk_widget_get_height (scroller);
}

static void
test_activate_results (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CrmClient) mueller = NULL;
  g_autoptr(CrmContact) zoe = NULL;
  g_autoptr(CrmNote) note = NULL;
  CrmWindow *window;
  CrmClientCard *card;
  GtkListBoxRow *selected;
  GtkWidget *row;
  ScrollWait scroll = { NULL, 0 };

  populate (fixture, &mueller, &zoe, &note);
  window = crm_test_open_window (fixture->store, NULL);
  card = window->card;
  crm_test_wait_for_count (window, 3);

  /* Enter in the entry opens the first result: Zoë, on Müller's Info tab,
   * selected and scrolled to. */
  type_search (window, "zoe");
  g_signal_emit_by_name (window->search_entry, "activate");
  g_assert_true (crm_client_card_get_client (card) == mueller);
  g_assert_true (card_is_on (window, GTK_WIDGET (card->info)));
  selected = gtk_list_box_get_selected_row (card->info->contacts_list);
  g_assert_nonnull (selected);
  g_assert_true (g_object_get_data (G_OBJECT (selected), "crm-contact") == zoe);
  scroll.row = selected;
  g_assert_true (crm_test_wait_for (scrolled_from, &scroll));
  crm_test_spin (20);
  g_assert_true (row_in_view (selected));
  /* The results stay, to pick another. */
  g_assert_cmpstr (list_page (window), ==, "search");

  /* The note: Acme's card on Main, with the note selected. */
  row = first_row (window, CRM_SEARCH_KIND_NOTE);
  g_assert_nonnull (row);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_cmpstr (crm_client_get_name (crm_client_card_get_client (card)), ==, "Acme Rockets");
  g_assert_true (card_is_on (window, card->main_page));
  selected = gtk_list_box_get_selected_row (card->notes_list);
  g_assert_nonnull (selected);
  g_assert_true (crm_test_find_label (GTK_WIDGET (selected), "Call zoe before noon about the launch pad."));
  g_assert_null (gtk_list_box_get_selected_row (card->info->contacts_list));

  /* A client: its card on Main. */
  type_search (window, "nordwind");
  row = first_row (window, CRM_SEARCH_KIND_CLIENT);
  g_assert_nonnull (row);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_cmpstr (crm_client_get_name (crm_client_card_get_client (card)), ==, "Nordwind Logistik");
  g_assert_true (card_is_on (window, card->main_page));

  /* Escape among the results leaves search too. */
  g_signal_emit_by_name (window->search_view, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "");
  g_assert_cmpstr (list_page (window), ==, "list");

  crm_test_close_window (window);
}

static void
test_tag_result (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CrmClient) one = add_client (fixture->store, "One Wholesale", "Olga", "Ode");
  g_autoptr(CrmClient) two = add_client (fixture->store, "Two Retail", "Tim", "Toe");
  g_autoptr(CrmClient) three = add_client (fixture->store, "Three Retail", "Tara", "Tee");
  g_autoptr(GError) error = NULL;
  CrmWindow *window;
  GtkWidget *row;

  g_assert_true (crm_store_add_tag (fixture->store, two, "wholesale", &error));
  g_assert_true (crm_store_add_tag (fixture->store, three, "wholesale", &error));
  g_assert_no_error (error);

  window = crm_test_open_window (fixture->store, NULL);
  crm_test_wait_for_count (window, 3);

  type_search (window, "whole");
  crm_test_assert_shows (GTK_WIDGET (window->search_view), "Tags");
  crm_test_assert_shows (GTK_WIDGET (window->search_view), "2 clients");
  row = first_row (window, CRM_SEARCH_KIND_TAG);
  g_assert_nonnull (row);

  /* The tag leaves search and filters the list by it. */
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "");
  crm_test_wait_for_count (window, 2);
  g_assert_cmpstr (list_page (window), ==, "list");
  g_assert_true (gtk_widget_get_visible (window->tag_filter_button));
  g_assert_cmpstr (gtk_label_get_label (window->tag_filter_label), ==, "wholesale");

  g_signal_emit_by_name (window->tag_filter_button, "clicked");
  crm_test_wait_for_count (window, 3);
  g_assert_false (gtk_widget_get_visible (window->tag_filter_button));

  crm_test_close_window (window);
}

typedef struct {
  CrmWindow *window;
  GtkWidget *child;
} PaneWait;

static gboolean
pane_shown (gpointer data)
{
  PaneWait *wait = data;

  return adw_leaflet_get_folded (wait->window->leaflet) &&
         adw_leaflet_get_visible_child (wait->window->leaflet) == wait->child;
}

/* On a narrow window the results and the card take turns. */
static void
test_folded (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CrmClient) mueller = NULL;
  g_autoptr(CrmContact) zoe = NULL;
  g_autoptr(CrmNote) note = NULL;
  CrmWindow *window;
  PaneWait wait;

  populate (fixture, &mueller, &zoe, &note);
  window = crm_window_new (NULL, fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 600);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (crm_test_wait_for (crm_test_list_loaded, window));
  wait.window = window;

  /* A client on the card; typing brings the list side with the results. */
  crm_window_select_client (window, crm_client_get_id (mueller));
  wait.child = window->card_pane;
  g_assert_true (crm_test_wait_for (pane_shown, &wait));
  type_search (window, "zoe");
  wait.child = window->list_pane;
  g_assert_true (crm_test_wait_for (pane_shown, &wait));
  g_assert_cmpstr (list_page (window), ==, "search");

  /* A result goes to the card; back goes to the same results. */
  g_signal_emit_by_name (window->search_entry, "activate");
  wait.child = window->card_pane;
  g_assert_true (crm_test_wait_for (pane_shown, &wait));
  g_assert_true (card_is_on (window, GTK_WIDGET (window->card->info)));
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  wait.child = window->list_pane;
  g_assert_true (crm_test_wait_for (pane_shown, &wait));
  g_assert_cmpstr (list_page (window), ==, "search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "zoe");

  crm_test_close_window (window);
}

/* A kind the view has no code of its own for shows under the core's
 * heading, and opens its client's card. */
static void
test_other_kind (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (fixture->store, "Desert Tours", "Road", "Runner");
  g_autoptr(CrmClient) other = add_client (fixture->store, "Other Co", "Otto", "Other");
  g_autoptr(CrmBooking) draft = crm_booking_new ("Canyon ride for twelve");
  g_autoptr(CrmBooking) booking = NULL;
  g_autoptr(GError) error = NULL;
  CrmWindow *window;
  GtkWidget *row;

  booking = crm_store_create_booking (fixture->store, client, draft, &error);
  g_assert_no_error (error);

  window = crm_test_open_window (fixture->store, NULL);
  crm_test_wait_for_count (window, 2);
  crm_window_select_client (window, crm_client_get_id (other));

  type_search (window, "canyon");
  crm_test_assert_shows (GTK_WIDGET (window->search_view), crm_search_kind_to_label (CRM_SEARCH_KIND_BOOKING));
  crm_test_assert_shows (GTK_WIDGET (window->search_view), "Canyon ride for twelve");
  row = first_row (window, CRM_SEARCH_KIND_BOOKING);
  g_assert_nonnull (row);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_true (crm_client_card_get_client (window->card) == client);

  crm_test_close_window (window);
}

typedef struct {
  CrmWindow  *window;
  const char *text;
} SubtitleWait;

static gboolean
subtitle_is (gpointer data)
{
  SubtitleWait *wait = data;

  return g_strcmp0 (adw_window_title_get_subtitle (wait->window->list_title), wait->text) == 0;
}

static void
assert_count_label (CrmWindow  *window,
                    const char *text)
{
  SubtitleWait wait = { window, text };

  if (!crm_test_wait_for (subtitle_is, &wait))
    g_error ("The list says “%s”, not “%s”",
             adw_window_title_get_subtitle (window->list_title), text);
}

/* The "Show … in the List" row. */
static GtkWidget *
find_show_list_row (GtkWidget *widget)
{
  if (gtk_widget_has_css_class (widget, "show-list-row") && gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_show_list_row (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_count_and_list_row (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CrmClient) a = add_client (fixture->store, "Bäckerei Sonnenschein", "Lena", "Voss");
  g_autoptr(CrmClient) b = add_client (fixture->store, "Sonnenhof Hotel", "Paul", "Kern");
  g_autoptr(CrmClient) c = add_client (fixture->store, "Zinc Works", "Zed", "Zane");
  g_autoptr(CrmClient) d = NULL;
  CrmWindow *window = crm_test_open_window (fixture->store, NULL);
  GtkWidget *show_list = NULL;

  crm_test_wait_for_count (window, 3);
  assert_count_label (window, "3 clients");

  /* The list filtered by name keeps its own count. */
  type_search (window, "sonnen");
  crm_test_wait_for_count (window, 2);
  crm_test_assert_shows (GTK_WIDGET (window->search_view), "Show 2 Clients in the List");

  /* That row leads to the list, filtered by the same text. */
  type_search (window, "zinc");
  crm_test_wait_for_count (window, 1);
  crm_test_assert_shows (GTK_WIDGET (window->search_view), "Show 1 Client in the List");
  show_list = find_show_list_row (GTK_WIDGET (window->search_view));
  g_assert_nonnull (show_list);
  adw_action_row_activate (ADW_ACTION_ROW (show_list));
  g_assert_cmpstr (list_page (window), ==, "list");
  assert_count_label (window, "1 client");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "zinc");

  /* Typing again brings the results back. */
  type_search (window, "zin");
  g_assert_cmpstr (list_page (window), ==, "search");

  g_signal_emit_by_name (window->search_entry, "stop-search");
  crm_test_wait_for_count (window, 3);
  assert_count_label (window, "3 clients");

  /* A new client counts at once. */
  d = add_client (fixture->store, "Alpha Analytics", "Al", "Adams");
  crm_test_wait_for_count (window, 4);
  assert_count_label (window, "4 clients");

  crm_test_close_window (window);
}

static CrmClient *
selected_client (CrmWindow *window)
{
  return gtk_single_selection_get_selected_item (window->selection);
}

static gboolean
selection_is (CrmWindow *window,
              CrmClient *client)
{
  return crm_test_list_loaded (window) && selected_client (window) == client;
}

typedef struct {
  CrmWindow *window;
  CrmClient *client;
} SelectionWait;

static gboolean
selection_is_cb (gpointer data)
{
  SelectionWait *wait = data;

  return selection_is (wait->window, wait->client);
}

static GtkAdjustment *
list_adjustment (CrmWindow *window)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (window->column_view));
}

static gboolean
list_scrollable (gpointer data)
{
  CrmWindow *window = data;
  GtkAdjustment *adjustment = list_adjustment (window);

  return gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment) * 2;
}

typedef struct {
  GtkAdjustment *adjustment;
  double         value;
  double         tolerance;
} ScrollValue;

static gboolean
scrolled_to (gpointer data)
{
  ScrollValue *wait = data;

  return fabs (gtk_adjustment_get_value (wait->adjustment) - wait->value) < wait->tolerance;
}

static void
test_selection_survives_refresh (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(CrmClient) chosen = NULL;
  g_autoptr(CrmClient) added = NULL;
  g_autoptr(CrmClient) added_later = NULL;
  CrmWindow *window;
  SelectionWait wait;
  ScrollValue expected;
  GtkAdjustment *adjustment;
  guint position;
  double before, row_height;

  for (guint i = 0; i < 80; i++)
    {
      g_autofree char *name = g_strdup_printf ("Client %03u", i * 2 + 2);
      g_autoptr(CrmClient) client = add_client (fixture->store, name, "Pat", "Doe");

      if (i == 60)
        chosen = g_object_ref (client);
    }

  window = crm_test_open_window (fixture->store, NULL);
  crm_test_wait_for_count (window, 80);
  wait.window = window;
  wait.client = chosen;

  crm_window_select_client (window, crm_client_get_id (chosen));
  g_assert_true (crm_test_wait_for (selection_is_cb, &wait));
  position = gtk_single_selection_get_selected (window->selection);
  g_assert_cmpuint (position, ==, 60);

  /* Scroll so that the row is on screen, away from the top. */
  adjustment = list_adjustment (window);
  g_assert_true (crm_test_wait_for (list_scrollable, window));
  row_height = gtk_adjustment_get_upper (adjustment) / 80;
  gtk_adjustment_set_value (adjustment, row_height * 50);
  crm_test_spin (50);
  before = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (before, >, 0);

  /* Another client is added before it: the whole list is read again. */
  added = add_client (fixture->store, "Client 001", "Al", "Adams");
  crm_test_wait_for_count (window, 81);
  g_assert_true (crm_test_wait_for (selection_is_cb, &wait));
  g_assert_cmpuint (gtk_single_selection_get_selected (window->selection), ==, 61);
  g_assert_true (crm_client_card_get_client (window->card) == chosen);
  /* Still where it was on screen: one row further down the list. */
  expected.adjustment = adjustment;
  expected.value = before + row_height;
  expected.tolerance = row_height / 2;
  if (!crm_test_wait_for (scrolled_to, &expected))
    g_error ("The list scrolled to %g, not %g", gtk_adjustment_get_value (adjustment), expected.value);

  /* A filter that keeps the row keeps it selected. */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "Client 1");
  g_signal_emit_by_name (window->search_view, "show-list");
  crm_test_wait_for_count (window, 31);
  g_assert_true (crm_test_wait_for (selection_is_cb, &wait));

  /* One that drops it loses the row, not the card; clearing brings both. */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "Client 00");
  crm_test_wait_for_count (window, 5);
  g_assert_null (selected_client (window));
  g_assert_true (crm_client_card_get_client (window->card) == chosen);
  g_signal_emit_by_name (window->search_entry, "stop-search");
  crm_test_wait_for_count (window, 81);
  g_assert_true (crm_test_wait_for (selection_is_cb, &wait));

  /* A reload of the whole store, as after an import. */
  added_later = add_client (fixture->store, "Client 999", "Zed", "Zane");
  crm_test_wait_for_count (window, 82);
  g_signal_emit_by_name (fixture->store, "reloaded");
  g_assert_true (crm_test_wait_for (crm_test_list_loaded, window));
  g_assert_true (crm_test_wait_for (selection_is_cb, &wait));
  g_assert_cmpuint (gtk_single_selection_get_selected (window->selection), ==, 61);

  crm_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

  g_test_add ("/search-ui/grouped-results", Fixture, NULL,
              fixture_set_up, test_grouped_results, fixture_tear_down);
  g_test_add ("/search-ui/activate", Fixture, NULL,
              fixture_set_up, test_activate_results, fixture_tear_down);
  g_test_add ("/search-ui/tag", Fixture, NULL,
              fixture_set_up, test_tag_result, fixture_tear_down);
  g_test_add ("/search-ui/folded", Fixture, NULL,
              fixture_set_up, test_folded, fixture_tear_down);
  g_test_add ("/search-ui/other-kind", Fixture, NULL,
              fixture_set_up, test_other_kind, fixture_tear_down);
  g_test_add ("/search-ui/count", Fixture, NULL,
              fixture_set_up, test_count_and_list_row, fixture_tear_down);
  g_test_add ("/search-ui/selection-survives-refresh", Fixture, NULL,
              fixture_set_up, test_selection_survives_refresh, fixture_tear_down);

  return g_test_run ();
}
