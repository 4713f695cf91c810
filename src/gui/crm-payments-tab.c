/* crm-payments-tab.c: the client card's Payments tab.
 *
 * What was collected and what is still open, per currency, at the top;
 * then the invoices and the payments. The store's lists are snapshots, so
 * the tab reads them again whenever the store says the client's history
 * changed (a dialog, an undo, another window). Read-only
 * (crm_payments_tab_set_read_only), nothing can be invoiced, paid, voided
 * or removed.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-gui-util.h"
#include "crm-invoice-dialog.h"
#include "crm-payment-dialog.h"
#include "crm-paged-list.h"
#include "crm-payments-tab-private.h"

G_DEFINE_FINAL_TYPE (CrmPaymentsTab, crm_payments_tab, ADW_TYPE_BIN)

static void
add_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_list_box_set_placeholder (list, label);
}

static GtkWidget *
suffix_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
undo_void_cb (AdwToast   *toast,
              CrmInvoice *invoice)
{
  CrmStore *store = g_object_get_data (G_OBJECT (toast), "crm-store");

  crm_store_set_invoice_void (store, invoice, FALSE, NULL);
}

static void
void_clicked_cb (GtkButton      *button,
                 CrmPaymentsTab *self)
{
  CrmInvoice *invoice = g_object_get_data (G_OBJECT (button), "crm-invoice");
  GtkWidget *overlay;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!crm_store_set_invoice_void (self->store, invoice, TRUE, &error))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      return;
    }

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  /* Translators: %s is an invoice number */
  title = g_strdup_printf (_("Invoice %s voided"), crm_invoice_get_number (invoice));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "crm-store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_void_cb),
                         g_object_ref (invoice), (GClosureNotify) g_object_unref, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static const char *
status_class (CrmInvoice *invoice)
{
  if (crm_invoice_get_overdue (invoice))
    return "error";

  switch (crm_invoice_get_status (invoice))
    {
    case CRM_INVOICE_STATUS_PAID:
      return "success";
    case CRM_INVOICE_STATUS_VOID:
      return "dim-label";
    case CRM_INVOICE_STATUS_OPEN:
    case CRM_INVOICE_STATUS_PARTIAL:
    default:
      return "warning";
    }
}

static GtkWidget *
invoice_row_new (CrmPaymentsTab *self,
                 CrmInvoice     *invoice)
{
  g_autofree char *amount = crm_money_format (crm_invoice_get_amount_minor (invoice),
                                              crm_invoice_get_currency (invoice));
  g_autofree char *issued = crm_format_day (crm_invoice_get_issued_on (invoice));
  g_autofree char *due = crm_format_day (crm_invoice_get_due_on (invoice));
  g_autofree char *subtitle = NULL;
  g_autofree char *status = NULL;
  const char *description = crm_invoice_get_description (invoice);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), crm_invoice_get_number (invoice));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "crm-invoice", g_object_ref (invoice), g_object_unref);

  if (crm_invoice_get_due_on (invoice) != NULL)
    /* Translators: the dates of an invoice, then its description */
    subtitle = g_strdup_printf (_("Issued %s, due %s%s%s"), issued, due,
                                description && *description ? " · " : "",
                                description ? description : "");
  else
    /* Translators: the date of an invoice, then its description */
    subtitle = g_strdup_printf (_("Issued %s%s%s"), issued,
                                description && *description ? " · " : "",
                                description ? description : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set (row, "subtitle-lines", 2, NULL);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_label (amount, "numeric"));

  if (crm_invoice_get_overdue (invoice))
    /* Translators: an invoice status, then a warning that the due date passed */
    status = g_strdup_printf (_("%s, overdue"), crm_invoice_status_to_label (crm_invoice_get_status (invoice)));
  else
    status = g_strdup (crm_invoice_status_to_label (crm_invoice_get_status (invoice)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_label (status, status_class (invoice)));

  if (!crm_invoice_get_void (invoice) && crm_invoice_get_paid_minor (invoice) == 0)
    {
      /* An icon, so that the action is not read as one more status. */
      GtkWidget *button = gtk_button_new_from_icon_name ("process-stop-symbolic");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Void Invoice"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Void Invoice"),
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "crm-invoice", g_object_ref (invoice), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (void_clicked_cb), self);
      gtk_widget_set_sensitive (button, !self->read_only);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
undo_remove_cb (AdwToast   *toast,
                CrmPayment *payment)
{
  CrmStore *store = g_object_get_data (G_OBJECT (toast), "crm-store");
  g_autoptr(GError) error = NULL;

  if (!crm_store_restore_payment (store, payment, &error))
    g_message ("%s", error->message);
}

static void
remove_payment_clicked_cb (GtkButton      *button,
                           CrmPaymentsTab *self)
{
  CrmPayment *payment = g_object_get_data (G_OBJECT (button), "crm-payment");
  g_autoptr(GError) error = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  AdwToast *toast;

  g_object_ref (payment);
  if (!crm_store_remove_payment (self->store, payment, &error))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      g_object_unref (payment);
      return;
    }

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_object_unref (payment);
      return;
    }

  amount = crm_money_format (crm_payment_get_amount_minor (payment),
                             crm_payment_get_currency (payment));
  /* Translators: %s is an amount of money */
  title = g_strdup_printf (_("Payment of %s removed"), amount);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "crm-store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         payment, (GClosureNotify) g_object_unref, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static const char *
invoice_number (GListModel *invoices,
                gint64      id)
{
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (invoices); i++)
    {
      g_autoptr(CrmInvoice) invoice = g_list_model_get_item (invoices, i);

      if (crm_invoice_get_id (invoice) == id)
        return crm_invoice_get_number (invoice);
    }

  return NULL;
}

static GtkWidget *
payment_row_new (CrmPaymentsTab *self,
                 CrmPayment     *payment,
                 GListModel     *invoices)
{
  g_autofree char *amount = crm_money_format (crm_payment_get_amount_minor (payment),
                                              crm_payment_get_currency (payment));
  g_autofree char *date = crm_format_day (crm_payment_get_paid_on (payment));
  g_autoptr(GString) subtitle = g_string_new (date);
  const char *number = invoice_number (invoices, crm_payment_get_invoice_id (payment));
  const char *method = crm_payment_get_method (payment);
  const char *note = crm_payment_get_note (payment);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), amount);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "crm-payment", g_object_ref (payment), g_object_unref);

  if (method != NULL && *method != '\0')
    g_string_append_printf (subtitle, " · %s", method);
  if (number != NULL)
    /* Translators: %s is an invoice number a payment was applied to */
    g_string_append_printf (subtitle, " · %s", number);
  else
    g_string_append_printf (subtitle, " · %s", _("not applied to an invoice"));
  if (note != NULL && *note != '\0')
    g_string_append_printf (subtitle, " · %s", note);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove Payment"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Payment"),
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "crm-payment", g_object_ref (payment), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_payment_clicked_cb), self);
  gtk_widget_set_sensitive (button, !self->read_only);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static GtkWidget *
create_invoice_row (gpointer item,
                    gpointer user_data)
{
  return invoice_row_new (user_data, item);
}

static GtkWidget *
create_payment_row (gpointer item,
                    gpointer user_data)
{
  CrmPaymentsTab *self = user_data;

  return payment_row_new (self, item, self->invoices);
}

static GtkWidget *
figure_new (const char *caption,
            const char *amount)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  label = gtk_label_new (caption);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (amount);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-2");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

/* Big figures, one Collected and one Open per currency; the label keeps
 * the same words in one line, for screen readers and the tests. */
static void
update_totals (CrmPaymentsTab *self)
{
  g_autoptr(GArray) totals = crm_store_get_client_totals (self->store, self->client);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_box))))
    gtk_box_remove (self->figures_box, child);

  for (guint i = 0; i < totals->len; i++)
    {
      CrmMoneyTotal *total = &g_array_index (totals, CrmMoneyTotal, i);
      g_autofree char *collected = crm_money_format (total->collected_minor, total->currency);
      g_autofree char *open = crm_money_format (total->open_minor, total->currency);

      if (text->len > 0)
        g_string_append (text, "; ");
      /* Translators: money received, then money still owed, in one currency */
      g_string_append_printf (text, _("Collected %s, open %s"), collected, open);

      gtk_box_append (self->figures_box, figure_new (_("Collected"), collected));
      gtk_box_append (self->figures_box, figure_new (_("Open"), open));
    }

  if (text->len == 0)
    g_string_append (text, _("No invoices or payments yet"));

  gtk_label_set_label (self->totals_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->totals_label), totals->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->figures_box), totals->len > 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->figures_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str, -1);
}

/**
 * crm_payments_tab_reload:
 *
 * Reads the client's totals, invoices and payments again.
 */
static void
load (CrmPaymentsTab *self)
{
  crm_paged_list_bind (self->invoices_list, NULL, NULL, NULL);
  crm_paged_list_bind (self->payments_list, NULL, NULL, NULL);
  g_clear_object (&self->invoices);
  g_clear_object (&self->payments);

  if (self->store == NULL || self->client == NULL || self->stale)
    return;

  update_totals (self);

  self->invoices = crm_store_get_invoices (self->store, self->client);
  self->payments = crm_store_get_payments (self->store, self->client);

  crm_paged_list_bind (self->invoices_list, self->invoices, create_invoice_row, self);
  crm_paged_list_bind (self->payments_list, self->payments, create_payment_row, self);
}

/* The records are read when the tab is first shown, and again when it
 * is shown after a change: the card opens without reading the history
 * of tabs nobody looks at. */
void
crm_payments_tab_reload (CrmPaymentsTab *self)
{
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  load (self);
}

static void
map_cb (CrmPaymentsTab *self)
{
  if (self->stale)
    {
      self->stale = FALSE;
      load (self);
    }
}

/* The row of the invoice or payment with @id, made if it was not yet. */
static GtkListBoxRow *
find_row (GtkListBox *list,
          gint64      id)
{
  GListModel *model = crm_paged_list_get_model (list);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (model, i);

      if ((CRM_IS_INVOICE (record) && crm_invoice_get_id (CRM_INVOICE (record)) == id) ||
          (CRM_IS_PAYMENT (record) && crm_payment_get_id (CRM_PAYMENT (record)) == id))
        return crm_paged_list_reveal (list, i);
    }

  return NULL;
}

/**
 * crm_payments_tab_find_invoice_row:
 * @invoice_id: an invoice of the client shown
 *
 * Returns: (transfer none) (nullable): the invoice's row
 */
GtkListBoxRow *
crm_payments_tab_find_invoice_row (CrmPaymentsTab *self,
                                   gint64          invoice_id)
{
  g_return_val_if_fail (CRM_IS_PAYMENTS_TAB (self), NULL);

  return find_row (self->invoices_list, invoice_id);
}

/**
 * crm_payments_tab_find_payment_row:
 * @payment_id: a payment of the client shown
 *
 * Returns: (transfer none) (nullable): the payment's row
 */
GtkListBoxRow *
crm_payments_tab_find_payment_row (CrmPaymentsTab *self,
                                   gint64          payment_id)
{
  g_return_val_if_fail (CRM_IS_PAYMENTS_TAB (self), NULL);

  return find_row (self->payments_list, payment_id);
}

static void
history_changed_cb (CrmStore       *store,
                    gint64          client_id,
                    CrmPaymentsTab *self)
{
  if (self->client != NULL && crm_client_get_id (self->client) == client_id)
    crm_payments_tab_reload (self);
}

void
crm_payments_tab_set_store (CrmPaymentsTab *self,
                            CrmStore       *store)
{
  g_return_if_fail (CRM_IS_PAYMENTS_TAB (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->history_handler, self->store);
  g_clear_object (&self->client);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      crm_store_business_init ();
      self->history_handler =
        g_signal_connect_object (store, "history-changed",
                                 G_CALLBACK (history_changed_cb), self, 0);
    }

  crm_payments_tab_reload (self);
}

void
crm_payments_tab_set_client (CrmPaymentsTab *self,
                             CrmClient      *client)
{
  g_return_if_fail (CRM_IS_PAYMENTS_TAB (self));

  if (g_set_object (&self->client, client))
    crm_payments_tab_reload (self);
}

/**
 * crm_payments_tab_set_read_only:
 * @read_only: %TRUE while the person using the app is Read-only
 *
 * Turns off New Invoice, Record Payment, Void Invoice and Remove Payment.
 */
void
crm_payments_tab_set_read_only (CrmPaymentsTab *self,
                                gboolean        read_only)
{
  g_return_if_fail (CRM_IS_PAYMENTS_TAB (self));

  read_only = !!read_only;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "payments.new-invoice", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "payments.record-payment", !read_only);
  if (self->read_only == read_only)
    return;

  self->read_only = read_only;
  crm_payments_tab_reload (self);
}

static void
present_dialog (CrmPaymentsTab *self,
                GtkWindow      *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_present (dialog);
}

static void
new_invoice_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CrmPaymentsTab *self = CRM_PAYMENTS_TAB (widget);
  g_autofree char *currency = NULL;

  if (self->client == NULL)
    return;

  currency = crm_store_get_usual_currency (self->store, self->client);
  present_dialog (self, GTK_WINDOW (crm_invoice_dialog_new (self->store, self->client, currency)));
}

static void
record_payment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CrmPaymentsTab *self = CRM_PAYMENTS_TAB (widget);
  g_autofree char *currency = NULL;

  if (self->client == NULL)
    return;

  currency = crm_store_get_usual_currency (self->store, self->client);
  present_dialog (self, GTK_WINDOW (crm_payment_dialog_new (self->store, self->client, currency)));
}

static void
crm_payments_tab_dispose (GObject *object)
{
  CrmPaymentsTab *self = CRM_PAYMENTS_TAB (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->history_handler, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->client);
  if (self->invoices_list != NULL)
    {
      crm_paged_list_bind (self->invoices_list, NULL, NULL, NULL);
      crm_paged_list_bind (self->payments_list, NULL, NULL, NULL);
    }
  g_clear_object (&self->invoices);
  g_clear_object (&self->payments);

  G_OBJECT_CLASS (crm_payments_tab_parent_class)->dispose (object);
}

static void
crm_payments_tab_class_init (CrmPaymentsTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_payments_tab_dispose;

  gtk_widget_class_install_action (widget_class, "payments.new-invoice", NULL, new_invoice_action);
  gtk_widget_class_install_action (widget_class, "payments.record-payment", NULL, record_payment_action);
}

static GtkListBox *
add_group (GtkWidget  *box,
           const char *title,
           const char *empty)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  add_placeholder (GTK_LIST_BOX (list), empty);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (GTK_BOX (box), group);

  return GTK_LIST_BOX (list);
}

static void
crm_payments_tab_init (CrmPaymentsTab *self)
{
  GtkWidget *scroller, *clamp, *box, *top, *title, *figures, *button;

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);

  clamp = adw_clamp_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* A heading with the buttons, as on the other tabs; the figures under
   * it. Side by side they made the column wider than the clamp, and the
   * tab wider than the others. */
  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  title = gtk_label_new (_("Payments"));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (top), title);
  button = gtk_button_new_with_mnemonic (_("New _Invoice"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "payments.new-invoice");
  gtk_box_append (GTK_BOX (top), button);
  button = gtk_button_new_with_mnemonic (_("Record _Payment"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "payments.record-payment");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (top), button);
  gtk_box_append (GTK_BOX (box), top);

  figures = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->totals_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->totals_label, 0);
  gtk_label_set_wrap (self->totals_label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->totals_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->totals_label), "dim-label");
  gtk_box_append (GTK_BOX (figures), GTK_WIDGET (self->totals_label));

  /* Per currency, Collected and Open side by side. */
  self->figures_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24));
  gtk_widget_set_hexpand (GTK_WIDGET (self->figures_box), TRUE);
  gtk_box_append (GTK_BOX (figures), GTK_WIDGET (self->figures_box));
  gtk_box_append (GTK_BOX (box), figures);

  self->invoices_list = add_group (box, _("Invoices"), _("No invoices yet"));
  self->payments_list = add_group (box, _("Payments"), _("No payments yet"));

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  adw_bin_set_child (ADW_BIN (self), scroller);

  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}

GtkWidget *
crm_payments_tab_new (void)
{
  return g_object_new (CRM_TYPE_PAYMENTS_TAB, NULL);
}
