/* crm-preferences-window.c: Preferences: who you are, and the staff.
 *
 * The Staff page lists every staff member, active ones first, with their
 * e-mail address and role; people who left are marked Inactive and stay
 * (what they wrote keeps their name). Add and Edit open CrmStaffDialog;
 * Deactivate offers Undo in a toast. "You Are" picks among the active
 * staff who is using the app: the store's current staff member (the author
 * of new notes, the "My" of My Clients), remembered in the `current-staff`
 * setting for the next start.
 *
 * Both lists are read again on the store's "staff-changed", so an edit made
 * anywhere shows here at once. The store has a staff member from the first
 * start on (named after the account that created the database), so "You
 * Are" always has someone to show; renaming that person is the usual first
 * step. Only admins change the staff (the role texts say so); anyone may
 * pick who they are, since the app has no log-in to check it against.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-preferences-window-private.h"
#include "crm-staff-dialog.h"
#include "crm-store-business.h"

G_DEFINE_FINAL_TYPE (CrmPreferencesWindow, crm_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * crm_preferences_window_new:
 * @settings: (nullable): where to remember who you are
 */
CrmPreferencesWindow *
crm_preferences_window_new (GtkWindow *parent,
                            CrmStore  *store,
                            GSettings *settings)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);

  return g_object_new (CRM_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       "settings", settings,
                       NULL);
}

static void
show_error (CrmPreferencesWindow *self,
            const GError         *error)
{
  /* Toast titles are Pango markup in libadwaita 1.2. */
  g_autofree char *title = g_markup_escape_text (error->message, -1);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 5);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static gint64
current_id (CrmPreferencesWindow *self)
{
  CrmStaff *me = crm_store_get_current_staff (self->store);

  return me != NULL ? crm_staff_get_id (me) : 0;
}

static gboolean
is_admin (CrmPreferencesWindow *self)
{
  gint64 me = current_id (self);

  return me != 0 && crm_store_get_staff_role (self->store, me) == CRM_STAFF_ROLE_ADMIN;
}

static GtkWidget *
badge_new (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, style);

  return label;
}

static GMenuModel *
row_menu (gint64   id,
          gboolean active)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("_Edit…"), NULL);
  g_autoptr(GMenuItem) toggle = g_menu_item_new (active ? _("_Deactivate") : _("_Reactivate"), NULL);

  g_menu_item_set_action_and_target_value (edit, "prefs.edit-staff", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (toggle, "prefs.set-staff-active",
                                           g_variant_new ("(xb)", id, !active));
  g_menu_append_item (menu, edit);
  g_menu_append_item (menu, toggle);

  return G_MENU_MODEL (menu);
}

static GtkWidget *
staff_row_new (CrmPreferencesWindow *self,
               CrmStaff             *staff,
               gboolean              active)
{
  gint64 id = crm_staff_get_id (staff);
  const char *email = crm_staff_get_email (staff);
  CrmStaffRole role = crm_store_get_staff_role (self->store, id);
  g_autoptr(GMenuModel) menu = row_menu (id, active);
  g_autofree char *actions = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *role_label;
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), crm_staff_get_name (staff));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               email != NULL && email[0] != '\0' ? email : _("No email address"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), is_admin (self));
  g_object_set_data_full (G_OBJECT (row), "crm-staff", g_object_ref (staff), g_object_unref);

  if (id == current_id (self))
    /* Translators: marks the staff member who is using the app */
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge_new (_("You"), "primary-badge"));
  if (!active)
    /* Translators: a staff member who left */
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge_new (_("Inactive"), "status-badge"));

  role_label = gtk_label_new (crm_staff_role_to_label (role));
  gtk_widget_add_css_class (role_label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), role_label);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("More Actions"));
  gtk_widget_set_sensitive (button, is_admin (self));
  /* Translators: the accessible name of a staff member's menu; %s is a name */
  actions = g_strdup_printf (_("Actions for %s"), crm_staff_get_name (staff));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, actions,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
fill_staff_list (CrmPreferencesWindow *self)
{
  g_autoptr(GListModel) staff = crm_store_list_staff (self->store);
  guint n = g_list_model_get_n_items (staff);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->staff_list))) != NULL)
    gtk_list_box_remove (self->staff_list, child);

  /* Active people first, then those who left; each by name. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(CrmStaff) person = g_list_model_get_item (staff, i);
        gboolean active = crm_store_get_staff_active (self->store, crm_staff_get_id (person));

        if (active == (pass == 0))
          gtk_list_box_append (self->staff_list, staff_row_new (self, person, active));
      }
}

static void
describe_you (CrmPreferencesWindow *self)
{
  gint64 me = current_id (self);
  const char *what;

  if (me == 0)
    what = _("New notes carry no name until you pick yourself");
  else
    switch (crm_store_get_staff_role (self->store, me))
      {
      case CRM_STAFF_ROLE_ADMIN:
        what = _("Admin: you may change everything, staff members too");
        break;
      case CRM_STAFF_ROLE_READ_ONLY:
        what = _("Read-only: you may look at everything but change nothing");
        break;
      default:
        what = _("Staff: you may add and change clients and everything about them");
        break;
      }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->you_row), what);
}

static gboolean
same_names (GListModel *a,
            GListModel *b)
{
  guint n = a != NULL ? g_list_model_get_n_items (a) : 0;

  if (a == NULL || n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (a), i),
                   gtk_string_list_get_string (GTK_STRING_LIST (b), i)) != 0)
      return FALSE;

  return TRUE;
}

static void
fill_you (CrmPreferencesWindow *self)
{
  g_autoptr(GListModel) staff = crm_store_list_staff (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 me = current_id (self);
  guint selected = 0;

  self->filling = TRUE;
  g_array_set_size (self->you_ids, 0);

  if (me == 0)
    {
      gint64 nobody = 0;

      /* Translators: in "You Are", before anyone was picked */
      gtk_string_list_append (names, _("Nobody Yet"));
      g_array_append_val (self->you_ids, nobody);
    }

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CrmStaff) person = g_list_model_get_item (staff, i);
      gint64 id = crm_staff_get_id (person);

      if (!crm_store_get_staff_active (self->store, id))
        continue;

      if (id == me)
        selected = self->you_ids->len;
      g_array_append_val (self->you_ids, id);
      gtk_string_list_append (names, crm_staff_get_name (person));
    }

  /* Picking yourself in this row gets here from inside the row's own
   * selection change: keep its model then, unless the names changed. */
  if (!same_names (adw_combo_row_get_model (self->you_row), G_LIST_MODEL (names)))
    adw_combo_row_set_model (self->you_row, G_LIST_MODEL (names));
  if (adw_combo_row_get_selected (self->you_row) != selected)
    adw_combo_row_set_selected (self->you_row, selected);
  describe_you (self);
  self->filling = FALSE;
}

/* Only an admin changes the staff; anyone may say who they are. */
static void
allow_admin (CrmPreferencesWindow *self)
{
  gboolean admin = is_admin (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.add-staff", admin);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.edit-staff", admin);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.set-staff-active", admin);

  adw_preferences_group_set_description (self->staff_group,
                                         admin
                                         ? _("Someone who leaves is deactivated, not deleted: "
                                             "what they wrote keeps their name.")
                                         : _("Only an admin can add and change staff members."));
}

static void
staff_changed_cb (CrmPreferencesWindow *self)
{
  fill_you (self);
  fill_staff_list (self);
  allow_admin (self);
}

static void
you_selected_cb (CrmPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->you_row);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->filling || selected == GTK_INVALID_LIST_POSITION || selected >= self->you_ids->len)
    return;

  id = g_array_index (self->you_ids, gint64, selected);
  if (id == 0 || id == current_id (self))
    return;

  /* The store says "staff-changed", which fills both lists again. */
  if (!crm_store_set_current_staff (self->store, id, &error))
    {
      show_error (self, error);
      fill_you (self);
      return;
    }

  if (self->settings != NULL)
    g_settings_set_int64 (self->settings, "current-staff", id);
}

static CrmStaff *
lookup_staff (CrmPreferencesWindow *self,
              gint64                id)
{
  g_autoptr(GError) error = NULL;
  CrmStaff *staff = crm_store_get_staff (self->store, id, &error);

  if (staff == NULL)
    show_error (self, error);

  return staff;
}

static void
add_staff_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CrmPreferencesWindow *self = CRM_PREFERENCES_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (crm_staff_dialog_new (GTK_WINDOW (self), self->store, NULL)));
}

static void
edit_staff (CrmPreferencesWindow *self,
            CrmStaff             *staff)
{
  gtk_window_present (GTK_WINDOW (crm_staff_dialog_new (GTK_WINDOW (self), self->store, staff)));
}

static void
edit_staff_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CrmPreferencesWindow *self = CRM_PREFERENCES_WINDOW (widget);
  g_autoptr(CrmStaff) staff = lookup_staff (self, g_variant_get_int64 (param));

  if (staff != NULL)
    edit_staff (self, staff);
}

static void
staff_row_activated_cb (CrmPreferencesWindow *self,
                        GtkListBoxRow        *row)
{
  CrmStaff *staff = g_object_get_data (G_OBJECT (row), "crm-staff");

  if (staff != NULL && is_admin (self))
    edit_staff (self, staff);
}

static void
set_staff_active_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  CrmPreferencesWindow *self = CRM_PREFERENCES_WINDOW (widget);
  g_autoptr(CrmStaff) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  gboolean active;
  gint64 id;

  g_variant_get (param, "(xb)", &id, &active);
  staff = lookup_staff (self, id);
  if (staff == NULL)
    return;

  if (!crm_store_set_staff_active (self->store, id, active, &error))
    {
      show_error (self, error);
      return;
    }

  name = g_markup_escape_text (crm_staff_get_name (staff), -1);
  /* Translators: %s is a staff member's name */
  title = active ? g_strdup_printf (_("“%s” is active again"), name)
                 : g_strdup_printf (_("“%s” deactivated"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "prefs.set-staff-active");
  adw_toast_set_action_target_value (toast, g_variant_new ("(xb)", id, !active));
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
crm_preferences_window_constructed (GObject *object)
{
  CrmPreferencesWindow *self = CRM_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (crm_preferences_window_parent_class)->constructed (object);

  g_assert (self->store != NULL);

  crm_store_business_init ();
  g_signal_connect_object (self->store, "staff-changed",
                           G_CALLBACK (staff_changed_cb), self,
                           G_CONNECT_SWAPPED);
  staff_changed_cb (self);
}

static void
crm_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CrmPreferencesWindow *self = CRM_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CrmPreferencesWindow *self = CRM_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_preferences_window_dispose (GObject *object)
{
  CrmPreferencesWindow *self = CRM_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_preferences_window_parent_class)->dispose (object);
}

static void
crm_preferences_window_finalize (GObject *object)
{
  CrmPreferencesWindow *self = CRM_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->you_ids, g_array_unref);

  G_OBJECT_CLASS (crm_preferences_window_parent_class)->finalize (object);
}

static void
crm_preferences_window_class_init (CrmPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = crm_preferences_window_constructed;
  object_class->dispose = crm_preferences_window_dispose;
  object_class->finalize = crm_preferences_window_finalize;
  object_class->get_property = crm_preferences_window_get_property;
  object_class->set_property = crm_preferences_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CRM_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmPreferencesWindow, you_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPreferencesWindow, staff_group);
  gtk_widget_class_bind_template_child (widget_class, CrmPreferencesWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, CrmPreferencesWindow, staff_list);
  gtk_widget_class_bind_template_callback (widget_class, you_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, staff_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "prefs.add-staff", NULL, add_staff_action);
  gtk_widget_class_install_action (widget_class, "prefs.edit-staff", "x", edit_staff_action);
  gtk_widget_class_install_action (widget_class, "prefs.set-staff-active", "(xb)", set_staff_active_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_preferences_window_init (CrmPreferencesWindow *self)
{
  self->you_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}
