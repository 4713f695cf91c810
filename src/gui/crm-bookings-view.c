/* crm-bookings-view.c: the top-level Bookings view: every client's
 * bookings in a table, sorted by any column and filtered by client name,
 * contact name, status, staff member, overdue, and the client's tag,
 * status, favorite and spam.
 *
 * The order and the filters are the CrmBookingList's own, run in SQL, and
 * the table is a GtkColumnView over the lazy model, so a database with
 * many bookings costs only the rows on screen. Until a header is clicked
 * the order is the card's: what is ahead first, soonest first. The
 * selection and scroll position survive a refresh (crm-list-keeper.c).
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

/* The list's sort for each column, in column order (the sorters keep a
 * pointer to their entry). */
static const int column_sorts[CRM_BOOKINGS_N_COLUMNS] = {
  CRM_BOOKING_SORT_DUE, CRM_BOOKING_SORT_SERVICE, CRM_BOOKING_SORT_CLIENT,
  CRM_BOOKING_SORT_CONTACT, CRM_BOOKING_SORT_STAFF, CRM_BOOKING_SORT_PRIORITY,
  CRM_BOOKING_SORT_STATUS,
};

static void
filters_changed_cb (CrmBookingsView *self)
{
  const char *client_text = gtk_editable_get_text (GTK_EDITABLE (self->client_entry));
  guint status, staff, tag, client_status;

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

  tag = gtk_drop_down_get_selected (self->tag_dropdown);
  client_status = gtk_drop_down_get_selected (self->client_status_dropdown);
  crm_booking_list_set_tag (self->bookings,
                            tag == 0 || self->tags == NULL || tag > g_strv_length (self->tags)
                            ? NULL : self->tags[tag - 1]);
  crm_booking_list_set_client_status (self->bookings,
                                      client_status == 0 || client_status == GTK_INVALID_LIST_POSITION
                                      ? -1 : (int) client_status - 1);
  crm_booking_list_set_favorites_only (self->bookings,
                                       gtk_check_button_get_active (self->favorites_check));
  crm_booking_list_set_spam (self->bookings, gtk_check_button_get_active (self->spam_check));

  crm_list_filters_button_update (self->filters_button,
                                  (crm_booking_list_get_tag (self->bookings) != NULL) +
                                  (crm_booking_list_get_client_status (self->bookings) >= 0) +
                                  crm_booking_list_get_favorites_only (self->bookings) +
                                  crm_booking_list_get_spam (self->bookings));
}

static void
sort_changed_cb (CrmBookingsView *self)
{
  int sort;
  gboolean descending;

  /* Columns leave the view as it goes away. */
  if (self->bookings == NULL ||
      !crm_list_header_follow (self->column_view, self->keeper, self->columns, column_sorts,
                               CRM_BOOKINGS_N_COLUMNS, CRM_BOOKING_SORT_UPCOMING, &sort, &descending))
    return;

  crm_booking_list_set_sort (self->bookings, sort, descending);
}

static void
count_changed_cb (CrmBookingsView *self)
{
  guint n = self->bookings ? g_list_model_get_n_items (G_LIST_MODEL (self->bookings)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u booking", "%u bookings", n), n);

  gtk_label_set_label (self->count_label, text);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CrmBookingsView          *self)
{
  CrmBookingsColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "crm-column"));
  CrmBooking *booking = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autoptr(CrmClient) client = NULL;
  g_autoptr(CrmContact) contact = NULL;
  g_autoptr(CrmStaff) staff = NULL;
  g_autofree char *owned = NULL;
  const char *text = NULL;
  gboolean alert = FALSE;

  if (booking == NULL)
    return;

  switch (column)
    {
    case CRM_BOOKINGS_COLUMN_DUE:
      text = owned = crm_format_day_time (crm_booking_get_due (booking));
      alert = crm_booking_get_overdue (booking);
      break;

    case CRM_BOOKINGS_COLUMN_SERVICE:
      text = crm_booking_get_service (booking);
      break;

    case CRM_BOOKINGS_COLUMN_CLIENT:
      client = crm_store_get_client (self->store, crm_booking_get_client_id (booking), NULL);
      text = client != NULL ? crm_client_get_name (client) : NULL;
      break;

    case CRM_BOOKINGS_COLUMN_CONTACT:
      if (crm_booking_get_contact_id (booking) != 0)
        contact = crm_store_get_contact (self->store, crm_booking_get_contact_id (booking), NULL);
      text = contact != NULL ? crm_contact_get_display_name (contact) : NULL;
      break;

    case CRM_BOOKINGS_COLUMN_STAFF:
      if (crm_booking_get_staff_id (booking) != 0)
        staff = crm_store_get_staff (self->store, crm_booking_get_staff_id (booking), NULL);
      text = staff != NULL ? crm_staff_get_name (staff) : NULL;
      break;

    case CRM_BOOKINGS_COLUMN_PRIORITY:
      text = crm_booking_priority_to_label (crm_booking_get_priority (booking));
      alert = crm_booking_get_priority (booking) == CRM_BOOKING_PRIORITY_URGENT;
      break;

    case CRM_BOOKINGS_COLUMN_STATUS:
      if (crm_booking_get_overdue (booking))
        /* Translators: a booking status, then a warning that it is late */
        text = owned = g_strdup_printf (_("%s, overdue"),
                                        crm_booking_status_to_label (crm_booking_get_status (booking)));
      else
        text = crm_booking_status_to_label (crm_booking_get_status (booking));
      alert = crm_booking_get_overdue (booking);
      break;

    case CRM_BOOKINGS_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  if (alert)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

static void
activate_cb (GtkColumnView   *view,
             guint            position,
             CrmBookingsView *self)
{
  g_autoptr(CrmBooking) booking = g_list_model_get_item (G_LIST_MODEL (self->bookings), position);

  if (booking != NULL)
    g_signal_emit (self, signals[CLIENT_ACTIVATED], 0,
                   crm_booking_get_client_id (booking), crm_booking_get_id (booking));
}

static gint64
booking_id (gpointer item)
{
  return crm_booking_get_id (item);
}

/* Tags come and go with the clients: read them when the filters open. */
static void
fill_tags (CrmBookingsView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->tag_dropdown);
  g_autofree char *kept = NULL;
  guint position = 0;

  if (self->tags != NULL && selected > 0 && selected <= g_strv_length (self->tags))
    kept = g_strdup (self->tags[selected - 1]);

  g_clear_pointer (&self->tags, g_strfreev);
  self->tags = self->store != NULL ? crm_store_list_tags (self->store) : NULL;

  /* Translators: the tag filter that shows every booking */
  gtk_string_list_append (names, _("Any tag"));
  for (guint i = 0; self->tags != NULL && self->tags[i] != NULL; i++)
    {
      gtk_string_list_append (names, self->tags[i]);
      if (g_strcmp0 (kept, self->tags[i]) == 0)
        position = i + 1;
    }
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->tag_dropdown, position);
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

/* Makes the list of the store's bookings and shows it. */
static void
attach_list (CrmBookingsView *self)
{
  CrmStore *store = self->store;

  self->bookings = crm_booking_list_new (store);
  sort_changed_cb (self);
  g_signal_connect_object (self->bookings, "items-changed",
                           G_CALLBACK (count_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "staff-changed",
                           G_CALLBACK (fill_staff), self, G_CONNECT_SWAPPED);
  filters_changed_cb (self);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->bookings));
  self->keeper = crm_list_keeper_new (self->column_view, self->selection,
                                      CRM_ID_LIST (self->bookings), booking_id);
}

static void
map_cb (CrmBookingsView *self)
{
  /* The staff may have changed while the view was never shown. */
  if (self->store != NULL && self->bookings == NULL)
    {
      fill_staff (self);
      attach_list (self);
    }
}

void
crm_bookings_view_set_store (CrmBookingsView *self,
                             CrmStore        *store)
{
  g_return_if_fail (CRM_IS_BOOKINGS_VIEW (self));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_pointer (&self->keeper, crm_list_keeper_free);
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->bookings);
  fill_staff (self);
  fill_tags (self);

  /* The list is read when the view first shows: at start the window
   * shows clients, and a hidden table would make rows for nothing. */
  if (store != NULL)
    {
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        attach_list (self);
      else if (g_signal_handler_find (self, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, map_cb, NULL) == 0)
        g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
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
  gtk_drop_down_set_selected (self->tag_dropdown, 0);
  gtk_drop_down_set_selected (self->client_status_dropdown, 0);
  gtk_check_button_set_active (self->favorites_check, FALSE);
  gtk_check_button_set_active (self->spam_check, FALSE);
  self->showing_client = FALSE;

  /* At once, not after the entries' typing delay. */
  filters_changed_cb (self);
}

static void
crm_bookings_view_dispose (GObject *object)
{
  CrmBookingsView *self = CRM_BOOKINGS_VIEW (object);

  g_clear_pointer (&self->keeper, crm_list_keeper_free);
  if (self->selection != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->bookings);
  g_clear_pointer (&self->tags, g_strfreev);
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

  /**
   * CrmBookingsView::client-activated:
   * @client_id: the booking's client
   * @booking_id: the booking
   */
  signals[CLIENT_ACTIVATED] =
    g_signal_new ("client-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
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

static GtkCheckButton *
popover_check (GtkWidget  *box,
               const char *mnemonic)
{
  GtkWidget *check = gtk_check_button_new_with_mnemonic (mnemonic);

  gtk_box_append (GTK_BOX (box), check);

  return GTK_CHECK_BUTTON (check);
}

static GtkDropDown *
popover_dropdown (GtkWidget  *box,
                  const char *mnemonic,
                  const char *name,
                  GListModel *model)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  GtkWidget *dropdown = gtk_drop_down_new (model, NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), dropdown);

  return GTK_DROP_DOWN (dropdown);
}

/* The filters on the booking's client wait in a popover. */
static void
build_more_filters (CrmBookingsView *self,
                    GtkWidget       *bar)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *popover = gtk_popover_new ();

  /* Translators: the client status filter that shows every booking */
  gtk_string_list_append (statuses, _("Any client status"));
  for (CrmClientStatus s = CRM_CLIENT_STATUS_LEAD; s <= CRM_CLIENT_STATUS_INACTIVE; s++)
    gtk_string_list_append (statuses, crm_client_status_to_label (s));

  self->tag_dropdown = popover_dropdown (box, _("Client _tag"), _("Client tag"), NULL);
  self->client_status_dropdown = popover_dropdown (box, _("Client s_tatus"), _("Client status"),
                                                   G_LIST_MODEL (g_steal_pointer (&statuses)));
  self->favorites_check = popover_check (box, _("_Favorite clients only"));
  self->spam_check = popover_check (box, _("Bookings of _spam clients"));
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->filters_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->filters_button, _("More Filters"));
  gtk_menu_button_set_popover (self->filters_button, popover);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->filters_button));

  g_signal_connect_swapped (popover, "show", G_CALLBACK (fill_tags), self);
  g_signal_connect_swapped (self->tag_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->client_status_dropdown, "notify::selected",
                            G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->favorites_check, "toggled", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->spam_check, "toggled", G_CALLBACK (filters_changed_cb), self);
}

static void
build_columns (CrmBookingsView *self)
{
  static const struct {
    const char *title;
    int         width;  /* -1: takes what is left */
  } specs[CRM_BOOKINGS_N_COLUMNS] = {
    { N_("Due"), 140 },
    { N_("Service"), -1 },
    { N_("Client"), -1 },
    { N_("Contact"), 130 },
    { N_("Staff"), 110 },
    { N_("Priority"), 80 },
    { N_("Status"), 130 },
  };

  for (guint i = 0; i < CRM_BOOKINGS_N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) sorter = crm_list_header_sorter (&column_sorts[i]);
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "crm-column", GINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
      column = gtk_column_view_column_new (_(specs[i].title), g_object_ref (factory));
      gtk_column_view_column_set_resizable (column, TRUE);
      if (specs[i].width < 0)
        gtk_column_view_column_set_expand (column, TRUE);
      else
        gtk_column_view_column_set_fixed_width (column, specs[i].width);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_append_column (self->column_view, column);
      self->columns[i] = column;
      g_object_unref (column);
    }

  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (sort_changed_cb), self);
}

static void
crm_bookings_view_init (CrmBookingsView *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status"), -1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->status_dropdown));

  self->staff_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->staff_dropdown), _("Staff"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->staff_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Staff"), -1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->staff_dropdown));
  fill_staff (self);

  self->overdue_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_Overdue Only")));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->overdue_button));

  build_more_filters (self, bar);
  fill_tags (self);

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

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (self->selection)));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bookings"), -1);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  build_columns (self);

  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->column_view));
  gtk_box_append (GTK_BOX (box), scroller);

  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
crm_bookings_view_new (void)
{
  return g_object_new (CRM_TYPE_BOOKINGS_VIEW, NULL);
}
