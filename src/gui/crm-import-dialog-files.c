/* crm-import-dialog-files.c: how files get in and out of the import
 * dialog: the file choosers (the file to import, the sample CSV, the error
 * report), drag and drop onto the dialog or the main window.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "crm-import-dialog-private.h"

/* A file dropped on the main window. */
static gboolean
window_drop_cb (GtkDropTarget *target,
                const GValue  *value,
                double         x,
                double         y,
                CrmStore      *store)
{
  GtkWidget *window = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  g_autoptr(GSList) files = NULL;
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      files = gdk_file_list_get_files (g_value_get_boxed (value));
      if (files != NULL)
        file = files->data;
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;

  crm_import_dialog_present (GTK_WINDOW (window), store, file);
  return TRUE;
}

/**
 * crm_import_dialog_add_drop_target:
 * @window: the main window
 * @store: where dropped files are imported
 *
 * Makes a file dropped anywhere on @window open the import dialog with
 * that file. The target holds a reference on @store.
 *
 * Returns: (transfer none): the drop target, owned by @window
 */
GtkDropTarget *
crm_import_dialog_add_drop_target (GtkWindow *window,
                                   CrmStore  *store)
{
  static GType types[2];
  GtkDropTarget *target;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  types[0] = GDK_TYPE_FILE_LIST;
  types[1] = G_TYPE_FILE;
  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  /* The window finds it by this name, to turn it off for a Read-only person. */
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (target), CRM_IMPORT_DROP_TARGET_NAME);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_data (target, "drop", G_CALLBACK (window_drop_cb),
                         g_object_ref (store), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (target));

  return target;
}

static void
choose_response_cb (CrmImportDialog *self,
                    int              response,
                    GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);

  if (file != NULL)
    crm_import_dialog_open_file (self, file);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *const *suffixes,
            const char     *const *mime_types)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; suffixes && suffixes[i]; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  for (guint i = 0; mime_types && mime_types[i]; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  if (suffixes == NULL && mime_types == NULL)
    gtk_file_filter_add_pattern (filter, "*");

  gtk_file_chooser_add_filter (chooser, filter);
}

static void
run_chooser (CrmImportDialog *self,
             GtkNativeDialog *chooser,
             GCallback        response_cb)
{
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  self->chooser = chooser;
  gtk_native_dialog_set_modal (chooser, TRUE);
  g_signal_connect_object (chooser, "response", response_cb, self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

void
crm_import_dialog_choose_file (CrmImportDialog *self)
{
  static const char *const all_suffixes[] = { "csv", "tsv", "txt", "vcf", "vcard", NULL };
  static const char *const all_types[] = { "text/csv", "text/tab-separated-values", "text/vcard",
                                           "text/x-vcard", "text/directory", NULL };
  static const char *const csv_suffixes[] = { "csv", "tsv", "txt", NULL };
  static const char *const csv_types[] = { "text/csv", "text/tab-separated-values", NULL };
  static const char *const vcard_suffixes[] = { "vcf", "vcard", NULL };
  static const char *const vcard_types[] = { "text/vcard", "text/x-vcard", "text/directory", NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Choose a File to Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (chooser), _("CSV and vCard files"), all_suffixes, all_types);
  add_filter (GTK_FILE_CHOOSER (chooser), _("CSV files"), csv_suffixes, csv_types);
  add_filter (GTK_FILE_CHOOSER (chooser), _("vCard files"), vcard_suffixes, vcard_types);
  add_filter (GTK_FILE_CHOOSER (chooser), _("All files"), NULL, NULL);

  run_chooser (self, GTK_NATIVE_DIALOG (chooser), G_CALLBACK (choose_response_cb));
}

/**
 * crm_import_dialog_save_sample:
 *
 * Writes the sample CSV (the template with example rows) to @file.
 */
gboolean
crm_import_dialog_save_sample (CrmImportDialog  *self,
                               GFile            *file,
                               GError          **error)
{
  g_autofree char *sample = crm_import_template_get_sample ();

  return g_file_replace_contents (file, sample, strlen (sample), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static void
sample_response_cb (CrmImportDialog *self,
                    int              response,
                    GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  if (crm_import_dialog_save_sample (self, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = NULL;

      /* Translators: %s is a file name */
      message = g_strdup_printf (_("Saved “%s”: fill it in, then import it here"), name);
      crm_import_dialog_toast (self, message);
    }
  else
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("The sample could not be saved: %s"), error->message);
      crm_import_dialog_show_error (self, message);
    }
}

void
crm_import_dialog_choose_sample_file (CrmImportDialog *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Sample CSV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  /* Translators: the file name offered for the sample CSV */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("clientele-sample.csv"));

  run_chooser (self, GTK_NATIVE_DIALOG (chooser), G_CALLBACK (sample_response_cb));
}

/* Drag and drop onto the first page. */

static GdkDragAction
drop_enter_cb (CrmImportDialog *self)
{
  gtk_widget_add_css_class (self->drop_zone, "drop-highlight");
  return GDK_ACTION_COPY;
}

static void
drop_leave_cb (CrmImportDialog *self)
{
  gtk_widget_remove_css_class (self->drop_zone, "drop-highlight");
}

static gboolean
drop_cb (CrmImportDialog *self,
         const GValue    *value)
{
  GFile *file = NULL;
  g_autoptr(GSList) files = NULL;

  gtk_widget_remove_css_class (self->drop_zone, "drop-highlight");

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      files = gdk_file_list_get_files (g_value_get_boxed (value));
      if (files != NULL)
        file = files->data;
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;

  crm_import_dialog_open_file (self, file);
  return TRUE;
}

/**
 * crm_import_dialog_save_report:
 *
 * Writes the failed rows of the last import, with their reasons, to @file.
 */
gboolean
crm_import_dialog_save_report (CrmImportDialog  *self,
                               GFile            *file,
                               GError          **error)
{
  g_autofree char *path = g_file_get_path (file);

  g_return_val_if_fail (self->result != NULL, FALSE);

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Choose a folder on this computer"));
      return FALSE;
    }

  return crm_import_result_write_report (self->result, path, error);
}

static void
report_response_cb (CrmImportDialog *self,
                    int              response,
                    GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);

  if (file == NULL || self->result == NULL)
    return;

  if (crm_import_dialog_save_report (self, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("Saved the failed rows to “%s”"), name);
      crm_import_dialog_toast (self, message);
    }
  else
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("The error report could not be saved: %s"), error->message);
      crm_import_dialog_show_error (self, message);
    }
}

void
crm_import_dialog_choose_report_file (CrmImportDialog *self)
{
  g_autofree char *base = g_path_get_basename (crm_importer_get_path (self->importer));
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  char *dot;

  if ((dot = strrchr (base, '.')) != NULL)
    *dot = '\0';
  /* Translators: the file name offered for the error report; %s is the imported file's name */
  name = g_strdup_printf (_("%s-errors.csv"), base);

  chooser = gtk_file_chooser_native_new (_("Save Error Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  run_chooser (self, GTK_NATIVE_DIALOG (chooser), G_CALLBACK (report_response_cb));
}

/**
 * crm_import_dialog_setup_drop:
 *
 * Lets a file be dropped anywhere on the first page; the zone lights up
 * while one is dragged over it.
 */
void
crm_import_dialog_setup_drop (CrmImportDialog *self)
{
  static GType types[2];
  GtkDropTarget *target;

  /* The whole first page takes the drop; the zone shows it. */
  types[0] = GDK_TYPE_FILE_LIST;
  types[1] = G_TYPE_FILE;
  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_swapped (target, "enter", G_CALLBACK (drop_enter_cb), self);
  g_signal_connect_swapped (target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (self->choose_page, GTK_EVENT_CONTROLLER (target));
}
