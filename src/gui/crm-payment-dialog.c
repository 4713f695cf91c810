/* crm-payment-dialog.c: the Record Payment dialog of the Payments tab.
 *
 * Choosing an invoice fills in what is left to pay on it and its currency,
 * the usual case; the store checks the rest (an amount above what is open,
 * another currency, a void invoice) and this dialog shows its message.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-invoice-dialog.h"
#include "crm-payment-dialog-private.h"

G_DEFINE_FINAL_TYPE (CrmPaymentDialog, crm_payment_dialog, ADW_TYPE_WINDOW)

static void
show_error (CrmPaymentDialog *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static CrmInvoice *
chosen_invoice (CrmPaymentDialog *self)
{
  guint i = adw_combo_row_get_selected (self->invoice_row);

  if (i == 0 || i == GTK_INVALID_LIST_POSITION || i > self->invoices->len)
    return NULL;

  return g_ptr_array_index (self->invoices, i - 1);
}

/**
 * crm_payment_dialog_save:
 *
 * Records the payment from the fields; on a refusal shows why and keeps
 * the dialog open.
 *
 * Returns: whether the payment was recorded (the dialog then closes)
 */
gboolean
crm_payment_dialog_save (CrmPaymentDialog *self)
{
  g_autofree char *currency = NULL;
  g_autoptr(GDateTime) paid = NULL;
  g_autoptr(CrmPayment) draft = NULL;
  g_autoptr(CrmPayment) payment = NULL;
  g_autoptr(GError) error = NULL;
  CrmInvoice *invoice;
  gint64 minor = 0;

  g_return_val_if_fail (CRM_IS_PAYMENT_DIALOG (self), FALSE);

  currency = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), -1);
  g_strstrip (currency);

  if (!crm_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)),
                        currency, &minor, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  paid = crm_parse_date_text (gtk_editable_get_text (GTK_EDITABLE (self->paid_row)), &error);
  if (error != NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  invoice = chosen_invoice (self);
  draft = crm_payment_new (minor, currency);
  g_object_set (draft,
                "invoice-id", invoice ? crm_invoice_get_id (invoice) : (gint64) 0,
                "method", gtk_editable_get_text (GTK_EDITABLE (self->method_row)),
                "note", gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
                NULL);
  if (paid != NULL)
    g_object_set (draft, "paid-on", paid, NULL);

  payment = crm_store_record_payment (self->store, self->client, draft, &error);
  if (payment == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (CrmPaymentDialog *self)
{
  crm_payment_dialog_save (self);
}

static void
invoice_chosen_cb (CrmPaymentDialog *self)
{
  CrmInvoice *invoice = chosen_invoice (self);
  g_autofree char *amount = NULL;

  if (invoice == NULL)
    return;

  amount = crm_money_format_amount (crm_invoice_get_open_minor (invoice),
                                    crm_invoice_get_currency (invoice));
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row),
                         crm_invoice_get_currency (invoice));
}

static AdwEntryRow *
add_entry_row (GtkWidget  *list,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  /* Return in a field saves, as the shortcuts window says. */
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return ADW_ENTRY_ROW (row);
}

static void
crm_payment_dialog_dispose (GObject *object)
{
  CrmPaymentDialog *self = CRM_PAYMENT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->client);
  g_clear_pointer (&self->invoices, g_ptr_array_unref);

  G_OBJECT_CLASS (crm_payment_dialog_parent_class)->dispose (object);
}

static void
crm_payment_dialog_class_init (CrmPaymentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_payment_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_payment_dialog_init (CrmPaymentDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *box, *header, *cancel, *save, *clamp, *content, *list;

  self->invoices = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_window_set_title (GTK_WINDOW (self), _("Record Payment"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 460, -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (NULL, NULL));
  g_object_bind_property (self, "title", self->window_title, "title", G_BINDING_SYNC_CREATE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  save = gtk_button_new_with_mnemonic (_("_Record"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  clamp = adw_clamp_new ();
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  self->invoice_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->invoice_row), _("Invoice"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->invoice_row));

  self->amount_row = add_entry_row (list, _("_Amount"), NULL);
  self->currency_row = add_entry_row (list, _("C_urrency (e.g. EUR)"), NULL);
  self->paid_row = add_entry_row (list, _("_Paid on (year-month-day)"), today);
  self->method_row = add_entry_row (list, _("_Method, e.g. Bank transfer"), NULL);
  self->note_row = add_entry_row (list, _("_Note"), NULL);
  gtk_box_append (GTK_BOX (content), list);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));

  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_box_append (GTK_BOX (box), clamp);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * crm_payment_dialog_new:
 * @currency: (nullable): the currency to offer first
 *
 * Returns: (transfer floating): a dialog recording a payment from @client
 */
CrmPaymentDialog *
crm_payment_dialog_new (CrmStore   *store,
                        CrmClient  *client,
                        const char *currency)
{
  g_autoptr(GListModel) invoices = NULL;
  g_autoptr(GtkStringList) names = NULL;
  CrmPaymentDialog *self;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  self = g_object_new (CRM_TYPE_PAYMENT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->client = g_object_ref (client);
  /* Whom it is for, as the client is named now, even while renamed. */
  g_object_bind_property (client, "name", self->window_title, "subtitle", G_BINDING_SYNC_CREATE);
  /* Typing starts in the first field, not on Cancel. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->amount_row));
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), currency ? currency : "EUR");

  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _("Not applied to an invoice"));

  invoices = crm_store_get_invoices (store, client);
  for (guint i = 0; i < g_list_model_get_n_items (invoices); i++)
    {
      g_autoptr(CrmInvoice) invoice = g_list_model_get_item (invoices, i);
      g_autofree char *open = NULL;
      g_autofree char *label = NULL;

      if (crm_invoice_get_open_minor (invoice) <= 0)
        continue;

      open = crm_money_format (crm_invoice_get_open_minor (invoice),
                               crm_invoice_get_currency (invoice));
      /* Translators: an invoice number, then what is left to pay on it */
      label = g_strdup_printf (_("%s (%s open)"), crm_invoice_get_number (invoice), open);
      gtk_string_list_append (names, label);
      g_ptr_array_add (self->invoices, g_object_ref (invoice));
    }

  adw_combo_row_set_model (self->invoice_row, G_LIST_MODEL (names));
  g_signal_connect_swapped (self->invoice_row, "notify::selected",
                            G_CALLBACK (invoice_chosen_cb), self);

  return self;
}
