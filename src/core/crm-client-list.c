/* crm-client-list.c: a lazy GListModel of clients, sorted and filtered in SQL.
 *
 *   GtkColumnView
 *        |  get_item (position)         <- only for rows on screen
 *   CrmClientList:  GArray of row ids (8 bytes a row)
 *        |  crm_store_get_client (id)   <- one indexed row, or the live object
 *   CrmStore identity map / SQLite
 *
 * A refresh runs the id query on a worker thread with its own read-only
 * connection, then swaps the array on the main thread with a single
 * items-changed. A refresh started while another runs cancels it.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-client-list.h"
#include "crm-core-enums.h"
#include "crm-search.h"
#include "crm-store-private.h"

struct _CrmClientList
{
  GObject        parent_instance;

  CrmStore      *store;
  GArray        *ids;
  GCancellable  *cancellable;
  char          *search;
  char          *tag_filter;
  gint64         staff_filter;
  int            status_filter;
  CrmClientSort  sort;
  guint          descending : 1;
  guint          favorites_only : 1;
  guint          spam : 1;
  guint          loading : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrmClientList, crm_client_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH,
  PROP_STATUS_FILTER,
  PROP_FAVORITES_ONLY,
  PROP_SORT,
  PROP_DESCENDING,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ORDER BY cannot be bound, so each order is its own literal statement,
 * and so is the spam condition: the list indexes (0006-list-indexes.sql)
 * only hold clients that are not spam, and SQLite picks a partial index
 * only for a literal condition. ?1: an FTS5 query on the name (words
 * starting so, any case or accent, as global search matches) or NULL,
 * ?2: status or
 * -1, ?3: favorites only, ?5: staff id or 0, ?6: tag or NULL. */
#define LIST_WHERE(spam) \
  " WHERE c.deleted_at IS NULL" \
  "   AND c.spam = " spam \
  "   AND (?1 IS NULL OR c.id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?1))" \
  "   AND (?2 < 0 OR c.status = ?2)" \
  "   AND (?3 = 0 OR c.favorite = 1)" \
  "   AND (?5 = 0 OR c.staff_id = ?5)" \
  "   AND (?6 IS NULL OR c.id IN (SELECT ct.client_id FROM client_tags ct" \
  "                                JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?6))"

#define LIST_FROM "SELECT c.id FROM clients c"

/* Sorting by the primary contact needs the join; the other orders are
 * read straight from an index and do without it. */
#define LIST_FROM_CONTACT \
  "SELECT c.id FROM clients c" \
  " LEFT JOIN contacts p ON p.client_id = c.id AND p.is_primary = 1"

#define QUERIES(spam) { \
  [CRM_CLIENT_SORT_NAME] = { \
    LIST_FROM LIST_WHERE (spam) " ORDER BY c.name COLLATE NOCASE, c.id", \
    LIST_FROM LIST_WHERE (spam) " ORDER BY c.name COLLATE NOCASE DESC, c.id DESC", \
  }, \
  [CRM_CLIENT_SORT_STATUS] = { \
    LIST_FROM LIST_WHERE (spam) " ORDER BY c.status, c.name COLLATE NOCASE, c.id", \
    LIST_FROM LIST_WHERE (spam) " ORDER BY c.status DESC, c.name COLLATE NOCASE, c.id", \
  }, \
  [CRM_CLIENT_SORT_CREATED] = { \
    LIST_FROM LIST_WHERE (spam) " ORDER BY c.created_at, c.id", \
    LIST_FROM LIST_WHERE (spam) " ORDER BY c.created_at DESC, c.id DESC", \
  }, \
  [CRM_CLIENT_SORT_CONTACT] = { \
    LIST_FROM_CONTACT LIST_WHERE (spam) \
    " ORDER BY p.first_name COLLATE NOCASE, p.last_name COLLATE NOCASE, c.id", \
    LIST_FROM_CONTACT LIST_WHERE (spam) \
    " ORDER BY p.first_name COLLATE NOCASE DESC, p.last_name COLLATE NOCASE DESC, c.id DESC", \
  }, \
  [CRM_CLIENT_SORT_EMAIL] = { \
    LIST_FROM_CONTACT LIST_WHERE (spam) " ORDER BY p.email COLLATE NOCASE, c.id", \
    LIST_FROM_CONTACT LIST_WHERE (spam) " ORDER BY p.email COLLATE NOCASE DESC, c.id DESC", \
  }, \
  [CRM_CLIENT_SORT_PHONE] = { \
    LIST_FROM_CONTACT LIST_WHERE (spam) " ORDER BY p.phone, c.id", \
    LIST_FROM_CONTACT LIST_WHERE (spam) " ORDER BY p.phone DESC, c.id DESC", \
  }, \
  [CRM_CLIENT_SORT_FAVORITE] = { \
    LIST_FROM LIST_WHERE (spam) " ORDER BY c.favorite DESC, c.name COLLATE NOCASE, c.id", \
    LIST_FROM LIST_WHERE (spam) " ORDER BY c.favorite, c.name COLLATE NOCASE DESC, c.id DESC", \
  }, \
}

/* [spam][sort][descending] */
static const char * const list_queries[2][CRM_CLIENT_SORT_FAVORITE + 1][2] = {
  QUERIES ("0"),
  QUERIES ("1"),
};

typedef struct {
  char          *path;
  const char    *sql;
  char          *pattern;
  char          *tag;
  gint64         staff;
  int            status;
  gboolean       favorites_only;
  gboolean       spam;
} Query;

static void
query_free (Query *query)
{
  g_free (query->path);
  g_free (query->pattern);
  g_free (query->tag);
  g_free (query);
}

static GType
crm_client_list_get_item_type (GListModel *model)
{
  return CRM_TYPE_CLIENT;
}

static guint
crm_client_list_get_n_items (GListModel *model)
{
  return CRM_CLIENT_LIST (model)->ids->len;
}

static gpointer
crm_client_list_get_item (GListModel *model,
                          guint       position)
{
  CrmClientList *self = CRM_CLIENT_LIST (model);
  g_autoptr(GError) error = NULL;
  CrmClient *client;

  if (position >= self->ids->len)
    return NULL;

  client = crm_store_get_client (self->store,
                                 g_array_index (self->ids, gint64, position),
                                 &error);
  if (client == NULL)
    g_debug ("Client at %u vanished: %s", position, error->message);

  return client;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = crm_client_list_get_item_type;
  iface->get_n_items = crm_client_list_get_n_items;
  iface->get_item = crm_client_list_get_item;
}

static void
set_loading (CrmClientList *self,
             gboolean       loading)
{
  if (self->loading != !!loading)
    {
      self->loading = !!loading;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }
}

static void
run_query (GTask        *task,
           gpointer      source_object,
           gpointer      task_data,
           GCancellable *cancellable)
{
  Query *query = task_data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
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

  rc = sqlite3_prepare_v2 (db, query->sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      if (query->pattern != NULL)
        sqlite3_bind_text (stmt, 1, query->pattern, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, query->status);
      sqlite3_bind_int (stmt, 3, query->favorites_only);
      sqlite3_bind_int64 (stmt, 5, query->staff);
      if (query->tag != NULL)
        sqlite3_bind_text (stmt, 6, query->tag, -1, SQLITE_STATIC);

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

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify) g_array_unref);
}

static void
query_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CrmClientList *self = CRM_CLIENT_LIST (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  guint old_len;

  ids = g_task_propagate_pointer (G_TASK (result), &error);
  if (ids == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("Could not list clients: %s", error->message);
          set_loading (self, FALSE);
        }
      return;
    }

  g_clear_object (&self->cancellable);

  old_len = self->ids->len;
  g_clear_pointer (&self->ids, g_array_unref);
  self->ids = g_steal_pointer (&ids);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->ids->len);
  if (old_len != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  set_loading (self, FALSE);
}

/* The name filter matches as global search does: word prefixes, any
 * case, any accent ("mul" lists Müller & Söhne), on the name only. */
static char *
make_pattern (const char *search)
{
  g_autofree char *query = crm_search_build_query (search);

  if (query == NULL)
    return NULL;

  return g_strconcat ("name : (", query, ")", NULL);
}

/**
 * crm_client_list_refresh:
 *
 * Runs the list's query again, off the main thread. The model changes
 * once, when the new rows are ready.
 */
void
crm_client_list_refresh (CrmClientList *self)
{
  g_autoptr(GTask) task = NULL;
  Query *query;

  g_return_if_fail (CRM_IS_CLIENT_LIST (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  query = g_new0 (Query, 1);
  query->path = g_strdup (crm_store_get_path (self->store));
  query->sql = list_queries[self->spam][self->sort][self->descending];
  query->pattern = make_pattern (self->search);
  query->status = self->status_filter;
  query->favorites_only = self->favorites_only;
  query->spam = self->spam;
  query->staff = self->staff_filter;
  query->tag = g_strdup (self->tag_filter);

  task = g_task_new (self, self->cancellable, query_done, NULL);
  g_task_set_source_tag (task, crm_client_list_refresh);
  g_task_set_task_data (task, query, (GDestroyNotify) query_free);
  g_task_set_priority (task, G_PRIORITY_DEFAULT_IDLE);

  set_loading (self, TRUE);
  g_task_run_in_thread (task, run_query);
}

static void
on_client_added (CrmClientList *self,
                 CrmClient     *client,
                 CrmStore      *store)
{
  crm_client_list_refresh (self);
}

static void
on_client_trashed (CrmClientList *self,
                   CrmClient     *client,
                   CrmStore      *store)
{
  guint position = crm_client_list_find (self, crm_client_get_id (client));

  /* Gone from the list at once; a pending refresh will agree. */
  if (position != G_MAXUINT)
    {
      g_array_remove_index (self->ids, position);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
}

static void
crm_client_list_constructed (GObject *object)
{
  CrmClientList *self = (CrmClientList *)object;

  G_OBJECT_CLASS (crm_client_list_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "client-added",
                           G_CALLBACK (on_client_added), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "client-restored",
                           G_CALLBACK (on_client_added), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "reloaded",
                           G_CALLBACK (crm_client_list_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "client-trashed",
                           G_CALLBACK (on_client_trashed), self, G_CONNECT_SWAPPED);

  crm_client_list_refresh (self);
}

static void
crm_client_list_dispose (GObject *object)
{
  CrmClientList *self = (CrmClientList *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_client_list_parent_class)->dispose (object);
}

static void
crm_client_list_finalize (GObject *object)
{
  CrmClientList *self = (CrmClientList *)object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_free (self->search);
  g_free (self->tag_filter);

  G_OBJECT_CLASS (crm_client_list_parent_class)->finalize (object);
}

static void
crm_client_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CrmClientList *self = CRM_CLIENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_STATUS_FILTER:
      g_value_set_int (value, self->status_filter);
      break;

    case PROP_FAVORITES_ONLY:
      g_value_set_boolean (value, self->favorites_only);
      break;

    case PROP_SORT:
      g_value_set_enum (value, self->sort);
      break;

    case PROP_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_client_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CrmClientList *self = CRM_CLIENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SEARCH:
      crm_client_list_set_search (self, g_value_get_string (value));
      break;

    case PROP_STATUS_FILTER:
      crm_client_list_set_status_filter (self, g_value_get_int (value));
      break;

    case PROP_FAVORITES_ONLY:
      crm_client_list_set_favorites_only (self, g_value_get_boolean (value));
      break;

    case PROP_SORT:
      crm_client_list_set_sort (self, g_value_get_enum (value), self->descending);
      break;

    case PROP_DESCENDING:
      crm_client_list_set_sort (self, self->sort, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_client_list_class_init (CrmClientListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = crm_client_list_constructed;
  object_class->dispose = crm_client_list_dispose;
  object_class->finalize = crm_client_list_finalize;
  object_class->get_property = crm_client_list_get_property;
  object_class->set_property = crm_client_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS_FILTER] =
    g_param_spec_int ("status-filter", NULL, NULL, -1, CRM_CLIENT_STATUS_INACTIVE, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_FAVORITES_ONLY] =
    g_param_spec_boolean ("favorites-only", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_SORT] =
    g_param_spec_enum ("sort", NULL, NULL, CRM_TYPE_CLIENT_SORT, CRM_CLIENT_SORT_NAME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_client_list_init (CrmClientList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->status_filter = -1;
}

/**
 * crm_client_list_new:
 * @store: the store to list
 *
 * Creates the list of clients not in the trash, sorted by name; the first
 * query starts at once ("loading" is %TRUE until it is done).
 *
 * Returns: (transfer full): a new list
 */
CrmClientList *
crm_client_list_new (CrmStore *store)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_CLIENT_LIST, "store", store, NULL);
}

/**
 * crm_client_list_get_store:
 *
 * Returns: (transfer none): the store
 */
CrmStore *
crm_client_list_get_store (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), NULL);
  return self->store;
}

const char *
crm_client_list_get_search (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), NULL);
  return self->search;
}

/**
 * crm_client_list_set_search:
 * @search: (nullable): text the client name must contain, any case
 */
void
crm_client_list_set_search (CrmClientList *self,
                            const char    *search)
{
  g_return_if_fail (CRM_IS_CLIENT_LIST (self));

  if (g_strcmp0 (self->search, search) != 0)
    {
      g_free (self->search);
      self->search = g_strdup (search);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
      crm_client_list_refresh (self);
    }
}

int
crm_client_list_get_status_filter (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), -1);
  return self->status_filter;
}

/**
 * crm_client_list_set_status_filter:
 * @status: a #CrmClientStatus, or -1 for every status
 */
void
crm_client_list_set_status_filter (CrmClientList *self,
                                   int            status)
{
  g_return_if_fail (CRM_IS_CLIENT_LIST (self));
  g_return_if_fail (status >= -1 && status <= CRM_CLIENT_STATUS_INACTIVE);

  if (self->status_filter != status)
    {
      self->status_filter = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_FILTER]);
      crm_client_list_refresh (self);
    }
}

gboolean
crm_client_list_get_favorites_only (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), FALSE);
  return self->favorites_only;
}

void
crm_client_list_set_favorites_only (CrmClientList *self,
                                    gboolean       favorites_only)
{
  g_return_if_fail (CRM_IS_CLIENT_LIST (self));

  if (self->favorites_only != !!favorites_only)
    {
      self->favorites_only = !!favorites_only;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAVORITES_ONLY]);
      crm_client_list_refresh (self);
    }
}

CrmClientSort
crm_client_list_get_sort (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), CRM_CLIENT_SORT_NAME);
  return self->sort;
}

gboolean
crm_client_list_get_descending (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), FALSE);
  return self->descending;
}

void
crm_client_list_set_sort (CrmClientList *self,
                          CrmClientSort  sort,
                          gboolean       descending)
{
  gboolean changed = FALSE;

  g_return_if_fail (CRM_IS_CLIENT_LIST (self));
  g_return_if_fail (sort <= CRM_CLIENT_SORT_FAVORITE);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->sort != sort)
    {
      self->sort = sort;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
      changed = TRUE;
    }

  if (self->descending != !!descending)
    {
      self->descending = !!descending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
      changed = TRUE;
    }

  g_object_thaw_notify (G_OBJECT (self));

  if (changed)
    crm_client_list_refresh (self);
}

/**
 * crm_client_list_get_loading:
 *
 * Returns: %TRUE while a query runs
 */
gboolean
crm_client_list_get_loading (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), FALSE);
  return self->loading;
}

/**
 * crm_client_list_find:
 * @client_id: a client's id
 *
 * Returns: the position of the client, or %G_MAXUINT when it is not listed
 */
guint
crm_client_list_find (CrmClientList *self,
                      gint64         client_id)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == client_id)
      return i;

  return G_MAXUINT;
}

/**
 * crm_client_list_dup_ids:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the listed
 *   clients, in the list's order (for exporting what the list shows)
 */
GArray *
crm_client_list_dup_ids (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), NULL);

  return g_array_copy (self->ids);
}

/**
 * crm_client_list_set_tag_filter:
 * @tag: (nullable): list only clients with this tag; %NULL for all
 */
void
crm_client_list_set_tag_filter (CrmClientList *self,
                                const char    *tag)
{
  g_return_if_fail (CRM_IS_CLIENT_LIST (self));

  if (g_strcmp0 (self->tag_filter, tag) != 0)
    {
      g_free (self->tag_filter);
      self->tag_filter = g_strdup (tag);
      crm_client_list_refresh (self);
    }
}

const char *
crm_client_list_get_tag_filter (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), NULL);
  return self->tag_filter;
}

/**
 * crm_client_list_set_staff_filter:
 * @staff_id: list only clients assigned to this staff member ("My
 *   clients"); 0 for all
 */
void
crm_client_list_set_staff_filter (CrmClientList *self,
                                  gint64         staff_id)
{
  g_return_if_fail (CRM_IS_CLIENT_LIST (self));

  if (self->staff_filter != staff_id)
    {
      self->staff_filter = staff_id;
      crm_client_list_refresh (self);
    }
}

gint64
crm_client_list_get_staff_filter (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), 0);
  return self->staff_filter;
}

/**
 * crm_client_list_set_spam:
 * @spam: %TRUE to list only the clients marked as spam (the Spam view);
 *   %FALSE (the default) lists every other client
 */
void
crm_client_list_set_spam (CrmClientList *self,
                          gboolean       spam)
{
  g_return_if_fail (CRM_IS_CLIENT_LIST (self));

  if (self->spam != !!spam)
    {
      self->spam = !!spam;
      crm_client_list_refresh (self);
    }
}

gboolean
crm_client_list_get_spam (CrmClientList *self)
{
  g_return_val_if_fail (CRM_IS_CLIENT_LIST (self), FALSE);
  return self->spam;
}
