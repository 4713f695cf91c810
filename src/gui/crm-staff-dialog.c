/* crm-staff-dialog.c: add a staff member, or edit one.
 *
 * With a staff member it edits that person (one crm_store_update_staff
 * call); without one it adds a new one. The name and the e-mail address are
 * checked as the person types, with the store's own rules; whatever the
 * store still refuses (the last admin cannot stop being one) is shown above
 * the form, and nothing is changed.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-gui-util.h"
#include "crm-staff-dialog-private.h"
#include "crm-store-business.h"
#include "crm-validate.h"

G_DEFINE_FINAL_TYPE (CrmStaffDialog, crm_staff_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STAFF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * crm_staff_dialog_new:
 * @staff: (nullable): the staff member to edit, or %NULL to add one
 */
CrmStaffDialog *
crm_staff_dialog_new (GtkWindow *parent,
                      CrmStore  *store,
                      CrmStaff  *staff)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (!staff || CRM_IS_STAFF (staff), NULL);

  return g_object_new (CRM_TYPE_STAFF_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "staff", staff,
                       NULL);
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* A problem shows once the person has typed in the row, not before. */
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
validate (CrmStaffDialog *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *email = row_text (self->email_row);
  gboolean valid = TRUE;

  valid &= check_row (self->name_row, self->name_message, name[0] ? NULL : _("Required"));
  valid &= check_row (self->email_row, self->email_message,
                      email[0] == '\0' || crm_email_is_valid (email) ? NULL : _("Not a valid address"));

  gtk_widget_set_sensitive (self->save_button, valid);

  return valid;
}

static void
row_changed_cb (CrmStaffDialog *self,
                GtkEditable    *row)
{
  g_object_set_data (G_OBJECT (row), "crm-touched", GINT_TO_POINTER (TRUE));
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  validate (self);
}

static void
role_changed_cb (CrmStaffDialog *self)
{
  const char *what;

  switch (adw_combo_row_get_selected (self->role_row))
    {
    case CRM_STAFF_ROLE_ADMIN:
      what = _("May change everything, staff members too");
      break;
    case CRM_STAFF_ROLE_READ_ONLY:
      what = _("May look at everything but change nothing");
      break;
    default:
      what = _("May add and change clients and everything about them");
      break;
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->role_row), what);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
save_clicked_cb (CrmStaffDialog *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *email = row_text (self->email_row);
  CrmStaffRole role = (CrmStaffRole) adw_combo_row_get_selected (self->role_row);
  g_autoptr(CrmStaff) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set_data (G_OBJECT (self->name_row), "crm-touched", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (self->email_row), "crm-touched", GINT_TO_POINTER (TRUE));
  if (!validate (self))
    return;

  if (self->staff != NULL)
    saved = crm_store_update_staff (self->store, crm_staff_get_id (self->staff),
                                    name, email, role, &error);
  else
    saved = crm_store_add_staff (self->store, name, email, role, &error);

  if (saved == NULL)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
entry_activated_cb (CrmStaffDialog *self)
{
  save_clicked_cb (self);
}

static void
crm_staff_dialog_constructed (GObject *object)
{
  CrmStaffDialog *self = CRM_STAFF_DIALOG (object);

  G_OBJECT_CLASS (crm_staff_dialog_parent_class)->constructed (object);

  if (self->staff != NULL)
    {
      const char *email = crm_staff_get_email (self->staff);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Staff Member"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), crm_staff_get_name (self->staff));
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), email ? email : "");
      adw_combo_row_set_selected (self->role_row,
                                  crm_store_get_staff_role (self->store,
                                                            crm_staff_get_id (self->staff)));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Staff Member"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
    }

  role_changed_cb (self);
  validate (self);
}

static void
crm_staff_dialog_map (GtkWidget *widget)
{
  CrmStaffDialog *self = (CrmStaffDialog *) widget;

  GTK_WIDGET_CLASS (crm_staff_dialog_parent_class)->map (widget);

  /* Start typing at once; GtkWindow would focus the Cancel button. */
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
crm_staff_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrmStaffDialog *self = CRM_STAFF_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_STAFF:
      g_value_set_object (value, self->staff);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_staff_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrmStaffDialog *self = CRM_STAFF_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_STAFF:
      self->staff = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_staff_dialog_dispose (GObject *object)
{
  CrmStaffDialog *self = CRM_STAFF_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_STAFF_DIALOG);

  g_clear_object (&self->staff);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_staff_dialog_parent_class)->dispose (object);
}

static void
crm_staff_dialog_class_init (CrmStaffDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = crm_staff_dialog_constructed;
  object_class->dispose = crm_staff_dialog_dispose;
  object_class->get_property = crm_staff_dialog_get_property;
  object_class->set_property = crm_staff_dialog_set_property;

  widget_class->map = crm_staff_dialog_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CRM_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_STAFF] =
    g_param_spec_object ("staff", NULL, NULL,
                         CRM_TYPE_STAFF,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-staff-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, name_message);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, email_message);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, role_row);
  gtk_widget_class_bind_template_callback (widget_class, row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, role_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_staff_dialog_init (CrmStaffDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
