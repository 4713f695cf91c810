/* crm-gui-util.c: small helpers the widgets share (the favorite star,
 * inline validation marks, dates on screen, error toasts).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-gui-util.h"

/**
 * crm_favorite_button_sync:
 *
 * Makes the star's icon and accessible label follow its state; the tooltip
 * is asked for on hover (setting one asks X where the pointer is, a round
 * trip for each star of a list being filled).
 */
void
crm_favorite_button_sync (GtkToggleButton *button)
{
  gboolean active = gtk_toggle_button_get_active (button);
  const char *label = active ? _("Remove From Favorites") : _("Add to Favorites");

  gtk_button_set_icon_name (GTK_BUTTON (button),
                            active ? "starred-symbolic" : "non-starred-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (button), "starred");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "starred");
}

static gboolean
favorite_query_tooltip_cb (GtkWidget  *button,
                           int         x,
                           int         y,
                           gboolean    keyboard_mode,
                           GtkTooltip *tooltip)
{
  gtk_tooltip_set_text (tooltip,
                        gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button))
                        ? _("Remove From Favorites") : _("Add to Favorites"));
  return TRUE;
}

/**
 * crm_favorite_button_new:
 *
 * Returns: (transfer floating): a flat star toggle button
 */
GtkWidget *
crm_favorite_button_new (void)
{
  GtkWidget *button = gtk_toggle_button_new ();

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_add_css_class (button, "favorite-star");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "notify::active",
                    G_CALLBACK (crm_favorite_button_sync), NULL);
  gtk_widget_set_has_tooltip (button, TRUE);
  g_signal_connect (button, "query-tooltip", G_CALLBACK (favorite_query_tooltip_cb), NULL);
  crm_favorite_button_sync (GTK_TOGGLE_BUTTON (button));

  return button;
}

/**
 * crm_add_shortcut:
 *
 * Activates @action_name when @keyval is pressed while @widget (or a widget
 * inside it) has focus.
 */
void
crm_add_shortcut (GtkWidget       *widget,
                  guint            keyval,
                  GdkModifierType  modifiers,
                  const char      *action_name)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcut *shortcut;

  /* Capture: run before the widget's own key handling (a text view would
   * otherwise take Ctrl+Enter as a new line). */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);

  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                               gtk_named_action_new (action_name));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        shortcut);
  gtk_widget_add_controller (widget, controller);
}

/**
 * crm_row_set_error:
 * @message: (nullable): what is wrong, or %NULL when the row is fine
 *
 * Marks a form row as wrong (the "error" style class, with the reason as
 * tooltip and in the accessible description), or clears the mark.
 */
void
crm_row_set_error (GtkWidget  *row,
                   const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/**
 * crm_format_date_time:
 * @utc: a time from the store
 *
 * Returns: (transfer full): @utc in local time, for people
 */
char *
crm_format_date_time (GDateTime *utc)
{
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");

  local = g_date_time_to_local (utc);

  /* Translators: a note's date and time, see g_date_time_format() */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

/**
 * crm_toast_error:
 *
 * Shows the store's message in the toast overlay around @widget, or logs it
 * when there is none (a widget outside a window).
 */
void
crm_toast_error (GtkWidget    *widget,
                 const GError *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", error->message);
      return;
    }

  /* Toast titles are Pango markup in libadwaita 1.2. */
  title = g_markup_escape_text (error->message, -1);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
