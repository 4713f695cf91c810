/* crm-paged-list.c: a list box that makes rows for the first part of a
 * long model only, and more as the person scrolls to its end.
 *
 * A GtkListBox makes a widget for every item of the model it is bound to
 * and lays them all out on each change: the card of a client with 10,000
 * records took 40 s to open. Bound through a GtkSliceListModel, the list
 * box holds the first PAGE_ROWS items from the time it is first shown
 * (the card's other tabs make no rows until they are opened); when the
 * scrolled window it is in reaches its bottom, as many again follow, and
 * singling out a record further down (a search result, a timeline entry)
 * reaches as far as it.
 * Rows are made for what a person can see or scroll to next, as a list
 * view would, while the tabs keep the list boxes' boxed-list look.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-paged-list.h"

/* Most of a tab's height of rows (more follow at once when they do not
 * fill it). The first page is made only when the list is first shown, so
 * the tabs not looked at cost nothing. */
#define PAGE_ROWS 10

typedef struct {
  GtkListBox        *box;        /* unowned: the pager lives on it */
  GtkSliceListModel *slice;
  GtkWidget         *scroller;   /* while mapped */
  gulong             edge_handler;
  guint              fill_source;
} Pager;

static void
pager_free (Pager *pager)
{
  if (pager->scroller != NULL)
    g_clear_signal_handler (&pager->edge_handler, pager->scroller);
  g_clear_handle_id (&pager->fill_source, g_source_remove);
  g_clear_object (&pager->slice);
  g_free (pager);
}

static gboolean
grow (Pager *pager)
{
  guint size, n;

  if (pager->slice == NULL)
    return FALSE;

  size = gtk_slice_list_model_get_size (pager->slice);
  n = g_list_model_get_n_items (gtk_slice_list_model_get_model (pager->slice));
  if (size >= n)
    return FALSE;

  gtk_slice_list_model_set_size (pager->slice, size + PAGE_ROWS);
  return TRUE;
}

static void fill_soon (Pager *pager);

/* A window taller than the rows shown has no bottom to scroll to: show
 * more until it has, or until there is no more. */
static gboolean
fill_cb (gpointer data)
{
  Pager *pager = data;
  GtkAdjustment *adjustment;

  pager->fill_source = 0;
  if (pager->scroller == NULL)
    return G_SOURCE_REMOVE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (pager->scroller));
  if (gtk_adjustment_get_upper (adjustment) <= gtk_adjustment_get_page_size (adjustment) + 1 &&
      grow (pager))
    fill_soon (pager);

  return G_SOURCE_REMOVE;
}

static void
fill_soon (Pager *pager)
{
  /* After the next layout, when the adjustment knows the rows' height. */
  if (pager->fill_source == 0)
    pager->fill_source = g_timeout_add_full (G_PRIORITY_LOW, 50, fill_cb, pager, NULL);
}

static void
edge_reached_cb (GtkScrolledWindow *scroller,
                 GtkPositionType    position,
                 Pager             *pager)
{
  if (position == GTK_POS_BOTTOM)
    grow (pager);
}

static void
map_cb (GtkWidget *box,
        Pager     *pager)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (box, GTK_TYPE_SCROLLED_WINDOW);

  if (pager->slice != NULL && gtk_slice_list_model_get_size (pager->slice) == 0)
    gtk_slice_list_model_set_size (pager->slice, PAGE_ROWS);

  if (scroller == NULL || scroller == pager->scroller)
    return;

  pager->scroller = scroller;
  pager->edge_handler = g_signal_connect (scroller, "edge-reached",
                                          G_CALLBACK (edge_reached_cb), pager);
  fill_soon (pager);
}

static void
unmap_cb (GtkWidget *box,
          Pager     *pager)
{
  if (pager->scroller != NULL)
    g_clear_signal_handler (&pager->edge_handler, pager->scroller);
  pager->scroller = NULL;
  g_clear_handle_id (&pager->fill_source, g_source_remove);
}

static Pager *
get_pager (GtkListBox *box)
{
  Pager *pager = g_object_get_data (G_OBJECT (box), "crm-paged-list");

  if (pager == NULL)
    {
      pager = g_new0 (Pager, 1);
      pager->box = box;
      g_object_set_data_full (G_OBJECT (box), "crm-paged-list", pager, (GDestroyNotify) pager_free);
      g_signal_connect (box, "map", G_CALLBACK (map_cb), pager);
      g_signal_connect (box, "unmap", G_CALLBACK (unmap_cb), pager);
    }

  return pager;
}

/**
 * crm_paged_list_bind:
 * @model: (nullable): the whole list; %NULL unbinds
 *
 * Binds @box to the first rows of @model, as gtk_list_box_bind_model()
 * would bind it to all; more follow as the person scrolls down.
 */
void
crm_paged_list_bind (GtkListBox                 *box,
                     GListModel                 *model,
                     GtkListBoxCreateWidgetFunc  create,
                     gpointer                    user_data)
{
  Pager *pager;

  g_return_if_fail (GTK_IS_LIST_BOX (box));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  pager = get_pager (box);
  gtk_list_box_bind_model (box, NULL, NULL, NULL, NULL);
  g_clear_object (&pager->slice);

  if (model == NULL)
    return;

  pager->slice = gtk_slice_list_model_new (g_object_ref (model), 0,
                                          gtk_widget_get_mapped (GTK_WIDGET (box)) ? PAGE_ROWS : 0);
  gtk_list_box_bind_model (box, G_LIST_MODEL (pager->slice), create, user_data, NULL);
  if (pager->scroller != NULL)
    fill_soon (pager);
}

/**
 * crm_paged_list_get_model:
 *
 * Returns: (transfer none) (nullable): the whole model @box is bound to
 */
GListModel *
crm_paged_list_get_model (GtkListBox *box)
{
  Pager *pager = g_object_get_data (G_OBJECT (box), "crm-paged-list");

  if (pager == NULL || pager->slice == NULL)
    return NULL;

  return gtk_slice_list_model_get_model (pager->slice);
}

/**
 * crm_paged_list_reveal:
 * @position: an item of the whole model
 *
 * Makes rows down to @position's, if they are not made yet.
 *
 * Returns: (transfer none) (nullable): the row of @position
 */
GtkListBoxRow *
crm_paged_list_reveal (GtkListBox *box,
                       guint       position)
{
  Pager *pager = g_object_get_data (G_OBJECT (box), "crm-paged-list");

  if (pager != NULL && pager->slice != NULL &&
      position >= gtk_slice_list_model_get_size (pager->slice))
    gtk_slice_list_model_set_size (pager->slice, (position / PAGE_ROWS + 1) * PAGE_ROWS);

  return gtk_list_box_get_row_at_index (box, position);
}
