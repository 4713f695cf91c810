/* crm-contact-row.c: a person in the Contacts list of a client's Info tab.
 *
 * Title and subtitle follow the live CrmContact. The row's menu names the
 * actions of CrmClientInfo ("info.edit-contact" and friends) with the
 * contact's id as target, so the row itself holds no store logic. Its
 * avatar shows the contact's photo, or initials, and follows the store.
 * A contact marked inactive keeps its row, with a dim "Inactive" label, so
 * its history stays easy to find.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-avatar-util.h"
#include "crm-contact-row.h"

static void
append_part (GString    *string,
             const char *part)
{
  if (part == NULL || part[0] == '\0')
    return;

  if (string->len > 0)
    g_string_append (string, " · ");
  g_string_append (string, part);
}

static void
update_row (GtkWidget  *row,
            GParamSpec *pspec,
            CrmContact *contact)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  GtkWidget *menu_button = g_object_get_data (G_OBJECT (row), "crm-menu-button");
  GtkWidget *primary_label = g_object_get_data (G_OBJECT (row), "crm-primary-label");
  GtkWidget *inactive_label = g_object_get_data (G_OBJECT (row), "crm-inactive-label");
  AdwAvatar *avatar = g_object_get_data (G_OBJECT (row), "crm-avatar");
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  gint64 id = crm_contact_get_id (contact);

  append_part (subtitle, crm_contact_get_job_title (contact));
  append_part (subtitle, crm_contact_get_email (contact));
  append_part (subtitle, crm_contact_get_phone (contact));

  /* Row titles and subtitles are markup. */
  title = g_markup_escape_text (crm_contact_get_display_name (contact), -1);
  escaped = g_markup_escape_text (subtitle->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  adw_avatar_set_text (avatar, crm_contact_get_display_name (contact));

  gtk_widget_set_visible (primary_label, crm_contact_get_primary (contact));
  gtk_widget_set_visible (inactive_label, crm_contact_get_inactive (contact));

  item = g_menu_item_new (_("_Edit…"), NULL);
  g_menu_item_set_action_and_target_value (item, "info.edit-contact", g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
  g_clear_object (&item);

  if (!crm_contact_get_primary (contact))
    {
      item = g_menu_item_new (_("Set as _Primary"), NULL);
      g_menu_item_set_action_and_target_value (item, "info.set-primary", g_variant_new_int64 (id));
      g_menu_append_item (menu, item);
      g_clear_object (&item);
    }

  item = g_menu_item_new (_("_Remove"), NULL);
  g_menu_item_set_action_and_target_value (item, "info.remove-contact", g_variant_new_int64 (id));
  g_menu_append_item (menu, item);

  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
}

/**
 * crm_contact_row_new:
 * @store: where the contact's photo is
 *
 * Returns: (transfer floating): an AdwActionRow for @contact; activating it
 *   edits the contact
 */
GtkWidget *
crm_contact_row_new (CrmStore   *store,
                     CrmContact *contact)
{
  GtkWidget *row;
  GtkWidget *avatar;
  GtkWidget *primary_label;
  GtkWidget *inactive_label;
  GtkWidget *menu_button;

  row = adw_action_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "info.edit-contact");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_int64 (crm_contact_get_id (contact)));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  avatar = adw_avatar_new (32, NULL, TRUE);
  crm_avatar_follow (ADW_AVATAR (avatar), store, G_OBJECT (contact));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);

  /* Translators: marks the client's primary contact */
  primary_label = gtk_label_new (_("Primary"));
  gtk_widget_set_valign (primary_label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (primary_label, "primary-badge");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), primary_label);

  /* Translators: marks a contact who left or is no longer the one to call */
  inactive_label = gtk_label_new (_("Inactive"));
  gtk_widget_set_valign (inactive_label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (inactive_label, "dim-label");
  gtk_widget_add_css_class (inactive_label, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), inactive_label);

  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _("Contact Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Contact actions"),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);

  g_object_set_data (G_OBJECT (row), "crm-menu-button", menu_button);
  g_object_set_data (G_OBJECT (row), "crm-primary-label", primary_label);
  g_object_set_data (G_OBJECT (row), "crm-inactive-label", inactive_label);
  g_object_set_data (G_OBJECT (row), "crm-avatar", avatar);
  g_object_set_data_full (G_OBJECT (row), "crm-contact", g_object_ref (contact), g_object_unref);

  g_signal_connect_object (contact, "notify", G_CALLBACK (update_row), row,
                           G_CONNECT_SWAPPED);
  update_row (row, NULL, contact);

  return row;
}
