/* crm-client-info-staff.c: the Info tab's "Assigned To" row.
 *
 * The row offers Nobody and the active staff members; a client looked
 * after by someone who has since left shows that person too (marked
 * inactive), so the row never hides who the store says it is. Picking
 * someone calls crm_store_assign_client(); a refusal puts the row back and
 * shows the store's message. The row follows "staff-changed" (names,
 * people joining or leaving) and "client-assigned" (a change made
 * elsewhere). The read-only mode of the whole tab lives here too, since
 * it follows the role of the person using the app.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-client-info-private.h"
#include "crm-gui-util.h"
#include "crm-store-business.h"

static guint
position_of (CrmClientInfo *self,
             gint64         staff_id)
{
  for (guint i = 0; i < self->staff_ids->len; i++)
    if (g_array_index (self->staff_ids, gint64, i) == staff_id)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* Selects the client's staff member, without writing anything. */
static void
show_assigned (CrmClientInfo *self)
{
  guint position;

  if (self->client == NULL || self->store == NULL)
    return;

  position = position_of (self, crm_store_get_client_staff_id (self->store, self->client));
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;

  self->filling_staff = TRUE;
  if (adw_combo_row_get_selected (self->staff_row) != position)
    adw_combo_row_set_selected (self->staff_row, position);
  self->filling_staff = FALSE;
}

/* Reads the staff again into the row's choices. */
static void
fill_staff (CrmClientInfo *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = NULL;
  gint64 assigned = 0;
  gint64 nobody = 0;

  if (self->store == NULL)
    return;

  staff = crm_store_list_staff (self->store);
  if (self->client != NULL)
    assigned = crm_store_get_client_staff_id (self->store, self->client);

  g_array_set_size (self->staff_ids, 0);
  /* Translators: "Assigned To" a client: no staff member */
  gtk_string_list_append (names, _("Nobody"));
  g_array_append_val (self->staff_ids, nobody);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CrmStaff) person = g_list_model_get_item (staff, i);
      gint64 id = crm_staff_get_id (person);

      if (crm_store_get_staff_active (self->store, id))
        {
          gtk_string_list_append (names, crm_staff_get_name (person));
        }
      else if (id == assigned)
        {
          /* Translators: a staff member who left; %s is their name */
          g_autofree char *left = g_strdup_printf (_("%s (inactive)"), crm_staff_get_name (person));

          gtk_string_list_append (names, left);
        }
      else
        continue;

      g_array_append_val (self->staff_ids, id);
    }

  self->filling_staff = TRUE;
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (names));
  self->filling_staff = FALSE;
  show_assigned (self);
}

static void
staff_selected_cb (CrmClientInfo *self)
{
  guint selected = adw_combo_row_get_selected (self->staff_row);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->filling_staff || self->client == NULL ||
      selected == GTK_INVALID_LIST_POSITION || selected >= self->staff_ids->len)
    return;

  id = g_array_index (self->staff_ids, gint64, selected);
  if (id == crm_store_get_client_staff_id (self->store, self->client))
    return;

  if (!crm_store_assign_client (self->store, self->client, id, &error))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      show_assigned (self);
    }
}

static void
client_assigned_cb (CrmClientInfo *self,
                    CrmClient     *client)
{
  if (self->client != NULL && crm_client_get_id (client) == crm_client_get_id (self->client))
    show_assigned (self);
}

/**
 * crm_client_info_show_staff:
 *
 * Shows the staff of the store and who looks after the client: after the
 * store or the client changed.
 */
void
crm_client_info_show_staff (CrmClientInfo *self)
{
  if (self->store != NULL && self->staff_handlers[0] == 0)
    {
      crm_store_business_init ();
      self->staff_handlers[0] = g_signal_connect_object (self->store, "staff-changed",
                                                         G_CALLBACK (fill_staff), self,
                                                         G_CONNECT_SWAPPED);
      self->staff_handlers[1] = g_signal_connect_object (self->store, "client-assigned",
                                                         G_CALLBACK (client_assigned_cb), self,
                                                         G_CONNECT_SWAPPED);
    }

  fill_staff (self);
}

/**
 * crm_client_info_set_read_only:
 * @read_only: %TRUE while the person using the app is Read-only
 *
 * Leaves every field readable but not editable, and the contacts' actions
 * off.
 */
void
crm_client_info_set_read_only (CrmClientInfo *self,
                               gboolean       read_only)
{
  static const char * const actions[] = {
    "info.new-contact", "info.edit-contact", "info.set-primary", "info.remove-contact",
  };

  for (guint i = 0; i < CRM_INFO_N_FIELDS; i++)
    gtk_widget_set_sensitive (GTK_WIDGET (self->rows[i]), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_row), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->staff_row), !read_only);
  gtk_text_view_set_editable (self->info_view, !read_only);
  crm_client_info_set_sla_read_only (self, read_only);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], !read_only);
}

void
crm_client_info_init_staff (CrmClientInfo *self)
{
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect_swapped (self->staff_row, "notify::selected",
                            G_CALLBACK (staff_selected_cb), self);
}

void
crm_client_info_dispose_staff (CrmClientInfo *self)
{
  if (self->store != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (self->staff_handlers); i++)
      g_clear_signal_handler (&self->staff_handlers[i], self->store);

  g_clear_pointer (&self->staff_ids, g_array_unref);
}
