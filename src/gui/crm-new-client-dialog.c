/* crm-new-client-dialog.c: the New Client dialog.
 *
 * Creates a client together with its first contact, as the store requires.
 * Fields are checked as they are typed: a required field is marked only
 * once the person has touched it, an e-mail as soon as it is wrong, and Add
 * stays insensitive until everything is fine. What the store still refuses
 * (a duplicate external id) is shown in the dialog, which keeps the data.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-gui-util.h"
#include "crm-new-client-dialog-private.h"

G_DEFINE_FINAL_TYPE (CrmNewClientDialog, crm_new_client_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  CLIENT_CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

CrmNewClientDialog *
crm_new_client_dialog_new (GtkWindow *parent,
                           CrmStore  *store)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_NEW_CLIENT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Marks @row (and its message label) and returns whether it is valid. */
static gboolean
check_row (AdwEntryRow *row,
           GtkLabel    *message_label,
           const char  *problem)
{
  gboolean touched = g_object_get_data (G_OBJECT (row), "crm-touched") != NULL;
  const char *shown = touched ? problem : NULL;

  crm_row_set_error (GTK_WIDGET (row), shown);
  if (message_label != NULL)
    {
      gtk_label_set_label (message_label, shown ? shown : "");
      gtk_widget_set_visible (GTK_WIDGET (message_label), shown != NULL);
    }

  return problem == NULL;
}

static gboolean
validate (CrmNewClientDialog *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *first = row_text (self->first_name_row);
  g_autofree char *last = row_text (self->last_name_row);
  g_autofree char *email = row_text (self->email_row);
  gboolean valid = TRUE;

  /* Translators: shown beside an empty required field */
  valid &= check_row (self->name_row, self->name_message, name[0] ? NULL : _("Required"));
  valid &= check_row (self->first_name_row, self->first_name_message, first[0] ? NULL : _("Required"));
  valid &= check_row (self->last_name_row, self->last_name_message, last[0] ? NULL : _("Required"));
  valid &= check_row (self->email_row, self->email_message,
                      email[0] == '\0' || crm_email_is_valid (email) ? NULL : _("Not a valid address"));

  gtk_widget_set_sensitive (self->add_button, valid);

  return valid;
}

static void
row_changed_cb (CrmNewClientDialog *self,
                GtkEditable        *row)
{
  g_object_set_data (G_OBJECT (row), "crm-touched", GINT_TO_POINTER (TRUE));

  /* The store's complaint was about the old text. */
  if (row == GTK_EDITABLE (self->external_id_row))
    crm_row_set_error (GTK_WIDGET (row), NULL);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);

  validate (self);
}

static void
show_error (CrmNewClientDialog *self,
            const GError       *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);

  if (g_error_matches (error, CRM_STORE_ERROR, CRM_STORE_ERROR_DUPLICATE))
    {
      crm_row_set_error (GTK_WIDGET (self->external_id_row), error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->external_id_row));
    }
}

static void
add_clicked_cb (CrmNewClientDialog *self)
{
  g_autoptr(CrmClient) draft = NULL;
  g_autoptr(CrmContact) contact = NULL;
  g_autoptr(CrmClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *external_id = row_text (self->external_id_row);
  g_autofree char *first = row_text (self->first_name_row);
  g_autofree char *last = row_text (self->last_name_row);
  g_autofree char *email = row_text (self->email_row);
  g_autofree char *phone = row_text (self->phone_row);
  g_autofree char *info = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->info_view);
  GtkTextIter start, end;

  /* Enter in a field lands here too: mark everything, then refuse. */
  g_object_set_data (G_OBJECT (self->name_row), "crm-touched", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (self->first_name_row), "crm-touched", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (self->last_name_row), "crm-touched", GINT_TO_POINTER (TRUE));
  if (!validate (self))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  info = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  draft = crm_client_new (name);
  g_object_set (draft,
                "external-id", external_id,
                "additional-info", g_strstrip (info),
                NULL);
  contact = crm_contact_new (first, last);
  g_object_set (contact,
                "email", email,
                "phone", phone,
                NULL);

  client = crm_store_create_client (self->store, draft, contact, &error);
  if (client == NULL)
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[CLIENT_CREATED], 0, client);
  gtk_window_close (GTK_WINDOW (self));
}

static void
entry_activated_cb (CrmNewClientDialog *self)
{
  add_clicked_cb (self);
}

static void
crm_new_client_dialog_map (GtkWidget *widget)
{
  CrmNewClientDialog *self = (CrmNewClientDialog *) widget;

  GTK_WIDGET_CLASS (crm_new_client_dialog_parent_class)->map (widget);

  /* Start typing at once; GtkWindow would focus the Cancel button. */
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
crm_new_client_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CrmNewClientDialog *self = CRM_NEW_CLIENT_DIALOG (object);

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
crm_new_client_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CrmNewClientDialog *self = CRM_NEW_CLIENT_DIALOG (object);

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
crm_new_client_dialog_dispose (GObject *object)
{
  CrmNewClientDialog *self = CRM_NEW_CLIENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_NEW_CLIENT_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_new_client_dialog_parent_class)->dispose (object);
}

static void
crm_new_client_dialog_class_init (CrmNewClientDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_new_client_dialog_dispose;
  widget_class->map = crm_new_client_dialog_map;
  object_class->get_property = crm_new_client_dialog_get_property;
  object_class->set_property = crm_new_client_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CRM_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrmNewClientDialog::client-created:
   * @client: the stored client
   *
   * Emitted once the store has created the client, just before the dialog
   * closes.
   */
  signals[CLIENT_CREATED] =
    g_signal_new ("client-created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CRM_TYPE_CLIENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-new-client-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, name_message);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, external_id_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, info_view);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, first_name_message);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, last_name_message);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, email_message);
  gtk_widget_class_bind_template_child (widget_class, CrmNewClientDialog, phone_row);
  gtk_widget_class_bind_template_callback (widget_class, row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_new_client_dialog_init (CrmNewClientDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
