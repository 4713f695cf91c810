/* crm-invoice-dialog.c: the New Invoice dialog of the Payments tab.
 *
 * The store gives the number and checks everything; this dialog only reads
 * what was typed and shows the store's message when it refuses.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-invoice-dialog-private.h"

G_DEFINE_FINAL_TYPE (CrmInvoiceDialog, crm_invoice_dialog, ADW_TYPE_WINDOW)

/**
 * crm_parse_date_text:
 * @text: a date as YYYY-MM-DD, or empty
 *
 * Returns: (transfer full) (nullable): local midnight of that day; %NULL
 *   with no error for empty text, %NULL with an error for anything else
 */
GDateTime *
crm_parse_date_text (const char  *text,
                     GError     **error)
{
  int y = 0, m = 0, d = 0;
  char rest = 0;
  GDateTime *date = NULL;

  if (text == NULL || text[0] == '\0')
    return NULL;

  if (sscanf (text, "%d-%d-%d%c", &y, &m, &d, &rest) == 3 &&
      g_date_valid_dmy (d, m, y))
    date = g_date_time_new_local (y, m, d, 0, 0, 0);

  if (date == NULL)
    /* Translators: %s is what was typed */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("“%s” is not a date: write it as year-month-day, e.g. 2026-03-31"),
                 text);

  return date;
}

/**
 * crm_format_day:
 *
 * Returns: (transfer full): @date as the locale writes a day
 */
char *
crm_format_day (GDateTime *date)
{
  g_autoptr(GDateTime) local = NULL;

  if (date == NULL)
    return g_strdup ("");

  local = g_date_time_to_local (date);
  /* "3 Oct 2026": the month's name in the locale, never mistaken for
   * another day the way 10/03/26 can be. */
  return g_date_time_format (local, "%-d %b %Y");
}

static void
show_error (CrmInvoiceDialog *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/**
 * crm_invoice_dialog_save:
 *
 * Creates the invoice from the fields; on a refusal shows why and keeps
 * the dialog open.
 *
 * Returns: whether the invoice was created (the dialog then closes)
 */
gboolean
crm_invoice_dialog_save (CrmInvoiceDialog *self)
{
  g_autofree char *currency = NULL;
  g_autoptr(GDateTime) issued = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(CrmInvoice) draft = NULL;
  g_autoptr(CrmInvoice) invoice = NULL;
  g_autoptr(GError) error = NULL;
  gint64 minor = 0;

  g_return_val_if_fail (CRM_IS_INVOICE_DIALOG (self), FALSE);

  currency = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), -1);
  g_strstrip (currency);

  if (!crm_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)),
                        currency, &minor, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  issued = crm_parse_date_text (gtk_editable_get_text (GTK_EDITABLE (self->issued_row)), &error);
  if (error == NULL)
    due = crm_parse_date_text (gtk_editable_get_text (GTK_EDITABLE (self->due_row)), &error);
  if (error != NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  draft = crm_invoice_new (minor, currency);
  g_object_set (draft,
                "description", gtk_editable_get_text (GTK_EDITABLE (self->description_row)),
                NULL);
  if (issued != NULL)
    g_object_set (draft, "issued-on", issued, NULL);
  if (due != NULL)
    g_object_set (draft, "due-on", due, NULL);

  invoice = crm_store_create_invoice (self->store, self->client, draft, &error);
  if (invoice == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (CrmInvoiceDialog *self)
{
  crm_invoice_dialog_save (self);
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
crm_invoice_dialog_dispose (GObject *object)
{
  CrmInvoiceDialog *self = CRM_INVOICE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (crm_invoice_dialog_parent_class)->dispose (object);
}

static void
crm_invoice_dialog_class_init (CrmInvoiceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_invoice_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_invoice_dialog_init (CrmInvoiceDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) month = g_date_time_add_days (now, 30);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *due = g_date_time_format (month, "%Y-%m-%d");
  GtkWidget *box, *header, *cancel, *save, *clamp, *content, *list;

  gtk_window_set_title (GTK_WINDOW (self), _("New Invoice"));
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
  save = gtk_button_new_with_mnemonic (_("C_reate"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
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
  self->amount_row = add_entry_row (list, _("_Amount"), NULL);
  self->currency_row = add_entry_row (list, _("C_urrency (e.g. EUR)"), NULL);
  self->description_row = add_entry_row (list, _("_Description"), NULL);
  self->issued_row = add_entry_row (list, _("_Issued on (year-month-day)"), today);
  self->due_row = add_entry_row (list, _("D_ue on (year-month-day)"), due);
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
 * crm_invoice_dialog_new:
 * @currency: (nullable): the currency to offer first
 *
 * Returns: (transfer floating): a dialog creating an invoice for @client
 */
CrmInvoiceDialog *
crm_invoice_dialog_new (CrmStore   *store,
                        CrmClient  *client,
                        const char *currency)
{
  CrmInvoiceDialog *self;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  self = g_object_new (CRM_TYPE_INVOICE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->client = g_object_ref (client);
  /* Whom it is for, as the client is named now, even while renamed. */
  g_object_bind_property (client, "name", self->window_title, "subtitle", G_BINDING_SYNC_CREATE);
  /* Typing starts in the first field, not on Cancel. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->amount_row));
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), currency ? currency : "EUR");

  return self;
}
