/* crm-bookings-view.c: the top-level Bookings view: every client's
 * bookings, filtered by client name, contact name, status, staff member
 * or overdue only.
 *
 * The filters are the CrmBookingList's own, run in SQL, and the list is a
 * GtkListView over the lazy model, so a database with many bookings costs
 * only the rows on screen.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-booking-dialog.h"
#include "crm-bookings-view-private.h"

G_DEFINE_FINAL_TYPE (CrmBookingsView, crm_bookings_view, ADW_TYPE_BIN)

enum {
  CLIENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
filters_changed_cb (CrmBookingsView *self)
{
  const char *client_text = gtk_editable_get_text (GTK_EDITABLE (self->client_entry));
  guint status, staff;

  /* Editing the name asked for goes back to matching names as typed. */
  if (self->client_id != 0 && !self->showing_client &&
      g_strcmp0 (client_text, self->client_name) != 0)
    {
      self->client_id = 0;
      g_clear_pointer (&self->client_name, g_free);
    }

  if (self->bookings == NULL)
    return;

  status = gtk_drop_down_get_selected (self->status_dropdown);
  staff = gtk_drop_down_get_selected (self->staff_dropdown);

  /* One client by its id: a name search would also list "Acme" under
   * "Acme Ltd". */
  crm_booking_list_set_client_id (self->bookings, self->client_id);
  crm_booking_list_set_client_search (self->bookings, self->client_id != 0 ? "" : client_text);
  crm_booking_list_set_contact_search (self->bookings,
                                       gtk_editable_get_text (GTK_EDITABLE (self->contact_entry)));
  /* The first entry of both drop-downs is "any". */
  crm_booking_list_set_status_filter (self->bookings,
                                      status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int) status - 1);
  crm_booking_list_set_staff_id (self->bookings,
                                 staff == 0 || staff > self->staff_ids->len
                                 ? 0 : g_array_index (self->staff_ids, gint64, staff - 1));
  crm_booking_list_set_overdue_only (self->bookings,
                                     gtk_toggle_button_get_active (self->overdue_button));
}

static void
count_changed_cb (CrmBookingsView *self)
{
  guint n = self->bookings ? g_list_model_get_n_items (G_LIST_MODEL (self->bookings)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u booking", "%u bookings", n), n);

  gtk_label_set_label (self->count_label, text);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), status);

  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         CrmBookingsView          *self)
{
  CrmBooking *booking = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *texts = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (texts);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *status = gtk_widget_get_next_sibling (texts);
  g_autoptr(CrmClient) client = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *when = NULL;
  g_autofree char *status_text = NULL;

  if (booking == NULL)
    return;

  client = crm_store_get_client (self->store, crm_booking_get_client_id (booking), NULL);
  when = crm_format_day_time (crm_booking_get_starts (booking) ? crm_booking_get_starts (booking)
                                                               : crm_booking_get_due (booking));

  gtk_label_set_label (GTK_LABEL (title), crm_booking_get_service (booking));
  g_string_append (line, client ? crm_client_get_name (client) : "");
  if (when[0] != '\0')
    g_string_append_printf (line, " · %s", when);
  g_string_append_printf (line, " · %s", crm_booking_priority_to_label (crm_booking_get_priority (booking)));
  if (crm_booking_get_staff_id (booking) != 0)
    {
      g_autoptr(CrmStaff) staff = crm_store_get_staff (self->store, crm_booking_get_staff_id (booking), NULL);

      if (staff != NULL)
        g_string_append_printf (line, " · %s", crm_staff_get_name (staff));
    }
  gtk_label_set_label (GTK_LABEL (subtitle), line->str);

  if (crm_booking_get_overdue (booking))
    /* Translators: a booking status, then a warning that it is late */
    status_text = g_strdup_printf (_("%s, overdue"), crm_booking_status_to_label (crm_booking_get_status (booking)));
  else
    status_text = g_strdup (crm_booking_status_to_label (crm_booking_get_status (booking)));
  gtk_label_set_label (GTK_LABEL (status), status_text);
  if (crm_booking_get_overdue (booking))
    gtk_widget_add_css_class (status, "error");
  else
    gtk_widget_remove_css_class (status, "error");
}

static void
activate_cb (GtkListView     *view,
             guint            position,
             CrmBookingsView *self)
{
  g_autoptr(CrmBooking) booking = g_list_model_get_item (G_LIST_MODEL (self->bookings), position);

  if (booking != NULL)
    g_signal_emit (self, signals[CLIENT_ACTIVATED], 0, crm_booking_get_client_id (booking));
}

static void
fill_staff (CrmBookingsView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = self->store ? crm_store_list_staff (self->store) : NULL;
  guint selected = gtk_drop_down_get_selected (self->staff_dropdown);
  gint64 kept = selected > 0 && selected <= self->staff_ids->len
                ? g_array_index (self->staff_ids, gint64, selected - 1) : 0;
  guint position = 0;

  g_array_set_size (self->staff_ids, 0);
  /* Translators: the staff filter that shows every booking */
  gtk_string_list_append (names, _("Anyone"));
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CrmStaff) person = g_list_model_get_item (staff, i);
      gint64 id = crm_staff_get_id (person);

      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (names, crm_staff_get_name (person));
      if (id == kept)
        position = self->staff_ids->len;
    }
  /* A staff member renamed or added keeps the filter on whom it was. */
  gtk_drop_down_set_model (self->staff_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->staff_dropdown, position);
}

void
crm_bookings_view_set_store (CrmBookingsView *self,
                             CrmStore        *store)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (CRM_IS_BOOKINGS_VIEW (self));

  if (!g_set_object (&self->store, store))
    return;

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->bookings);
  fill_staff (self);

  if (store != NULL)
    {
      self->bookings = crm_booking_list_new (store);
      crm_booking_list_set_sort (self->bookings, CRM_BOOKING_SORT_UPCOMING, FALSE);
      g_signal_connect_object (self->bookings, "items-changed",
                               G_CALLBACK (count_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "staff-changed",
                               G_CALLBACK (fill_staff), self, G_CONNECT_SWAPPED);
      filters_changed_cb (self);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->bookings)));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    }

  count_changed_cb (self);
}

/**
 * crm_bookings_view_show_client:
 * @client: (nullable): the client whose bookings to list, or %NULL for all
 *
 * Lists all of @client's bookings and nothing else: the client filter
 * shows its name, the other filters are cleared.
 */
void
crm_bookings_view_show_client (CrmBookingsView *self,
                               CrmClient       *client)
{
  g_return_if_fail (CRM_IS_BOOKINGS_VIEW (self));
  g_return_if_fail (!client || CRM_IS_CLIENT (client));

  g_clear_pointer (&self->client_name, g_free);
  self->client_id = client != NULL ? crm_client_get_id (client) : 0;
  self->client_name = g_strdup (client != NULL ? crm_client_get_name (client) : "");

  /* Setting the text empties the entry first, which reports at once. */
  self->showing_client = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->client_entry), self->client_name);
  gtk_editable_set_text (GTK_EDITABLE (self->contact_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->staff_dropdown, 0);
  gtk_toggle_button_set_active (self->overdue_button, FALSE);
  self->showing_client = FALSE;

  /* At once, not after the entries' typing delay. */
  filters_changed_cb (self);
}

static void
crm_bookings_view_dispose (GObject *object)
{
  CrmBookingsView *self = CRM_BOOKINGS_VIEW (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->bookings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->client_name, g_free);

  G_OBJECT_CLASS (crm_bookings_view_parent_class)->dispose (object);
}

static void
crm_bookings_view_class_init (CrmBookingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_bookings_view_dispose;

  signals[CLIENT_ACTIVATED] =
    g_signal_new ("client-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static GtkSearchEntry *
search_entry (GtkWidget  *box,
              const char *placeholder)
{
  GtkWidget *entry = gtk_search_entry_new ();

  g_object_set (entry, "placeholder-text", placeholder, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_box_append (GTK_BOX (box), entry);

  return GTK_SEARCH_ENTRY (entry);
}

static void
crm_bookings_view_init (CrmBookingsView *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box, *bar, *scroller;

  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_margin_start (bar, 6);
  gtk_widget_set_margin_end (bar, 6);

  self->client_entry = search_entry (bar, _("Client name"));
  self->contact_entry = search_entry (bar, _("Contact name"));

  /* Translators: the status filter that shows every booking */
  gtk_string_list_append (statuses, _("Any status"));
  for (CrmBookingStatus s = CRM_BOOKING_STATUS_OPEN; s <= CRM_BOOKING_STATUS_NO_SHOW; s++)
    gtk_string_list_append (statuses, crm_booking_status_to_label (s));
  self->status_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&statuses)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_dropdown), _("Status"));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->status_dropdown));

  self->staff_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->staff_dropdown), _("Staff"));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->staff_dropdown));
  fill_staff (self);

  self->overdue_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_Overdue Only")));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->overdue_button));

  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  g_signal_connect_swapped (self->client_entry, "search-changed", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->contact_entry, "search-changed", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->staff_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->overdue_button, "toggled", G_CALLBACK (filters_changed_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_list_view_set_show_separators (self->list_view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bookings"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);

  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list_view));
  gtk_box_append (GTK_BOX (box), scroller);

  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
crm_bookings_view_new (void)
{
  return g_object_new (CRM_TYPE_BOOKINGS_VIEW, NULL);
}
