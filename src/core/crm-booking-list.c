/* crm-booking-list.c: a lazy GListModel of bookings, sorted and filtered
 * in SQL.
 *
 *   GtkColumnView / GtkListView
 *        |  get_item (position)          <- only for rows on screen
 *   CrmBookingList:  GArray of booking ids (8 bytes a row)
 *        |  crm_store_get_booking (id)   <- one indexed row, or the live object
 *   CrmStore identity map / SQLite
 *
 * As CrmClientList: the id query runs on a worker thread with its own
 * read-only connection, and the array is swapped on the main thread with
 * one items-changed. A refresh started while another runs cancels it. The
 * list refreshes itself when the store says a booking or a client changed.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-booking-list.h"
#include "crm-core-enums.h"
#include "crm-store-business-private.h"

struct _CrmBookingList
{
  GObject         parent_instance;

  CrmStore       *store;
  GArray         *ids;
  GCancellable   *cancellable;
  char           *client_search;
  char           *contact_search;
  gint64          client_id;
  gint64          staff_id;
  int             status_filter;
  CrmBookingSort  sort;
  guint           descending : 1;
  guint           overdue_only : 1;
  guint           loading : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrmBookingList, crm_booking_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLIENT_ID,
  PROP_CLIENT_SEARCH,
  PROP_CONTACT_SEARCH,
  PROP_STATUS_FILTER,
  PROP_STAFF_ID,
  PROP_OVERDUE_ONLY,
  PROP_SORT,
  PROP_DESCENDING,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ORDER BY cannot be bound, so each order is its own literal statement.
 * ?1 client name pattern, ?2 contact name pattern (or NULL), ?3 status or
 * -1, ?4 staff or 0, ?5 overdue only, ?6 now, ?7 client or 0. */
#define LIST_WHERE \
  "SELECT b.id FROM bookings b" \
  "  JOIN clients c ON c.id = b.client_id" \
  "  LEFT JOIN contacts ct ON ct.id = b.contact_id" \
  " WHERE b.deleted_at IS NULL AND c.deleted_at IS NULL" \
  "   AND (?1 IS NULL OR c.name LIKE ?1 ESCAPE '\\')" \
  "   AND (?2 IS NULL OR trim (ct.first_name || ' ' || ct.last_name) LIKE ?2 ESCAPE '\\')" \
  "   AND (?3 < 0 OR b.status = ?3)" \
  "   AND (?4 = 0 OR b.staff_id = ?4)" \
  "   AND (?5 = 0 OR (b.status IN (0, 1) AND b.due_at < ?6))" \
  "   AND (?7 = 0 OR b.client_id = ?7)"

#define WHEN "coalesce (b.starts_at, b.due_at)"

static const char * const list_queries[][2] = {
  [CRM_BOOKING_SORT_DUE] = {
    LIST_WHERE " ORDER BY b.due_at, b.id",
    LIST_WHERE " ORDER BY b.due_at DESC, b.id DESC",
  },
  [CRM_BOOKING_SORT_STARTS] = {
    LIST_WHERE " ORDER BY " WHEN ", b.id",
    LIST_WHERE " ORDER BY " WHEN " DESC, b.id DESC",
  },
  [CRM_BOOKING_SORT_CREATED] = {
    LIST_WHERE " ORDER BY b.created_at, b.id",
    LIST_WHERE " ORDER BY b.created_at DESC, b.id DESC",
  },
  [CRM_BOOKING_SORT_PRIORITY] = {
    LIST_WHERE " ORDER BY b.priority, b.due_at, b.id",
    LIST_WHERE " ORDER BY b.priority DESC, b.due_at, b.id",
  },
  [CRM_BOOKING_SORT_STATUS] = {
    LIST_WHERE " ORDER BY b.status, b.due_at, b.id",
    LIST_WHERE " ORDER BY b.status DESC, b.due_at, b.id",
  },
  [CRM_BOOKING_SORT_CLIENT] = {
    LIST_WHERE " ORDER BY c.name COLLATE NOCASE, c.id, b.due_at, b.id",
    LIST_WHERE " ORDER BY c.name COLLATE NOCASE DESC, c.id DESC, b.due_at, b.id",
  },
  [CRM_BOOKING_SORT_UPCOMING] = {
    LIST_WHERE " ORDER BY " WHEN " < ?6,"
    " CASE WHEN " WHEN " >= ?6 THEN " WHEN " END, " WHEN " DESC, b.id",
    LIST_WHERE " ORDER BY " WHEN " < ?6,"
    " CASE WHEN " WHEN " >= ?6 THEN " WHEN " END, " WHEN " DESC, b.id",
  },
};

typedef struct {
  char       *path;
  const char *sql;
  char       *client_pattern;
  char       *contact_pattern;
  char       *now;
  int         status;
  gint64      staff_id;
  gint64      client_id;
  gboolean    overdue_only;
} Query;

static void
query_free (Query *query)
{
  g_free (query->path);
  g_free (query->client_pattern);
  g_free (query->contact_pattern);
  g_free (query->now);
  g_free (query);
}

static GType
crm_booking_list_get_item_type (GListModel *model)
{
  return CRM_TYPE_BOOKING;
}

static guint
crm_booking_list_get_n_items (GListModel *model)
{
  return CRM_BOOKING_LIST (model)->ids->len;
}

static gpointer
crm_booking_list_get_item (GListModel *model,
                           guint       position)
{
  CrmBookingList *self = CRM_BOOKING_LIST (model);
  g_autoptr(GError) error = NULL;
  CrmBooking *booking;

  if (position >= self->ids->len)
    return NULL;

  booking = crm_store_get_booking (self->store,
                                   g_array_index (self->ids, gint64, position),
                                   &error);
  if (booking == NULL)
    g_debug ("Booking at %u vanished: %s", position, error->message);

  return booking;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = crm_booking_list_get_item_type;
  iface->get_n_items = crm_booking_list_get_n_items;
  iface->get_item = crm_booking_list_get_item;
}

static void
set_loading (CrmBookingList *self,
             gboolean        loading)
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
      crm_bind_text_or_null (stmt, 1, query->client_pattern);
      crm_bind_text_or_null (stmt, 2, query->contact_pattern);
      sqlite3_bind_int (stmt, 3, query->status);
      sqlite3_bind_int64 (stmt, 4, query->staff_id);
      sqlite3_bind_int (stmt, 5, query->overdue_only);
      sqlite3_bind_text (stmt, 6, query->now, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 7, query->client_id);

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
  CrmBookingList *self = CRM_BOOKING_LIST (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  guint old_len;

  ids = g_task_propagate_pointer (G_TASK (result), &error);
  if (ids == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("Could not list bookings: %s", error->message);
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

/**
 * crm_booking_list_refresh:
 *
 * Runs the list's query again, off the main thread. The model changes
 * once, when the new rows are ready. "Overdue" is judged against the time
 * of the refresh.
 */
void
crm_booking_list_refresh (CrmBookingList *self)
{
  g_autoptr(GTask) task = NULL;
  Query *query;

  g_return_if_fail (CRM_IS_BOOKING_LIST (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  query = g_new0 (Query, 1);
  query->path = g_strdup (crm_store_get_path (self->store));
  query->sql = list_queries[self->sort][self->descending];
  query->client_pattern = crm_make_like_pattern (self->client_search);
  query->contact_pattern = crm_make_like_pattern (self->contact_search);
  query->now = crm_store_now ();
  query->status = self->status_filter;
  query->staff_id = self->staff_id;
  query->client_id = self->client_id;
  query->overdue_only = self->overdue_only;

  task = g_task_new (self, self->cancellable, query_done, NULL);
  g_task_set_source_tag (task, crm_booking_list_refresh);
  g_task_set_task_data (task, query, (GDestroyNotify) query_free);
  g_task_set_priority (task, G_PRIORITY_DEFAULT_IDLE);

  set_loading (self, TRUE);
  g_task_run_in_thread (task, run_query);
}

static void
on_store_changed (CrmBookingList *self)
{
  crm_booking_list_refresh (self);
}

static void
crm_booking_list_constructed (GObject *object)
{
  CrmBookingList *self = (CrmBookingList *)object;
  static const char * const signal_names[] = {
    "booking-changed", "client-added", "client-trashed", "client-restored",
    "client-spam-changed",
  };

  G_OBJECT_CLASS (crm_booking_list_parent_class)->constructed (object);

  crm_store_ensure_business_signals ();
  for (guint i = 0; i < G_N_ELEMENTS (signal_names); i++)
    g_signal_connect_object (self->store, signal_names[i],
                             G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  crm_booking_list_refresh (self);
}

static void
crm_booking_list_dispose (GObject *object)
{
  CrmBookingList *self = (CrmBookingList *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_booking_list_parent_class)->dispose (object);
}

static void
crm_booking_list_finalize (GObject *object)
{
  CrmBookingList *self = (CrmBookingList *)object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_free (self->client_search);
  g_free (self->contact_search);

  G_OBJECT_CLASS (crm_booking_list_parent_class)->finalize (object);
}

static void
crm_booking_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrmBookingList *self = CRM_BOOKING_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_CLIENT_SEARCH:
      g_value_set_string (value, self->client_search);
      break;

    case PROP_CONTACT_SEARCH:
      g_value_set_string (value, self->contact_search);
      break;

    case PROP_STATUS_FILTER:
      g_value_set_int (value, self->status_filter);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_OVERDUE_ONLY:
      g_value_set_boolean (value, self->overdue_only);
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
crm_booking_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrmBookingList *self = CRM_BOOKING_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CLIENT_ID:
      crm_booking_list_set_client_id (self, g_value_get_int64 (value));
      break;

    case PROP_CLIENT_SEARCH:
      crm_booking_list_set_client_search (self, g_value_get_string (value));
      break;

    case PROP_CONTACT_SEARCH:
      crm_booking_list_set_contact_search (self, g_value_get_string (value));
      break;

    case PROP_STATUS_FILTER:
      crm_booking_list_set_status_filter (self, g_value_get_int (value));
      break;

    case PROP_STAFF_ID:
      crm_booking_list_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_OVERDUE_ONLY:
      crm_booking_list_set_overdue_only (self, g_value_get_boolean (value));
      break;

    case PROP_SORT:
      crm_booking_list_set_sort (self, g_value_get_enum (value), self->descending);
      break;

    case PROP_DESCENDING:
      crm_booking_list_set_sort (self, self->sort, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_booking_list_class_init (CrmBookingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = crm_booking_list_constructed;
  object_class->dispose = crm_booking_list_dispose;
  object_class->finalize = crm_booking_list_finalize;
  object_class->get_property = crm_booking_list_get_property;
  object_class->set_property = crm_booking_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));
  properties[PROP_CLIENT_ID] =
    g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CLIENT_SEARCH] =
    g_param_spec_string ("client-search", NULL, NULL, NULL, rw);
  properties[PROP_CONTACT_SEARCH] =
    g_param_spec_string ("contact-search", NULL, NULL, NULL, rw);
  properties[PROP_STATUS_FILTER] =
    g_param_spec_int ("status-filter", NULL, NULL, -1, CRM_BOOKING_STATUS_NO_SHOW, -1, rw);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_OVERDUE_ONLY] =
    g_param_spec_boolean ("overdue-only", NULL, NULL, FALSE, rw);
  properties[PROP_SORT] =
    g_param_spec_enum ("sort", NULL, NULL, CRM_TYPE_BOOKING_SORT, CRM_BOOKING_SORT_DUE, rw);
  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL, FALSE, rw);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, ro);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_booking_list_init (CrmBookingList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->status_filter = -1;
}

/**
 * crm_booking_list_new:
 * @store: the store to list
 *
 * Creates the list of all bookings not in the trash (of clients not in the
 * trash), by due time; the first query starts at once.
 *
 * Returns: (transfer full): a new list
 */
CrmBookingList *
crm_booking_list_new (CrmStore *store)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_BOOKING_LIST, "store", store, NULL);
}

/**
 * crm_booking_list_get_store:
 *
 * Returns: (transfer none): the store
 */
CrmStore *
crm_booking_list_get_store (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), NULL);
  return self->store;
}

gint64
crm_booking_list_get_client_id (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), 0);
  return self->client_id;
}

/**
 * crm_booking_list_set_client_id:
 * @client_id: the one client to list, or 0 for all
 */
void
crm_booking_list_set_client_id (CrmBookingList *self,
                                gint64          client_id)
{
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));

  if (self->client_id != client_id)
    {
      self->client_id = client_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT_ID]);
      crm_booking_list_refresh (self);
    }
}

static void
set_search (CrmBookingList  *self,
            char           **field,
            const char      *search,
            GParamSpec      *pspec)
{
  if (g_strcmp0 (*field, search) != 0)
    {
      g_free (*field);
      *field = g_strdup (search);
      g_object_notify_by_pspec (G_OBJECT (self), pspec);
      crm_booking_list_refresh (self);
    }
}

const char *
crm_booking_list_get_client_search (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), NULL);
  return self->client_search;
}

/**
 * crm_booking_list_set_client_search:
 * @search: (nullable): text the client's name must contain, any case
 */
void
crm_booking_list_set_client_search (CrmBookingList *self,
                                    const char     *search)
{
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));
  set_search (self, &self->client_search, search, properties[PROP_CLIENT_SEARCH]);
}

const char *
crm_booking_list_get_contact_search (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), NULL);
  return self->contact_search;
}

/**
 * crm_booking_list_set_contact_search:
 * @search: (nullable): text the booking's contact's name ("First Last")
 *   must contain, any case
 */
void
crm_booking_list_set_contact_search (CrmBookingList *self,
                                     const char     *search)
{
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));
  set_search (self, &self->contact_search, search, properties[PROP_CONTACT_SEARCH]);
}

int
crm_booking_list_get_status_filter (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), -1);
  return self->status_filter;
}

/**
 * crm_booking_list_set_status_filter:
 * @status: a #CrmBookingStatus, or -1 for every status
 */
void
crm_booking_list_set_status_filter (CrmBookingList *self,
                                    int             status)
{
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));
  g_return_if_fail (status >= -1 && status <= CRM_BOOKING_STATUS_NO_SHOW);

  if (self->status_filter != status)
    {
      self->status_filter = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_FILTER]);
      crm_booking_list_refresh (self);
    }
}

gint64
crm_booking_list_get_staff_id (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), 0);
  return self->staff_id;
}

/**
 * crm_booking_list_set_staff_id:
 * @staff_id: the staff member the bookings are assigned to, or 0 for all
 */
void
crm_booking_list_set_staff_id (CrmBookingList *self,
                               gint64          staff_id)
{
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));

  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
      crm_booking_list_refresh (self);
    }
}

gboolean
crm_booking_list_get_overdue_only (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), FALSE);
  return self->overdue_only;
}

void
crm_booking_list_set_overdue_only (CrmBookingList *self,
                                   gboolean        overdue_only)
{
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));

  if (self->overdue_only != !!overdue_only)
    {
      self->overdue_only = !!overdue_only;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE_ONLY]);
      crm_booking_list_refresh (self);
    }
}

CrmBookingSort
crm_booking_list_get_sort (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), CRM_BOOKING_SORT_DUE);
  return self->sort;
}

gboolean
crm_booking_list_get_descending (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), FALSE);
  return self->descending;
}

void
crm_booking_list_set_sort (CrmBookingList *self,
                           CrmBookingSort  sort,
                           gboolean        descending)
{
  gboolean changed = FALSE;

  g_return_if_fail (CRM_IS_BOOKING_LIST (self));
  g_return_if_fail (sort <= CRM_BOOKING_SORT_UPCOMING);

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
    crm_booking_list_refresh (self);
}

/**
 * crm_booking_list_get_loading:
 *
 * Returns: %TRUE while a query runs
 */
gboolean
crm_booking_list_get_loading (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), FALSE);
  return self->loading;
}

/**
 * crm_booking_list_find:
 * @booking_id: a booking's id
 *
 * Returns: its position, or %G_MAXUINT when it is not listed
 */
guint
crm_booking_list_find (CrmBookingList *self,
                       gint64          booking_id)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == booking_id)
      return i;

  return G_MAXUINT;
}
