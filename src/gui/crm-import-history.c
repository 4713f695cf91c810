/* crm-import-history.c: the Import History window.
 *
 * Lists past imports (file, date, counts), newest first, from the store's
 * import batches, each with an Undo button while it has not been undone.
 * The store refuses to undo an import whose records were changed since;
 * its message is shown in a message dialog. The list is one bounded query (the
 * store keeps it to the last 500 imports), so it is read on the main
 * thread and read again after each undo.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-gui-util.h"
#include "crm-import-history-private.h"

G_DEFINE_FINAL_TYPE (CrmImportHistory, crm_import_history, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * crm_import_history_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer floating): the window, listing the imports
 */
CrmImportHistory *
crm_import_history_new (GtkWindow *parent,
                        CrmStore  *store)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_IMPORT_HISTORY,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

void
crm_import_history_present (GtkWindow *parent,
                            CrmStore  *store)
{
  gtk_window_present (GTK_WINDOW (crm_import_history_new (parent, store)));
}

static void
toast (CrmImportHistory *self,
       const char       *message)
{
  /* Toast titles are Pango markup in libadwaita 1.2. */
  g_autofree char *title = g_markup_escape_text (message, -1);
  AdwToast *t = adw_toast_new (title);

  adw_toast_set_timeout (t, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

/* "12 created, 3 updated, 1 failed": the counts that are not zero. */
static char *
describe_counts (CrmImportBatch *batch)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint64 created, updated, skipped, failed;

  g_object_get (batch,
                "created", &created,
                "updated", &updated,
                "skipped", &skipped,
                "failed", &failed,
                NULL);

  /* Translators: counts of rows in an import's history line */
  if (created)
    g_ptr_array_add (parts, g_strdup_printf (_("%'llu created"), (unsigned long long) created));
  if (updated)
    g_ptr_array_add (parts, g_strdup_printf (_("%'llu updated"), (unsigned long long) updated));
  if (skipped)
    g_ptr_array_add (parts, g_strdup_printf (_("%'llu skipped"), (unsigned long long) skipped));
  if (failed)
    g_ptr_array_add (parts, g_strdup_printf (_("%'llu failed"), (unsigned long long) failed));
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (_("no rows")));
  g_ptr_array_add (parts, NULL);

  /* Translators: joins the counts of an import ("12 created, 3 updated") */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

static void undo_clicked_cb (CrmImportHistory *self,
                             GtkButton        *button);

static GtkWidget *
history_row_new (CrmImportHistory *self,
                 CrmImportBatch   *batch)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = crm_format_date_time (crm_import_batch_get_finished (batch));
  g_autofree char *counts = describe_counts (batch);
  g_autofree char *subtitle = NULL;

  if (crm_import_batch_get_undone (batch))
    /* Translators: an import's date and counts, then that it was undone */
    subtitle = g_strdup_printf (_("%s · %s · undone"), when, counts);
  else
    subtitle = g_strdup_printf ("%s · %s", when, counts);

  /* File names come from people's disks: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), crm_import_batch_get_file_name (batch));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (!crm_import_batch_get_undone (batch))
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Undo"));
      g_autofree char *label = NULL;

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Remove what this import added and put back what it changed"));
      /* Translators: the accessible name of an import's Undo button; %s is a file name */
      label = g_strdup_printf (_("Undo the import of “%s”"), crm_import_batch_get_file_name (batch));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "crm-batch", g_object_ref (batch), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (undo_clicked_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  else
    gtk_widget_add_css_class (row, "dim-label");

  return row;
}

static void
reload (CrmImportHistory *self)
{
  g_autoptr(GListModel) imports = crm_store_list_imports (self->store);
  guint n = g_list_model_get_n_items (imports);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrmImportBatch) batch = g_list_model_get_item (imports, i);
      GtkWidget *row = history_row_new (self, batch);

      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
undo_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CrmImportHistory) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean undone;

  undone = crm_store_undo_import_finish (CRM_STORE (object), result, &error);
  self->undos_done++;

  if (self->disposed)
    return;

  if (!undone)
    {
      GtkWidget *dialog;

      /* The reason is a sentence to read, not a passing toast. */
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Import Not Undone"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      self->refused = dialog;
      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->refused);
    }
  else
    toast (self, _("Import undone"));

  reload (self);
}

static void
undo_clicked_cb (CrmImportHistory *self,
                 GtkButton        *button)
{
  CrmImportBatch *batch = g_object_get_data (G_OBJECT (button), "crm-batch");

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  crm_store_undo_import_async (self->store, crm_import_batch_get_id (batch), NULL,
                               undo_done_cb, g_object_ref (self));
}

static void
crm_import_history_constructed (GObject *object)
{
  CrmImportHistory *self = CRM_IMPORT_HISTORY (object);

  G_OBJECT_CLASS (crm_import_history_parent_class)->constructed (object);

  reload (self);
}

static void
crm_import_history_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CrmImportHistory *self = CRM_IMPORT_HISTORY (object);

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
crm_import_history_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CrmImportHistory *self = CRM_IMPORT_HISTORY (object);

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
crm_import_history_dispose (GObject *object)
{
  CrmImportHistory *self = CRM_IMPORT_HISTORY (object);

  self->disposed = TRUE;
  if (self->refused != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->refused), (gpointer *) &self->refused);
  self->refused = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_IMPORT_HISTORY);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (crm_import_history_parent_class)->dispose (object);
}

static void
crm_import_history_class_init (CrmImportHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = crm_import_history_constructed;
  object_class->dispose = crm_import_history_dispose;
  object_class->get_property = crm_import_history_get_property;
  object_class->set_property = crm_import_history_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CRM_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-import-history.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmImportHistory, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmImportHistory, stack);
  gtk_widget_class_bind_template_child (widget_class, CrmImportHistory, group);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_import_history_init (CrmImportHistory *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
