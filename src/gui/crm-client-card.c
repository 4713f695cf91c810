/* crm-client-card.c: one client, with its tags, notes, fields and contacts.
 *
 * The header and the Main tab (tags, notes) live here; the Info tab is
 * CrmClientInfo. Everything is bound to the live CrmClient the store hands
 * out, so an edit made anywhere (the Info tab, the list's star, an import)
 * shows here at once without this widget being told.
 *
 * The header's menu holds the quick actions (crm-quick-actions.c), aimed at
 * the client shown. The crm_client_card_show_*() functions turn to the tab
 * that holds a record and single it out; the global search and the
 * Conversations tab's timeline open records through them.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-avatar-util.h"
#include "crm-bookings-tab-private.h"
#include "crm-client-card-private.h"
#include "crm-paged-list.h"
#include "crm-client-info-private.h"
#include "crm-documents-tab-private.h"
#include "crm-payments-tab-private.h"
#include "crm-gui-util.h"
#include "crm-note-row.h"
#include "crm-quick-actions.h"
#include "crm-timeline-item.h"

G_DEFINE_FINAL_TYPE (CrmClientCard, crm_client_card, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLIENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *status_classes[] = {
  "status-lead", "status-prospect", "status-active", "status-inactive",
};

/**
 * crm_client_card_get_store:
 *
 * Returns: (transfer none) (nullable): the store
 */
CrmStore *
crm_client_card_get_store (CrmClientCard *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_CARD (self), NULL);

  return self->store;
}

void
crm_client_card_set_store (CrmClientCard *self,
                           CrmStore      *store)
{
  g_return_if_fail (CRM_IS_CLIENT_CARD (self));
  g_return_if_fail (!store || CRM_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      crm_client_info_set_store (self->info, store);
      crm_bookings_tab_set_store (self->bookings, store);
      crm_payments_tab_set_store (self->payments, store);
      crm_documents_tab_set_store (self->documents, store);
      crm_conversations_tab_set_store (self->conversations, store);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

/**
 * crm_client_card_get_client:
 *
 * Returns: (transfer none) (nullable): the client shown
 */
CrmClient *
crm_client_card_get_client (CrmClientCard *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_CARD (self), NULL);

  return self->client;
}

static void
remove_tag_clicked_cb (GtkButton     *button,
                       CrmClientCard *self)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "crm-tag");
  g_autoptr(GError) error = NULL;

  if (self->client == NULL)
    return;

  if (!crm_store_remove_tag (self->store, self->client, tag, &error))
    crm_toast_error (GTK_WIDGET (self), error);
}

static GtkWidget *
tag_chip_new (CrmClientCard *self,
              const char    *tag)
{
  g_autofree char *remove_label = NULL;
  GtkWidget *chip;
  GtkWidget *label;
  GtkWidget *button;

  chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  gtk_widget_add_css_class (chip, "tag-chip");

  label = gtk_label_new (tag);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_box_append (GTK_BOX (chip), label);

  /* Translators: %s is a tag */
  remove_label = g_strdup_printf (_("Remove Tag “%s”"), tag);
  button = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_tooltip_text (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "crm-tag", g_strdup (tag), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_tag_clicked_cb), self);
  gtk_box_append (GTK_BOX (chip), button);

  return chip;
}

static void
update_tags (CrmClientCard *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box))))
    gtk_flow_box_remove (self->tags_box, child);

  if (self->client == NULL)
    return;

  for (const char * const *tags = crm_client_get_tags (self->client); tags && *tags; tags++)
    gtk_flow_box_append (self->tags_box, tag_chip_new (self, *tags));

  gtk_widget_set_visible (GTK_WIDGET (self->tags_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->tags_box)) != NULL);
}

static void
update_status (CrmClientCard *self)
{
  CrmClientStatus status;

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_classes[i]);

  if (self->client == NULL)
    return;

  status = crm_client_get_status (self->client);
  gtk_label_set_label (self->status_label, crm_client_status_to_label (status));
  if ((guint) status < G_N_ELEMENTS (status_classes))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_classes[status]);
}

static void
watch (CrmClientCard *self,
       GtkExpression *expression,
       GtkWidget     *target,
       const char    *property)
{
  GtkExpressionWatch *w;

  w = gtk_expression_bind (expression, target, property, self->client);
  g_ptr_array_add (self->watches, gtk_expression_watch_ref (w));
}

static void
unwatch_all (CrmClientCard *self)
{
  for (guint i = 0; i < self->watches->len; i++)
    gtk_expression_watch_unwatch (g_ptr_array_index (self->watches, i));
  g_ptr_array_set_size (self->watches, 0);

  crm_clear_binding (&self->favorite_binding);

  if (self->client != NULL)
    {
      g_clear_signal_handler (&self->tags_handler, self->client);
      g_clear_signal_handler (&self->status_handler, self->client);
    }
}

static void
forget_pending_booking (CrmClientCard *self)
{
  if (self->bookings_loaded_list != NULL)
    g_clear_signal_handler (&self->bookings_loaded_handler, self->bookings_loaded_list);
  g_clear_object (&self->bookings_loaded_list);
  self->pending_booking = 0;
}

static GtkExpression *
client_property (const char *name)
{
  return gtk_property_expression_new (CRM_TYPE_CLIENT, NULL, name);
}

static GtkExpression *
primary_contact_property (const char *name)
{
  return gtk_property_expression_new (CRM_TYPE_CONTACT,
                                      client_property ("primary-contact"),
                                      name);
}

static GtkWidget *
create_note_row (gpointer item,
                 gpointer user_data)
{
  return crm_note_row_new (CRM_NOTE (item));
}

static void
bind_client (CrmClientCard *self)
{
  watch (self, client_property ("name"), GTK_WIDGET (self->name_label), "label");
  watch (self, client_property ("name"), GTK_WIDGET (self->avatar), "text");
  watch (self, primary_contact_property ("display-name"),
         GTK_WIDGET (self->contact_label), "label");

  self->favorite_binding =
    g_object_ref (g_object_bind_property (self->client, "favorite",
                                          self->favorite_button, "active",
                                          G_BINDING_SYNC_CREATE));

  self->tags_handler =
    g_signal_connect_object (self->client, "notify::tags",
                             G_CALLBACK (update_tags), self, G_CONNECT_SWAPPED);
  self->status_handler =
    g_signal_connect_object (self->client, "notify::status",
                             G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);

  self->notes = crm_store_get_notes (self->store, self->client);
  crm_paged_list_bind (self->notes_list, self->notes, create_note_row, NULL);
}

void
crm_client_card_set_client (CrmClientCard *self,
                            CrmClient     *client)
{
  g_return_if_fail (CRM_IS_CLIENT_CARD (self));
  g_return_if_fail (!client || CRM_IS_CLIENT (client));
  g_return_if_fail (!client || self->store != NULL);

  if (self->client == client)
    return;

  unwatch_all (self);
  forget_pending_booking (self);
  /* A row singled out by a search belongs to the client it was found in. */
  gtk_list_box_set_selection_mode (self->notes_list, GTK_SELECTION_NONE);
  gtk_list_box_set_selection_mode (self->info->contacts_list, GTK_SELECTION_NONE);
  gtk_list_box_set_selection_mode (self->bookings->list, GTK_SELECTION_NONE);
  gtk_list_box_set_selection_mode (self->payments->invoices_list, GTK_SELECTION_NONE);
  gtk_list_box_set_selection_mode (self->payments->payments_list, GTK_SELECTION_NONE);
  gtk_list_box_set_selection_mode (self->documents->list, GTK_SELECTION_NONE);
  crm_paged_list_bind (self->notes_list, NULL, NULL, NULL);
  g_clear_object (&self->notes);

  g_set_object (&self->client, client);
  crm_avatar_follow (self->avatar, self->store, G_OBJECT (client));

  if (client != NULL)
    {
      g_autoptr(GMenu) menu = crm_quick_actions_menu_new (crm_client_get_id (client));

      bind_client (self);
      gtk_menu_button_set_menu_model (self->actions_button, G_MENU_MODEL (menu));
    }
  else
    gtk_menu_button_set_menu_model (self->actions_button, NULL);

  /* A half-typed note or tag belongs to the client it was typed for. */
  g_clear_pointer (&self->known_tags, g_strfreev);
  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", -1);

  update_tags (self);
  update_status (self);
  crm_client_info_set_client (self->info, client);
  crm_bookings_tab_set_client (self->bookings, client);
  crm_payments_tab_set_client (self->payments, client);
  crm_documents_tab_set_client (self->documents, client);
  crm_conversations_tab_set_client (self->conversations, client);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
}

static void
favorite_toggled_cb (CrmClientCard *self)
{
  gboolean active = gtk_toggle_button_get_active (self->favorite_button);
  g_autoptr(GError) error = NULL;

  crm_favorite_button_sync (self->favorite_button);

  if (self->client == NULL || active == crm_client_get_favorite (self->client))
    return;

  if (!crm_store_update_client (self->store, self->client, &error,
                                "favorite", active,
                                NULL))
    {
      gtk_toggle_button_set_active (self->favorite_button,
                                    crm_client_get_favorite (self->client));
      crm_toast_error (GTK_WIDGET (self), error);
    }
}

static void add_tag_cb (CrmClientCard *self);

static void
suggestion_clicked_cb (GtkButton     *button,
                       CrmClientCard *self)
{
  /* Setting the text rebuilds the suggestions, this button included. */
  g_autofree char *tag = g_strdup (gtk_button_get_label (button));

  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), tag);
  add_tag_cb (self);
}

/* Offers the tags other clients already have that match what is typed,
 * so the same tag is not spelled three ways. */
static void
tag_text_changed_cb (CrmClientCard *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tag_entry))));
  const char * const *has = self->client ? crm_client_get_tags (self->client) : NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_box))))
    gtk_flow_box_remove (self->suggestions_box, child);

  if (text[0] != '\0' && self->store != NULL)
    {
      if (self->known_tags == NULL)
        self->known_tags = crm_store_list_tags (self->store);

      for (guint i = 0; self->known_tags[i] != NULL && shown < 8; i++)
        {
          const char *tag = self->known_tags[i];
          GtkWidget *button;

          if ((has != NULL && g_strv_contains (has, tag)) ||
              g_utf8_collate (tag, text) == 0 ||
              !g_str_match_string (text, tag, TRUE))
            continue;

          button = gtk_button_new_with_label (tag);
          gtk_widget_add_css_class (button, "tag-suggestion");
          gtk_widget_set_tooltip_text (button, _("Add This Tag"));
          g_signal_connect (button, "clicked", G_CALLBACK (suggestion_clicked_cb), self);
          gtk_flow_box_append (self->suggestions_box, button);
          shown++;
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_box), shown > 0);
}

static void
add_tag_cb (CrmClientCard *self)
{
  g_autofree char *tag = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tag_entry))));
  g_autoptr(GError) error = NULL;

  if (self->client == NULL || tag[0] == '\0')
    return;

  if (!crm_store_add_tag (self->store, self->client, tag, &error))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      return;
    }

  /* The tag may be new to the database: list them again next time. */
  g_clear_pointer (&self->known_tags, g_strfreev);
  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), "");
}

static char *
note_text (CrmClientCard *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
note_changed_cb (CrmClientCard *self)
{
  g_autofree char *text = note_text (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.add-note", text[0] != '\0');
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CrmClientCard *self = CRM_CLIENT_CARD (widget);
  g_autofree char *text = note_text (self);
  g_autoptr(CrmNote) note = NULL;
  g_autoptr(GError) error = NULL;

  if (self->client == NULL || text[0] == '\0')
    return;

  note = crm_store_add_note (self->store, self->client, text, &error);
  if (note == NULL)
    {
      crm_toast_error (GTK_WIDGET (self), error);
      return;
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", -1);
}

/* Scrolls the page holding @row so that the row sits in its middle. Runs
 * on the frame after the one that laid the row out: a row just created has
 * no place yet. */
static gboolean
reveal_row_tick_cb (GtkWidget     *row,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  guint *frames = user_data;
  GtkWidget *scroller;
  GtkAdjustment *adjustment;
  graphene_point_t point;
  double value, page, height;

  if ((*frames)++ == 0 || gtk_widget_get_height (row) <= 0)
    return G_SOURCE_CONTINUE;

  scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller == NULL ||
      !gtk_widget_compute_point (row, scroller, &GRAPHENE_POINT_INIT (0, 0), &point))
    return G_SOURCE_REMOVE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  page = gtk_adjustment_get_page_size (adjustment);
  height = gtk_widget_get_height (row);
  value = gtk_adjustment_get_value (adjustment) + point.y - MAX (0, (page - height) / 2);
  gtk_adjustment_set_value (adjustment, value);

  return G_SOURCE_REMOVE;
}

static void
single_out_row (GtkListBox    *list,
                GtkListBoxRow *row)
{
  gtk_list_box_set_selection_mode (list, GTK_SELECTION_SINGLE);
  gtk_list_box_select_row (list, row);
  gtk_widget_add_tick_callback (GTK_WIDGET (row), reveal_row_tick_cb,
                                g_new0 (guint, 1), g_free);
}

/**
 * crm_client_card_show_main:
 *
 * Turns to the Main tab (tags and notes).
 */
void
crm_client_card_show_main (CrmClientCard *self)
{
  g_return_if_fail (CRM_IS_CLIENT_CARD (self));

  gtk_notebook_set_current_page (self->notebook,
                                 gtk_notebook_page_num (self->notebook, self->main_page));
}

/**
 * crm_client_card_show_note:
 * @note_id: a note of the client shown
 *
 * Turns to the Main tab and singles out the note: selected, and scrolled
 * into view.
 *
 * Returns: whether the client shown has that note
 */
gboolean
crm_client_card_show_note (CrmClientCard *self,
                           gint64         note_id)
{
  guint n;

  g_return_val_if_fail (CRM_IS_CLIENT_CARD (self), FALSE);

  crm_client_card_show_main (self);

  n = self->notes != NULL ? g_list_model_get_n_items (self->notes) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrmNote) note = g_list_model_get_item (self->notes, i);
      GtkListBoxRow *row;

      if (crm_note_get_id (note) != note_id)
        continue;

      row = crm_paged_list_reveal (self->notes_list, i);
      if (row == NULL)
        return FALSE;

      single_out_row (self->notes_list, row);
      return TRUE;
    }

  return FALSE;
}

/**
 * crm_client_card_show_contact:
 * @contact_id: a contact of the client shown
 *
 * Turns to the Info tab and singles out the contact: selected, and
 * scrolled into view.
 *
 * Returns: whether the client shown has that contact
 */
gboolean
crm_client_card_show_contact (CrmClientCard *self,
                              gint64         contact_id)
{
  GtkListBox *list;
  GtkListBoxRow *row;

  g_return_val_if_fail (CRM_IS_CLIENT_CARD (self), FALSE);

  list = self->info->contacts_list;
  gtk_notebook_set_current_page (self->notebook,
                                 gtk_notebook_page_num (self->notebook, GTK_WIDGET (self->info)));

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      CrmContact *contact = g_object_get_data (G_OBJECT (row), "crm-contact");

      if (contact != NULL && crm_contact_get_id (contact) == contact_id)
        {
          single_out_row (list, row);
          return TRUE;
        }
    }

  return FALSE;
}

static void
show_page (CrmClientCard *self,
           gpointer       page)
{
  gtk_notebook_set_current_page (self->notebook,
                                 gtk_notebook_page_num (self->notebook, GTK_WIDGET (page)));
}

static gboolean
single_out (GtkListBoxRow *row)
{
  if (row == NULL)
    return FALSE;

  single_out_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  /* The keyboard goes on from the record opened, not from the tab's top. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}

static void
bookings_loaded_cb (CrmClientCard *self)
{
  gint64 id = self->pending_booking;

  if (self->bookings->bookings == NULL ||
      crm_id_list_get_loading (CRM_ID_LIST (self->bookings->bookings)))
    return;

  g_clear_signal_handler (&self->bookings_loaded_handler, self->bookings_loaded_list);
  g_clear_object (&self->bookings_loaded_list);
  self->pending_booking = 0;
  single_out (crm_bookings_tab_find_row (self->bookings, id));
}

/**
 * crm_client_card_show_booking:
 * @booking_id: a booking of the client shown
 *
 * Turns to the Bookings tab and singles out the booking. A client just
 * shown has its bookings still loading: the booking is singled out once
 * they are there.
 *
 * Returns: whether the tab lists that booking now
 */
gboolean
crm_client_card_show_booking (CrmClientCard *self,
                              gint64         booking_id)
{
  CrmBookingList *list;

  g_return_val_if_fail (CRM_IS_CLIENT_CARD (self), FALSE);

  forget_pending_booking (self);
  show_page (self, self->bookings);

  list = self->bookings->bookings;
  if (list != NULL && crm_id_list_get_loading (CRM_ID_LIST (list)))
    {
      self->pending_booking = booking_id;
      self->bookings_loaded_list = G_OBJECT (g_object_ref (list));
      self->bookings_loaded_handler =
        g_signal_connect_object (list, "notify::loading",
                                 G_CALLBACK (bookings_loaded_cb), self, G_CONNECT_SWAPPED);
      return FALSE;
    }

  return single_out (crm_bookings_tab_find_row (self->bookings, booking_id));
}

/**
 * crm_client_card_show_invoice:
 * @invoice_id: an invoice of the client shown
 *
 * Turns to the Payments tab and singles out the invoice.
 *
 * Returns: whether the tab lists that invoice
 */
gboolean
crm_client_card_show_invoice (CrmClientCard *self,
                              gint64         invoice_id)
{
  g_return_val_if_fail (CRM_IS_CLIENT_CARD (self), FALSE);

  show_page (self, self->payments);
  /* One record singled out on the tab, not one per list. */
  gtk_list_box_set_selection_mode (self->payments->payments_list, GTK_SELECTION_NONE);
  return single_out (crm_payments_tab_find_invoice_row (self->payments, invoice_id));
}

/**
 * crm_client_card_show_payment:
 * @payment_id: a payment of the client shown
 *
 * Turns to the Payments tab and singles out the payment.
 *
 * Returns: whether the tab lists that payment
 */
gboolean
crm_client_card_show_payment (CrmClientCard *self,
                              gint64         payment_id)
{
  g_return_val_if_fail (CRM_IS_CLIENT_CARD (self), FALSE);

  show_page (self, self->payments);
  gtk_list_box_set_selection_mode (self->payments->invoices_list, GTK_SELECTION_NONE);
  return single_out (crm_payments_tab_find_payment_row (self->payments, payment_id));
}

/**
 * crm_client_card_show_document:
 * @document_id: a document of the client shown
 *
 * Turns to the Documents tab and singles out the document.
 *
 * Returns: whether the tab lists that document
 */
gboolean
crm_client_card_show_document (CrmClientCard *self,
                               gint64         document_id)
{
  g_return_val_if_fail (CRM_IS_CLIENT_CARD (self), FALSE);

  show_page (self, self->documents);
  return single_out (crm_documents_tab_find_row (self->documents, document_id));
}

/**
 * crm_client_card_show_message:
 * @message_id: a conversation entry of the client shown
 *
 * Conversation entries live on the Conversations tab: turns to it and
 * shows the whole entry, read-only.
 *
 * Returns: whether the client shown has that entry
 */
gboolean
crm_client_card_show_message (CrmClientCard *self,
                              gint64         message_id)
{
  g_return_val_if_fail (CRM_IS_CLIENT_CARD (self), FALSE);

  show_page (self, self->conversations);
  return crm_conversations_tab_show_message (self->conversations, message_id);
}

/* An entry of the timeline opens where it lives. */
static void
timeline_item_activated_cb (CrmClientCard   *self,
                            CrmTimelineItem *item)
{
  gint64 id = crm_timeline_item_get_record_id (item);

  switch (crm_timeline_item_get_kind (item))
    {
    case CRM_TIMELINE_KIND_MESSAGE:
      crm_client_card_show_message (self, id);
      break;

    case CRM_TIMELINE_KIND_NOTE:
      crm_client_card_show_note (self, id);
      break;

    case CRM_TIMELINE_KIND_BOOKING:
      crm_client_card_show_booking (self, id);
      break;

    case CRM_TIMELINE_KIND_INVOICE:
      crm_client_card_show_invoice (self, id);
      break;

    case CRM_TIMELINE_KIND_PAYMENT:
      crm_client_card_show_payment (self, id);
      break;

    case CRM_TIMELINE_KIND_DOCUMENT:
      crm_client_card_show_document (self, id);
      break;

    default:
      break;
    }
}

static void
crm_client_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CrmClientCard *self = CRM_CLIENT_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_client_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CrmClientCard *self = CRM_CLIENT_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      crm_client_card_set_store (self, g_value_get_object (value));
      break;

    case PROP_CLIENT:
      crm_client_card_set_client (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_client_card_dispose (GObject *object)
{
  CrmClientCard *self = CRM_CLIENT_CARD (object);

  if (self->watches != NULL)
    unwatch_all (self);
  forget_pending_booking (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_CLIENT_CARD);

  g_clear_pointer (&self->watches, g_ptr_array_unref);
  g_clear_pointer (&self->known_tags, g_strfreev);
  g_clear_object (&self->notes);
  g_clear_object (&self->client);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_client_card_parent_class)->dispose (object);
}

static void
crm_client_card_class_init (CrmClientCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_client_card_dispose;
  object_class->get_property = crm_client_card_get_property;
  object_class->set_property = crm_client_card_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, CRM_TYPE_CLIENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CRM_TYPE_CLIENT_INFO);
  g_type_ensure (CRM_TYPE_BOOKINGS_TAB);
  g_type_ensure (CRM_TYPE_PAYMENTS_TAB);
  g_type_ensure (CRM_TYPE_DOCUMENTS_TAB);
  g_type_ensure (CRM_TYPE_CONVERSATIONS_TAB);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-client-card.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, avatar);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, contact_label);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, favorite_button);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, delete_button);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, actions_button);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, notebook);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, main_page);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, tags_box);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, tag_entry);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, suggestions_box);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, note_view);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, add_note_button);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, notes_list);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, info);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, bookings);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, payments);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, documents);
  gtk_widget_class_bind_template_child (widget_class, CrmClientCard, conversations);
  gtk_widget_class_bind_template_callback (widget_class, favorite_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_tag_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_text_changed_cb);

  gtk_widget_class_install_action (widget_class, "card.add-note", NULL, add_note_action);
}

static void
crm_client_card_init (CrmClientCard *self)
{
  GtkWidget *placeholder;

  self->watches = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_expression_watch_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  crm_favorite_button_sync (self->favorite_button);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.add-note", FALSE);
  crm_add_shortcut (GTK_WIDGET (self->note_view), GDK_KEY_Return, GDK_CONTROL_MASK, "card.add-note");
  crm_add_shortcut (GTK_WIDGET (self->note_view), GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "card.add-note");
  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (note_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->conversations, "item-activated",
                           G_CALLBACK (timeline_item_activated_cb), self, G_CONNECT_SWAPPED);

  placeholder = gtk_label_new (_("No notes yet. What happened, what was agreed, what comes next: write it down above."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->notes_list, placeholder);
  self->notes_placeholder = GTK_LABEL (placeholder);
}
