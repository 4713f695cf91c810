/* crm-contacts-view.c: the top-level Contacts view: every contact of every
 * client, searched by name, e-mail or client, sorted by name or client.
 *
 * A GtkListView over the core's lazy CrmContactList: the search and the
 * order are SQL, and only the rows on screen are made.
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

static void
filters_changed_cb (CrmContactsView *self)
{
  if (self->contacts == NULL)
    return;

  crm_contact_list_set_search (self->contacts,
                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  crm_contact_list_set_hide_inactive (self->contacts,
                                      gtk_toggle_button_get_active (self->hide_inactive_button));
  crm_contact_list_set_sort (self->contacts,
                             gtk_drop_down_get_selected (self->sort_dropdown) == 1
                             ? CRM_CONTACT_SORT_CLIENT : CRM_CONTACT_SORT_NAME);
}

static void
count_changed_cb (CrmContactsView *self)
{
  guint n = self->contacts ? g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u contact", "%u contacts", n), n);

  gtk_label_set_label (self->count_label, text);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *avatar = adw_avatar_new (32, NULL, TRUE);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), avatar);
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

  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         CrmContactsView          *self)
{
  CrmContact *contact = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *avatar = gtk_widget_get_first_child (box);
  GtkWidget *texts = gtk_widget_get_next_sibling (avatar);
  GtkWidget *title = gtk_widget_get_first_child (texts);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autoptr(CrmClient) client = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  const char *parts[3];

  if (contact == NULL)
    return;

  client = crm_store_get_client (self->store, crm_contact_get_client_id (contact), NULL);
  parts[0] = client ? crm_client_get_name (client) : NULL;
  parts[1] = crm_contact_get_email (contact);
  parts[2] = crm_contact_get_phone (contact);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && parts[i][0] != '\0')
      g_string_append_printf (line, "%s%s", line->len ? " · " : "", parts[i]);

  adw_avatar_set_text (ADW_AVATAR (avatar), crm_contact_get_display_name (contact));
  gtk_label_set_label (GTK_LABEL (title), crm_contact_get_display_name (contact));
  gtk_label_set_label (GTK_LABEL (subtitle), line->str);
  gtk_widget_set_opacity (box, crm_contact_get_inactive (contact) ? 0.55 : 1.0);
}

static void
activate_cb (GtkListView     *view,
             guint            position,
             CrmContactsView *self)
{
  g_autoptr(CrmContact) contact = g_list_model_get_item (G_LIST_MODEL (self->contacts), position);

  if (contact != NULL)
    g_signal_emit (self, signals[CLIENT_ACTIVATED], 0, crm_contact_get_client_id (contact));
}

void
crm_contacts_view_set_store (CrmContactsView *self,
                             CrmStore        *store)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (CRM_IS_CONTACTS_VIEW (self));

  if (!g_set_object (&self->store, store))
    return;

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->contacts);

  if (store != NULL)
    {
      self->contacts = crm_contact_list_new (store);
      g_signal_connect_object (self->contacts, "items-changed",
                               G_CALLBACK (count_changed_cb), self, G_CONNECT_SWAPPED);
      filters_changed_cb (self);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->contacts)));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    }

  count_changed_cb (self);
}

static void
crm_contacts_view_dispose (GObject *object)
{
  CrmContactsView *self = CRM_CONTACTS_VIEW (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->contacts);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_contacts_view_parent_class)->dispose (object);
}

static void
crm_contacts_view_class_init (CrmContactsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_contacts_view_dispose;

  signals[CLIENT_ACTIVATED] =
    g_signal_new ("client-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
crm_contacts_view_init (CrmContactsView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  const char *sorts[] = { N_("By Name"), N_("By Client"), NULL };
  g_autoptr(GtkStringList) sort_names = gtk_string_list_new (NULL);
  GtkWidget *box, *bar, *scroller;

  for (guint i = 0; sorts[i] != NULL; i++)
    gtk_string_list_append (sort_names, _(sorts[i]));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_margin_start (bar, 6);
  gtk_widget_set_margin_end (bar, 6);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search name, e-mail or client"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search contacts"), -1);
  gtk_widget_set_size_request (GTK_WIDGET (self->search_entry), 280, -1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search_entry));

  self->sort_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&sort_names)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sort_dropdown), _("Sort"));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->sort_dropdown));

  self->hide_inactive_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_Hide Inactive")));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->hide_inactive_button));

  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->hide_inactive_button, "toggled", G_CALLBACK (filters_changed_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_list_view_set_show_separators (self->list_view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Contacts"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);

  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list_view));
  gtk_box_append (GTK_BOX (box), scroller);

  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
crm_contacts_view_new (void)
{
  return g_object_new (CRM_TYPE_CONTACTS_VIEW, NULL);
}
