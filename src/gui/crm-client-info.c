/* crm-client-info.c: the Info tab of the client card.
 *
 * Every field of the client in boxed lists, saved as you go: an entry row
 * is written through crm_store_update_client() when it is applied (Enter or
 * its apply button) or left. The store validates; when it refuses, the row
 * goes back to the stored value, is marked as wrong, and the store's message
 * is shown. Rows follow the live client through one-way bindings, so a change
 * made elsewhere shows here too.
 *
 * Right after the organization's own fields come its contacts (a live model
 * from the store), since they are what people look for most, with New
 * Contact, Edit, Set as Primary and Remove (with Undo). The client's SLA
 * hours follow its address (crm-client-info-sla.c).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-avatar-button.h"
#include "crm-client-info-private.h"
#include "crm-contact-dialog.h"
#include "crm-contact-row.h"
#include "crm-gui-util.h"

G_DEFINE_FINAL_TYPE (CrmClientInfo, crm_client_info, ADW_TYPE_BIN)

static const char *field_properties[CRM_INFO_N_FIELDS] = {
  "name", "external-id", "phone", "email", "website",
  "street", "city", "region", "postal-code", "country",
};

void
crm_client_info_set_store (CrmClientInfo *self,
                           CrmStore      *store)
{
  g_return_if_fail (CRM_IS_CLIENT_INFO (self));

  if (self->store != NULL && self->store != store)
    for (guint i = 0; i < G_N_ELEMENTS (self->staff_handlers); i++)
      g_clear_signal_handler (&self->staff_handlers[i], self->store);
  g_set_object (&self->store, store);
  crm_client_info_show_staff (self);
  crm_client_info_show_sla (self);
  crm_avatar_button_set_store (self->avatar_button, store);
}

static void
unbind_client (CrmClientInfo *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);

  if (self->client != NULL)
    g_clear_signal_handler (&self->info_handler, self->client);

  gtk_list_box_bind_model (self->contacts_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->contacts);
}

static gboolean
status_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  /* The combo's rows follow CrmClientStatus. */
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static void
show_additional_info (CrmClientInfo *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->info_view);

  /* Never pull the text from under someone who is typing it. */
  if (self->client != NULL && !gtk_widget_has_focus (GTK_WIDGET (self->info_view)))
    gtk_text_buffer_set_text (buffer, crm_client_get_additional_info (self->client), -1);
}

static GtkWidget *
create_contact_row (gpointer item,
                    gpointer user_data)
{
  return crm_contact_row_new (CRM_STORE (user_data), CRM_CONTACT (item));
}

void
crm_client_info_set_client (CrmClientInfo *self,
                            CrmClient     *client)
{
  g_return_if_fail (CRM_IS_CLIENT_INFO (self));
  g_return_if_fail (!client || CRM_IS_CLIENT (client));

  if (self->client == client)
    return;

  unbind_client (self);
  g_set_object (&self->client, client);
  crm_avatar_button_set_owner (self->avatar_button, G_OBJECT (client));

  for (guint i = 0; i < CRM_INFO_N_FIELDS; i++)
    crm_row_set_error (GTK_WIDGET (self->rows[i]), NULL);

  if (client == NULL)
    return;

  for (guint i = 0; i < CRM_INFO_N_FIELDS; i++)
    g_ptr_array_add (self->bindings,
                     g_object_ref (g_object_bind_property (client, field_properties[i],
                                                           self->rows[i], "text",
                                                           G_BINDING_SYNC_CREATE)));
  g_ptr_array_add (self->bindings,
                   g_object_ref (g_object_bind_property (client, "name", self->avatar_button, "text",
                                                         G_BINDING_SYNC_CREATE)));

  g_ptr_array_add (self->bindings,
                   g_object_ref (g_object_bind_property_full (client, "status",
                                                              self->status_row, "selected",
                                                              G_BINDING_SYNC_CREATE,
                                                              status_to_selected, NULL,
                                                              NULL, NULL)));

  self->info_handler = g_signal_connect_object (client, "notify::additional-info",
                                                G_CALLBACK (show_additional_info),
                                                self, G_CONNECT_SWAPPED);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->info_view),
                            crm_client_get_additional_info (client), -1);

  crm_client_info_show_staff (self);
  crm_client_info_show_sla (self);

  self->contacts = crm_store_get_contacts (self->store, client);
  gtk_list_box_bind_model (self->contacts_list, self->contacts,
                           create_contact_row, self->store, NULL);
}

/* Writes @row's text to the client if it differs from what is stored. */
static void
commit_row (CrmClientInfo *self,
            AdwEntryRow   *row)
{
  const char *property = g_object_get_data (G_OBJECT (row), "crm-property");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *stored = NULL;
  g_autoptr(GError) error = NULL;

  if (self->client == NULL || property == NULL)
    return;

  g_object_get (self->client, property, &stored, NULL);
  if (g_strcmp0 (stored, text) == 0)
    return;

  if (!crm_store_update_client (self->store, self->client, &error,
                                property, text,
                                NULL))
    {
      gtk_editable_set_text (GTK_EDITABLE (row), stored ? stored : "");
      crm_row_set_error (GTK_WIDGET (row), error->message);
      crm_toast_error (GTK_WIDGET (self), error);
    }
}

static void
row_apply_cb (AdwEntryRow   *row,
              CrmClientInfo *self)
{
  commit_row (self, row);
}

static void
row_changed_cb (AdwEntryRow   *row,
                CrmClientInfo *self)
{
  crm_row_set_error (GTK_WIDGET (row), NULL);
}

static void
row_focus_leave_cb (GtkEventControllerFocus *controller,
                    CrmClientInfo           *self)
{
  commit_row (self, ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
status_selected_cb (CrmClientInfo *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);
  g_autoptr(GError) error = NULL;

  if (self->client == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected == (guint) crm_client_get_status (self->client))
    return;

  if (!crm_store_update_client (self->store, self->client, &error,
                                "status", (CrmClientStatus) selected,
                                NULL))
    {
      adw_combo_row_set_selected (self->status_row, crm_client_get_status (self->client));
      crm_toast_error (GTK_WIDGET (self), error);
    }
}

static void
info_focus_leave_cb (CrmClientInfo *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->info_view);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;

  if (self->client == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  if (g_strcmp0 (text, crm_client_get_additional_info (self->client)) == 0)
    return;

  if (!crm_store_update_client (self->store, self->client, &error,
                                "additional-info", text,
                                NULL))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      show_additional_info (self);
    }
}

static CrmContact *
lookup_contact (CrmClientInfo *self,
                GVariant      *param)
{
  g_autoptr(GError) error = NULL;
  CrmContact *contact;

  if (self->store == NULL)
    return NULL;

  contact = crm_store_get_contact (self->store, g_variant_get_int64 (param), &error);
  if (contact == NULL)
    crm_toast_error (GTK_WIDGET (self), error);

  return contact;
}

static void
new_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CrmClientInfo *self = CRM_CLIENT_INFO (widget);
  CrmContactDialog *dialog;

  if (self->client == NULL)
    return;

  dialog = crm_contact_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   self->store, self->client, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_contact_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  CrmClientInfo *self = CRM_CLIENT_INFO (widget);
  g_autoptr(CrmContact) contact = lookup_contact (self, param);
  CrmContactDialog *dialog;

  if (contact == NULL || self->client == NULL)
    return;

  dialog = crm_contact_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   self->store, self->client, contact);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_primary_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CrmClientInfo *self = CRM_CLIENT_INFO (widget);
  g_autoptr(CrmContact) contact = lookup_contact (self, param);
  g_autoptr(GError) error = NULL;

  if (contact != NULL &&
      !crm_store_set_primary_contact (self->store, contact, &error))
    crm_toast_error (widget, error);
}

typedef struct {
  CrmStore   *store;
  CrmContact *contact;
  GtkWidget  *overlay;
} UndoRemove;

static void
undo_remove_free (gpointer data,
                  GClosure *closure)
{
  UndoRemove *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->contact);
  g_clear_object (&undo->overlay);
  g_free (undo);
}

static void
undo_remove_cb (AdwToast   *toast,
                UndoRemove *undo)
{
  g_autoptr(GError) error = NULL;

  if (!crm_store_restore_contact (undo->store, undo->contact, &error))
    crm_toast_error (undo->overlay, error);
}

static void
remove_contact_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CrmClientInfo *self = CRM_CLIENT_INFO (widget);
  g_autoptr(CrmContact) contact = lookup_contact (self, param);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  UndoRemove *undo;
  AdwToast *toast;

  if (contact == NULL)
    return;

  /* The store refuses to remove the last contact, with a message that
   * says why: show it. */
  if (!crm_store_remove_contact (self->store, contact, &error))
    {
      crm_toast_error (widget, error);
      return;
    }

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  name = g_markup_escape_text (crm_contact_get_display_name (contact), -1);
  /* Translators: %s is a person's name */
  title = g_strdup_printf (_("“%s” removed"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));

  undo = g_new0 (UndoRemove, 1);
  undo->store = g_object_ref (self->store);
  undo->contact = g_object_ref (contact);
  undo->overlay = g_object_ref (overlay);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         undo, undo_remove_free, 0);

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
crm_client_info_dispose (GObject *object)
{
  CrmClientInfo *self = CRM_CLIENT_INFO (object);

  if (self->bindings != NULL)
    unbind_client (self);

  crm_client_info_dispose_staff (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_CLIENT_INFO);

  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->client);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_client_info_parent_class)->dispose (object);
}

static void
crm_client_info_class_init (CrmClientInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_client_info_dispose;

  g_type_ensure (CRM_TYPE_AVATAR_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-client-info.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmClientInfo, avatar_button);
  gtk_widget_class_bind_template_child_full (widget_class, "name_row", FALSE,
                                             G_STRUCT_OFFSET (CrmClientInfo, rows[CRM_INFO_FIELD_NAME]));
  gtk_widget_class_bind_template_child_full (widget_class, "external_id_row", FALSE,
                                             G_STRUCT_OFFSET (CrmClientInfo, rows[CRM_INFO_FIELD_EXTERNAL_ID]));
  gtk_widget_class_bind_template_child_full (widget_class, "phone_row", FALSE,
                                             G_STRUCT_OFFSET (CrmClientInfo, rows[CRM_INFO_FIELD_PHONE]));
  gtk_widget_class_bind_template_child_full (widget_class, "email_row", FALSE,
                                             G_STRUCT_OFFSET (CrmClientInfo, rows[CRM_INFO_FIELD_EMAIL]));
  gtk_widget_class_bind_template_child_full (widget_class, "website_row", FALSE,
                                             G_STRUCT_OFFSET (CrmClientInfo, rows[CRM_INFO_FIELD_WEBSITE]));
  gtk_widget_class_bind_template_child_full (widget_class, "street_row", FALSE,
                                             G_STRUCT_OFFSET (CrmClientInfo, rows[CRM_INFO_FIELD_STREET]));
  gtk_widget_class_bind_template_child_full (widget_class, "city_row", FALSE,
                                             G_STRUCT_OFFSET (CrmClientInfo, rows[CRM_INFO_FIELD_CITY]));
  gtk_widget_class_bind_template_child_full (widget_class, "region_row", FALSE,
                                             G_STRUCT_OFFSET (CrmClientInfo, rows[CRM_INFO_FIELD_REGION]));
  gtk_widget_class_bind_template_child_full (widget_class, "postal_code_row", FALSE,
                                             G_STRUCT_OFFSET (CrmClientInfo, rows[CRM_INFO_FIELD_POSTAL_CODE]));
  gtk_widget_class_bind_template_child_full (widget_class, "country_row", FALSE,
                                             G_STRUCT_OFFSET (CrmClientInfo, rows[CRM_INFO_FIELD_COUNTRY]));
  gtk_widget_class_bind_template_child (widget_class, CrmClientInfo, status_row);
  gtk_widget_class_bind_template_child (widget_class, CrmClientInfo, staff_row);
  gtk_widget_class_bind_template_child (widget_class, CrmClientInfo, sla_group);
  gtk_widget_class_bind_template_child (widget_class, CrmClientInfo, info_view);
  gtk_widget_class_bind_template_child (widget_class, CrmClientInfo, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, CrmClientInfo, new_contact_button);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);

  gtk_widget_class_install_action (widget_class, "info.new-contact", NULL, new_contact_action);
  gtk_widget_class_install_action (widget_class, "info.edit-contact", "x", edit_contact_action);
  gtk_widget_class_install_action (widget_class, "info.set-primary", "x", set_primary_action);
  gtk_widget_class_install_action (widget_class, "info.remove-contact", "x", remove_contact_action);
}

static void
crm_client_info_init (CrmClientInfo *self)
{
  GtkEventController *focus;

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  crm_client_info_init_staff (self);
  crm_client_info_init_sla (self);

  for (guint i = 0; i < CRM_INFO_N_FIELDS; i++)
    {
      GtkEventController *controller = gtk_event_controller_focus_new ();

      g_object_set_data (G_OBJECT (self->rows[i]), "crm-property",
                         (gpointer) field_properties[i]);
      g_signal_connect (self->rows[i], "apply", G_CALLBACK (row_apply_cb), self);
      g_signal_connect (self->rows[i], "changed", G_CALLBACK (row_changed_cb), self);
      g_signal_connect (controller, "leave", G_CALLBACK (row_focus_leave_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self->rows[i]), controller);
    }

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (info_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->info_view), focus);
}
