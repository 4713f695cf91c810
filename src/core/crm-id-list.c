/* crm-id-list.c: the base of Clientele's lazy list models.
 *
 *   GtkColumnView
 *        |  get_item (position)     <- only for rows on screen
 *   CrmIdList: a GArray of row ids (8 bytes a row)
 *        |  class->get_item (id)    <- one indexed row, or the live object
 *   CrmStore identity map / SQLite
 *
 * A refresh asks the subclass for its query (SQL literal and bound values),
 * runs it on a worker thread with that thread's read connection, then swaps
 * the array on the main thread: the old rows go and the new ones come in
 * one turn of the main loop (see query_done for why in two steps). A refresh
 * started while another runs cancels it. Subclasses (CrmClientList,
 * CrmBookingList) only say what to select, in which order.
 *
 * A subclass may also read the first rows' objects on the worker, in the
 * same read transaction as the ids (class->prefetch): GTK asks for the
 * rows of a list it shows all at once, inside items-changed, and a query
 * per row there is a frame lost at every keystroke.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-id-list.h"
#include "crm-store-private.h"

typedef struct {
  int     index;
  gint64  number;
  char   *text;
  guint   is_text : 1;
} Binding;

struct _CrmIdQuery
{
  char       *path;
  const char *sql;
  GArray     *bindings;
};

typedef struct
{
  CrmStore     *store;
  GArray       *ids;
  GCancellable *cancellable;
  gpointer      prefetched;
  guint         loading : 1;
  guint         refilling : 1;
} CrmIdListPrivate;

/* What a refresh hands back from its worker. */
typedef struct {
  GArray         *ids;
  gpointer        prefetched;
  GDestroyNotify  prefetched_free;
} QueryResult;

static void
query_result_free (QueryResult *result)
{
  g_clear_pointer (&result->ids, g_array_unref);
  if (result->prefetched != NULL)
    result->prefetched_free (result->prefetched);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QueryResult, query_result_free)

/* The rows read ahead: GTK 4.8 keeps up to 200 rows of a list view, and a
 * window shows a few dozen. */
#define PREFETCH_ROWS 256

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (CrmIdList, crm_id_list, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (CrmIdList)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REPLACING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
binding_clear (gpointer data)
{
  g_free (((Binding *) data)->text);
}

/**
 * crm_id_query_new:
 * @sql: the statement; a literal, as it is not copied
 *
 * Returns: (transfer full): a query to return from make_query
 */
CrmIdQuery *
crm_id_query_new (const char *sql)
{
  CrmIdQuery *query = g_new0 (CrmIdQuery, 1);

  query->sql = sql;
  query->bindings = g_array_new (FALSE, TRUE, sizeof (Binding));
  g_array_set_clear_func (query->bindings, binding_clear);

  return query;
}

static void
crm_id_query_free (CrmIdQuery *query)
{
  g_array_unref (query->bindings);
  g_free (query->path);
  g_free (query);
}

void
crm_id_query_bind_int64 (CrmIdQuery *query,
                         int         index,
                         gint64      value)
{
  Binding binding = { index, value, NULL, FALSE };

  g_array_append_val (query->bindings, binding);
}

/**
 * crm_id_query_bind_text:
 * @text: (nullable): copied; %NULL binds SQL NULL
 */
void
crm_id_query_bind_text (CrmIdQuery *query,
                        int         index,
                        const char *text)
{
  Binding binding = { index, 0, g_strdup (text), TRUE };

  g_array_append_val (query->bindings, binding);
}

static GType
crm_id_list_get_item_type (GListModel *model)
{
  return CRM_ID_LIST_GET_CLASS (model)->item_type;
}

static guint
crm_id_list_get_n_items (GListModel *model)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (CRM_ID_LIST (model));

  return priv->ids->len;
}

static gpointer
crm_id_list_get_item (GListModel *model,
                      guint       position)
{
  CrmIdList *self = CRM_ID_LIST (model);
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);

  if (position >= priv->ids->len)
    return NULL;

  return CRM_ID_LIST_GET_CLASS (self)->get_item (self, g_array_index (priv->ids, gint64, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = crm_id_list_get_item_type;
  iface->get_n_items = crm_id_list_get_n_items;
  iface->get_item = crm_id_list_get_item;
}

static void
clear_prefetched (CrmIdList *self)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);

  if (priv->prefetched != NULL)
    CRM_ID_LIST_GET_CLASS (self)->prefetched_free (g_steal_pointer (&priv->prefetched));
}

/**
 * crm_id_list_is_refilling:
 *
 * Whether the items-changed being emitted empties the list for a refresh
 * whose rows come in the next one, in the same turn of the main loop.
 *
 * Returns: %TRUE during that emission
 */
gboolean
crm_id_list_is_refilling (CrmIdList *self)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);

  g_return_val_if_fail (CRM_IS_ID_LIST (self), FALSE);

  return priv->refilling;
}

/**
 * crm_id_list_get_prefetched:
 *
 * For subclasses: what class->prefetch read with the current ids, or
 * %NULL (none, or dropped because a refresh is under way).
 *
 * Returns: (transfer none) (nullable): the prefetched rows
 */
gpointer
crm_id_list_get_prefetched (CrmIdList *self)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);

  g_return_val_if_fail (CRM_IS_ID_LIST (self), NULL);

  return priv->prefetched;
}

static void
set_loading (CrmIdList *self,
             gboolean   loading)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);

  if (priv->loading != !!loading)
    {
      priv->loading = !!loading;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }
}

static void
run_query (GTask        *task,
           gpointer      source_object,
           gpointer      task_data,
           GCancellable *cancellable)
{
  CrmIdListClass *klass = CRM_ID_LIST_GET_CLASS (source_object);
  CrmIdQuery *query = task_data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(QueryResult) result = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  guint n = 0;
  int rc;

  if (!(db = crm_store_thread_connection (query->path, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The ids and the rows read ahead come from one snapshot. */
  if (klass->prefetch != NULL)
    sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);

  rc = sqlite3_prepare_v2 (db, query->sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      for (guint i = 0; i < query->bindings->len; i++)
        {
          Binding *b = &g_array_index (query->bindings, Binding, i);

          if (!b->is_text)
            sqlite3_bind_int64 (stmt, b->index, b->number);
          else if (b->text != NULL)
            sqlite3_bind_text (stmt, b->index, b->text, -1, SQLITE_STATIC);
          else
            sqlite3_bind_null (stmt, b->index);
        }

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);

          /* Stop early when a newer query has replaced this one. */
          if (++n % 4096 == 0 && g_cancellable_is_cancelled (cancellable))
            break;
        }
    }

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    crm_set_sqlite_error (&error, db, sqlite3_extended_errcode (db), query->path);

  sqlite3_finalize (stmt);

  result = g_new0 (QueryResult, 1);

  /* Only an optimization: without it, rows are read when asked for. */
  if (error == NULL && klass->prefetch != NULL && ids->len > 0 &&
      !g_cancellable_is_cancelled (cancellable))
    {
      result->prefetched = klass->prefetch (db, (const gint64 *) ids->data,
                                            MIN (ids->len, PREFETCH_ROWS));
      result->prefetched_free = klass->prefetched_free;
    }

  if (klass->prefetch != NULL)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

  result->ids = g_steal_pointer (&ids);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) query_result_free);
}

/* Queries on their way, in every list (main thread only). */
static guint n_reading;

/**
 * crm_id_list_get_n_reading:
 *
 * Returns: how many lists' queries are on their way, in the whole
 *   process: before a database is deleted (tests), none should be
 */
guint
crm_id_list_get_n_reading (void)
{
  return n_reading;
}

static void
query_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CrmIdList *self = CRM_ID_LIST (object);
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(QueryResult) query_result = NULL;
  guint previous_len;
  guint old_len;

  n_reading--;
  query_result = g_task_propagate_pointer (G_TASK (result), &error);
  if (query_result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("Could not list %s: %s", G_OBJECT_TYPE_NAME (self), error->message);
          set_loading (self, FALSE);
        }
      return;
    }

  g_clear_object (&priv->cancellable);

  g_signal_emit (self, signals[REPLACING], 0);

  clear_prefetched (self);
  priv->prefetched = g_steal_pointer (&query_result->prefetched);

  old_len = previous_len = priv->ids->len;
  g_clear_pointer (&priv->ids, g_array_unref);

  /* All the old rows go, then all the new ones come, in this one turn of
   * the main loop, so no frame shows the list empty. In one items-changed,
   * GTK 4.8's list views would look for the rows they follow (the anchor,
   * the focus) among all the added items, asking for each: the whole list,
   * a query a row, whenever a search leaves them out. */
  if (old_len > 0 && query_result->ids->len > 0)
    {
      priv->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      priv->refilling = TRUE;
      g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, 0);
      priv->refilling = FALSE;
      g_clear_pointer (&priv->ids, g_array_unref);
      old_len = 0;
    }

  priv->ids = g_steal_pointer (&query_result->ids);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, priv->ids->len);
  if (previous_len != priv->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  set_loading (self, FALSE);
}

/**
 * crm_id_list_refresh:
 *
 * Runs the list's query again, off the main thread. The model changes
 * once, when the new rows are ready.
 */
void
crm_id_list_refresh (CrmIdList *self)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);
  g_autoptr(GTask) task = NULL;
  CrmIdQuery *query;

  g_return_if_fail (CRM_IS_ID_LIST (self));
  g_return_if_fail (priv->store != NULL);

  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  priv->cancellable = g_cancellable_new ();

  /* Something changed: what was read ahead may be out of date. */
  clear_prefetched (self);

  query = CRM_ID_LIST_GET_CLASS (self)->make_query (self);
  query->path = g_strdup (crm_store_get_path (priv->store));

  task = g_task_new (self, priv->cancellable, query_done, NULL);
  g_task_set_source_tag (task, crm_id_list_refresh);
  g_task_set_task_data (task, query, (GDestroyNotify) crm_id_query_free);
  g_task_set_priority (task, G_PRIORITY_DEFAULT_IDLE);

  set_loading (self, TRUE);
  n_reading++;
  g_task_run_in_thread (task, run_query);
}

static void
crm_id_list_dispose (GObject *object)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (CRM_ID_LIST (object));

  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (crm_id_list_parent_class)->dispose (object);
}

static void
crm_id_list_finalize (GObject *object)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (CRM_ID_LIST (object));

  g_clear_pointer (&priv->ids, g_array_unref);
  clear_prefetched (CRM_ID_LIST (object));

  G_OBJECT_CLASS (crm_id_list_parent_class)->finalize (object);
}

static void
crm_id_list_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (CRM_ID_LIST (object));

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, priv->loading);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, priv->ids->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_id_list_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (CRM_ID_LIST (object));

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_id_list_class_init (CrmIdListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_id_list_dispose;
  object_class->finalize = crm_id_list_finalize;
  object_class->get_property = crm_id_list_get_property;
  object_class->set_property = crm_id_list_set_property;

  klass->item_type = G_TYPE_OBJECT;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrmIdList::replacing:
   *
   * A refresh has its new rows and is about to replace every row with one
   * items-changed: the last moment the old positions hold. A selection
   * model over the list can let go of its row here, rather than look for
   * it among the new rows item by item.
   */
  signals[REPLACING] =
    g_signal_new ("replacing",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
crm_id_list_init (CrmIdList *self)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);

  priv->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * crm_id_list_get_store:
 *
 * Returns: (transfer none): the store
 */
CrmStore *
crm_id_list_get_store (CrmIdList *self)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);

  g_return_val_if_fail (CRM_IS_ID_LIST (self), NULL);
  return priv->store;
}

/**
 * crm_id_list_get_loading:
 *
 * Returns: %TRUE while a query runs
 */
gboolean
crm_id_list_get_loading (CrmIdList *self)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);

  g_return_val_if_fail (CRM_IS_ID_LIST (self), FALSE);
  return priv->loading;
}

/**
 * crm_id_list_find:
 * @id: a row's id
 *
 * Returns: the position of @id, or %G_MAXUINT when it is not listed
 */
guint
crm_id_list_find (CrmIdList *self,
                  gint64     id)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);

  g_return_val_if_fail (CRM_IS_ID_LIST (self), G_MAXUINT);

  for (guint i = 0; i < priv->ids->len; i++)
    if (g_array_index (priv->ids, gint64, i) == id)
      return i;

  return G_MAXUINT;
}

/**
 * crm_id_list_dup_ids:
 *
 * Returns: (transfer full) (element-type gint64): the listed ids, in order
 */
GArray *
crm_id_list_dup_ids (CrmIdList *self)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);

  g_return_val_if_fail (CRM_IS_ID_LIST (self), NULL);
  return g_array_copy (priv->ids);
}

/**
 * crm_id_list_remove_id:
 * @id: a row's id
 *
 * Takes @id out of the list at once, without waiting for a query (a row
 * moved to the trash); a pending refresh will agree.
 */
void
crm_id_list_remove_id (CrmIdList *self,
                       gint64     id)
{
  CrmIdListPrivate *priv = crm_id_list_get_instance_private (self);
  guint position;

  g_return_if_fail (CRM_IS_ID_LIST (self));

  position = crm_id_list_find (self, id);
  if (position == G_MAXUINT)
    return;

  g_array_remove_index (priv->ids, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}
