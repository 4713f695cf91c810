/* crm-client-list.c: the list of clients, sorted and filtered in SQL.
 *
 * A CrmIdList (see crm-id-list.c for the lazy model and its refreshes):
 * this file only says which clients, in which order.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-client-list.h"
#include "crm-id-list.h"
#include "crm-core-enums.h"
#include "crm-search.h"
#include "crm-store-private.h"

struct _CrmClientList
{
  CrmIdList      parent_instance;

  char          *search;
  char          *tag_filter;
  gint64         staff_filter;
  int            status_filter;
  CrmClientSort  sort;
  guint          descending : 1;
  guint          favorites_only : 1;
  guint          spam : 1;
};

G_DEFINE_FINAL_TYPE (CrmClientList, crm_client_list, CRM_TYPE_ID_LIST)

enum {
  PROP_0,
  PROP_SEARCH,
  PROP_STATUS_FILTER,
  PROP_FAVORITES_ONLY,
  PROP_SORT,
  PROP_DESCENDING,
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

static CrmIdQuery *
crm_client_list_make_query (CrmIdList *list)
{
  CrmClientList *self = CRM_CLIENT_LIST (list);
  /* The name only: a client is not listed for its city or phone. */
  g_autofree char *pattern = crm_search_build_column_query ("name", self->search);
  CrmIdQuery *query;

  query = crm_id_query_new (list_queries[self->spam][self->sort][self->descending]);
  crm_id_query_bind_text (query, 1, pattern);
  crm_id_query_bind_int64 (query, 2, self->status_filter);
  crm_id_query_bind_int64 (query, 3, self->favorites_only);
  crm_id_query_bind_int64 (query, 5, self->staff_filter);
  crm_id_query_bind_text (query, 6, self->tag_filter);

  return query;
}

static gpointer
prefetch_clients (gpointer      db,
                  const gint64 *ids,
                  guint         n_ids)
{
  return crm_store_read_clients (db, ids, n_ids);
}

static gpointer
crm_client_list_get_item (CrmIdList *list,
                          gint64     id)
{
  GHashTable *prefetched = crm_id_list_get_prefetched (list);
  g_autoptr(GError) error = NULL;
  CrmClient *client;

  /* Read ahead on the worker with the ids: no query here. Once adopted,
   * the store's identity map has it while it lives. */
  if (prefetched != NULL && (client = g_hash_table_lookup (prefetched, &id)) != NULL)
    {
      client = crm_store_adopt_client (crm_id_list_get_store (list), client);
      g_hash_table_remove (prefetched, &id);
      return client;
    }

  client = crm_store_get_client (crm_id_list_get_store (list), id, &error);
  if (client == NULL)
    g_debug ("Client %" G_GINT64_FORMAT " vanished: %s", id, error->message);

  return client;
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
  g_return_if_fail (CRM_IS_CLIENT_LIST (self));

  crm_id_list_refresh (CRM_ID_LIST (self));
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
  /* Gone from the list at once; a pending refresh will agree. */
  crm_id_list_remove_id (CRM_ID_LIST (self), crm_client_get_id (client));
}

/* Only a list of one staff member's clients changes with who looks after one. */
static void
on_client_assigned (CrmClientList *self)
{
  if (self->staff_filter != 0)
    crm_client_list_refresh (self);
}

static void
crm_client_list_constructed (GObject *object)
{
  CrmClientList *self = (CrmClientList *)object;

  G_OBJECT_CLASS (crm_client_list_parent_class)->constructed (object);

  g_signal_connect_object (crm_id_list_get_store (CRM_ID_LIST (self)), "client-added",
                           G_CALLBACK (on_client_added), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (crm_id_list_get_store (CRM_ID_LIST (self)), "client-restored",
                           G_CALLBACK (on_client_added), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (crm_id_list_get_store (CRM_ID_LIST (self)), "client-spam-changed",
                           G_CALLBACK (crm_client_list_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (crm_id_list_get_store (CRM_ID_LIST (self)), "client-assigned",
                           G_CALLBACK (on_client_assigned), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (crm_id_list_get_store (CRM_ID_LIST (self)), "reloaded",
                           G_CALLBACK (crm_client_list_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (crm_id_list_get_store (CRM_ID_LIST (self)), "client-trashed",
                           G_CALLBACK (on_client_trashed), self, G_CONNECT_SWAPPED);

  crm_client_list_refresh (self);
}

static void
crm_client_list_finalize (GObject *object)
{
  CrmClientList *self = (CrmClientList *)object;

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

  CrmIdListClass *list_class = CRM_ID_LIST_CLASS (klass);

  object_class->constructed = crm_client_list_constructed;
  object_class->finalize = crm_client_list_finalize;
  object_class->get_property = crm_client_list_get_property;
  object_class->set_property = crm_client_list_set_property;

  list_class->item_type = CRM_TYPE_CLIENT;
  list_class->make_query = crm_client_list_make_query;
  list_class->get_item = crm_client_list_get_item;
  list_class->prefetch = prefetch_clients;
  list_class->prefetched_free = (GDestroyNotify) g_hash_table_unref;

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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_client_list_init (CrmClientList *self)
{
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
  return crm_id_list_get_store (CRM_ID_LIST (self));
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
  return crm_id_list_get_loading (CRM_ID_LIST (self));
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
  return crm_id_list_find (CRM_ID_LIST (self), client_id);
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
  return crm_id_list_dup_ids (CRM_ID_LIST (self));
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
