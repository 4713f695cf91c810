/* crm-search-view.c: the results of the global search, grouped by kind.
 *
 * Every change of the text cancels the query still running and starts the
 * new one at once (crm_store_search_async runs it on a worker thread); the
 * previous results stay on screen until the new ones arrive, so typing
 * never flashes an empty page. Results come grouped by kind in the core's
 * order; each group is an AdwPreferencesGroup headed by
 * crm_search_kind_to_label () and each row shows the result's own icon,
 * title and subtitle, so a kind the core adds later shows without a change
 * here.
 *
 * The Clients group ends with a row that leaves the results for the client
 * list, filtered by the same text (the list filters names in SQL); its
 * count follows the list's "n-items".
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "crm-search-view.h"

/* Enough to find the one meant while typing; the list shows all clients. */
#define RESULTS_PER_KIND 6

/* Rows relabeled in one frame: the top of the results at once. Laying out
 * a row's new texts is most of a frame's work while typing (with six, a
 * keystroke's frame stays near 10 ms of CPU on a 2-core machine); the rows
 * further down get theirs in the frames after the one that shows the
 * top. The first results shown cost twice as much a row (first styling,
 * layout and drawing of the rows and their page), so a frame with more
 * than six rows would be a long one. */
#define ROWS_PER_FRAME 6

/* The least width to ask for, until told the client table's
 * (crm_search_view_set_natural_width). */
#define NATURAL_WIDTH 720

struct _CrmSearchView
{
  GtkWidget      parent_instance;

  CrmStore      *store;
  CrmClientList *clients;
  GCancellable  *cancellable;
  GListModel    *results;
  char          *text;
  gulong         n_items_handler;
  gulong         loading_handler;
  guint          loading : 1;
  guint          show_row : 1;
  int            natural_width;

  /* A group for each kind found so far, by kind (NULL: none yet); the
   * clients' always, ending with the row to the list. Rows in the order
   * shown. */
  GPtrArray     *groups;
  GtkWidget     *clients_group;
  GtkWidget     *show_list_row;
  GPtrArray     *rows;
  guint          n_client_rows;

  /* Making the rows before the first search, a kind at a time. */
  guint          prepare_idle;
  guint          prepare_kind;

  /* Rows whose texts wait for a later frame, and the tick that gives them. */
  GPtrArray     *pending;
  guint          pending_tick;
  gint64         pending_frame;

  GtkStack      *stack;
  GtkBox        *groups_box;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (CrmSearchView, crm_search_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_LOADING,
  N_PROPS
};

enum {
  RESULT_ACTIVATED,
  SHOW_LIST,
  STOP_SEARCH,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_loading (CrmSearchView *self,
             gboolean       loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static guint
list_count (CrmSearchView *self)
{
  if (self->clients == NULL)
    return 0;

  return g_list_model_get_n_items (G_LIST_MODEL (self->clients));
}

/* Whether the list's count is that of the text shown: the list filters
 * after the entry's short delay, the results come sooner. */
static gboolean
list_counted (CrmSearchView *self)
{
  return self->clients != NULL &&
         !crm_client_list_get_loading (self->clients) &&
         g_strcmp0 (crm_client_list_get_search (self->clients), self->text) == 0;
}

static GPtrArray *
group_rows (GtkWidget *group)
{
  return g_object_get_data (G_OBJECT (group), "crm-rows");
}

/* Whether a row of @group is shown: the group shows with its first row. */
static gboolean
group_shows_rows (GtkWidget *group)
{
  GPtrArray *rows = group_rows (group);

  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (rows, i)))
      return TRUE;

  return FALSE;
}

/* The row to the filtered client list, and the empty page, follow both the
 * results and the list's count, which arrive separately. Until the count
 * is in, the row keeps its place without a number, and the page stays. */
static void
update_show_list (CrmSearchView *self)
{
  gboolean any_results = self->results != NULL && g_list_model_get_n_items (self->results) > 0;
  gboolean has_text = self->text != NULL && self->text[0] != '\0';
  g_autofree char *title = NULL;

  if (list_counted (self))
    {
      guint n = list_count (self);

      self->show_row = has_text && n > 0;
      /* Translators: a row under the client search results; %'u is a number */
      title = g_strdup_printf (ngettext ("Show %'u Client in the List",
                                         "Show %'u Clients in the List", n), n);
    }
  else
    {
      self->show_row = self->show_row && has_text;
      title = g_strdup (_("Show Matching Clients in the List"));
    }

  if (self->show_list_row != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (self->text != NULL ? self->text : "", -1);
      /* Translators: under "Show 3 Clients in the List"; %s is what the
       * person typed. The list matches names, not words as the results do. */
      g_autofree char *subtitle = g_strdup_printf (_("Names with a word that starts with “%s”"), escaped);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->show_list_row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->show_list_row), subtitle);
      gtk_widget_set_visible (self->show_list_row, self->show_row);
    }

  if (self->clients_group != NULL)
    gtk_widget_set_visible (self->clients_group,
                            self->show_row ||
                            (self->n_client_rows > 0 && group_shows_rows (self->clients_group)));

  if (!any_results && has_text && !list_counted (self))
    return;

  gtk_stack_set_visible_child_name (self->stack,
                                    any_results || self->show_row ? "results" : "empty");
}

static void
row_activated_cb (AdwActionRow  *row,
                  CrmSearchView *self)
{
  CrmSearchResult *result = g_object_get_data (G_OBJECT (row), "crm-result");

  if (result != NULL)
    g_signal_emit (self, signals[RESULT_ACTIVATED], 0, result);
  else
    g_signal_emit (self, signals[SHOW_LIST], 0);
}

/* Shows the texts and icon of the result the row stands for. */
static void
result_row_show (GtkWidget *row)
{
  CrmSearchResult *result = g_object_get_data (G_OBJECT (row), "crm-result");
  g_autofree char *title = g_markup_escape_text (crm_search_result_get_title (result), -1);
  g_autofree char *subtitle = g_markup_escape_text (crm_search_result_get_subtitle (result), -1);
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "crm-icon");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), crm_search_result_get_icon_name (result));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  crm_search_kind_to_label (crm_search_result_get_kind (result)),
                                  -1);

  /* A row shows only with its texts, and its group with its first row. */
  gtk_widget_set_visible (row, TRUE);
  gtk_widget_set_visible (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP), TRUE);
}

/* Gives the waiting rows their texts now, all of them. */
static void
show_pending (CrmSearchView *self)
{
  for (guint i = 0; i < self->pending->len; i++)
    result_row_show (g_ptr_array_index (self->pending, i));
  g_ptr_array_set_size (self->pending, 0);

  if (self->pending_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->pending_tick);
  self->pending_tick = 0;
}

static gboolean
show_pending_tick_cb (GtkWidget     *widget,
                      GdkFrameClock *frame_clock,
                      gpointer       user_data)
{
  CrmSearchView *self = CRM_SEARCH_VIEW (widget);
  guint n = MIN (self->pending->len, ROWS_PER_FRAME);

  /* The frame right after the results lays out their top rows. */
  if (gdk_frame_clock_get_frame_counter (frame_clock) <= self->pending_frame + 1)
    return G_SOURCE_CONTINUE;

  for (guint i = 0; i < n; i++)
    result_row_show (g_ptr_array_index (self->pending, i));
  g_ptr_array_remove_range (self->pending, 0, n);

  if (self->pending->len > 0)
    return G_SOURCE_CONTINUE;

  self->pending_tick = 0;
  set_loading (self, self->cancellable != NULL);
  return G_SOURCE_REMOVE;
}

/* The row stands for @result from now on (activating it opens @result);
 * its texts follow now or, past the first rows, in the frames after. */
static void
result_row_update (CrmSearchView   *self,
                   GtkWidget       *row,
                   CrmSearchResult *result,
                   guint            index)
{
  g_object_set_data_full (G_OBJECT (row), "crm-result",
                          g_object_ref (result), g_object_unref);

  /* Off screen, no frame waits on it. */
  if (index < ROWS_PER_FRAME || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      result_row_show (row);
      return;
    }

  if (self->pending->len == 0)
    self->pending_frame = gdk_frame_clock_get_frame_counter (gtk_widget_get_frame_clock (GTK_WIDGET (self)));

  g_ptr_array_add (self->pending, row);
  if (self->pending_tick == 0)
    self->pending_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), show_pending_tick_cb,
                                                       NULL, NULL);
}

static GtkWidget *
result_row_new (CrmSearchView *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_object_set_data (G_OBJECT (row), "crm-icon", icon);
  g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb),
                           self, 0);

  return row;
}

/* The group of @kind's rows, made on first use and put in kind order. */
static GtkWidget *
ensure_group (CrmSearchView *self,
              CrmSearchKind  kind)
{
  GtkWidget *group;
  GtkWidget *before = NULL;

  if (kind < self->groups->len && g_ptr_array_index (self->groups, kind) != NULL)
    return g_ptr_array_index (self->groups, kind);

  if (kind >= self->groups->len)
    g_ptr_array_set_size (self->groups, kind + 1);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   crm_search_kind_to_label (kind));
  g_object_set_data_full (G_OBJECT (group), "crm-rows", g_ptr_array_new (),
                          (GDestroyNotify) g_ptr_array_unref);

  for (guint k = kind; k > 0 && before == NULL; k--)
    before = g_ptr_array_index (self->groups, k - 1);
  gtk_box_insert_child_after (self->groups_box, group, before);

  g_ptr_array_index (self->groups, kind) = group;
  return group;
}

/* A new result row at the end of @group's rows; the row to the list stays
 * last among the clients. */
static GtkWidget *
group_add_row (CrmSearchView *self,
               GtkWidget     *group)
{
  GtkWidget *row = result_row_new (self);

  g_ptr_array_add (group_rows (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  if (group == self->clients_group)
    {
      g_object_ref (self->show_list_row);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), self->show_list_row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->show_list_row);
      g_object_unref (self->show_list_row);
    }

  return row;
}

/* Shows the results in the rows there are, adding only the difference and
 * hiding what is left over: typing changes the texts far more often than
 * the number of rows, and a row made anew costs a frame more than a row
 * relabeled. */
static void
rebuild (CrmSearchView *self)
{
  g_autofree guint *used = NULL;
  guint n_used = 0;
  guint n = self->results != NULL ? g_list_model_get_n_items (self->results) : 0;

  g_ptr_array_set_size (self->pending, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrmSearchResult) result = g_list_model_get_item (self->results, i);
      CrmSearchKind kind = crm_search_result_get_kind (result);
      GtkWidget *group = ensure_group (self, kind);
      GPtrArray *rows = group_rows (group);
      GtkWidget *row;

      if (self->groups->len > n_used)
        {
          used = g_renew (guint, used, self->groups->len);
          memset (used + n_used, 0, sizeof (guint) * (self->groups->len - n_used));
          n_used = self->groups->len;
        }

      /* A row still shown keeps its old texts until it gets the new
       * ones; a row hidden waits hidden for them. */
      if (used[kind] < rows->len)
        {
          row = g_ptr_array_index (rows, used[kind]);
        }
      else
        {
          row = group_add_row (self, group);
          gtk_widget_set_visible (row, FALSE);
        }

      result_row_update (self, row, result, i);
      used[kind]++;
    }

  /* Drop what is left over, and put the rows in the order shown. */
  g_ptr_array_set_size (self->rows, 0);
  for (guint k = 0; k < self->groups->len; k++)
    {
      GtkWidget *group = g_ptr_array_index (self->groups, k);
      GPtrArray *rows;
      guint keep = k < n_used ? used[k] : 0;

      if (group == NULL)
        continue;

      /* Rows left over wait hidden for the next results: a row made
       * anew costs a frame more than a row shown again. */
      rows = group_rows (group);
      for (guint j = 0; j < rows->len; j++)
        {
          GtkWidget *row = g_ptr_array_index (rows, j);

          if (j < keep)
            g_ptr_array_add (self->rows, row);
          else
            gtk_widget_set_visible (row, FALSE);
        }

      if (group == self->clients_group)
        {
          self->n_client_rows = keep;
          g_ptr_array_add (self->rows, self->show_list_row);
        }
      else
        gtk_widget_set_visible (group, group_shows_rows (group));
    }

  update_show_list (self);
}

static void
search_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrmSearchView) self = user_data;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;

  results = crm_store_search_finish (CRM_STORE (object), result, &error);

  /* A newer query replaced this one; it will bring its own results. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);

  if (results == NULL)
    {
      /* Not a person's mistake (the index answers any text): say it to the
       * log, and show no results rather than stale ones. */
      g_message ("Search for “%s” failed: %s", self->text, error->message);
      results = G_LIST_MODEL (g_list_store_new (CRM_TYPE_SEARCH_RESULT));
    }

  g_set_object (&self->results, results);
  rebuild (self);
  set_loading (self, self->pending->len > 0);
}

/**
 * crm_search_view_set_text:
 * @text: what the person typed
 *
 * Starts searching for @text, cancelling the search for the text before.
 */
void
crm_search_view_set_text (CrmSearchView *self,
                          const char    *text)
{
  g_return_if_fail (CRM_IS_SEARCH_VIEW (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->store == NULL || text == NULL || text[0] == '\0')
    {
      g_clear_object (&self->results);
      rebuild (self);
      set_loading (self, self->pending->len > 0);
      return;
    }

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  crm_store_search_async (self->store, text, RESULTS_PER_KIND, self->cancellable,
                          search_done_cb, g_object_ref (self));
}

const char *
crm_search_view_get_text (CrmSearchView *self)
{
  g_return_val_if_fail (CRM_IS_SEARCH_VIEW (self), NULL);

  return self->text;
}

/**
 * crm_search_view_get_loading:
 *
 * Returns: whether a query runs whose results are not shown yet
 */
gboolean
crm_search_view_get_loading (CrmSearchView *self)
{
  g_return_val_if_fail (CRM_IS_SEARCH_VIEW (self), FALSE);

  return self->loading;
}

/* Makes the rows of one kind of result, hidden, each time it runs: the
 * first search then only fills them in, as every search after it does. */
static gboolean
prepare_rows_idle (gpointer user_data)
{
  CrmSearchView *self = CRM_SEARCH_VIEW (user_data);
  CrmSearchKind kind = self->prepare_kind++;
  GtkWidget *group;
  GPtrArray *rows;

  if (kind > CRM_SEARCH_KIND_DOCUMENT)
    {
      self->prepare_idle = 0;
      return G_SOURCE_REMOVE;
    }

  group = ensure_group (self, kind);
  rows = group_rows (group);
  if (group != self->clients_group && rows->len == 0)
    gtk_widget_set_visible (group, FALSE);

  while (rows->len < RESULTS_PER_KIND)
    {
      GtkWidget *row = group_add_row (self, group);

      gtk_widget_set_visible (row, FALSE);
    }

  return G_SOURCE_CONTINUE;
}

/**
 * crm_search_view_get_results:
 *
 * Returns: (transfer none) (nullable): the results shown
 */
GListModel *
crm_search_view_get_results (CrmSearchView *self)
{
  g_return_val_if_fail (CRM_IS_SEARCH_VIEW (self), NULL);

  return self->results;
}

void
crm_search_view_set_store (CrmSearchView *self,
                           CrmStore      *store)
{
  g_return_if_fail (CRM_IS_SEARCH_VIEW (self));
  g_return_if_fail (!store || CRM_IS_STORE (store));

  g_set_object (&self->store, store);

  if (store != NULL && self->prepare_idle == 0 && self->prepare_kind == 0)
    self->prepare_idle = g_idle_add_full (G_PRIORITY_LOW, prepare_rows_idle, self, NULL);
}

/**
 * crm_search_view_set_client_list:
 *
 * The list the "Show … in the List" row counts and leads to.
 */
void
crm_search_view_set_client_list (CrmSearchView *self,
                                 CrmClientList *clients)
{
  g_return_if_fail (CRM_IS_SEARCH_VIEW (self));
  g_return_if_fail (!clients || CRM_IS_CLIENT_LIST (clients));

  if (self->clients == clients)
    return;

  if (self->clients != NULL)
    {
      g_clear_signal_handler (&self->n_items_handler, self->clients);
      g_clear_signal_handler (&self->loading_handler, self->clients);
    }

  g_set_object (&self->clients, clients);

  if (clients != NULL)
    {
      self->n_items_handler =
        g_signal_connect_object (clients, "items-changed",
                                 G_CALLBACK (update_show_list), self, G_CONNECT_SWAPPED);
      self->loading_handler =
        g_signal_connect_object (clients, "notify::loading",
                                 G_CALLBACK (update_show_list), self, G_CONNECT_SWAPPED);
    }

  update_show_list (self);
}

/**
 * crm_search_view_set_natural_width:
 * @width: the width the client table asks for, in pixels
 *
 * Asks for at least @width, so that the pane that shows the results or
 * the table keeps its width when it switches between them, however few
 * rows either has.
 */
void
crm_search_view_set_natural_width (CrmSearchView *self,
                                   int            width)
{
  g_return_if_fail (CRM_IS_SEARCH_VIEW (self));

  if (width <= self->natural_width)
    return;

  self->natural_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static GtkWidget *
first_activatable_row (CrmSearchView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (gtk_widget_get_visible (row) &&
          gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)))
        return row;
    }

  return NULL;
}

/**
 * crm_search_view_activate_first:
 *
 * Activates the first result (Enter in the search entry).
 *
 * Returns: whether there was one
 */
gboolean
crm_search_view_activate_first (CrmSearchView *self)
{
  GtkWidget *row;

  g_return_val_if_fail (CRM_IS_SEARCH_VIEW (self), FALSE);

  if ((row = first_activatable_row (self)) == NULL)
    return FALSE;

  adw_action_row_activate (ADW_ACTION_ROW (row));
  return TRUE;
}

/**
 * crm_search_view_focus_first:
 *
 * Moves the keyboard focus to the first result (Down in the search entry).
 *
 * Returns: whether there was one
 */
gboolean
crm_search_view_focus_first (CrmSearchView *self)
{
  GtkWidget *row;

  g_return_val_if_fail (CRM_IS_SEARCH_VIEW (self), FALSE);

  if ((row = first_activatable_row (self)) == NULL)
    return FALSE;

  return gtk_widget_grab_focus (row);
}

static void
crm_search_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CrmSearchView *self = CRM_SEARCH_VIEW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_search_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CrmSearchView *self = CRM_SEARCH_VIEW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      crm_search_view_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_search_view_dispose (GObject *object)
{
  CrmSearchView *self = CRM_SEARCH_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->prepare_idle, g_source_remove);
  crm_search_view_set_client_list (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_SEARCH_VIEW);

  self->clients_group = NULL;
  self->show_list_row = NULL;
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_object (&self->results);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_search_view_parent_class)->dispose (object);
}

static void
crm_search_view_finalize (GObject *object)
{
  CrmSearchView *self = CRM_SEARCH_VIEW (object);

  g_free (self->text);

  G_OBJECT_CLASS (crm_search_view_parent_class)->finalize (object);
}

static void
crm_search_view_unmap (GtkWidget *widget)
{
  CrmSearchView *self = CRM_SEARCH_VIEW (widget);

  /* Without frames, a tick would never come. */
  if (self->pending != NULL && self->pending->len > 0)
    {
      show_pending (self);
      set_loading (self, self->cancellable != NULL);
    }

  GTK_WIDGET_CLASS (crm_search_view_parent_class)->unmap (widget);
}

static void
crm_search_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  CrmSearchView *self = CRM_SEARCH_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*natural, self->natural_width);
}

static void
crm_search_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  CrmSearchView *self = CRM_SEARCH_VIEW (widget);

  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);
}

static void
crm_search_view_class_init (CrmSearchViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_search_view_dispose;
  object_class->finalize = crm_search_view_finalize;
  object_class->get_property = crm_search_view_get_property;
  object_class->set_property = crm_search_view_set_property;

  widget_class->unmap = crm_search_view_unmap;
  widget_class->measure = crm_search_view_measure;
  widget_class->size_allocate = crm_search_view_size_allocate;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrmSearchView::result-activated:
   * @result: the CrmSearchResult the person chose
   */
  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CRM_TYPE_SEARCH_RESULT);

  /**
   * CrmSearchView::show-list:
   *
   * The person wants the client list, filtered by the text.
   */
  signals[SHOW_LIST] =
    g_signal_new ("show-list",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * CrmSearchView::stop-search:
   *
   * Escape among the results: the person is done searching.
   */
  signals[STOP_SEARCH] =
    g_signal_new ("stop-search",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Escape, 0,
                                       "stop-search", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-search-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmSearchView, stack);
  gtk_widget_class_bind_template_child (widget_class, CrmSearchView, groups_box);
  gtk_widget_class_bind_template_child (widget_class, CrmSearchView, empty_page);
}

static void
crm_search_view_init (CrmSearchView *self)
{
  self->rows = g_ptr_array_new ();
  self->pending = g_ptr_array_new ();
  self->groups = g_ptr_array_new ();
  self->natural_width = NATURAL_WIDTH;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Clients come first, also when only the list has some (its filter is a
   * plain "name contains", the index matches word prefixes). */
  self->clients_group = ensure_group (self, CRM_SEARCH_KIND_CLIENT);
  self->show_list_row = adw_action_row_new ();
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->show_list_row),
                             gtk_image_new_from_icon_name ("view-list-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->show_list_row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->show_list_row), TRUE);
  gtk_widget_add_css_class (self->show_list_row, "show-list-row");
  g_signal_connect_object (self->show_list_row, "activated",
                           G_CALLBACK (row_activated_cb), self, 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->clients_group),
                             self->show_list_row);

  rebuild (self);
}
