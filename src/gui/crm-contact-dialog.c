/* crm-contact-dialog.c: add a person to a client, or edit one.
 *
 * With a contact it edits that contact (one crm_store_update_contact call,
 * so the store checks and writes all fields at once); without one it adds a
 * new contact to the client. Validation works as in the New Client dialog.
 * A photo chosen or removed here is written on Save, after the fields (a new
 * contact has no row to hold it before). "Inactive" is saved with the
 * other fields; the store decides whether a contact may be inactive, and
 * its refusal shows like any other.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-contact-dialog-private.h"
#include "crm-gui-util.h"

G_DEFINE_FINAL_TYPE (CrmContactDialog, crm_contact_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLIENT,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rows that map one to one to a contact property. */
#define N_FIELDS 10

static AdwEntryRow **
field_rows (CrmContactDialog *self,
            const char      **names)
{
  static const char *props[N_FIELDS] = {
    "first-name", "last-name", "job-title", "email", "phone",
    "street", "city", "region", "postal-code", "country",
  };
  AdwEntryRow **rows = g_new (AdwEntryRow *, N_FIELDS);

  rows[0] = self->first_name_row;
  rows[1] = self->last_name_row;
  rows[2] = self->job_title_row;
  rows[3] = self->email_row;
  rows[4] = self->phone_row;
  rows[5] = self->street_row;
  rows[6] = self->city_row;
  rows[7] = self->region_row;
  rows[8] = self->postal_code_row;
  rows[9] = self->country_row;

  for (guint i = 0; i < N_FIELDS; i++)
    names[i] = props[i];

  return rows;
}

/**
 * crm_contact_dialog_new:
 * @client: the client the contact belongs to
 * @contact: (nullable): the contact to edit, or %NULL to add one
 */
CrmContactDialog *
crm_contact_dialog_new (GtkWindow  *parent,
                        CrmStore   *store,
                        CrmClient  *client,
                        CrmContact *contact)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);
  g_return_val_if_fail (!contact || CRM_IS_CONTACT (contact), NULL);

  return g_object_new (CRM_TYPE_CONTACT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "client", client,
                       "contact", contact,
                       NULL);
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
check_row (AdwEntryRow *row,
           GtkLabel    *message_label,
           const char  *problem)
{
  gboolean touched = g_object_get_data (G_OBJECT (row), "crm-touched") != NULL;
  const char *shown = touched ? problem : NULL;

  crm_row_set_error (GTK_WIDGET (row), shown);
  gtk_label_set_label (message_label, shown ? shown : "");
  gtk_widget_set_visible (GTK_WIDGET (message_label), shown != NULL);

  return problem == NULL;
}

static gboolean
validate (CrmContactDialog *self)
{
  g_autofree char *first = row_text (self->first_name_row);
  g_autofree char *last = row_text (self->last_name_row);
  g_autofree char *email = row_text (self->email_row);
  gboolean valid = TRUE;

  valid &= check_row (self->first_name_row, self->first_name_message, first[0] ? NULL : _("Required"));
  valid &= check_row (self->last_name_row, self->last_name_message, last[0] ? NULL : _("Required"));
  valid &= check_row (self->email_row, self->email_message,
                      email[0] == '\0' || crm_email_is_valid (email) ? NULL : _("Not a valid address"));

  gtk_widget_set_sensitive (self->save_button, valid);

  return valid;
}

/* The avatar's initials follow the name as it is typed. */
static void
update_avatar_text (CrmContactDialog *self)
{
  g_autofree char *first = row_text (self->first_name_row);
  g_autofree char *last = row_text (self->last_name_row);
  g_autofree char *name = g_strstrip (g_strjoin (" ", first, last, NULL));

  crm_avatar_button_set_text (self->avatar_button, name);
}

static void
row_changed_cb (CrmContactDialog *self,
                GtkEditable      *row)
{
  g_object_set_data (G_OBJECT (row), "crm-touched", GINT_TO_POINTER (TRUE));
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  update_avatar_text (self);
  validate (self);
}

static gboolean
save_existing (CrmContactDialog  *self,
               GError           **error)
{
  const char *names[N_FIELDS];
  g_autofree AdwEntryRow **rows = field_rows (self, names);
  char *values[N_FIELDS];
  gboolean ret;

  for (guint i = 0; i < N_FIELDS; i++)
    values[i] = row_text (rows[i]);

  ret = crm_store_update_contact (self->store, self->contact, error,
                                  names[0], values[0], names[1], values[1],
                                  names[2], values[2], names[3], values[3],
                                  names[4], values[4], names[5], values[5],
                                  names[6], values[6], names[7], values[7],
                                  names[8], values[8], names[9], values[9],
                                  "inactive", gtk_switch_get_active (self->inactive_switch),
                                  NULL);

  for (guint i = 0; i < N_FIELDS; i++)
    g_free (values[i]);

  return ret && crm_avatar_button_apply (self->avatar_button, NULL, error);
}

static gboolean
save_new (CrmContactDialog  *self,
          GError           **error)
{
  const char *names[N_FIELDS];
  g_autofree AdwEntryRow **rows = field_rows (self, names);
  g_autoptr(CrmContact) draft = crm_contact_new ("", "");
  g_autoptr(CrmContact) contact = NULL;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_autofree char *value = row_text (rows[i]);

      g_object_set (draft, names[i], value, NULL);
    }
  g_object_set (draft, "inactive", gtk_switch_get_active (self->inactive_switch), NULL);

  contact = crm_store_add_contact (self->store, self->client, draft, error);

  return contact != NULL &&
         crm_avatar_button_apply (self->avatar_button, G_OBJECT (contact), error);
}

static void
save_clicked_cb (CrmContactDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_object_set_data (G_OBJECT (self->first_name_row), "crm-touched", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (self->last_name_row), "crm-touched", GINT_TO_POINTER (TRUE));
  if (!validate (self))
    return;

  if (self->contact != NULL)
    saved = save_existing (self, &error);
  else
    saved = save_new (self, &error);

  if (!saved)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
entry_activated_cb (CrmContactDialog *self)
{
  save_clicked_cb (self);
}

static void
crm_contact_dialog_constructed (GObject *object)
{
  CrmContactDialog *self = CRM_CONTACT_DIALOG (object);

  G_OBJECT_CLASS (crm_contact_dialog_parent_class)->constructed (object);

  crm_avatar_button_set_store (self->avatar_button, self->store);
  crm_avatar_button_set_owner (self->avatar_button, G_OBJECT (self->contact));

  if (self->contact != NULL)
    {
      const char *names[N_FIELDS];
      g_autofree AdwEntryRow **rows = field_rows (self, names);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Contact"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));

      for (guint i = 0; i < N_FIELDS; i++)
        {
          g_autofree char *value = NULL;

          g_object_get (self->contact, names[i], &value, NULL);
          gtk_editable_set_text (GTK_EDITABLE (rows[i]), value ? value : "");
        }
      gtk_switch_set_active (self->inactive_switch, crm_contact_get_inactive (self->contact));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Contact"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
    }

  update_avatar_text (self);
  validate (self);
}

static void
crm_contact_dialog_map (GtkWidget *widget)
{
  CrmContactDialog *self = (CrmContactDialog *) widget;

  GTK_WIDGET_CLASS (crm_contact_dialog_parent_class)->map (widget);

  /* Start typing at once; GtkWindow would focus the Cancel button. */
  gtk_widget_grab_focus (GTK_WIDGET (self->first_name_row));
}

static void
crm_contact_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CrmContactDialog *self = CRM_CONTACT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_contact_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CrmContactDialog *self = CRM_CONTACT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;

    case PROP_CONTACT:
      self->contact = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_contact_dialog_dispose (GObject *object)
{
  CrmContactDialog *self = CRM_CONTACT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_CONTACT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->client);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (crm_contact_dialog_parent_class)->dispose (object);
}

static void
crm_contact_dialog_class_init (CrmContactDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = crm_contact_dialog_constructed;
  object_class->dispose = crm_contact_dialog_dispose;
  widget_class->map = crm_contact_dialog_map;
  object_class->get_property = crm_contact_dialog_get_property;
  object_class->set_property = crm_contact_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, CRM_TYPE_CLIENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, CRM_TYPE_CONTACT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CRM_TYPE_AVATAR_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-contact-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, avatar_button);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, first_name_message);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, last_name_message);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, job_title_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, inactive_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, inactive_switch);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, email_message);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, street_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, city_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, region_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, postal_code_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, country_row);
  gtk_widget_class_bind_template_callback (widget_class, row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_contact_dialog_init (CrmContactDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
