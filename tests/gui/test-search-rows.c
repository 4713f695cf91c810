/* test-search-rows.c: how the rows of the global search's results arrive
 * on screen. Past the first six, rows get their texts a few at a time in
 * the frames after the first; a row a person sees always shows the texts
 * of a result, never an empty row waiting for them, and once the search
 * is done every result has its row, in order.
 *
 * Needs a display (the test command runs the suite under Xvfb). Waits are
 * loops over the main context until a condition holds, capped by a count
 * of iterations, never by a time limit.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-gui-test.h"
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

/* The result rows a person sees, top to bottom. */
static void
collect_shown_rows (GtkWidget *widget,
                    GPtrArray *rows)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_object_get_data (G_OBJECT (widget), "crm-result") != NULL &&
      gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shown_rows (child, rows);
}

static GPtrArray *
shown_rows (CrmWindow *window)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_shown_rows (GTK_WIDGET (window->search_view), rows);

  return rows;
}

/* Whether @row shows the texts of the result it stands for. */
static gboolean
row_shows_its_result (GtkWidget *row)
{
  CrmSearchResult *result = g_object_get_data (G_OBJECT (row), "crm-result");
  g_autofree char *title = g_markup_escape_text (crm_search_result_get_title (result), -1);
  g_autofree char *subtitle = g_markup_escape_text (crm_search_result_get_subtitle (result), -1);

  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0 &&
         g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), subtitle) == 0;
}

typedef struct {
  CrmWindow *window;
  guint      blank_rows;
  guint      most_rows;
} Watch;

/* Run at every turn of the main loop while the first results arrive:
 * counts the rows seen without texts. Done when the search is. */
static gboolean
watch_rows (gpointer data)
{
  Watch *watch = data;
  g_autoptr(GPtrArray) rows = shown_rows (watch->window);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))[0] == '\0')
        watch->blank_rows++;
    }
  watch->most_rows = MAX (watch->most_rows, rows->len);

  return !crm_search_view_get_loading (watch->window->search_view) &&
         crm_search_view_get_results (watch->window->search_view) != NULL;
}

/* Every result has a row on screen showing its texts, in the results'
 * order, and no other row shows. */
static void
assert_rows_show_results (CrmWindow *window)
{
  GListModel *results = crm_search_view_get_results (window->search_view);
  g_autoptr(GPtrArray) rows = shown_rows (window);

  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (results));
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      g_autoptr(CrmSearchResult) result = g_list_model_get_item (results, i);

      g_assert_true (g_object_get_data (G_OBJECT (row), "crm-result") == result);
      g_assert_true (row_shows_its_result (row));
    }
}

static void
add_note (CrmStore   *store,
          CrmClient  *client,
          const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmNote) note = crm_store_add_note (store, client, text, &error);

  g_assert_no_error (error);
}

static void
test_rows_arrive_whole (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CrmClient) last = NULL;
  Watch watch = { 0 };
  CrmWindow *window;

  /* Six of each kind match "orbit": more rows than the first six. */
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("Orbit Works %u", i + 1);
      g_autofree char *first = g_strdup_printf ("Ada%u", i + 1);

      g_clear_object (&last);
      last = crm_test_add_client (fixture->store, name, first, "Orbiter");
    }
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *text = g_strdup_printf ("Orbit review number %u.", i + 1);

      add_note (fixture->store, last, text);
    }
  g_clear_object (&last);
  last = crm_test_add_client (fixture->store, "Quiet Harbor", "Ben", "Still");

  window = crm_test_open_window (fixture->store, NULL);
  crm_test_wait_for_count (window, 7);

  /* The first search of the window: no row ever shows without texts. */
  watch.window = window;
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "orbit");
  g_assert_true (crm_test_wait_for (watch_rows, &watch));
  crm_test_spin (20);
  g_assert_cmpuint (watch.blank_rows, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (crm_search_view_get_results (window->search_view)), ==, 18);
  assert_rows_show_results (window);
  g_assert_cmpuint (watch.most_rows, ==, 18);
  crm_test_shoot ("search-rows");

  /* Fewer results: the rows left over go. */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "orbit review");
  g_assert_true (crm_test_wait_for (watch_rows, &watch));
  crm_test_spin (20);
  g_assert_cmpuint (g_list_model_get_n_items (crm_search_view_get_results (window->search_view)), ==, 6);
  assert_rows_show_results (window);

  /* More again: the rows come back with the new texts. */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "orbit");
  g_assert_true (crm_test_wait_for (watch_rows, &watch));
  crm_test_spin (20);
  assert_rows_show_results (window);
  g_assert_cmpuint (watch.blank_rows, ==, 0);

  crm_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

  g_test_add ("/search-rows/arrive-whole", Fixture, NULL,
              fixture_set_up, test_rows_arrive_whole, fixture_tear_down);

  return g_test_run ();
}
