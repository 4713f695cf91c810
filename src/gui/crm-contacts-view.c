/* crm-contacts-view.c: the top-level Contacts view: every contact of every
 * client in a table, sorted by any column and filtered by search text,
 * the client's staff member, status, tag, favorite and spam, and by
 * inactive.
 *
 * A GtkColumnView over the core's lazy CrmContactList: the order and the
 * filters are SQL (clicking a header sets the list's sort), and only the
 * rows on screen are made. The selection and scroll position survive a
 * refresh (crm-list-keeper.c).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-contacts-view-private.h"

G_DEFINE_FINAL_TYPE (CrmContactsView, crm_contacts_view, ADW_TYPE_BIN)

enum {
  CLIENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The list's sort for each column, in column order (the sorters keep a
 * pointer to their entry). */
static const int column_sorts[CRM_CONTACTS_N_COLUMNS] = {
  CRM_CONTACT_SORT_NAME, CRM_CONTACT_SORT_CLIENT, CRM_CONTACT_SORT_JOB_TITLE,
  CRM_CONTACT_SORT_EMAIL, CRM_CONTACT_SORT_PHONE, CRM_CONTACT_SORT_PRIMARY,
  CRM_CONTACT_SORT_INACTIVE,
};

static void
filters_changed_cb (CrmContactsView *self)
{
  guint status, staff, tag;

  if (self->contacts == NULL)
    return;

  status = gtk_drop_down_get_selected (self->status_dropdown);
  staff = gtk_drop_down_get_selected (self->staff_dropdown);
  tag = gtk_drop_down_get_selected (self->tag_dropdown);

  crm_contact_list_set_search (self->contacts,
                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  /* The first entry of each drop-down is "any". */
  crm_contact_list_set_status_filter (self->contacts,
                                      status == 0 || status == GTK_INVALID_LIST_POSITION
                                      ? -1 : (int) status - 1);
  crm_contact_list_set_staff_id (self->contacts,
                                 staff == 0 || staff > self->staff_ids->len
                                 ? 0 : g_array_index (self->staff_ids, gint64, staff - 1));
  crm_contact_list_set_tag (self->contacts,
                            tag == 0 || self->tags == NULL || tag > g_strv_length (self->tags)
                            ? NULL : self->tags[tag - 1]);
  crm_contact_list_set_favorites_only (self->contacts,
                                       gtk_check_button_get_active (self->favorites_check));
  crm_contact_list_set_spam (self->contacts, gtk_check_button_get_active (self->spam_check));
  crm_contact_list_set_hide_inactive (self->contacts,
                                      gtk_check_button_get_active (self->hide_inactive_check));

  crm_list_filters_button_update (self->filters_button,
                                  (crm_contact_list_get_tag (self->contacts) != NULL) +
                                  crm_contact_list_get_favorites_only (self->contacts) +
                                  crm_contact_list_get_spam (self->contacts) +
                                  crm_contact_list_get_hide_inactive (self->contacts));
}

static void
sort_changed_cb (CrmContactsView *self)
{
  int sort;
  gboolean descending;

  /* Columns leave the view as it goes away. */
  if (self->contacts == NULL ||
      !crm_list_header_follow (self->column_view, self->keeper, self->columns, column_sorts,
                               CRM_CONTACTS_N_COLUMNS, CRM_CONTACT_SORT_NAME, &sort, &descending))
    return;

  g_object_freeze_notify (G_OBJECT (self->contacts));
  crm_contact_list_set_sort (self->contacts, sort);
  crm_contact_list_set_descending (self->contacts, descending);
  g_object_thaw_notify (G_OBJECT (self->contacts));
}

static void
count_changed_cb (CrmContactsView *self)
{
  guint n = self->contacts ? g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u contact", "%u contacts", n), n);

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
              CrmContactsView          *self)
{
  CrmContactsColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "crm-column"));
  CrmContact *contact = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autoptr(CrmClient) client = NULL;
  const char *text = NULL;

  if (contact == NULL)
    return;

  switch (column)
    {
    case CRM_CONTACTS_COLUMN_NAME:
      text = crm_contact_get_display_name (contact);
      break;

    case CRM_CONTACTS_COLUMN_CLIENT:
      client = crm_store_get_client (self->store, crm_contact_get_client_id (contact), NULL);
      text = client != NULL ? crm_client_get_name (client) : NULL;
      break;

    case CRM_CONTACTS_COLUMN_JOB_TITLE:
      text = crm_contact_get_job_title (contact);
      break;

    case CRM_CONTACTS_COLUMN_EMAIL:
      text = crm_contact_get_email (contact);
      break;

    case CRM_CONTACTS_COLUMN_PHONE:
      text = crm_contact_get_phone (contact);
      break;

    case CRM_CONTACTS_COLUMN_PRIMARY:
      /* Translators: in the Primary column of the Contacts view */
      text = crm_contact_get_primary (contact) ? _("Primary") : NULL;
      break;

    case CRM_CONTACTS_COLUMN_INACTIVE:
      /* Translators: in the Inactive column of the Contacts view */
      text = crm_contact_get_inactive (contact) ? _("Inactive") : NULL;
      break;

    case CRM_CONTACTS_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_label (label, text != NULL ? text : "");
  /* An inactive contact's row is dimmed, as in the client card. */
  if (crm_contact_get_inactive (contact) || column >= CRM_CONTACTS_COLUMN_PRIMARY)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
activate_cb (GtkColumnView   *view,
             guint            position,
             CrmContactsView *self)
{
  g_autoptr(CrmContact) contact = g_list_model_get_item (G_LIST_MODEL (self->contacts), position);

  if (contact != NULL)
    g_signal_emit (self, signals[CLIENT_ACTIVATED], 0,
                   crm_contact_get_client_id (contact), crm_contact_get_id (contact));
}

static gint64
contact_id (gpointer item)
{
  return crm_contact_get_id (item);
}

static void
fill_staff (CrmContactsView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = self->store ? crm_store_list_staff (self->store) : NULL;
  guint selected = gtk_drop_down_get_selected (self->staff_dropdown);
  gint64 kept = selected > 0 && selected <= self->staff_ids->len
                ? g_array_index (self->staff_ids, gint64, selected - 1) : 0;
  guint position = 0;

  g_array_set_size (self->staff_ids, 0);
  /* Translators: the staff filter that shows every contact */
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
  gtk_drop_down_set_model (self->staff_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->staff_dropdown, position);
}

/* Tags come and go with the clients: read them when the filters open. */
static void
fill_tags (CrmContactsView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->tag_dropdown);
  g_autofree char *kept = NULL;
  guint position = 0;

  if (self->tags != NULL && selected > 0 && selected <= g_strv_length (self->tags))
    kept = g_strdup (self->tags[selected - 1]);

  g_clear_pointer (&self->tags, g_strfreev);
  self->tags = self->store != NULL ? crm_store_list_tags (self->store) : NULL;

  /* Translators: the tag filter that shows every contact */
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

/* Makes the list of the store's contacts and shows it. */
static void
attach_list (CrmContactsView *self)
{
  CrmStore *store = self->store;

  self->contacts = crm_contact_list_new (store);
  g_signal_connect_object (self->contacts, "items-changed",
                           G_CALLBACK (count_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "staff-changed",
                           G_CALLBACK (fill_staff), self, G_CONNECT_SWAPPED);
  filters_changed_cb (self);
  sort_changed_cb (self);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->contacts));
  self->keeper = crm_list_keeper_new (self->column_view, self->selection,
                                      CRM_ID_LIST (self->contacts), contact_id);
}

static void
map_cb (CrmContactsView *self)
{
  /* The staff may have changed while the view was never shown. */
  if (self->store != NULL && self->contacts == NULL)
    {
      fill_staff (self);
      attach_list (self);
    }
}

void
crm_contacts_view_set_store (CrmContactsView *self,
                             CrmStore        *store)
{
  g_return_if_fail (CRM_IS_CONTACTS_VIEW (self));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_pointer (&self->keeper, crm_list_keeper_free);
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->contacts);
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

static void
crm_contacts_view_dispose (GObject *object)
{
  CrmContactsView *self = CRM_CONTACTS_VIEW (object);

  g_clear_pointer (&self->keeper, crm_list_keeper_free);
  if (self->selection != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->contacts);
  g_clear_object (&self->store);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (crm_contacts_view_parent_class)->dispose (object);
}

static void
crm_contacts_view_class_init (CrmContactsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_contacts_view_dispose;

  /**
   * CrmContactsView::client-activated:
   * @client_id: the contact's client
   * @contact_id: the contact
   */
  signals[CLIENT_ACTIVATED] =
    g_signal_new ("client-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
}

static GtkCheckButton *
popover_check (GtkWidget  *box,
               const char *mnemonic)
{
  GtkWidget *check = gtk_check_button_new_with_mnemonic (mnemonic);

  gtk_box_append (GTK_BOX (box), check);

  return GTK_CHECK_BUTTON (check);
}

static void
build_filters (CrmContactsView *self,
               GtkWidget       *bar)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *popover, *box, *label;

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search name, e-mail, phone or client"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search contacts"), -1);
  gtk_widget_set_size_request (GTK_WIDGET (self->search_entry), 280, -1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search_entry));

  /* Translators: the client status filter that shows every contact */
  gtk_string_list_append (statuses, _("Any status"));
  for (CrmClientStatus s = CRM_CLIENT_STATUS_LEAD; s <= CRM_CLIENT_STATUS_INACTIVE; s++)
    gtk_string_list_append (statuses, crm_client_status_to_label (s));
  self->status_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&statuses)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_dropdown), _("Client status"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Client status"), -1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->status_dropdown));

  self->staff_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->staff_dropdown), _("Staff member looking after the client"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->staff_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Staff"), -1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->staff_dropdown));

  /* The rarer filters wait in a popover. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new_with_mnemonic (_("Client _tag"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  self->tag_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->tag_dropdown));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tag_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Client tag"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->tag_dropdown));
  self->favorites_check = popover_check (box, _("_Favorite clients only"));
  self->spam_check = popover_check (box, _("Contacts of _spam clients"));
  self->hide_inactive_check = popover_check (box, _("_Hide inactive contacts"));
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->filters_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->filters_button, _("More Filters"));
  gtk_menu_button_set_popover (self->filters_button, popover);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->filters_button));

  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->count_label));

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->staff_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->tag_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->favorites_check, "toggled", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->spam_check, "toggled", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->hide_inactive_check, "toggled", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (fill_tags), self);
}

static void
build_columns (CrmContactsView *self)
{
  static const struct {
    const char *title;
    int         width;  /* -1: takes what is left */
  } specs[CRM_CONTACTS_N_COLUMNS] = {
    { N_("Name"), -1 },
    { N_("Client"), -1 },
    { N_("Job Title"), 140 },
    { N_("E-mail"), 210 },
    { N_("Phone"), 130 },
    { N_("Primary"), 80 },
    { N_("Inactive"), 80 },
  };

  for (guint i = 0; i < CRM_CONTACTS_N_COLUMNS; i++)
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

  gtk_column_view_sort_by_column (self->column_view, self->columns[CRM_CONTACTS_COLUMN_NAME],
                                  GTK_SORT_ASCENDING);
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (sort_changed_cb), self);
}

static void
crm_contacts_view_init (CrmContactsView *self)
{
  GtkWidget *box, *bar, *scroller;

  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_margin_start (bar, 6);
  gtk_widget_set_margin_end (bar, 6);
  build_filters (self, bar);
  fill_staff (self);
  fill_tags (self);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (self->selection)));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Contacts"), -1);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  build_columns (self);

  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->column_view));
  gtk_box_append (GTK_BOX (box), scroller);

  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
crm_contacts_view_new (void)
{
  return g_object_new (CRM_TYPE_CONTACTS_VIEW, NULL);
}
