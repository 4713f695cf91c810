/* crm-window-list.c: the client list of CrmWindow (a GtkColumnView).
 *
 * Plain cells come from builder factories (resources/ui/cell-*.ui) whose
 * expressions watch the live CrmClient and its primary CrmContact, so an
 * edit anywhere shows in the row at once. The favorite star needs code (a
 * click writes through the store), so it has a signal factory; a
 * Read-only person gets the stars shown but not clickable.
 *
 * Sorting is SQL (crm_client_list_set_sort). The Name and Status columns
 * carry a GtkCustomSorter only so that GTK draws clickable headers with a
 * sort arrow; the column view's own sorter is never attached to a model.
 * GTK 4.8 has no API to ask that sorter which column is primary, so we ask
 * it to compare two probe objects: the first column sorter it consults is the
 * primary one, and the sign of its answer tells the direction.
 *
 * A row's menu (right-click, the Menu key or Shift+F10) first selects the
 * row, as in Files, so the card shows whom the menu is about; it offers the
 * quick actions (crm-quick-actions.c) and Spam and Trash, aimed at that
 * row's client. The popover is made for each opening and dropped after.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-gui-util.h"
#include "crm-quick-actions.h"
#include "crm-store-business.h"
#include "crm-window-private.h"

#define RESOURCE_UI RESOURCE_PREFIX "/ui/"

/**
 * crm_window_status_label: (skip)
 *
 * Closure for cell-status.ui.
 *
 * Returns: (transfer full): the translated name of @status
 */
char *
crm_window_status_label (GObject *this_object,
                         int      status)
{
  return g_strdup (crm_client_status_to_label ((CrmClientStatus) status));
}

/**
 * crm_window_status_classes: (skip)
 *
 * Closure for cell-status.ui: the status as a colored pill, as on the card.
 *
 * Returns: (transfer full): the label's style classes
 */
char **
crm_window_status_classes (GObject *this_object,
                           int      status)
{
  static const char *classes[] = {
    "status-lead", "status-prospect", "status-active", "status-inactive",
  };
  char **result = g_new0 (char *, 3);

  result[0] = g_strdup ("status-badge");
  if (status >= 0 && status < (int) G_N_ELEMENTS (classes))
    result[1] = g_strdup (classes[status]);

  return result;
}

/**
 * crm_window_cell_query_tooltip: (skip)
 *
 * Handler for cell-name.ui and cell-email.ui: the label's whole text, when
 * the column is too narrow for it.
 *
 * Returns: whether to show the tooltip
 */
gboolean
crm_window_cell_query_tooltip (GtkLabel   *label,
                               int         x,
                               int         y,
                               gboolean    keyboard_mode,
                               GtkTooltip *tooltip)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_label (label));
  return TRUE;
}

static GtkListItemFactory *
cell_factory (const char *name)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autofree char *path = g_strconcat (RESOURCE_UI, "cell-", name, ".ui", NULL);

  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope),
                                          "crm_window_status_label",
                                          G_CALLBACK (crm_window_status_label));
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope),
                                          "crm_window_status_classes",
                                          G_CALLBACK (crm_window_status_classes));
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope),
                                          "crm_window_cell_query_tooltip",
                                          G_CALLBACK (crm_window_cell_query_tooltip));

  return gtk_builder_list_item_factory_new_from_resource (scope, path);
}

static void
star_toggled_cb (GtkToggleButton *button,
                 GtkListItem     *item)
{
  CrmWindow *self = CRM_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  CrmClient *client = gtk_list_item_get_item (item);
  gboolean active = gtk_toggle_button_get_active (button);
  g_autoptr(GError) error = NULL;

  if (client == NULL || self == NULL || active == crm_client_get_favorite (client))
    return;

  if (self->read_only)
    {
      gtk_toggle_button_set_active (button, crm_client_get_favorite (client));
      return;
    }

  if (!crm_store_update_client (self->store, client, &error,
                                "favorite", active,
                                NULL))
    {
      gtk_toggle_button_set_active (button, crm_client_get_favorite (client));
      crm_toast_error (GTK_WIDGET (self), error);
    }
}

static void
star_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *button = crm_favorite_button_new ();

  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_list_item_set_child (item, button);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
star_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  CrmWindow *self = CRM_WINDOW (user_data);
  GtkWidget *button = gtk_list_item_get_child (item);
  CrmClient *client = gtk_list_item_get_item (item);
  GBinding *binding;

  gtk_widget_set_sensitive (button, !self->read_only);

  binding = g_object_bind_property (client, "favorite", button, "active",
                                    G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (item), "crm-star-binding", binding);
  g_signal_connect (button, "toggled", G_CALLBACK (star_toggled_cb), item);
}

static void
star_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *button = gtk_list_item_get_child (item);
  GBinding *binding = g_object_steal_data (G_OBJECT (item), "crm-star-binding");

  g_signal_handlers_disconnect_by_func (button, star_toggled_cb, item);
  if (binding != NULL)
    g_binding_unbind (binding);
}

static void
set_stars_sensitive (GtkWidget *widget,
                     gboolean   sensitive)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_has_css_class (child, "favorite-star"))
        gtk_widget_set_sensitive (child, sensitive);
      else
        set_stars_sensitive (child, sensitive);
    }
}

/**
 * crm_window_list_set_read_only:
 *
 * Makes the stars of the rows on screen follow self->read_only; rows bound
 * later follow it when they are bound.
 */
void
crm_window_list_set_read_only (CrmWindow *self)
{
  set_stars_sensitive (GTK_WIDGET (self->column_view), !self->read_only);
}

/* Enter or a double click on a row: show its card, also when the row was
 * already selected (after going back on a folded window). */
static void
row_activated_cb (GtkColumnView *view,
                  guint          position,
                  CrmWindow     *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->card_pane);
}

/* The widget of the selected row, when it is on screen: a row of the
 * column view's list, in the :selected state. */
static GtkWidget *
find_selected_row (CrmWindow *self)
{
  for (GtkWidget *list = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       list != NULL;
       list = gtk_widget_get_next_sibling (list))
    for (GtkWidget *row = gtk_widget_get_first_child (list);
         row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (g_strcmp0 (gtk_widget_get_css_name (row), "row") == 0 &&
          (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED) != 0)
        return row;

  return NULL;
}

static gboolean
unparent_menu_cb (gpointer data)
{
  GtkWidget *popover = data;

  if (gtk_widget_get_parent (popover) != NULL)
    gtk_widget_unparent (popover);
  g_object_unref (popover);

  return G_SOURCE_REMOVE;
}

/* A popover's parent has to size it whenever it is laid out again; the
 * column view does not know about ours, so each frame does it. */
static gboolean
present_menu_tick_cb (GtkWidget     *popover,
                      GdkFrameClock *frame_clock,
                      gpointer       user_data)
{
  gtk_popover_present (GTK_POPOVER (popover));

  return G_SOURCE_CONTINUE;
}

static void
row_menu_closed_cb (GtkPopover *popover,
                    CrmWindow  *self)
{
  GtkWidget *row = find_selected_row (self);

  /* Back to the row the menu was about, for the keyboard. */
  if (row != NULL)
    gtk_widget_grab_focus (row);

  /* Later: the item that closed the menu activates its action after this,
   * through the popover's place among the window's widgets. */
  g_idle_add (unparent_menu_cb, g_object_ref (popover));
}

/* The window going away with the menu open: the column view must not be
 * left with a child it does not know of. */
static void
drop_row_menu (GtkWidget *view)
{
  GtkWidget *child = gtk_widget_get_first_child (view);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_POPOVER_MENU (child))
        gtk_widget_unparent (child);
      child = next;
    }
}

static void
popup_row_menu (CrmWindow *self,
                double     x,
                double     y)
{
  CrmClient *client = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) section = NULL;
  g_autoptr(GMenuItem) spam = NULL;
  g_autoptr(GMenuItem) trash = NULL;
  GtkWidget *popover;
  gint64 id;

  if (client == NULL)
    return;

  id = crm_client_get_id (client);
  menu = crm_quick_actions_menu_new (id);

  section = g_menu_new ();
  spam = g_menu_item_new (crm_store_get_client_spam (self->store, client)
                          ? _("_Not Spam") : _("Mark as _Spam"), NULL);
  g_menu_item_set_action_and_target_value (spam, "win.client-spam", g_variant_new_int64 (id));
  g_menu_append_item (section, spam);
  trash = g_menu_item_new (_("Move to _Trash"), NULL);
  g_menu_item_set_action_and_target_value (trash, "win.trash-client", g_variant_new_int64 (id));
  g_menu_append_item (section, trash);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));

  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, GTK_WIDGET (self->column_view));
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  /* Down and to the right of the pointer, as context menus open. */
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  g_signal_connect (popover, "closed", G_CALLBACK (row_menu_closed_cb), self);
  gtk_widget_add_tick_callback (popover, present_menu_tick_cb, NULL, NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      CrmWindow       *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->column_view), x, y, GTK_PICK_DEFAULT);

  /* Each row answers listitem.select for its own item; the header and the
   * space below the rows do not, and get no menu. */
  if (picked == NULL ||
      !gtk_widget_activate_action (picked, "listitem.select", "(bb)", FALSE, FALSE))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_row_menu (self, x, y);
}

static gboolean
menu_key_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  CrmWindow *self = CRM_WINDOW (user_data);
  GtkWidget *row = find_selected_row (self);
  graphene_rect_t bounds;

  /* Under the selected row (the focus may be elsewhere in the list), or
   * at the top of the list when it is scrolled out of sight. */
  if (row != NULL &&
      gtk_widget_compute_bounds (row, GTK_WIDGET (self->column_view), &bounds))
    popup_row_menu (self, bounds.origin.x + 24, bounds.origin.y + bounds.size.height);
  else
    popup_row_menu (self, 24, 24);

  return TRUE;
}

static void
setup_row_menu (CrmWindow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (click));

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Menu, 0),
                                                          gtk_callback_action_new (menu_key_cb, self, NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK),
                                                          gtk_callback_action_new (menu_key_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), keys);

  g_signal_connect (self->column_view, "unrealize", G_CALLBACK (drop_row_menu), NULL);
}

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int *probe = user_data;
  CrmWindow *self = CRM_WINDOW (g_object_get_data (G_OBJECT (a), "crm-window"));

  if (self->probed_sort < 0)
    self->probed_sort = *probe;

  return GTK_ORDERING_SMALLER;
}

static void
view_sorter_changed_cb (GtkSorter       *sorter,
                        GtkSorterChange  change,
                        CrmWindow       *self)
{
  g_autoptr(GObject) probe_a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) probe_b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering ordering;

  /* Columns leave the view as the window goes away. */
  if (self->clients == NULL)
    return;

  g_object_set_data (probe_a, "crm-window", self);
  g_object_set_data (probe_b, "crm-window", self);

  self->probed_sort = -1;
  ordering = gtk_sorter_compare (sorter, probe_a, probe_b);

  if (self->probed_sort < 0)
    crm_client_list_set_sort (self->clients, CRM_CLIENT_SORT_NAME, FALSE);
  else
    crm_client_list_set_sort (self->clients, self->probed_sort,
                              ordering == GTK_ORDERING_LARGER);
}

static GtkSorter *
probe_sorter (CrmClientSort sort)
{
  static int sorts[] = {
    CRM_CLIENT_SORT_NAME, CRM_CLIENT_SORT_STATUS, CRM_CLIENT_SORT_CREATED,
    CRM_CLIENT_SORT_CONTACT, CRM_CLIENT_SORT_EMAIL, CRM_CLIENT_SORT_PHONE,
    CRM_CLIENT_SORT_FAVORITE,
  };

  g_assert ((guint) sort < G_N_ELEMENTS (sorts) && sorts[sort] == (int) sort);

  return GTK_SORTER (gtk_custom_sorter_new (probe_compare, &sorts[sort], NULL));
}

void
crm_window_setup_columns (CrmWindow *self)
{
  g_autoptr(GtkListItemFactory) star = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) name_sorter = probe_sorter (CRM_CLIENT_SORT_NAME);
  g_autoptr(GtkSorter) status_sorter = probe_sorter (CRM_CLIENT_SORT_STATUS);
  g_autoptr(GtkSorter) contact_sorter = probe_sorter (CRM_CLIENT_SORT_CONTACT);
  g_autoptr(GtkSorter) email_sorter = probe_sorter (CRM_CLIENT_SORT_EMAIL);
  g_autoptr(GtkSorter) phone_sorter = probe_sorter (CRM_CLIENT_SORT_PHONE);
  g_autoptr(GtkSorter) favorite_sorter = probe_sorter (CRM_CLIENT_SORT_FAVORITE);
  struct {
    GtkColumnViewColumn *column;
    const char *cell;
  } plain[] = {
    { self->name_column, "name" },
    { self->contact_column, "contact" },
    { self->email_column, "email" },
    { self->phone_column, "phone" },
    { self->status_column, "status" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      g_autoptr(GtkListItemFactory) factory = cell_factory (plain[i].cell);

      gtk_column_view_column_set_factory (plain[i].column, factory);
    }

  g_signal_connect (star, "setup", G_CALLBACK (star_setup_cb), self);
  g_signal_connect (star, "bind", G_CALLBACK (star_bind_cb), self);
  g_signal_connect (star, "unbind", G_CALLBACK (star_unbind_cb), self);
  gtk_column_view_column_set_factory (self->favorite_column, star);

  gtk_column_view_column_set_sorter (self->name_column, name_sorter);
  gtk_column_view_column_set_sorter (self->status_column, status_sorter);
  gtk_column_view_column_set_sorter (self->contact_column, contact_sorter);
  gtk_column_view_column_set_sorter (self->email_column, email_sorter);
  gtk_column_view_column_set_sorter (self->phone_column, phone_sorter);
  gtk_column_view_column_set_sorter (self->favorite_column, favorite_sorter);
  gtk_column_view_sort_by_column (self->column_view, self->name_column,
                                  GTK_SORT_ASCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view),
                           "changed", G_CALLBACK (view_sorter_changed_cb),
                           self, 0);

  g_signal_connect (self->column_view, "activate", G_CALLBACK (row_activated_cb), self);

  crm_add_shortcut (GTK_WIDGET (self->column_view), GDK_KEY_Delete, 0,
                    "win.delete-client");
  crm_add_shortcut (GTK_WIDGET (self->column_view), GDK_KEY_KP_Delete, 0,
                    "win.delete-client");

  setup_row_menu (self);
}
