/* crm-export-dialog.c: the Export dialog.
 *
 * Asks for the format (CSV with an Excel option, XLSX, vCard 4.0 or 3.0)
 * and which clients (those the list shows, or all), then where to save.
 * The export runs on a worker thread with a spinner and Cancel; the store
 * writes a temporary file and renames it only when complete, so a failed
 * or cancelled export leaves nothing under the chosen name. Success closes
 * the dialog with a toast in the parent window; a failure is explained in
 * the dialog, which stays open to try again.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-export-dialog-private.h"

G_DEFINE_FINAL_TYPE (CrmExportDialog, crm_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SHOWN_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rows of format_row, in order. */
static const CrmExportFormat formats[] = {
  CRM_EXPORT_FORMAT_CSV,
  CRM_EXPORT_FORMAT_XLSX,
  CRM_EXPORT_FORMAT_VCARD,
};

/**
 * crm_export_dialog_new:
 * @parent: (nullable): the window; a successful export is reported in its
 *   toast overlay
 * @shown_ids: (nullable) (element-type gint64): the ids of the clients the
 *   list shows (crm_client_list_dup_ids()); %NULL offers all clients only
 *
 * Returns: (transfer floating): the dialog
 */
CrmExportDialog *
crm_export_dialog_new (GtkWindow *parent,
                       CrmStore  *store,
                       GArray    *shown_ids)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "shown-ids", shown_ids,
                       NULL);
}

/**
 * crm_export_dialog_present:
 *
 * Opens the Export dialog; see crm_export_dialog_new().
 */
void
crm_export_dialog_present (GtkWindow *parent,
                           CrmStore  *store,
                           GArray    *shown_ids)
{
  gtk_window_present (GTK_WINDOW (crm_export_dialog_new (parent, store, shown_ids)));
}

static CrmExportFormat
selected_format (CrmExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->format_row);

  return i < G_N_ELEMENTS (formats) ? formats[i] : CRM_EXPORT_FORMAT_CSV;
}

static void
format_changed_cb (CrmExportDialog *self)
{
  CrmExportFormat format = selected_format (self);

  gtk_widget_set_visible (self->bom_row, format == CRM_EXPORT_FORMAT_CSV);
  gtk_widget_set_visible (self->vcard3_row, format == CRM_EXPORT_FORMAT_VCARD);
}

static void
describe_scope (CrmExportDialog *self)
{
  guint all = crm_store_count_clients (self->store);
  g_autofree char *all_text = NULL;

  all_text = g_strdup_printf (ngettext ("%'u client", "%'u clients", all), all);
  adw_action_row_set_subtitle (self->all_row, all_text);

  /* The list shows everything (or there is no list): nothing to choose,
   * but still say what is exported. */
  if (self->shown_ids == NULL || self->shown_ids->len >= all)
    {
      gtk_check_button_set_active (self->all_check, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->shown_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->all_check), FALSE);
    }
  else
    {
      g_autofree char *shown_text = NULL;

      /* Translators: the clients the list shows after a search or a filter */
      shown_text = g_strdup_printf (ngettext ("%'u client, as searched and filtered",
                                              "%'u clients, as searched and filtered",
                                              self->shown_ids->len),
                                    self->shown_ids->len);
      adw_action_row_set_subtitle (self->shown_row, shown_text);
      gtk_check_button_set_active (self->shown_check, TRUE);
    }
}

static void
show_error (CrmExportDialog *self,
            const char      *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

/* The toast overlay of @window, wherever it sits in the window. */
static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *found = find_toast_overlay (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
set_running (CrmExportDialog *self,
             gboolean         running)
{
  gtk_stack_set_visible_child_name (self->stack, running ? "running" : "options");
  gtk_widget_set_visible (self->export_button, !running);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrmExportDialog) self = user_data;
  g_autoptr(GFile) file = g_object_steal_data (G_OBJECT (self), "crm-file");
  g_autoptr(GError) error = NULL;
  g_autofree char *name = file ? g_file_get_basename (file) : NULL;
  GtkWindow *parent;
  AdwToastOverlay *overlay = NULL;
  guint64 n;

  n = crm_store_export_finish (CRM_STORE (object), result, &error);
  g_clear_object (&self->cancellable);
  self->finished = TRUE;

  if (self->disposed)
    return;

  if (error != NULL)
    {
      set_running (self, FALSE);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = NULL;

          /* Translators: %s says why; nothing is written when an export fails */
          message = g_strdup_printf (_("The export failed and nothing was saved: %s"), error->message);
          show_error (self, message);
        }
      return;
    }

  g_free (self->message);
  /* Translators: %'llu is a number of contacts, %s a file name */
  self->message = g_strdup_printf (ngettext ("Exported %'llu contact to “%s”",
                                             "Exported %'llu contacts to “%s”", n),
                                   (unsigned long long) n, name);

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    overlay = find_toast_overlay (GTK_WIDGET (parent));
  if (overlay != NULL)
    {
      /* Toast titles are Pango markup in libadwaita 1.2. */
      g_autofree char *title = g_markup_escape_text (self->message, -1);

      adw_toast_overlay_add_toast (overlay, adw_toast_new (title));
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * crm_export_dialog_export_to:
 * @file: where to write
 *
 * Starts the export with the chosen options (what Save in the file
 * chooser does).
 */
void
crm_export_dialog_export_to (CrmExportDialog *self,
                             GFile           *file)
{
  g_autofree char *path = g_file_get_path (file);
  CrmExportFormat format = selected_format (self);
  CrmExportFlags flags = CRM_EXPORT_FLAGS_NONE;
  GArray *ids = NULL;

  g_return_if_fail (CRM_IS_EXPORT_DIALOG (self));
  g_return_if_fail (self->cancellable == NULL);

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  self->finished = FALSE;

  if (path == NULL)
    {
      show_error (self, _("Choose a folder on this computer to export to."));
      self->finished = TRUE;
      return;
    }

  if (format == CRM_EXPORT_FORMAT_CSV && gtk_switch_get_active (self->bom_switch))
    flags |= CRM_EXPORT_CSV_BOM;
  if (format == CRM_EXPORT_FORMAT_VCARD && gtk_switch_get_active (self->vcard3_switch))
    flags |= CRM_EXPORT_VCARD_3;
  if (gtk_widget_get_visible (GTK_WIDGET (self->shown_row)) && gtk_check_button_get_active (self->shown_check))
    ids = self->shown_ids;

  set_running (self, TRUE);
  self->cancellable = g_cancellable_new ();
  g_object_set_data_full (G_OBJECT (self), "crm-file", g_object_ref (file), g_object_unref);
  crm_store_export_async (self->store, path, format, flags, ids, self->cancellable,
                          export_done_cb, g_object_ref (self));
}

static void
chooser_response_cb (CrmExportDialog *self,
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
    crm_export_dialog_export_to (self, file);
}

static void
export_clicked_cb (CrmExportDialog *self)
{
  CrmExportFormat format = selected_format (self);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  const char *suffix;

  suffix = format == CRM_EXPORT_FORMAT_XLSX ? "xlsx" :
           format == CRM_EXPORT_FORMAT_VCARD ? "vcf" : "csv";
  /* Translators: the file name offered for an export, before its ending */
  name = g_strdup_printf ("%s.%s", _("clients"), suffix);

  chooser = gtk_file_chooser_native_new (_("Export Clients"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

static void
cancel_clicked_cb (CrmExportDialog *self)
{
  /* While exporting, Cancel stops the export and keeps the dialog. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
crm_export_dialog_constructed (GObject *object)
{
  CrmExportDialog *self = CRM_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (crm_export_dialog_parent_class)->constructed (object);

  describe_scope (self);
  format_changed_cb (self);
}

static void
crm_export_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrmExportDialog *self = CRM_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SHOWN_IDS:
      g_value_set_boxed (value, self->shown_ids);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_export_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrmExportDialog *self = CRM_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SHOWN_IDS:
      self->shown_ids = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_export_dialog_dispose (GObject *object)
{
  CrmExportDialog *self = CRM_EXPORT_DIALOG (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_EXPORT_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->shown_ids, g_array_unref);

  G_OBJECT_CLASS (crm_export_dialog_parent_class)->dispose (object);
}

static void
crm_export_dialog_finalize (GObject *object)
{
  CrmExportDialog *self = CRM_EXPORT_DIALOG (object);

  g_free (self->message);

  G_OBJECT_CLASS (crm_export_dialog_parent_class)->finalize (object);
}

static void
crm_export_dialog_class_init (CrmExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = crm_export_dialog_constructed;
  object_class->dispose = crm_export_dialog_dispose;
  object_class->finalize = crm_export_dialog_finalize;
  object_class->get_property = crm_export_dialog_get_property;
  object_class->set_property = crm_export_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CRM_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOWN_IDS] =
    g_param_spec_boxed ("shown-ids", NULL, NULL,
                        G_TYPE_ARRAY,
                        (G_PARAM_READWRITE |
                         G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, bom_row);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, bom_switch);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, vcard3_row);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, vcard3_switch);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, scope_group);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, shown_row);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, shown_check);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, all_row);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, all_check);
  gtk_widget_class_bind_template_child (widget_class, CrmExportDialog, running_page);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_export_dialog_init (CrmExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
