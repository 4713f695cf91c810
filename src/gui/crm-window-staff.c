/* crm-window-staff.c: the client list's "which clients" drop-down.
 *
 * All Clients, My Clients (assigned to the person using the app), then
 * each other staff member by name (people who left too, marked, since
 * their clients are the ones to hand over), then Spam. The choice is kept
 * as what it means (scope_ids: a staff id, or one of the SCOPE_ values
 * below), so it survives the list of names being read again on
 * "staff-changed"; My Clients follows who you are.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-store-business.h"
#include "crm-window-private.h"

static gint64
current_id (CrmWindow *self)
{
  CrmStaff *me = crm_store_get_current_staff (self->store);

  return me != NULL ? crm_staff_get_id (me) : 0;
}

static gint64
selected_scope (CrmWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->scope_dropdown);

  if (self->scope_ids == NULL || selected >= self->scope_ids->len)
    return CRM_WINDOW_SCOPE_ALL;

  return g_array_index (self->scope_ids, gint64, selected);
}

static void
apply_scope (CrmWindow *self)
{
  gint64 scope = selected_scope (self);
  gint64 staff_id = 0;

  if (self->clients == NULL)
    return;

  if (scope == CRM_WINDOW_SCOPE_MINE)
    staff_id = current_id (self);
  else if (scope > 0)
    staff_id = scope;

  crm_client_list_set_staff_filter (self->clients, staff_id);
  crm_client_list_set_spam (self->clients, scope == CRM_WINDOW_SCOPE_SPAM);
}

static void
scope_filter_changed_cb (CrmWindow *self)
{
  if (!self->filling_scope)
    apply_scope (self);
}

static void
append_scope (CrmWindow     *self,
              GtkStringList *names,
              const char    *name,
              gint64         scope)
{
  gtk_string_list_append (names, name);
  g_array_append_val (self->scope_ids, scope);
}

static void
fill_scope (CrmWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = crm_store_list_staff (self->store);
  gint64 kept = selected_scope (self);
  gint64 me = current_id (self);
  guint position = 0;

  g_array_set_size (self->scope_ids, 0);
  /* Translators: the list shows every client */
  append_scope (self, names, _("All Clients"), CRM_WINDOW_SCOPE_ALL);
  /* Translators: the list shows the clients assigned to the person using the app */
  append_scope (self, names, _("My Clients"), CRM_WINDOW_SCOPE_MINE);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CrmStaff) person = g_list_model_get_item (staff, i);
      gint64 id = crm_staff_get_id (person);

      if (id == me)
        continue;

      if (crm_store_get_staff_active (self->store, id))
        {
          append_scope (self, names, crm_staff_get_name (person), id);
        }
      else
        {
          /* Translators: a staff member who left; %s is their name */
          g_autofree char *left = g_strdup_printf (_("%s (inactive)"), crm_staff_get_name (person));

          append_scope (self, names, left, id);
        }
    }

  /* Translators: the list shows the clients marked as spam */
  append_scope (self, names, _("Spam"), CRM_WINDOW_SCOPE_SPAM);

  /* The same choice as before; someone who became you is My Clients. */
  if (kept == me && me != 0)
    kept = CRM_WINDOW_SCOPE_MINE;
  for (guint i = 0; i < self->scope_ids->len; i++)
    if (g_array_index (self->scope_ids, gint64, i) == kept)
      position = i;

  self->filling_scope = TRUE;
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->scope_dropdown, position);
  self->filling_scope = FALSE;

  apply_scope (self);
}

/**
 * crm_window_set_scope:
 * @scope: a staff member's id, or one of the CRM_WINDOW_SCOPE_ values
 *
 * Shows the clients that @scope picks, as if chosen in the drop-down.
 */
void
crm_window_set_scope (CrmWindow *self,
                      gint64     scope)
{
  g_return_if_fail (CRM_IS_WINDOW (self));

  for (guint i = 0; i < self->scope_ids->len; i++)
    if (g_array_index (self->scope_ids, gint64, i) == scope)
      {
        gtk_drop_down_set_selected (self->scope_dropdown, i);
        return;
      }

  g_return_if_reached ();
}

void
crm_window_setup_scope (CrmWindow *self)
{
  crm_store_business_init ();
  g_signal_connect_object (self->store, "staff-changed",
                           G_CALLBACK (fill_scope), self,
                           G_CONNECT_SWAPPED);
  fill_scope (self);
}

void
crm_window_class_add_scope (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, scope_filter_changed_cb);
}
