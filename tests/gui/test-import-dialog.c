/* test-import-dialog.c: the import dialog and the export dialog, driven the
 * way a person would use them, on real databases and files in a temporary
 * folder: drop zone, column matching, preview, import, summary, error
 * report, undo, cancel, and export.
 *
 * Needs a display (the test command runs the suite under Xvfb). Waits are
 * loops over the main context until a condition holds, capped by a count of
 * iterations, never by a time limit.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "crm-export-dialog-private.h"
#include "crm-gui-test.h"
#include "crm-import-dialog-private.h"
#include "crm-import-history-private.h"

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

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = crm_test_db_write_file (fixture, name, contents);

  return g_file_new_for_path (path);
}

static CrmClient *
add_client (CrmStore   *store,
            const char *name,
            const char *first,
            const char *last,
            const char *email)
{
  g_autoptr(CrmClient) draft = crm_client_new (name);
  g_autoptr(CrmContact) contact = crm_contact_new (first, last);
  g_autoptr(GError) error = NULL;
  CrmClient *client;

  g_object_set (contact, "email", email, NULL);
  client = crm_store_create_client (store, draft, contact, &error);
  g_assert_no_error (error);

  return client;
}

static const char *
page (CrmImportDialog *dialog)
{
  return gtk_stack_get_visible_child_name (dialog->stack);
}

typedef struct {
  CrmImportDialog *dialog;
  const char      *page;
} PageWait;

static gboolean
page_is (gpointer data)
{
  PageWait *wait = data;

  return g_strcmp0 (page (wait->dialog), wait->page) == 0;
}

static void
wait_for_page (CrmImportDialog *dialog,
               const char      *name)
{
  PageWait wait = { dialog, name };

  if (!crm_test_wait_for (page_is, &wait))
    g_error ("The dialog never showed the “%s” page (it shows “%s”)", name, page (dialog));
}

static guint
label_number (GtkLabel *label)
{
  g_autofree char *digits = g_strdup (gtk_label_get_label (label));
  char *out = digits;

  /* The counts group thousands by locale; keep the digits. */
  for (const char *p = digits; *p; p++)
    if (g_ascii_isdigit (*p))
      *out++ = *p;
  *out = '\0';

  return (guint) g_ascii_strtoull (digits, NULL, 10);
}

static const char *
row_subtitle (gpointer row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static const char *
row_title (gpointer row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

/* The text of the badge that says what a previewed row will do. */
static const char *
row_badge (GtkWidget *row)
{
  GtkWidget *found = NULL;
  GPtrArray *stack = g_ptr_array_new ();

  g_ptr_array_add (stack, row);
  while (stack->len > 0 && found == NULL)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "import-action"))
        found = widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  g_ptr_array_unref (stack);

  g_assert_nonnull (found);
  return gtk_label_get_label (GTK_LABEL (found));
}

static gboolean
import_undone (gpointer data)
{
  CrmImportDialog *dialog = data;

  return dialog->undone;
}

static void
close_dialog (CrmImportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  crm_test_spin (100);
}

static void
test_choose (Fixture       *fixture,
             gconstpointer  data)
{
  CrmImportDialog *dialog = crm_import_dialog_new (NULL, fixture->store);
  g_autoptr(GListModel) controllers = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GFile) empty = NULL;
  g_autoptr(GFile) sample = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing_path = g_build_filename (fixture->dir, "nowhere.csv", NULL);
  g_autofree char *contents = NULL;
  GtkDropTarget *target = NULL;
  gboolean ok;
  GdkDragAction action;

  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (50);

  g_assert_cmpstr (page (dialog), ==, "choose");
  g_assert_true (gtk_widget_get_visible (dialog->cancel_button));
  g_assert_false (gtk_widget_get_visible (dialog->back_button));
  g_assert_true (gtk_widget_has_css_class (dialog->drop_zone, "import-drop-zone"));
  crm_test_shoot ("01-choose");

  /* Dragging a file over the page lights the zone; leaving puts it out. */
  controllers = gtk_widget_observe_controllers (dialog->choose_page);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_signal_emit_by_name (target, "enter", 10.0, 10.0, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_assert_true (gtk_widget_has_css_class (dialog->drop_zone, "drop-highlight"));
  crm_test_shoot ("02-choose-drag-over");
  g_signal_emit_by_name (target, "leave");
  g_assert_false (gtk_widget_has_css_class (dialog->drop_zone, "drop-highlight"));

  /* A file that is not there: a message on this page, not a crash. */
  missing = g_file_new_for_path (missing_path);
  g_assert_false (crm_import_dialog_open_file (dialog, missing));
  g_assert_cmpstr (page (dialog), ==, "choose");
  g_assert_true (gtk_revealer_get_reveal_child (dialog->error_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (dialog->error_label), "cannot be imported"));
  crm_test_shoot ("03-choose-error");

  /* Dropping an empty file says so too. */
  empty = write_file (fixture, "empty.csv", "");
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_FILE);
    g_value_set_object (&value, empty);
    g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &ok);
  }
  g_assert_cmpstr (page (dialog), ==, "choose");
  g_assert_true (gtk_revealer_get_reveal_child (dialog->error_revealer));

  /* The sample is the template: import it and it works (see below). */
  sample = g_file_new_build_filename (fixture->dir, "sample.csv", NULL);
  g_assert_true (crm_import_dialog_save_sample (dialog, sample, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (sample, NULL, &contents, NULL, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Client Name"));
  g_assert_nonnull (strstr (contents, "External Contact ID"));

  /* Dropping a good file moves on to the columns. */
  {
    g_auto(GValue) value = G_VALUE_INIT;
    GSList files = { sample, NULL };

    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_take_boxed (&value, gdk_file_list_new_from_list (&files));
    g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &ok);
  }
  g_assert_true (ok);
  g_assert_cmpstr (page (dialog), ==, "map");
  g_assert_false (gtk_revealer_get_reveal_child (dialog->error_revealer));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (dialog->layout_row), "Clientele template"));
  close_dialog (dialog);

  /* Columns Clientele does not know: all apart, and Next asks for a name
   * column before going on. */
  dialog = crm_import_dialog_new (NULL, fixture->store);
  {
    g_autoptr(GFile) odd = write_file (fixture, "odd.csv", "Kunde;Ort\nMeier GmbH;Köln\n");

    g_assert_true (crm_import_dialog_open_file (dialog, odd));
  }
  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (20);
  g_assert_cmpstr (page (dialog), ==, "map");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog->columns_group)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->other_columns_group)));
  crm_test_click (dialog->next_button);
  g_assert_cmpstr (page (dialog), ==, "map");
  g_assert_true (gtk_revealer_get_reveal_child (dialog->error_revealer));
  crm_test_shoot ("04c-map-unknown");
  adw_combo_row_set_selected (dialog->column_rows->pdata[0], CRM_FIELD_CLIENT_NAME);
  crm_test_click (dialog->next_button);
  g_assert_cmpstr (page (dialog), ==, "preview");
  g_assert_false (gtk_revealer_get_reveal_child (dialog->error_revealer));
  /* A client needs a contact: the preview says so before anything is written. */
  g_assert_cmpstr (row_badge (dialog->preview_rows->pdata[0]), ==, "Error");
  g_assert_nonnull (strstr (row_subtitle (dialog->preview_rows->pdata[0]), "no contact"));
  close_dialog (dialog);
}

static const char import_csv[] =
  "Client Name,External Client ID,First Name,Last Name,Email,Phone,External Contact ID,Primary,Notes,Shoe Size\n"
  "Müller & Söhne,ACC-1,Zoë,Keller,zoe@mueller.example,+49 30 1234567,CON-1,no,Met at the fair,38\n"
  "Müller & Söhne,ACC-1,Jürgen,Müller,jm@mueller.example,,CON-2,yes,,44\n"
  "Acme Rockets,,Wile,Coyote,wile@acme.example,,,,,\n"
  "Broken Mail Ltd,ACC-3,Bad,Address,not-an-email,,CON-5,,,\n"
  ",,Ada,Lovelace,ada@example.org,,CON-4,,,\n";

/* A file dropped on the main window opens the dialog with it. */
static void
test_window_drop (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "dropped.csv", import_csv);
  g_auto(GValue) value = G_VALUE_INIT;
  GtkWidget *window = adw_window_new ();
  CrmImportDialog *dialog = NULL;
  GtkDropTarget *target;
  GList *toplevels;
  gboolean ok = FALSE;

  target = crm_import_dialog_add_drop_target (GTK_WINDOW (window), fixture->store);
  gtk_window_present (GTK_WINDOW (window));
  crm_test_spin (20);

  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &ok);
  g_assert_true (ok);
  crm_test_spin (20);

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (CRM_IS_IMPORT_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);

  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpstr (page (dialog), ==, "map");
  g_assert_cmpuint (dialog->column_rows->len, ==, 10);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  crm_test_spin (50);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "clients.csv", import_csv);
  g_autoptr(CrmClient) acme = add_client (fixture->store, "Acme Rockets", "Road", "Runner", "wile@acme.example");
  g_autoptr(CrmClient) mueller = NULL;
  g_autoptr(GFile) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  CrmImportDialog *dialog = crm_import_dialog_new (NULL, fixture->store);
  const CrmImportRow *row;

  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 1);

  g_assert_true (crm_import_dialog_open_file (dialog, file));
  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (50);

  /* Matching: one row per column, the known ones matched, a sample shown. */
  g_assert_cmpstr (page (dialog), ==, "map");
  g_assert_true (gtk_widget_get_visible (dialog->next_button));
  g_assert_cmpuint (dialog->column_rows->len, ==, 10);
  g_assert_cmpstr (row_title (dialog->column_rows->pdata[0]), ==, "Client Name");
  g_assert_cmpstr (row_subtitle (dialog->column_rows->pdata[0]), ==, "Müller & Söhne");
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->column_rows->pdata[0]), ==, CRM_FIELD_CLIENT_NAME);
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->column_rows->pdata[4]), ==, CRM_FIELD_EMAIL);
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->column_rows->pdata[8]), ==, CRM_FIELD_NOTES);
  g_assert_cmpstr (row_title (dialog->column_rows->pdata[9]), ==, "Shoe Size");
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->column_rows->pdata[9]), ==, CRM_FIELD_NONE);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (dialog->layout_row), "Clientele template"));

  crm_test_shoot ("04-map");

  /* A field comes from one column: giving Notes to Shoe Size takes it
   * from Notes, and the rows show it. */
  adw_combo_row_set_selected (dialog->column_rows->pdata[9], CRM_FIELD_NOTES);
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->column_rows->pdata[8]), ==, CRM_FIELD_NONE);
  g_assert_cmpint (crm_importer_get_field (dialog->importer, 9), ==, CRM_FIELD_NOTES);
  /* ...and back. */
  adw_combo_row_set_selected (dialog->column_rows->pdata[8], CRM_FIELD_NOTES);
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->column_rows->pdata[9]), ==, CRM_FIELD_NONE);

  /* The preview, re-run for the mapping: what each row will do. */
  crm_test_click (dialog->next_button);
  g_assert_cmpstr (page (dialog), ==, "preview");
  g_assert_true (gtk_widget_get_visible (dialog->import_button));
  g_assert_true (gtk_widget_get_sensitive (dialog->import_button));
  /* Enter imports. */
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) == dialog->import_button);
  g_assert_true (gtk_widget_get_visible (dialog->duplicates_group));
  g_assert_cmpuint (dialog->preview_rows->len, ==, 5);

  g_assert_cmpstr (row_badge (dialog->preview_rows->pdata[0]), ==, "New client");
  g_assert_cmpstr (row_title (dialog->preview_rows->pdata[0]), ==, "Müller & Söhne · Zoë Keller");
  g_assert_cmpstr (row_badge (dialog->preview_rows->pdata[1]), ==, "New contact");
  /* Acme is a look-alike of the stored Acme (same e-mail): flagged. */
  row = dialog->preview->pdata[2];
  g_assert_nonnull (row->duplicate);
  g_assert_nonnull (strstr (row_subtitle (dialog->preview_rows->pdata[2]), row->duplicate));
  g_assert_cmpstr (row_badge (dialog->preview_rows->pdata[3]), ==, "Error");
  g_assert_nonnull (strstr (row_subtitle (dialog->preview_rows->pdata[3]), "not-an-email"));
  g_assert_cmpstr (row_badge (dialog->preview_rows->pdata[4]), ==, "New client");
  g_assert_nonnull (strstr (adw_preferences_group_get_description (dialog->preview_group), "All 5 rows"));
  crm_test_shoot ("05-preview");

  /* Choosing to skip look-alikes re-runs the preview. */
  gtk_check_button_set_active (dialog->duplicates_skip, TRUE);
  g_assert_cmpint (crm_importer_get_duplicates (dialog->importer), ==, CRM_IMPORT_DUPLICATES_SKIP);
  g_assert_cmpstr (row_badge (dialog->preview_rows->pdata[2]), ==, "Skip");

  /* Back keeps the mapping; Next comes back to the same preview. */
  crm_test_click (dialog->back_button);
  g_assert_cmpstr (page (dialog), ==, "map");
  crm_test_click (dialog->next_button);
  g_assert_cmpstr (page (dialog), ==, "preview");
  g_assert_cmpstr (row_badge (dialog->preview_rows->pdata[2]), ==, "Skip");

  /* Import, and the summary adds up. */
  crm_test_click (dialog->import_button);
  g_assert_cmpstr (page (dialog), ==, "progress");
  wait_for_page (dialog, "summary");
  g_assert_cmpuint (label_number (dialog->created_label), ==, 3);
  g_assert_cmpuint (label_number (dialog->updated_label), ==, 0);
  g_assert_cmpuint (label_number (dialog->skipped_label), ==, 1);
  g_assert_cmpuint (label_number (dialog->failed_label), ==, 1);
  g_assert_cmpuint (label_number (dialog->created_label) + label_number (dialog->updated_label) +
                    label_number (dialog->skipped_label) + label_number (dialog->failed_label),
                    ==, dialog->result->rows_read);
  g_assert_cmpuint (dialog->failure_rows->len, ==, 1);
  g_assert_false (gtk_widget_get_visible (dialog->no_failures_row));
  g_assert_nonnull (strstr (row_subtitle (dialog->failure_rows->pdata[0]), "not-an-email"));
  g_assert_true (gtk_widget_get_visible (dialog->report_button));
  g_assert_true (gtk_widget_get_visible (dialog->undo_button));
  g_assert_true (gtk_widget_get_visible (dialog->done_button));
  adw_expander_row_set_expanded (dialog->failed_row, TRUE);
  crm_test_shoot ("07-summary");

  /* The store has them. */
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 3);
  mueller = crm_store_find_client_by_external_id (fixture->store, "ACC-1");
  g_assert_nonnull (mueller);
  g_assert_cmpstr (crm_client_get_name (mueller), ==, "Müller & Söhne");

  /* The error report names the row and why. */
  report = g_file_new_build_filename (fixture->dir, "errors.csv", NULL);
  g_assert_true (crm_import_dialog_save_report (dialog, report, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (report, NULL, &contents, NULL, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Broken Mail Ltd"));
  g_assert_nonnull (strstr (contents, "not-an-email"));

  /* Undo: what the import added is gone; what was there stays. */
  crm_test_click (dialog->undo_button);
  g_assert_true (crm_test_wait_for (import_undone, dialog));
  g_assert_cmpstr (adw_status_page_get_title (dialog->summary_page), ==, "Import Undone");
  g_assert_false (gtk_widget_get_visible (dialog->undo_button));
  crm_test_shoot ("08-undone");
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 1);
  g_clear_object (&mueller);
  mueller = crm_store_find_client_by_external_id (fixture->store, "ACC-1");
  g_assert_null (mueller);
  g_assert_cmpstr (crm_client_get_name (acme), ==, "Acme Rockets");

  /* Done closes. */
  crm_test_click (dialog->done_button);
  crm_test_spin (100);
}

/* A big file, so that the import is still running when it is cancelled. */
static GFile *
write_big_file (Fixture *fixture,
                guint    n_rows)
{
  g_autoptr(GString) csv = g_string_new ("Client Name,External Client ID,First Name,Last Name,Email,External Contact ID\n");

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (csv, "Client %u,ACC-%u,First%u,Last%u,person%u@example.com,CON-%u\n",
                            i / 4, i / 4, i, i, i, i);

  return write_file (fixture, "big.csv", csv->str);
}

static gboolean
importer_idle (gpointer data)
{
  CrmImporter *importer = data;
  gboolean running;

  g_object_get (importer, "running", &running, NULL);
  return !running;
}

static gboolean
rows_done (gpointer data)
{
  return crm_importer_get_rows_done (data) > 0;
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  /* Screenshots take time: then the import must run longer. */
  g_autoptr(GFile) file = write_big_file (fixture, g_getenv ("CLIENTELE_SCREENSHOTS") ? 400000 : 50000);
  g_autoptr(CrmClient) kept = add_client (fixture->store, "Kept Ltd", "Kim", "Keep", "kim@kept.example");
  CrmImportDialog *dialog = crm_import_dialog_new (NULL, fixture->store);

  g_assert_true (crm_import_dialog_open_file (dialog, file));
  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (20);
  crm_test_click (dialog->next_button);
  g_assert_cmpstr (page (dialog), ==, "preview");
  g_assert_cmpstr (adw_preferences_group_get_description (dialog->preview_group), !=, NULL);
  g_assert_nonnull (strstr (adw_preferences_group_get_description (dialog->preview_group), "The first 50 rows"));

  /* Cancel right after the start: back on the preview, nothing written. */
  crm_test_click (dialog->import_button);
  g_assert_cmpstr (page (dialog), ==, "progress");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (dialog->stop_button)));
  if (g_getenv ("CLIENTELE_SCREENSHOTS") != NULL)
    {
      g_assert_true (crm_test_wait_for (rows_done, dialog->importer));
      crm_test_shoot ("06-progress");
    }
  crm_test_click (dialog->stop_button);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dialog->stop_button)));
  wait_for_page (dialog, "preview");
  g_assert_false (gtk_revealer_get_reveal_child (dialog->error_revealer));
  g_assert_null (dialog->result);
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 1);

  /* It can be started again, and closing the window cancels it too. */
  crm_test_click (dialog->import_button);
  g_assert_cmpstr (page (dialog), ==, "progress");
  {
    g_autoptr(CrmImporter) importer = g_object_ref (dialog->importer);

    gtk_window_close (GTK_WINDOW (dialog));
    g_assert_true (crm_test_wait_for (importer_idle, importer));
  }
  crm_test_spin (100);
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 1);
}

static gboolean
says_indexing (gpointer data)
{
  CrmImportDialog *dialog = data;

  return strstr (gtk_label_get_label (dialog->progress_label), "building the indexes") != NULL;
}

/* A first import into an empty database builds its indexes after the
 * last row: the bar goes on moving, the label says what is happening, and
 * Stop still stops it, with nothing written. */
static void
test_cancel_while_indexing (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GFile) file = write_big_file (fixture, 200000);
  CrmImportDialog *dialog = crm_import_dialog_new (NULL, fixture->store);
  g_autoptr(CrmImporter) importer = NULL;
  double fraction;

  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 0);
  g_assert_true (crm_import_dialog_open_file (dialog, file));
  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (20);
  crm_test_click (dialog->next_button);
  g_assert_cmpstr (page (dialog), ==, "preview");

  crm_test_click (dialog->import_button);
  g_assert_cmpstr (page (dialog), ==, "progress");
  importer = g_object_ref (dialog->importer);
  /* The label follows the importer ten times a second. */
  g_assert_true (crm_test_wait_for (says_indexing, dialog));
  g_assert_true (crm_importer_get_finishing (importer));

  /* Every row read, and yet the bar is not full: the indexes have their share. */
  fraction = gtk_progress_bar_get_fraction (dialog->progress_bar);
  g_assert_cmpfloat (fraction, >, 0.1);
  g_assert_cmpfloat (fraction, <, 0.9);
  /* (Thousands are grouped as the locale says.) */
  g_assert_true (g_str_has_prefix (gtk_label_get_label (dialog->progress_label), "All 200"));
  g_assert_nonnull (strstr (gtk_label_get_label (dialog->progress_label), "000 rows read"));
  g_assert_nonnull (strstr (gtk_label_get_label (dialog->progress_label), "building the indexes"));
  crm_test_shoot ("06b-indexing");

  crm_test_click (dialog->stop_button);
  wait_for_page (dialog, "preview");
  g_assert_true (crm_test_wait_for (importer_idle, importer));
  g_assert_false (gtk_revealer_get_reveal_child (dialog->error_revealer));
  g_assert_null (dialog->result);
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static const char vcard_file[] =
  "BEGIN:VCARD\r\n"
  "VERSION:4.0\r\n"
  "FN:Grace Hopper\r\n"
  "N:Hopper;Grace;;;\r\n"
  "ORG:Navy Computing\r\n"
  "EMAIL:grace@navy.example\r\n"
  "END:VCARD\r\n"
  "BEGIN:VCARD\r\n"
  "VERSION:3.0\r\n"
  "FN:Alan Turing\r\n"
  "N:Turing;Alan;;;\r\n"
  "EMAIL:alan@example.org\r\n"
  "END:VCARD\r\n";

static void
test_vcard (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "people.vcf", vcard_file);
  CrmImportDialog *dialog = crm_import_dialog_new (NULL, fixture->store);

  /* No columns to match in a vCard file: straight to the preview. */
  g_assert_true (crm_import_dialog_open_file (dialog, file));
  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (20);
  g_assert_cmpstr (page (dialog), ==, "preview");
  g_assert_cmpuint (dialog->column_rows->len, ==, 0);
  g_assert_cmpuint (dialog->preview_rows->len, ==, 2);
  g_assert_cmpstr (row_badge (dialog->preview_rows->pdata[0]), ==, "New client");
  g_assert_cmpstr (row_title (dialog->preview_rows->pdata[0]), ==, "Navy Computing · Grace Hopper");
  /* Nothing stored yet, so nothing can look alike: no choice to make. */
  g_assert_false (gtk_widget_get_visible (dialog->duplicates_group));

  crm_test_click (dialog->import_button);
  wait_for_page (dialog, "summary");
  g_assert_cmpuint (label_number (dialog->created_label), ==, 2);
  g_assert_false (gtk_widget_get_visible (dialog->report_button));
  g_assert_true (gtk_widget_get_visible (dialog->no_failures_row));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog->failed_row)));
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 2);
  close_dialog (dialog);

  /* Back from a vCard preview goes to the file choice. */
  dialog = crm_import_dialog_new (NULL, fixture->store);
  g_assert_true (crm_import_dialog_open_file (dialog, file));
  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (20);
  /* Importing it again: each card now looks like a stored contact. */
  g_assert_true (gtk_widget_get_visible (dialog->duplicates_group));
  crm_test_click (dialog->back_button);
  g_assert_cmpstr (page (dialog), ==, "choose");
  close_dialog (dialog);
}

static gboolean
export_finished (gpointer data)
{
  CrmExportDialog *dialog = data;

  return dialog->finished;
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CrmClient) one = add_client (fixture->store, "Öresund Ferries", "Ola", "Nordmann", "ola@ferries.example");
  g_autoptr(CrmClient) two = add_client (fixture->store, "Acme Rockets", "Wile", "Coyote", "wile@acme.example");
  g_autoptr(CrmClient) three = add_client (fixture->store, "Globex", "Hank", "Scorpio", "hank@globex.example");
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GFile) vcf = g_file_new_build_filename (fixture->dir, "shown.vcf", NULL);
  g_autoptr(GFile) csv = g_file_new_build_filename (fixture->dir, "all.csv", NULL);
  g_autoptr(GFile) nowhere = g_file_new_build_filename (fixture->dir, "no-such-folder", "x.csv", NULL);
  g_autofree char *contents = NULL;
  GtkWidget *parent = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  CrmExportDialog *dialog;
  gint64 id = crm_client_get_id (one);

  adw_window_set_content (ADW_WINDOW (parent), overlay);
  gtk_window_present (GTK_WINDOW (parent));
  g_array_append_val (shown, id);

  /* The list shows one of three clients: both choices are offered. */
  dialog = g_object_ref (crm_export_dialog_new (GTK_WINDOW (parent), fixture->store, shown));
  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->shown_row)));
  g_assert_true (gtk_check_button_get_active (dialog->shown_check));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (dialog->shown_row), "1 client"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (dialog->all_row), "3 clients"));
  crm_test_shoot ("09-export");

  /* Each format shows its own option only. */
  g_assert_true (gtk_widget_get_visible (dialog->bom_row));
  g_assert_false (gtk_widget_get_visible (dialog->vcard3_row));
  adw_combo_row_set_selected (dialog->format_row, 1);
  g_assert_false (gtk_widget_get_visible (dialog->bom_row));
  g_assert_false (gtk_widget_get_visible (dialog->vcard3_row));
  adw_combo_row_set_selected (dialog->format_row, 2);
  g_assert_true (gtk_widget_get_visible (dialog->vcard3_row));

  /* vCard 3.0 of the shown client; the dialog closes with a toast. */
  gtk_switch_set_active (dialog->vcard3_switch, TRUE);
  crm_export_dialog_export_to (dialog, vcf);
  g_assert_true (crm_test_wait_for (export_finished, dialog));
  crm_test_spin (20);
  g_assert_nonnull (strstr (dialog->message, "Exported 1 contact"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (g_file_load_contents (vcf, NULL, &contents, NULL, NULL, NULL));
  g_assert_nonnull (strstr (contents, "VERSION:3.0"));
  g_assert_nonnull (strstr (contents, "Ola"));
  g_assert_null (strstr (contents, "Globex"));
  g_clear_pointer (&contents, g_free);
  g_clear_object (&dialog);

  /* All clients to CSV for Excel. */
  dialog = g_object_ref (crm_export_dialog_new (GTK_WINDOW (parent), fixture->store, shown));
  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (20);
  gtk_check_button_set_active (dialog->all_check, TRUE);
  gtk_switch_set_active (dialog->bom_switch, TRUE);

  /* A folder that does not exist: the reason, and the dialog stays. */
  crm_export_dialog_export_to (dialog, nowhere);
  g_assert_true (crm_test_wait_for (export_finished, dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_revealer_get_reveal_child (dialog->error_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (dialog->error_label), "nothing was saved"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (dialog->stack), ==, "options");

  crm_export_dialog_export_to (dialog, csv);
  g_assert_true (crm_test_wait_for (export_finished, dialog));
  g_assert_nonnull (strstr (dialog->message, "Exported 3 contacts"));
  g_assert_true (g_file_load_contents (csv, NULL, &contents, NULL, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf"));
  g_assert_nonnull (strstr (contents, "Öresund Ferries"));
  g_assert_nonnull (strstr (contents, "Globex"));
  g_clear_object (&dialog);

  /* The list shows everything: no choice to make. */
  g_array_append_val (shown, id);
  g_array_append_val (shown, id);
  dialog = crm_export_dialog_new (GTK_WINDOW (parent), fixture->store, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog->shown_row)));
  g_assert_true (gtk_check_button_get_active (dialog->all_check));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (parent));
  crm_test_spin (50);
}

/* A Google Contacts export: recognised, its columns matched, the rest
 * left out; the preview files each person under their organization. */
static void
test_google (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "data", "google.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CrmImportDialog *dialog = crm_import_dialog_new (NULL, fixture->store);
  guint n_columns = 0;
  int organization = -1, middle = -1, email = -1;
  const char * const *header;

  g_assert_true (crm_import_dialog_open_file (dialog, file));
  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_spin (20);
  g_assert_cmpstr (page (dialog), ==, "map");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (dialog->layout_row), "Google Contacts"));

  header = crm_importer_get_header (dialog->importer, &n_columns);
  g_assert_cmpuint (dialog->column_rows->len, ==, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      if (g_str_equal (header[c], "Organization Name"))
        organization = c;
      else if (g_str_equal (header[c], "Middle Name"))
        middle = c;
      else if (g_str_equal (header[c], "E-mail 1 - Value"))
        email = c;
    }
  g_assert_cmpint (organization, >=, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->column_rows->pdata[organization]), ==, CRM_FIELD_CLIENT_NAME);
  g_assert_cmpstr (row_subtitle (dialog->column_rows->pdata[organization]), ==, "Hierros del Norte");
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->column_rows->pdata[email]), ==, CRM_FIELD_EMAIL);
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->column_rows->pdata[middle]), ==, CRM_FIELD_NONE);
  crm_test_shoot ("04b-map-google");

  crm_test_click (dialog->next_button);
  g_assert_cmpstr (page (dialog), ==, "preview");
  g_assert_cmpuint (dialog->preview_rows->len, >, 0);
  g_assert_cmpstr (row_title (dialog->preview_rows->pdata[0]), ==, "Hierros del Norte · Sofía García");
  close_dialog (dialog);
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct {
  CrmImportHistory *history;
  guint             n;
} UndoWait;

static gboolean
undos_done (gpointer data)
{
  UndoWait *wait = data;

  return wait->history->undos_done >= wait->n;
}

static gint64
import_file (Fixture    *fixture,
             const char *name,
             const char *contents)
{
  g_autoptr(GFile) file = write_file (fixture, name, contents);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(CrmImporter) importer = NULL;
  g_autoptr(CrmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  importer = crm_importer_new (fixture->store, path, &error);
  g_assert_no_error (error);
  result = crm_importer_run (importer, FALSE, NULL, &error);
  g_assert_no_error (error);

  return result->batch_id;
}

/* Past imports, newest first; Undo while nothing changed since, and a
 * reason when something did. */
static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  CrmImportHistory *history = crm_import_history_new (NULL, fixture->store);
  g_autoptr(CrmClient) first_client = NULL;
  g_autoptr(GError) error = NULL;
  UndoWait wait;

  /* Nothing imported yet. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (history->stack), ==, "empty");
  gtk_window_destroy (GTK_WINDOW (history));

  import_file (fixture, "first.csv",
               "Client Name,External Client ID,First Name,Last Name\n"
               "First Ltd,F-1,Fay,First\n");
  import_file (fixture, "second.csv",
               "Client Name,External Client ID,First Name,Last Name\n"
               "Second Ltd,S-1,Sam,Second\n"
               "Third Ltd,T-1,Tia,Third\n");
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 3);

  /* Someone changes what the first import added. */
  first_client = crm_store_find_client_by_external_id (fixture->store, "F-1");
  g_assert_true (crm_store_update_client (fixture->store, first_client, &error, "city", "Hamburg", NULL));
  g_assert_no_error (error);

  history = crm_import_history_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (history));
  crm_test_spin (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (history->stack), ==, "list");
  g_assert_cmpuint (history->rows->len, ==, 2);
  g_assert_cmpstr (row_title (history->rows->pdata[0]), ==, "second.csv");
  g_assert_nonnull (strstr (row_subtitle (history->rows->pdata[0]), "2 created"));
  g_assert_cmpstr (row_title (history->rows->pdata[1]), ==, "first.csv");
  crm_test_shoot ("10-history");

  /* Undo the newest: its clients are gone, and it says undone. */
  crm_test_click (find_button (history->rows->pdata[0]));
  wait = (UndoWait) { history, 1 };
  g_assert_true (crm_test_wait_for (undos_done, &wait));
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 1);
  g_assert_cmpuint (history->rows->len, ==, 2);
  g_assert_nonnull (strstr (row_subtitle (history->rows->pdata[0]), "undone"));
  g_assert_null (find_button (history->rows->pdata[0]));

  /* The first was changed since: refused, and nothing changes. */
  crm_test_click (find_button (history->rows->pdata[1]));
  wait = (UndoWait) { history, 2 };
  g_assert_true (crm_test_wait_for (undos_done, &wait));
  g_assert_cmpuint (crm_store_count_clients (fixture->store), ==, 1);
  g_assert_null (strstr (row_subtitle (history->rows->pdata[1]), "undone"));
  g_assert_nonnull (find_button (history->rows->pdata[1]));
  g_assert_nonnull (history->refused);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (history->refused)), "changed since"));
  crm_test_shoot ("11-history-refused");
  gtk_window_destroy (GTK_WINDOW (history->refused));
  crm_test_spin (20);
  g_assert_null (history->refused);

  gtk_window_destroy (GTK_WINDOW (history));
  crm_test_spin (50);
}

int
main (int   argc,
      char *argv[])
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

  g_test_add ("/import-dialog/choose", Fixture, NULL,
              fixture_set_up, test_choose, fixture_tear_down);
  g_test_add ("/import-dialog/import", Fixture, NULL,
              fixture_set_up, test_import, fixture_tear_down);

  g_test_add ("/import-dialog/window-drop", Fixture, NULL,
              fixture_set_up, test_window_drop, fixture_tear_down);
  g_test_add ("/import-dialog/google", Fixture, NULL,
              fixture_set_up, test_google, fixture_tear_down);
  g_test_add ("/import-dialog/cancel", Fixture, NULL,
              fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/import-dialog/cancel-while-indexing", Fixture, NULL,
              fixture_set_up, test_cancel_while_indexing, fixture_tear_down);
  g_test_add ("/import-dialog/vcard", Fixture, NULL,
              fixture_set_up, test_vcard, fixture_tear_down);
  g_test_add ("/import-history", Fixture, NULL,
              fixture_set_up, test_history, fixture_tear_down);
  g_test_add ("/export-dialog", Fixture, NULL,
              fixture_set_up, test_export, fixture_tear_down);

  return g_test_run ();
}
