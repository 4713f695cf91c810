/* crm-client-info-sla.c: the Info tab's "Service Level" group.
 *
 * One row per booking priority, each with the hours a new booking of that
 * priority gets until it is due (the client's SLA). A change is written at
 * once through crm_store_set_client_sla_hours(); when the store refuses,
 * the spin button goes back to the stored value and the store's message is
 * shown. The store emits nothing when an SLA changes, and this tab is the
 * only place that changes one, so the rows are read again whenever the tab
 * shows another client.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-client-info-private.h"
#include "crm-gui-util.h"
#include "crm-store-business.h"

static void
set_subtitle (AdwActionRow *row,
              guint         hours)
{
  g_autofree char *subtitle = NULL;

  /* Translators: the SLA of a booking priority; %u is a number of hours */
  subtitle = g_strdup_printf (ngettext ("Due within %u hour", "Due within %u hours", hours), hours);
  adw_action_row_set_subtitle (row, subtitle);
}

/* Shows the stored hours of @priority, without writing anything. */
static void
show_priority (CrmClientInfo      *self,
               CrmBookingPriority  priority)
{
  guint hours;

  if (self->client == NULL || self->store == NULL)
    return;

  hours = crm_store_get_client_sla_hours (self->store, self->client, priority);

  self->filling_sla = TRUE;
  gtk_spin_button_set_value (self->sla_spins[priority], hours);
  self->filling_sla = FALSE;
  set_subtitle (self->sla_rows[priority], hours);
}

/**
 * crm_client_info_show_sla:
 *
 * Shows the client's SLA hours: after the store or the client changed.
 */
void
crm_client_info_show_sla (CrmClientInfo *self)
{
  for (guint p = 0; p < CRM_INFO_N_SLA; p++)
    show_priority (self, p);
}

static void
sla_changed_cb (GtkSpinButton *spin,
                CrmClientInfo *self)
{
  CrmBookingPriority priority = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "crm-priority"));
  guint hours = (guint) gtk_spin_button_get_value_as_int (spin);
  g_autoptr(GError) error = NULL;

  if (self->filling_sla || self->client == NULL || self->store == NULL)
    return;

  if (hours == crm_store_get_client_sla_hours (self->store, self->client, priority))
    return;

  if (!crm_store_set_client_sla_hours (self->store, self->client, priority, hours, &error))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      show_priority (self, priority);
      return;
    }

  set_subtitle (self->sla_rows[priority], hours);
}

/**
 * crm_client_info_set_sla_read_only:
 * @read_only: %TRUE while the person using the app is Read-only
 */
void
crm_client_info_set_sla_read_only (CrmClientInfo *self,
                                   gboolean       read_only)
{
  for (guint p = 0; p < CRM_INFO_N_SLA; p++)
    gtk_widget_set_sensitive (GTK_WIDGET (self->sla_spins[p]), !read_only);
}

/* Builds the rows into the group of the template, in priority order. */
void
crm_client_info_init_sla (CrmClientInfo *self)
{
  for (guint p = 0; p < CRM_INFO_N_SLA; p++)
    {
      const char *label = crm_booking_priority_to_label (p);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (1, CRM_SLA_MAX_HOURS, 1);
      g_autofree char *accessible = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_spin_button_set_increments (GTK_SPIN_BUTTON (spin), 1, 24);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      /* Translators: the name of a spin button; %s is a booking priority */
      accessible = g_strdup_printf (_("%s: hours until due"), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      g_object_set_data (G_OBJECT (spin), "crm-priority", GUINT_TO_POINTER (p));
      g_signal_connect (spin, "value-changed", G_CALLBACK (sla_changed_cb), self);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (self->sla_group, row);

      self->sla_rows[p] = ADW_ACTION_ROW (row);
      self->sla_spins[p] = GTK_SPIN_BUTTON (spin);
    }
}
