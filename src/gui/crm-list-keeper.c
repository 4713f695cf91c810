/* crm-list-keeper.c: what the Contacts and Bookings views share about
 * their column views.
 *
 * Header sorting: each sortable column carries a GtkCustomSorter only so
 * that GTK draws a clickable header with an arrow; the view's sorter is
 * never attached to a model (the order is SQL). GTK 4.8 cannot say which
 * column is primary, so we ask the view's sorter to compare two probe
 * objects: the first column sorter it consults is the primary one, and
 * the sign of its answer is the direction. (crm-window-list.c does the
 * same for the client list.)
 *
 * Keeping the selection: every refresh of a CrmIdList replaces all rows
 * with one items-changed. Just before ("replacing") the keeper notes
 * where the view and the selected row were, and takes the list away from
 * the selection model, so that neither GtkSingleSelection nor the view
 * looks for their rows among the new ones item by item (building each
 * row's object); after, it gives the list back, selects the same id again
 * and scrolls so the row stays where it was on screen. A row that no
 * longer matches stays unselected.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-list-keeper.h"

#define PROBE_KEY "crm-probed-sort"

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const int *sort = user_data;
  int *slot = g_object_get_data (G_OBJECT (a), PROBE_KEY);

  if (slot != NULL && *slot < 0)
    *slot = *sort;

  return GTK_ORDERING_SMALLER;
}

/**
 * crm_list_header_sorter:
 * @sort: (not nullable): the list's sort value for this column; it must
 *   outlive the sorter (a static)
 *
 * Returns: (transfer full): a sorter for gtk_column_view_column_set_sorter()
 */
GtkSorter *
crm_list_header_sorter (const int *sort)
{
  return GTK_SORTER (gtk_custom_sorter_new (probe_compare, (gpointer) sort, NULL));
}

/**
 * crm_list_header_read_sort:
 * @sort: (out): the sort of the column the view sorts by
 * @descending: (out): whether it sorts that column descending
 *
 * Returns: %FALSE when no column sorts the view
 */
gboolean
crm_list_header_read_sort (GtkColumnView *view,
                           int           *sort,
                           gboolean      *descending)
{
  g_autoptr(GObject) probe_a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) probe_b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering ordering;
  int slot = -1;

  g_object_set_data (probe_a, PROBE_KEY, &slot);
  g_object_set_data (probe_b, PROBE_KEY, &slot);
  ordering = gtk_sorter_compare (gtk_column_view_get_sorter (view), probe_a, probe_b);

  *sort = slot;
  *descending = ordering == GTK_ORDERING_LARGER;

  return slot >= 0;
}

#define SHOWING_KEY "crm-showing-only"

/**
 * crm_list_header_show_only:
 * @column: the column the list is sorted by
 *
 * GTK 4.8 keeps every column clicked before in the view's sorter, each
 * with its arrow; the list sorts by one column only, so only that one
 * keeps an arrow. The view's sorter says "changed" meanwhile, while
 * crm_list_header_is_updating() says so; called then, this does nothing.
 */
void
crm_list_header_show_only (GtkColumnView       *view,
                           GtkColumnViewColumn *column,
                           gboolean             descending)
{
  GListModel *columns;

  if (g_object_get_data (G_OBJECT (view), SHOWING_KEY) != NULL)
    return;

  g_object_set_data (G_OBJECT (view), SHOWING_KEY, GINT_TO_POINTER (TRUE));
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  /* Clearing leaves the arrows drawn in GTK 4.8; a column given its
   * sorter again draws none. */
  columns = gtk_column_view_get_columns (view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) other = g_list_model_get_item (columns, i);
      g_autoptr(GtkSorter) sorter = NULL;

      if (other == column || gtk_column_view_column_get_sorter (other) == NULL)
        continue;
      sorter = g_object_ref (gtk_column_view_column_get_sorter (other));
      gtk_column_view_column_set_sorter (other, NULL);
      gtk_column_view_column_set_sorter (other, sorter);
    }
  if (column != NULL)
    gtk_column_view_sort_by_column (view, column,
                                    descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  g_object_set_data (G_OBJECT (view), SHOWING_KEY, NULL);
}

gboolean
crm_list_header_is_updating (GtkColumnView *view)
{
  return g_object_get_data (G_OBJECT (view), SHOWING_KEY) != NULL;
}

/**
 * crm_list_filters_button_update:
 * @n_active: how many of the filters behind @button are set
 *
 * Says on the button that filters out of sight narrow the list.
 */
void
crm_list_filters_button_update (GtkMenuButton *button,
                                guint          n_active)
{
  g_autofree char *label = NULL;

  if (n_active == 0)
    {
      gtk_menu_button_set_label (button, _("More Filters"));
      return;
    }

  /* Translators: the button that opens more filters, with how many are set */
  label = g_strdup_printf (ngettext ("More Filters (%u)", "More Filters (%u)", n_active), n_active);
  gtk_menu_button_set_label (button, label);
}

struct _CrmListKeeper
{
  GtkColumnView      *view;
  GtkSingleSelection *selection;
  CrmIdList          *list;
  gint64            (*get_id) (gpointer item);

  gint64              selected_id;
  gboolean            reconciling;
  /* The selection model is off the list while a refresh replaces it. */
  gboolean            detached;
  /* The next refresh is a new order: start at the top. */
  gboolean            to_top;

  /* Where the view was before a refresh, and the selected row in it
   * (G_MAXUINT: none). */
  guint               kept_position;
  double              kept_scroll;

  guint               restore_tick;
  guint               restore_frames;
  double              restore_scroll;
  double              restore_rows;
};

static GtkAdjustment *
vadjustment (CrmListKeeper *self)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));
}

static void
stop_restoring (CrmListKeeper *self)
{
  if (self->restore_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->restore_tick);
      self->restore_tick = 0;
    }
}

static void
selection_changed_cb (CrmListKeeper *self)
{
  gpointer item;

  if (self->reconciling)
    return;

  item = gtk_single_selection_get_selected_item (self->selection);
  self->selected_id = item != NULL ? self->get_id (item) : 0;
}

/* Every row is about to be replaced. The rows GTK shows (and the one it
 * keeps in view) are objects it would look for among the new rows one by
 * one, building each row's object on the way: seconds with a few hundred
 * thousand rows. Taking the list away from the view for the replacement
 * spares that; the view shows the new rows from the top, and the keeper
 * puts back the selection and the scroll position. */
static void
replacing_cb (CrmListKeeper *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);
  GtkAdjustment *adjustment = vadjustment (self);

  stop_restoring (self);

  self->kept_position = self->to_top ? G_MAXUINT : selected;
  self->kept_scroll = adjustment != NULL && !self->to_top ? gtk_adjustment_get_value (adjustment) : 0;
  self->to_top = FALSE;

  self->reconciling = TRUE;
  gtk_single_selection_set_model (self->selection, NULL);
  self->reconciling = FALSE;
  self->detached = TRUE;
}

/* On the frame after the one that measured the new rows: before that,
 * GTK 4.8 cannot place a scroll position among them. */
static gboolean
restore_scroll_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *frame_clock,
                        gpointer       user_data)
{
  CrmListKeeper *self = user_data;
  GtkAdjustment *adjustment = vadjustment (self);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->list));

  if (self->restore_frames++ == 0)
    return G_SOURCE_CONTINUE;

  self->restore_tick = 0;
  if (adjustment == NULL || n_items == 0 || !gtk_widget_get_mapped (widget))
    return G_SOURCE_REMOVE;

  /* The rows are all as tall: the offset is the rows the selected one
   * moved by. */
  gtk_adjustment_set_value (adjustment,
                            self->restore_scroll +
                            self->restore_rows * gtk_adjustment_get_upper (adjustment) / n_items);

  return G_SOURCE_REMOVE;
}

static void
restore_scroll (CrmListKeeper *self,
                double         rows)
{
  self->restore_scroll = self->kept_scroll;
  self->restore_rows = rows;
  self->restore_frames = 0;
  if (self->restore_tick == 0)
    self->restore_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->view),
                                                       restore_scroll_tick_cb, self, NULL);
}

static void
items_changed_cb (CrmListKeeper *self,
                  guint          change_position,
                  guint          removed,
                  guint          added)
{
  gboolean replaced = self->detached;
  guint kept = self->kept_position;
  guint position;

  /* A refresh clears the list and fills it again in the same turn of the
   * main loop (crm-id-list.c): wait for the filling, unless there is none. */
  if (crm_id_list_is_refilling (self->list))
    return;

  if (replaced)
    {
      self->reconciling = TRUE;
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
      self->reconciling = FALSE;
      self->detached = FALSE;
      self->kept_position = G_MAXUINT;
    }

  /* The list says it is no longer loading only after this signal, but
   * the new ids are in place. */
  position = self->selected_id != 0 ? crm_id_list_find (self->list, self->selected_id) : G_MAXUINT;
  if (position != G_MAXUINT)
    {
      self->reconciling = TRUE;
      if (gtk_single_selection_get_selected (self->selection) != position)
        gtk_single_selection_set_selected (self->selection, position);
      self->reconciling = FALSE;
    }

  if (!replaced)
    return;

  /* The selected row where it was on screen; else the same place. */
  if (position != G_MAXUINT && kept != GTK_INVALID_LIST_POSITION && kept != G_MAXUINT)
    restore_scroll (self, (double) position - (double) kept);
  else if (self->kept_scroll > 0)
    restore_scroll (self, 0);
}

/**
 * crm_list_keeper_scroll_to_top:
 *
 * The next refresh brings a new order: show it from the top.
 */
void
crm_list_keeper_scroll_to_top (CrmListKeeper *self)
{
  self->to_top = TRUE;
}

/**
 * crm_list_keeper_new:
 * @view: the column view showing @list through @selection
 * @get_id: the id of one of @list's items
 *
 * Returns: (transfer full): a keeper; free it before @view, @selection
 *   or @list go
 */
CrmListKeeper *
crm_list_keeper_new (GtkColumnView      *view,
                     GtkSingleSelection *selection,
                     CrmIdList          *list,
                     gint64            (*get_id) (gpointer item))
{
  CrmListKeeper *self = g_new0 (CrmListKeeper, 1);

  self->view = view;
  self->selection = selection;
  self->list = list;
  self->get_id = get_id;
  self->kept_position = G_MAXUINT;

  g_signal_connect_swapped (selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (list, "replacing", G_CALLBACK (replacing_cb), self);
  /* After the selection model has heard of the new rows. */
  g_signal_connect_data (list, "items-changed", G_CALLBACK (items_changed_cb), self,
                         NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  return self;
}

void
crm_list_keeper_free (CrmListKeeper *self)
{
  if (self == NULL)
    return;

  stop_restoring (self);
  g_signal_handlers_disconnect_by_data (self->selection, self);
  g_signal_handlers_disconnect_by_data (self->list, self);
  g_free (self);
}

gint64
crm_list_keeper_get_selected_id (CrmListKeeper *self)
{
  return self->selected_id;
}

/**
 * crm_list_header_follow:
 * @keeper: (nullable): the list's keeper
 * @columns: (array length=n_columns): the view's columns
 * @column_sorts: (array length=n_columns): the sort each column gives
 * @fallback: the sort when no column gives one
 * @sort: (out): the list's order now
 * @descending: (out): whether it runs backwards
 *
 * Reads the order the view's headers ask for, leaves the arrow on that
 * column only, and scrolls the list back to its top: a new order starts
 * there (the selection stays selected).
 *
 * Returns: %FALSE while the headers are being updated: nothing to do then
 */
gboolean
crm_list_header_follow (GtkColumnView              *view,
                        CrmListKeeper              *keeper,
                        GtkColumnViewColumn * const *columns,
                        const int                  *column_sorts,
                        guint                       n_columns,
                        int                         fallback,
                        int                        *sort,
                        gboolean                   *descending)
{
  /* Only one column shows an arrow: this is called again meanwhile. */
  if (crm_list_header_is_updating (view))
    return FALSE;

  if (!crm_list_header_read_sort (view, sort, descending))
    {
      *sort = fallback;
      *descending = FALSE;
    }

  for (guint i = 0; i < n_columns; i++)
    if (column_sorts[i] == *sort)
      crm_list_header_show_only (view, columns[i], *descending);

  if (keeper != NULL)
    crm_list_keeper_scroll_to_top (keeper);

  return TRUE;
}
