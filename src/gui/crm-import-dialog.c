/* crm-import-dialog.c: the import assistant.
 *
 * One window, one stack page per step: choose a file (drop it, pick it, or
 * save the sample to start from), match the CSV columns to fields, preview
 * what the first rows will do, import on a worker thread with progress and
 * Cancel, and a summary with the error report and Undo. The work is all in
 * CrmImporter; this file only shows it. The rows of the pages are made in
 * crm-import-dialog-pages.c; the file choosers and drag and drop are in
 * crm-import-dialog-files.c. The preview runs on the main thread because
 * it is bounded (PREVIEW_ROWS rows); the import never does.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "crm-import-dialog-private.h"


G_DEFINE_FINAL_TYPE (CrmImportDialog, crm_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * crm_import_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Returns: (transfer floating): the dialog, on its first page
 */
CrmImportDialog *
crm_import_dialog_new (GtkWindow *parent,
                       CrmStore  *store)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

/**
 * crm_import_dialog_present:
 * @parent: (nullable): the window the dialog belongs to
 * @file: (nullable): a file to import (dropped on the window, or opened
 *   from the file manager); %NULL starts at the file choice
 *
 * Opens the import dialog. With @file it goes straight to matching the
 * columns (or to the preview, for a vCard file); a file that cannot be
 * read is explained on the first page.
 */
void
crm_import_dialog_present (GtkWindow *parent,
                           CrmStore  *store,
                           GFile     *file)
{
  CrmImportDialog *self;

  g_return_if_fail (CRM_IS_STORE (store));
  g_return_if_fail (!file || G_IS_FILE (file));

  self = crm_import_dialog_new (parent, store);
  if (file != NULL)
    crm_import_dialog_open_file (self, file);
  gtk_window_present (GTK_WINDOW (self));
}

void
crm_import_dialog_show_error (CrmImportDialog *self,
                              const char      *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
hide_error (CrmImportDialog *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
toast_dismissed_cb (CrmImportDialog *self,
                    AdwToast        *t)
{
  if (self->toast == t)
    g_clear_object (&self->toast);
}

void
crm_import_dialog_toast (CrmImportDialog *self,
                         const char      *message)
{
  /* Toast titles are Pango markup in libadwaita 1.2. */
  g_autofree char *title = g_markup_escape_text (message, -1);
  AdwToast *t;

  /* One at a time: a newer message replaces the text of the toast on
   * screen rather than waiting behind it. (Dismissing toasts from code
   * races with their animations in libadwaita 1.2.) */
  if (self->toast != NULL)
    {
      adw_toast_set_title (self->toast, title);
      return;
    }

  t = adw_toast_new (title);
  adw_toast_set_timeout (t, 4);
  self->toast = g_object_ref (t);
  g_signal_connect_object (t, "dismissed", G_CALLBACK (toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static gboolean
is_csv (CrmImportDialog *self)
{
  return self->importer != NULL &&
         crm_importer_get_format (self->importer) == CRM_IMPORT_FORMAT_CSV;
}

static void
set_page (CrmImportDialog *self,
          const char      *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
page_changed_cb (CrmImportDialog *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  g_autofree char *file_name = NULL;
  GtkWidget *default_widget = NULL;
  const char *title;

  if (page == NULL)
    return;


  if (self->importer != NULL)
    file_name = g_path_get_basename (crm_importer_get_path (self->importer));

  gtk_widget_set_visible (self->cancel_button,
                          g_str_equal (page, "choose") || g_str_equal (page, "map") ||
                          g_str_equal (page, "preview"));
  gtk_widget_set_visible (self->back_button,
                          g_str_equal (page, "map") || g_str_equal (page, "preview"));
  gtk_widget_set_visible (self->next_button, g_str_equal (page, "map"));
  gtk_widget_set_visible (self->import_button, g_str_equal (page, "preview"));
  gtk_widget_set_visible (self->done_button, g_str_equal (page, "summary"));

  /* Back and Cancel side by side read as two ways out: Back is enough
   * once a file is open, and Escape still closes. */
  if (g_str_equal (page, "map") || g_str_equal (page, "preview"))
    gtk_widget_set_visible (self->cancel_button, FALSE);

  if (g_str_equal (page, "choose"))
    title = _("Import Clients");
  else if (g_str_equal (page, "map"))
    /* Translators: the import dialog's title while matching a CSV file's columns to fields */
    title = _("Match Columns");
  else if (g_str_equal (page, "preview"))
    title = _("Preview");
  else if (g_str_equal (page, "progress"))
    title = _("Importing");
  else
    title = _("Import Finished");

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title,
                                 g_str_equal (page, "choose") || file_name == NULL ? "" : file_name);

  /* Enter takes the step's main button. */
  if (g_str_equal (page, "map"))
    default_widget = self->next_button;
  else if (g_str_equal (page, "preview"))
    default_widget = self->import_button;
  else if (g_str_equal (page, "summary"))
    default_widget = self->done_button;
  gtk_window_set_default_widget (GTK_WINDOW (self), default_widget);
  if (default_widget != NULL)
    gtk_widget_grab_focus (default_widget);
}

static void
duplicates_toggled_cb (CrmImportDialog *self,
                       GtkCheckButton  *button)
{
  CrmImportDuplicates duplicates;

  /* Toggling a group emits twice: act on the one that became active. */
  if (!gtk_check_button_get_active (button) || self->importer == NULL)
    return;

  if (button == self->duplicates_skip)
    duplicates = CRM_IMPORT_DUPLICATES_SKIP;
  else if (button == self->duplicates_update)
    duplicates = CRM_IMPORT_DUPLICATES_UPDATE;
  else
    duplicates = CRM_IMPORT_DUPLICATES_CREATE;

  if (crm_importer_get_duplicates (self->importer) == duplicates)
    return;

  crm_importer_set_duplicates (self->importer, duplicates);
  hide_error (self);
  crm_import_dialog_run_preview (self);
}

/* Opening a file. */

static void
progress_cb (CrmImportDialog *self)
{
  guint64 rows = crm_importer_get_rows_done (self->importer);
  double rate = crm_importer_get_rows_per_second (self->importer);
  double left = crm_importer_get_seconds_left (self->importer);
  g_autofree char *rows_text = NULL;
  g_autofree char *rate_text = NULL;
  g_autofree char *left_text = NULL;
  g_autofree char *text = NULL;

  gtk_progress_bar_set_fraction (self->progress_bar, crm_importer_get_fraction (self->importer));

  if (crm_importer_get_finishing (self->importer))
    {
      /* Translators: every row of the file is read; %'llu groups the thousands */
      rows_text = g_strdup_printf (ngettext ("%'llu row, all read",
                                             "All %'llu rows read", rows), (unsigned long long) rows);
      /* Translators: what a large import does after reading the file, before it is saved */
      rate_text = g_strdup (_("building the indexes"));
    }
  else
    {
      /* Translators: rows of the file read so far; %'llu groups the thousands */
      rows_text = g_strdup_printf (ngettext ("%'llu row read",
                                             "%'llu rows read", rows), (unsigned long long) rows);
      rate_text = g_strdup_printf (_("%'.0f rows a second"), rate);
    }

  if (left < 0)
    left_text = g_strdup (_("estimating the time left"));
  else if (left < 60)
    left_text = g_strdup_printf (ngettext ("about %d second left", "about %d seconds left",
                                           (int) left + 1),
                                 (int) left + 1);
  else
    left_text = g_strdup_printf (ngettext ("about %d minute left", "about %d minutes left",
                                           (int) (left / 60) + 1),
                                 (int) (left / 60) + 1);

  /* Translators: rows read, rows a second (or what the import is doing), time left */
  text = g_strdup_printf (_("%s · %s · %s"), rows_text, rate_text, left_text);
  gtk_label_set_label (self->progress_label, text);
}

/**
 * crm_import_dialog_open_file:
 * @file: a CSV or vCard file
 *
 * Reads @file's header and first rows and moves to the next step: the
 * columns of a CSV file, the preview of a vCard file. A file that cannot
 * be imported is explained on the first page.
 *
 * Returns: %TRUE when the file can be imported
 */
gboolean
crm_import_dialog_open_file (CrmImportDialog *self,
                             GFile           *file)
{
  g_autoptr(CrmImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (CRM_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* Not while an import runs: it owns the importer. */
  if (self->cancellable != NULL)
    return FALSE;

  hide_error (self);
  set_page (self, "choose");

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = NULL;

      /* Translators: %s is a file's location (a URI) */
      message = g_strdup_printf (_("“%s” is not on this computer. Copy it to a folder here, then import it."),
                                 name);
      crm_import_dialog_show_error (self, message);
      return FALSE;
    }

  importer = crm_importer_new (self->store, path, &error);
  if (importer == NULL)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("This file cannot be imported: %s"), error->message);
      crm_import_dialog_show_error (self, message);
      return FALSE;
    }

  if (self->importer != NULL)
    g_signal_handlers_disconnect_by_data (self->importer, self);
  g_set_object (&self->importer, importer);
  g_clear_pointer (&self->result, crm_import_result_free);
  self->undone = FALSE;

  /* A new file starts with the default choice for look-alikes. */
  gtk_check_button_set_active (self->duplicates_create, TRUE);
  crm_importer_set_duplicates (self->importer, CRM_IMPORT_DUPLICATES_CREATE);

  g_signal_connect_object (self->importer, "notify::rows-done",
                           G_CALLBACK (progress_cb), self, G_CONNECT_SWAPPED);

  if (!crm_import_dialog_run_preview (self))
    {
      g_clear_object (&self->importer);
      return FALSE;
    }

  if (is_csv (self))
    {
      crm_import_dialog_build_columns (self);
      set_page (self, "map");
    }
  else
    set_page (self, "preview");

  page_changed_cb (self);

  return TRUE;
}

/* Navigation. */

static void
back_clicked_cb (CrmImportDialog *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  hide_error (self);
  if (g_str_equal (page, "preview") && is_csv (self))
    set_page (self, "map");
  else
    set_page (self, "choose");
}

/* Does some column say who a row is about? Without one, every row would
 * be skipped as empty. */
static gboolean
has_identifying_column (CrmImportDialog *self)
{
  for (guint c = 0; c < self->column_rows->len; c++)
    switch (crm_importer_get_field (self->importer, c))
      {
      case CRM_FIELD_CLIENT_NAME:
      case CRM_FIELD_EXTERNAL_CLIENT_ID:
      case CRM_FIELD_CLIENT_ID:
      case CRM_FIELD_FIRST_NAME:
      case CRM_FIELD_LAST_NAME:
      case CRM_FIELD_FULL_NAME:
      case CRM_FIELD_EXTERNAL_CONTACT_ID:
        return TRUE;
      default:
        break;
      }

  return FALSE;
}

static void
next_clicked_cb (CrmImportDialog *self)
{
  hide_error (self);

  if (!has_identifying_column (self))
    {
      crm_import_dialog_show_error (self, _("Choose the column that holds the client’s name or the person’s name first: without it there is nothing to import."));
      return;
    }

  if (self->preview_dirty && !crm_import_dialog_run_preview (self))
    return;

  set_page (self, "preview");
}

/* Importing. */

static void
run_done_cb (GObject      *object,
             GAsyncResult *async_result,
             gpointer      user_data)
{
  g_autoptr(CrmImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  CrmImportResult *result;

  result = crm_importer_run_finish (CRM_IMPORTER (object), async_result, &error);
  g_clear_object (&self->cancellable);

  /* Closed while importing: the import was cancelled with the window. */
  if (self->disposed)
    {
      g_clear_pointer (&result, crm_import_result_free);
      return;
    }

  if (result == NULL)
    {
      set_page (self, "preview");
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        crm_import_dialog_toast (self, _("Import cancelled: nothing was changed"));
      else
        {
          g_autofree char *message = NULL;

          /* Translators: %s says why the import stopped */
          message = g_strdup_printf (_("The import stopped and nothing was changed: %s"), error->message);
          crm_import_dialog_show_error (self, message);
        }
      return;
    }

  g_clear_pointer (&self->result, crm_import_result_free);
  self->result = result;
  crm_import_dialog_show_summary (self);
}

static void
import_clicked_cb (CrmImportDialog *self)
{
  g_autofree char *file_name = NULL;
  g_autofree char *title = NULL;

  if (self->importer == NULL || self->cancellable != NULL)
    return;

  hide_error (self);
  file_name = g_path_get_basename (crm_importer_get_path (self->importer));
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Importing “%s”…"), file_name);
  adw_status_page_set_title (self->progress_page, title);
  adw_status_page_set_description (self->progress_page,
                                   _("You can keep working in Clientele meanwhile. If you cancel, nothing is changed."));
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_label_set_label (self->progress_label, _("Starting…"));
  gtk_button_set_label (self->stop_button, _("_Cancel Import"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->stop_button), TRUE);
  set_page (self, "progress");
  gtk_widget_grab_focus (GTK_WIDGET (self->stop_button));

  self->cancellable = g_cancellable_new ();
  crm_importer_run_async (self->importer, FALSE, self->cancellable,
                          run_done_cb, g_object_ref (self));
}

static void
stop_clicked_cb (CrmImportDialog *self)
{
  gtk_button_set_label (self->stop_button, _("Cancelling…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->stop_button), FALSE);
  g_cancellable_cancel (self->cancellable);
}

/* The summary page. */

static void
undo_done_cb (GObject      *object,
              GAsyncResult *async_result,
              gpointer      user_data)
{
  g_autoptr(CrmImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!crm_store_undo_import_finish (CRM_STORE (object), async_result, &error))
    {
      if (self->disposed)
        return;

      /* Translators: %s says why (a record changed since the import) */
      {
        g_autofree char *message = g_strdup_printf (_("The import cannot be undone: %s"), error->message);

        crm_import_dialog_show_error (self, message);
      }
      gtk_widget_set_sensitive (self->undo_button, TRUE);
      return;
    }

  if (self->disposed)
    return;

  self->undone = TRUE;
  adw_status_page_set_icon_name (self->summary_page, "edit-undo-symbolic");
  adw_status_page_set_title (self->summary_page, _("Import Undone"));
  adw_status_page_set_description (self->summary_page,
                                   _("What this import added is gone, and what it changed is as it was before."));
  /* The counts would read as if the rows were still there. */
  gtk_widget_set_visible (self->counts_group, FALSE);
  gtk_widget_set_visible (self->undo_button, FALSE);
  gtk_widget_set_visible (self->report_button, FALSE);
  gtk_widget_grab_focus (self->done_button);
}

static void
undo_clicked_cb (CrmImportDialog *self)
{
  if (self->result == NULL || self->result->batch_id == 0)
    return;

  hide_error (self);
  gtk_widget_set_sensitive (self->undo_button, FALSE);
  crm_store_undo_import_async (self->store, self->result->batch_id, NULL,
                               undo_done_cb, g_object_ref (self));
}

/* The window. */

static gboolean
crm_import_dialog_close_request (GtkWindow *window)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (window);

  /* All or nothing: closing while importing cancels the import. */
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (crm_import_dialog_parent_class)->close_request (window);
}

static void
crm_import_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_import_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_import_dialog_dispose (GObject *object)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  if (self->importer != NULL)
    g_signal_handlers_disconnect_by_data (self->importer, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_IMPORT_DIALOG);

  g_clear_object (&self->toast);
  g_clear_object (&self->importer);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->result, crm_import_result_free);
  g_clear_pointer (&self->preview, g_ptr_array_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->preview_rows, g_ptr_array_unref);
  g_clear_pointer (&self->failure_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (crm_import_dialog_parent_class)->dispose (object);
}

static void
crm_import_dialog_class_init (CrmImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = crm_import_dialog_dispose;
  object_class->get_property = crm_import_dialog_get_property;
  object_class->set_property = crm_import_dialog_set_property;
  window_class->close_request = crm_import_dialog_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CRM_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, choose_page);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, drop_zone);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, sample_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, layout_row);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, other_columns_group);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, duplicates_group);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, duplicates_create);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, duplicates_skip);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, duplicates_update);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, stop_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, summary_page);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, created_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, updated_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, skipped_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, failed_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, counts_group);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, failed_row);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, no_failures_row);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, report_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, undo_button);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "choose_clicked_cb", G_CALLBACK (crm_import_dialog_choose_file));
  gtk_widget_class_bind_template_callback_full (widget_class, "sample_clicked_cb", G_CALLBACK (crm_import_dialog_choose_sample_file));
  gtk_widget_class_bind_template_callback (widget_class, duplicates_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "report_clicked_cb", G_CALLBACK (crm_import_dialog_choose_report_file));
  gtk_widget_class_bind_template_callback (widget_class, undo_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_import_dialog_init (CrmImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->column_rows = g_ptr_array_new ();
  self->preview_rows = g_ptr_array_new ();
  self->failure_rows = g_ptr_array_new ();

  crm_import_dialog_setup_drop (self);

  page_changed_cb (self);
}
