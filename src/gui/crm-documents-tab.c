/* crm-documents-tab.c: the client card's Documents tab.
 *
 * Files are attached from a file chooser or by dropping them on the tab;
 * the store copies them in (off the main thread) and keeps one copy per
 * content. Open hands the stored file to the default application
 * (g_app_info_launch_default_for_uri: GtkFileLauncher needs GTK 4.10);
 * Save a Copy writes it where the person chooses; Remove has an Undo.
 * Read-only (crm_documents_tab_set_read_only), files can be opened and
 * saved but not attached, dropped, shared or removed.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-documents-tab-private.h"
#include "crm-paged-list.h"
#include "crm-gui-util.h"
#include "crm-invoice-dialog.h"

G_DEFINE_FINAL_TYPE (CrmDocumentsTab, crm_documents_tab, ADW_TYPE_BIN)

static void
show_error (CrmDocumentsTab *self,
            const GError    *error)
{
  /* Shown in the tab too: a toast goes away, and a file that could not be
   * attached is worth reading twice. */
  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  crm_toast_error (GTK_WIDGET (self), error);
}

static GFile *
document_file (CrmDocumentsTab  *self,
               CrmDocument      *document,
               GError          **error)
{
  g_autofree char *path = crm_store_get_document_path (self->store, document, error);

  return path ? g_file_new_for_path (path) : NULL;
}

static void
open_clicked_cb (GtkButton       *button,
                 CrmDocumentsTab *self)
{
  CrmDocument *document = g_object_get_data (G_OBJECT (button), "crm-document");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = document_file (self, document, &error);
  g_autofree char *uri = NULL;

  if (file == NULL)
    {
      show_error (self, error);
      return;
    }

  uri = g_file_get_uri (file);
  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    show_error (self, error);
}

static void
copy_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CrmDocumentsTab) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_copy_finish (G_FILE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error);
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  CrmDocumentsTab *self)
{
  CrmDocument *document = g_object_get_data (G_OBJECT (chooser), "crm-document");
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    target = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (target != NULL)
    {
      source = document_file (self, document, &error);
      if (source == NULL)
        show_error (self, error);
      else
        g_file_copy_async (source, target, G_FILE_COPY_OVERWRITE, G_PRIORITY_DEFAULT,
                           self->cancellable, NULL, NULL, copy_done_cb, g_object_ref (self));
    }

  g_object_unref (chooser);
}

static void
save_clicked_cb (GtkButton       *button,
                 CrmDocumentsTab *self)
{
  CrmDocument *document = g_object_get_data (G_OBJECT (button), "crm-document");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save a Copy"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     crm_document_get_file_name (document));
  g_object_set_data_full (G_OBJECT (chooser), "crm-document", g_object_ref (document), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
undo_remove_cb (AdwToast    *toast,
                CrmDocument *document)
{
  CrmStore *store = g_object_get_data (G_OBJECT (toast), "crm-store");
  g_autoptr(GError) error = NULL;

  if (!crm_store_restore_document (store, document, &error))
    g_message ("%s", error->message);
}

static void
remove_clicked_cb (GtkButton       *button,
                   CrmDocumentsTab *self)
{
  g_autoptr(CrmDocument) document = g_object_ref (g_object_get_data (G_OBJECT (button), "crm-document"));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  AdwToast *toast;

  if (!crm_store_remove_document (self->store, document, &error))
    {
      show_error (self, error);
      return;
    }

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  /* Translators: %s is a file name */
  title = g_markup_printf_escaped (_("“%s” removed"), crm_document_get_file_name (document));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "crm-store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         g_object_ref (document), (GClosureNotify) g_object_unref, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
shared_toggled_cb (GtkSwitch       *toggle,
                   GParamSpec      *pspec,
                   CrmDocumentsTab *self)
{
  CrmDocument *document = g_object_get_data (G_OBJECT (toggle), "crm-document");
  gboolean active = gtk_switch_get_active (toggle);
  g_autoptr(GError) error = NULL;

  if (active == crm_document_get_shared_with_client (document))
    return;

  if (!crm_store_set_document_shared (self->store, document, active, &error))
    {
      gtk_switch_set_active (toggle, crm_document_get_shared_with_client (document));
      show_error (self, error);
    }
}

static GtkWidget *
icon_button (const char  *icon,
             const char  *label,
             CrmDocument *document,
             GCallback    callback,
             gpointer     self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "crm-document", g_object_ref (document), g_object_unref);
  g_signal_connect (button, "clicked", callback, self);

  return button;
}

static GtkWidget *
document_row_new (CrmDocumentsTab *self,
                  CrmDocument     *document)
{
  g_autofree char *size = g_format_size (crm_document_get_size (document));
  g_autofree char *added = crm_format_day (crm_document_get_added (document));
  g_autofree char *type = g_content_type_get_description (crm_document_get_mime_type (document));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle, *caption, *trash;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), crm_document_get_file_name (document));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "crm-document", g_object_ref (document), g_object_unref);
  /* Translators: a file's type, its size, and the day it was attached */
  subtitle = g_strdup_printf (_("%s · %s · added %s"), type, size, added);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Says what the switch is for, which a bare switch does not. */
  caption = gtk_label_new (_("Shared"));
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_set_valign (caption, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), caption);

  toggle = gtk_switch_new ();
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (toggle), crm_document_get_shared_with_client (document));
  gtk_widget_set_tooltip_text (toggle, _("Shared with the client"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Shared with the client"), -1);
  g_object_set_data_full (G_OBJECT (toggle), "crm-document", g_object_ref (document), g_object_unref);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (shared_toggled_cb), self);
  gtk_widget_set_sensitive (toggle, !self->read_only);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("document-open-symbolic", _("Open"), document,
                                          G_CALLBACK (open_clicked_cb), self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("document-save-as-symbolic", _("Save a Copy"), document,
                                          G_CALLBACK (save_clicked_cb), self));
  trash = icon_button ("user-trash-symbolic", _("Remove Document"), document,
                        G_CALLBACK (remove_clicked_cb), self);
  gtk_widget_set_sensitive (trash, !self->read_only);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), trash);

  return row;
}

/**
 * crm_documents_tab_reload:
 *
 * Reads the client's documents again.
 */
static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return document_row_new (user_data, item);
}

static void
load (CrmDocumentsTab *self)
{
  crm_paged_list_bind (self->list, NULL, NULL, NULL);
  g_clear_object (&self->documents);

  if (self->store == NULL || self->client == NULL || self->stale)
    return;

  self->documents = crm_store_get_documents (self->store, self->client);
  crm_paged_list_bind (self->list, self->documents, create_row, self);
}

/* The records are read when the tab is first shown, and again when it
 * is shown after a change: the card opens without reading the history
 * of tabs nobody looks at. */
void
crm_documents_tab_reload (CrmDocumentsTab *self)
{
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  load (self);
}

static void
map_cb (CrmDocumentsTab *self)
{
  if (self->stale)
    {
      self->stale = FALSE;
      load (self);
    }
}

/**
 * crm_documents_tab_find_row:
 * @document_id: a document of the client shown
 *
 * Returns: (transfer none) (nullable): the document's row
 */
GtkListBoxRow *
crm_documents_tab_find_row (CrmDocumentsTab *self,
                            gint64           document_id)
{
  guint n;

  g_return_val_if_fail (CRM_IS_DOCUMENTS_TAB (self), NULL);

  n = self->documents != NULL ? g_list_model_get_n_items (self->documents) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrmDocument) document = g_list_model_get_item (self->documents, i);

      if (crm_document_get_id (document) == document_id)
        return crm_paged_list_reveal (self->list, i);
    }

  return NULL;
}

static void
attached_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CrmDocumentsTab) self = user_data;
  g_autoptr(CrmDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  self->n_attaching--;
  document = crm_store_attach_document_finish (CRM_STORE (source), result, &error);
  if (document == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error);
}

/**
 * crm_documents_tab_attach:
 *
 * Copies @file into the store as a document of the client shown; errors
 * show in the tab.
 */
void
crm_documents_tab_attach (CrmDocumentsTab *self,
                          GFile           *file)
{
  g_return_if_fail (CRM_IS_DOCUMENTS_TAB (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->client == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  self->n_attaching++;
  crm_store_attach_document_async (self->store, self->client, file, self->cancellable,
                                   attached_cb, g_object_ref (self));
}

static void
attach_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    CrmDocumentsTab *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          crm_documents_tab_attach (self, file);
        }
    }

  g_object_unref (chooser);
}

static void
attach_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CrmDocumentsTab *self = CRM_DOCUMENTS_TAB (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Attach Files"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Attach"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (attach_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         CrmDocumentsTab *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || self->client == NULL || self->read_only)
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    crm_documents_tab_attach (self, l->data);
  g_slist_free (files);

  return TRUE;
}

static void
history_changed_cb (CrmStore        *store,
                    gint64           client_id,
                    CrmDocumentsTab *self)
{
  if (self->client != NULL && crm_client_get_id (self->client) == client_id)
    crm_documents_tab_reload (self);
}

void
crm_documents_tab_set_store (CrmDocumentsTab *self,
                             CrmStore        *store)
{
  g_return_if_fail (CRM_IS_DOCUMENTS_TAB (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->history_handler, self->store);
  g_clear_object (&self->client);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      crm_store_business_init ();
      self->history_handler =
        g_signal_connect_object (store, "history-changed",
                                 G_CALLBACK (history_changed_cb), self, 0);
    }

  crm_documents_tab_reload (self);
}

void
crm_documents_tab_set_client (CrmDocumentsTab *self,
                              CrmClient       *client)
{
  g_return_if_fail (CRM_IS_DOCUMENTS_TAB (self));

  if (g_set_object (&self->client, client))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
      crm_documents_tab_reload (self);
    }
}

/**
 * crm_documents_tab_set_read_only:
 * @read_only: %TRUE while the person using the app is Read-only
 *
 * Turns off attaching (with the button or by dropping files), the
 * "shared" switches and Remove Document.
 */
void
crm_documents_tab_set_read_only (CrmDocumentsTab *self,
                                 gboolean         read_only)
{
  g_return_if_fail (CRM_IS_DOCUMENTS_TAB (self));

  read_only = !!read_only;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "documents.attach", !read_only);
  if (self->read_only == read_only)
    return;

  self->read_only = read_only;
  /* No action: a drag over the tab is refused and not outlined. */
  gtk_drop_target_set_actions (self->drop_target, read_only ? 0 : GDK_ACTION_COPY);
  gtk_label_set_label (self->placeholder,
                       read_only ? _("No documents yet")
                                 : _("No documents yet. Drop files here to attach them."));
  crm_documents_tab_reload (self);
}

static void
crm_documents_tab_dispose (GObject *object)
{
  CrmDocumentsTab *self = CRM_DOCUMENTS_TAB (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    g_clear_signal_handler (&self->history_handler, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->client);
  if (self->list != NULL)
    crm_paged_list_bind (self->list, NULL, NULL, NULL);
  g_clear_object (&self->documents);

  G_OBJECT_CLASS (crm_documents_tab_parent_class)->dispose (object);
}

static void
crm_documents_tab_class_init (CrmDocumentsTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_documents_tab_dispose;

  gtk_widget_class_install_action (widget_class, "documents.attach", NULL, attach_action);
}

static void
crm_documents_tab_init (CrmDocumentsTab *self)
{
  GtkWidget *scroller, *clamp, *box, *top, *title, *button, *placeholder;

  self->cancellable = g_cancellable_new ();

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);

  clamp = adw_clamp_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  title = gtk_label_new (_("Documents"));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (top), title);
  button = gtk_button_new_with_mnemonic (_("_Attach Files…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "documents.attach");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (top), button);
  gtk_box_append (GTK_BOX (box), top);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Documents"), -1);
  placeholder = gtk_label_new (_("No documents yet. Drop files here to attach them."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 36);
  gtk_widget_set_margin_bottom (placeholder, 36);
  gtk_list_box_set_placeholder (self->list, placeholder);
  self->placeholder = GTK_LABEL (placeholder);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  adw_bin_set_child (ADW_BIN (self), scroller);

  /* The whole tab takes drops; GTK marks it :drop(active) while files are
   * dragged over it, which the stylesheet outlines. */
  self->drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (self->drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (scroller, GTK_EVENT_CONTROLLER (self->drop_target));

  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}

GtkWidget *
crm_documents_tab_new (void)
{
  return g_object_new (CRM_TYPE_DOCUMENTS_TAB, NULL);
}
