/* crm-quick-actions.c: what can be done for one client from its card's
 * header or its row in the client list: log a conversation, book, invoice,
 * record a payment, or see its bookings in the Bookings view.
 *
 * They are window actions whose target is the client's id, so the card's
 * header menu and the list's row menu, which are built for one client
 * each, name the same actions; each opens the dialog the card's tabs open,
 * with that client filled in.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-booking-dialog.h"
#include "crm-gui-util.h"
#include "crm-invoice-dialog.h"
#include "crm-message-dialog.h"
#include "crm-payment-dialog.h"
#include "crm-quick-actions.h"
#include "crm-window-private.h"

/**
 * crm_quick_actions_menu_new:
 * @client_id: the client the actions are for
 *
 * Returns: (transfer full): the quick actions, as menu items aimed at
 *   @client_id
 */
GMenu *
crm_quick_actions_menu_new (gint64 client_id)
{
  static const struct {
    const char *label;
    const char *action;
  } create[] = {
    { N_("_Log Conversation…"), "win.new-message" },
    { N_("New _Booking…"), "win.new-booking" },
    { N_("New _Invoice…"), "win.new-invoice" },
    { N_("Record _Payment…"), "win.record-payment" },
  };
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenu) go = g_menu_new ();
  g_autoptr(GMenuItem) show = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (create); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(create[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, create[i].action,
                                               g_variant_new_int64 (client_id));
      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));

  show = g_menu_item_new (_("Show B_ookings"), NULL);
  g_menu_item_set_action_and_target_value (show, "win.show-bookings",
                                           g_variant_new_int64 (client_id));
  g_menu_append_item (go, show);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (go));

  return menu;
}

static CrmClient *
lookup_client (CrmWindow *self,
               GVariant  *param)
{
  g_autoptr(GError) error = NULL;
  CrmClient *client;

  client = crm_store_get_client (self->store, g_variant_get_int64 (param), &error);
  if (client == NULL)
    crm_toast_error (GTK_WIDGET (self), error);

  return client;
}

static void
present (CrmWindow *self,
         gpointer   dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_message_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  g_autoptr(CrmClient) client = lookup_client (self, param);

  if (client != NULL)
    present (self, crm_message_dialog_new (self->store, client));
}

static void
new_booking_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  g_autoptr(CrmClient) client = lookup_client (self, param);

  if (client != NULL)
    present (self, crm_booking_dialog_new (self->store, client, NULL));
}

static void
new_invoice_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  g_autoptr(CrmClient) client = lookup_client (self, param);
  g_autofree char *currency = NULL;

  if (client == NULL)
    return;

  currency = crm_store_get_usual_currency (self->store, client);
  present (self, crm_invoice_dialog_new (self->store, client, currency));
}

static void
record_payment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  g_autoptr(CrmClient) client = lookup_client (self, param);
  g_autofree char *currency = NULL;

  if (client == NULL)
    return;

  currency = crm_store_get_usual_currency (self->store, client);
  present (self, crm_payment_dialog_new (self->store, client, currency));
}

static void
show_bookings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  g_autoptr(CrmClient) client = lookup_client (self, param);

  if (client == NULL)
    return;

  crm_bookings_view_show_client (self->bookings_view, client);
  adw_view_stack_set_visible_child_name (self->view_stack, "bookings");
}

/* The list's row menu acts on its row's client: it shows that client on
 * the card, then does what the card's header buttons do. */
static void
select_then (CrmWindow  *self,
             GVariant   *param,
             const char *card_action)
{
  gint64 id = g_variant_get_int64 (param);
  CrmClient *shown;

  crm_window_select_client (self, id);
  shown = crm_client_card_get_client (self->card);
  if (shown != NULL && crm_client_get_id (shown) == id)
    gtk_widget_activate_action (GTK_WIDGET (self), card_action, NULL);
}

static void
client_spam_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  select_then (CRM_WINDOW (widget), param, "win.toggle-spam");
}

static void
trash_client_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  select_then (CRM_WINDOW (widget), param, "win.delete-client");
}

/**
 * crm_quick_actions_install:
 * @window_class: CrmWindow's class
 *
 * Installs the quick actions, each taking a client id ("x"): win.new-message,
 * win.new-booking, win.new-invoice, win.record-payment, win.show-bookings;
 * and, for the row menu, win.client-spam and win.trash-client.
 */
void
crm_quick_actions_install (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.new-message", "x", new_message_action);
  gtk_widget_class_install_action (window_class, "win.new-booking", "x", new_booking_action);
  gtk_widget_class_install_action (window_class, "win.new-invoice", "x", new_invoice_action);
  gtk_widget_class_install_action (window_class, "win.record-payment", "x", record_payment_action);
  gtk_widget_class_install_action (window_class, "win.show-bookings", "x", show_bookings_action);
  gtk_widget_class_install_action (window_class, "win.client-spam", "x", client_spam_action);
  gtk_widget_class_install_action (window_class, "win.trash-client", "x", trash_client_action);
}
