/* crm-booking-list.c: the list of bookings, sorted and filtered in SQL.
 *
 * A CrmIdList (see crm-id-list.c for the lazy model and its refreshes):
 * this file only says which bookings, in which order. The list refreshes
 * itself when the store says a booking or a client changed.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-booking-list.h"
#include "crm-search.h"
#include "crm-id-list.h"
#include "crm-core-enums.h"
#include "crm-list-sql-private.h"
#include "crm-store-business-private.h"

struct _CrmBookingList
{
  CrmIdList       parent_instance;

  char           *client_search;
  char           *contact_search;
  gint64          client_id;
  gint64          staff_id;
  int             status_filter;
  CrmBookingSort  sort;
  guint           descending : 1;
  char           *tag;
  int             client_status;
  guint           overdue_only : 1;
  guint           favorites_only : 1;
  guint           spam : 1;
};


G_DEFINE_FINAL_TYPE (CrmBookingList, crm_booking_list, CRM_TYPE_ID_LIST)

enum {
  PROP_0,
  PROP_CLIENT_ID,
  PROP_CLIENT_SEARCH,
  PROP_CONTACT_SEARCH,
  PROP_STATUS_FILTER,
  PROP_STAFF_ID,
  PROP_OVERDUE_ONLY,
  PROP_SORT,
  PROP_DESCENDING,
  PROP_TAG,
  PROP_CLIENT_STATUS,
  PROP_FAVORITES_ONLY,
  PROP_SPAM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ORDER BY cannot be bound, so each order is its own literal statement,
 * and so is the spam condition (SQLite uses the partial clients_name index
 * only for a literal one). ?1 an FTS5 query on the client's name, ?2 on
 * the contact's (or NULL: words starting so, any case, any accent, as
 * global search matches), ?3 status or -1, ?4 staff or 0, ?5 overdue
 * only, ?6 now, ?7
 * client or 0, ?8 the client's tag or NULL, ?9 the client's status or -1,
 * ?10 favorite clients only. */
#define LIST_WHERE(spam, client) \
  "SELECT b.id FROM bookings b" \
  "  JOIN clients c ON c.id = b.client_id" \
  "  LEFT JOIN contacts ct ON ct.id = b.contact_id" \
  "  LEFT JOIN staff s ON s.id = b.staff_id" \
  " WHERE b.deleted_at IS NULL AND c.deleted_at IS NULL AND " spam \
  "   AND (?1 IS NULL OR b.client_id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?1))" \
  "   AND (?2 IS NULL OR b.contact_id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?2))" \
  "   AND (?3 < 0 OR b.status = ?3)" \
  "   AND (?4 = 0 OR b.staff_id = ?4)" \
  "   AND (?5 = 0 OR (b.status IN (0, 1) AND b.due_at < ?6))" \
  "   AND " client \
  "   AND (?8 IS NULL OR b.client_id IN (SELECT tg.client_id FROM client_tags tg" \
  "                                      JOIN tags t ON t.id = tg.tag_id WHERE t.name = ?8))" \
  "   AND (?9 < 0 OR c.status = ?9)" \
  "   AND (?10 = 0 OR c.favorite = 1)"

#define WHEN "coalesce (b.starts_at, b.due_at)"

/* Most orders and their reverses are the order of an index
 * (0003-business.sql, 0009-list-sort-indexes.sql). By contact and by
 * staff member are not: the names live in other tables, and a booking
 * may have neither. */
#define QUERIES(spam, client) { \
  [CRM_BOOKING_SORT_DUE] = { \
    LIST_WHERE (spam, client) " ORDER BY b.due_at, b.id", \
    LIST_WHERE (spam, client) " ORDER BY b.due_at DESC, b.id DESC", \
  }, \
  [CRM_BOOKING_SORT_STARTS] = { \
    LIST_WHERE (spam, client) " ORDER BY " WHEN ", b.id", \
    LIST_WHERE (spam, client) " ORDER BY " WHEN " DESC, b.id DESC", \
  }, \
  [CRM_BOOKING_SORT_CREATED] = { \
    LIST_WHERE (spam, client) " ORDER BY b.created_at, b.id", \
    LIST_WHERE (spam, client) " ORDER BY b.created_at DESC, b.id DESC", \
  }, \
  [CRM_BOOKING_SORT_PRIORITY] = { \
    LIST_WHERE (spam, client) " ORDER BY b.priority, b.due_at, b.id", \
    LIST_WHERE (spam, client) " ORDER BY b.priority DESC, b.due_at, b.id", \
  }, \
  [CRM_BOOKING_SORT_STATUS] = { \
    LIST_WHERE (spam, client) " ORDER BY b.status, b.due_at, b.id", \
    LIST_WHERE (spam, client) " ORDER BY b.status DESC, b.due_at, b.id", \
  }, \
  [CRM_BOOKING_SORT_CLIENT] = { \
    LIST_WHERE (spam, client) " ORDER BY c.name COLLATE NOCASE, c.id, b.due_at, b.id", \
    LIST_WHERE (spam, client) " ORDER BY c.name COLLATE NOCASE DESC, c.id DESC, b.due_at, b.id", \
  }, \
  [CRM_BOOKING_SORT_UPCOMING] = { \
    LIST_WHERE (spam, client) " ORDER BY " WHEN " < ?6," \
    " CASE WHEN " WHEN " >= ?6 THEN " WHEN " END, " WHEN " DESC, b.id", \
    LIST_WHERE (spam, client) " ORDER BY " WHEN " < ?6," \
    " CASE WHEN " WHEN " >= ?6 THEN " WHEN " END, " WHEN " DESC, b.id", \
  }, \
  [CRM_BOOKING_SORT_SERVICE] = { \
    LIST_WHERE (spam, client) " ORDER BY b.service COLLATE NOCASE, b.due_at, b.id", \
    LIST_WHERE (spam, client) " ORDER BY b.service COLLATE NOCASE DESC, b.due_at DESC, b.id DESC", \
  }, \
  [CRM_BOOKING_SORT_CONTACT] = { \
    LIST_WHERE (spam, client) " ORDER BY ct.last_name COLLATE NOCASE, ct.first_name COLLATE NOCASE," \
    " ct.id, b.due_at, b.id", \
    LIST_WHERE (spam, client) " ORDER BY ct.last_name COLLATE NOCASE DESC, ct.first_name COLLATE NOCASE DESC," \
    " ct.id DESC, b.due_at, b.id", \
  }, \
  [CRM_BOOKING_SORT_STAFF] = { \
    LIST_WHERE (spam, client) " ORDER BY s.name COLLATE NOCASE, s.id, b.due_at, b.id", \
    LIST_WHERE (spam, client) " ORDER BY s.name COLLATE NOCASE DESC, s.id DESC, b.due_at, b.id", \
  }, \
}

/* One client's bookings (its card, or the view shown for it) are found
 * by the client's index; as "?7 = 0 OR …" SQLite could not see that, and
 * read every booking there is. */
#define ANY_CLIENT "(?7 = 0 OR b.client_id = ?7)"
#define ONE_CLIENT "b.client_id = ?7"

/* [spam: no, yes, either (one client's list)][sort][descending] */
static const char * const list_queries[3][CRM_BOOKING_SORT_STAFF + 1][2] = {
  QUERIES ("c.spam = 0", ANY_CLIENT),
  QUERIES ("c.spam = 1", ANY_CLIENT),
  QUERIES ("1", ONE_CLIENT),
};

/* The statement of the list's order and spam filter; its parameters are
 * bound in crm_booking_list_make_query(). */
const char *
crm_booking_list_get_sql (CrmBookingList *self)
{
  /* A client's own card lists its bookings, spam or not. */
  guint spam = self->client_id != 0 ? 2 : self->spam;

  return list_queries[spam][self->sort][self->descending];
}

static CrmIdQuery *
crm_booking_list_make_query (CrmIdList *list)
{
  CrmBookingList *self = CRM_BOOKING_LIST (list);
  g_autofree char *client_pattern = crm_search_build_column_query ("name", self->client_search);
  g_autofree char *contact_pattern = crm_search_build_column_query ("{first_name last_name}",
                                                                    self->contact_search);
  g_autofree char *now = crm_store_now ();
  CrmIdQuery *query;

  query = crm_id_query_new (crm_booking_list_get_sql (self));
  crm_id_query_bind_text (query, 1, client_pattern);
  crm_id_query_bind_text (query, 2, contact_pattern);
  crm_id_query_bind_int64 (query, 3, self->status_filter);
  crm_id_query_bind_int64 (query, 4, self->staff_id);
  crm_id_query_bind_int64 (query, 5, self->overdue_only);
  crm_id_query_bind_text (query, 6, now);
  crm_id_query_bind_int64 (query, 7, self->client_id);
  crm_id_query_bind_text (query, 8, self->tag);
  crm_id_query_bind_int64 (query, 9, self->client_status);
  crm_id_query_bind_int64 (query, 10, self->favorites_only);

  return query;
}

static gpointer
crm_booking_list_get_item (CrmIdList *list,
                           gint64     id)
{
  g_autoptr(GError) error = NULL;
  CrmBooking *booking;

  booking = crm_store_get_booking (crm_id_list_get_store (list), id, &error);
  if (booking == NULL)
    g_debug ("Booking %" G_GINT64_FORMAT " vanished: %s", id, error->message);

  return booking;
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
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));

  crm_id_list_refresh (CRM_ID_LIST (self));
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
    "client-spam-changed", "reloaded",
  };

  G_OBJECT_CLASS (crm_booking_list_parent_class)->constructed (object);

  crm_store_ensure_business_signals ();
  for (guint i = 0; i < G_N_ELEMENTS (signal_names); i++)
    g_signal_connect_object (crm_id_list_get_store (CRM_ID_LIST (self)), signal_names[i],
                             G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  crm_booking_list_refresh (self);
}

static void
crm_booking_list_finalize (GObject *object)
{
  CrmBookingList *self = (CrmBookingList *)object;

  g_free (self->client_search);
  g_free (self->contact_search);
  g_free (self->tag);

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

    case PROP_TAG:
      g_value_set_string (value, self->tag);
      break;

    case PROP_CLIENT_STATUS:
      g_value_set_int (value, self->client_status);
      break;

    case PROP_FAVORITES_ONLY:
      g_value_set_boolean (value, self->favorites_only);
      break;

    case PROP_SPAM:
      g_value_set_boolean (value, self->spam);
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

    case PROP_TAG:
      crm_booking_list_set_tag (self, g_value_get_string (value));
      break;

    case PROP_CLIENT_STATUS:
      crm_booking_list_set_client_status (self, g_value_get_int (value));
      break;

    case PROP_FAVORITES_ONLY:
      crm_booking_list_set_favorites_only (self, g_value_get_boolean (value));
      break;

    case PROP_SPAM:
      crm_booking_list_set_spam (self, g_value_get_boolean (value));
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
  CrmIdListClass *list_class = CRM_ID_LIST_CLASS (klass);

  object_class->constructed = crm_booking_list_constructed;
  object_class->finalize = crm_booking_list_finalize;
  object_class->get_property = crm_booking_list_get_property;
  object_class->set_property = crm_booking_list_set_property;

  list_class->item_type = CRM_TYPE_BOOKING;
  list_class->make_query = crm_booking_list_make_query;
  list_class->get_item = crm_booking_list_get_item;

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
  properties[PROP_TAG] = g_param_spec_string ("tag", NULL, NULL, NULL, rw);
  properties[PROP_CLIENT_STATUS] =
    g_param_spec_int ("client-status", NULL, NULL, -1, G_MAXINT, -1, rw);
  properties[PROP_FAVORITES_ONLY] =
    g_param_spec_boolean ("favorites-only", NULL, NULL, FALSE, rw);
  properties[PROP_SPAM] = g_param_spec_boolean ("spam", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_booking_list_init (CrmBookingList *self)
{
  self->status_filter = -1;
  self->client_status = -1;
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
  return crm_id_list_get_store (CRM_ID_LIST (self));
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
  g_return_if_fail (sort <= CRM_BOOKING_SORT_STAFF);

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
  return crm_id_list_get_loading (CRM_ID_LIST (self));
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
  return crm_id_list_find (CRM_ID_LIST (self), booking_id);
}

const char *
crm_booking_list_get_tag (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), NULL);
  return self->tag;
}

/**
 * crm_booking_list_set_tag:
 * @tag: (nullable): list only bookings of clients with this tag (any case)
 */
void
crm_booking_list_set_tag (CrmBookingList *self,
                          const char     *tag)
{
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));

  if (tag != NULL && tag[0] == '\0')
    tag = NULL;

  if (g_strcmp0 (self->tag, tag) != 0)
    {
      g_free (self->tag);
      self->tag = g_strdup (tag);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAG]);
      crm_booking_list_refresh (self);
    }
}

int
crm_booking_list_get_client_status (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), -1);
  return self->client_status;
}

/**
 * crm_booking_list_set_client_status:
 * @status: a #CrmClientStatus, or -1 for any
 */
void
crm_booking_list_set_client_status (CrmBookingList *self,
                                    int             status)
{
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));

  status = MAX (status, -1);
  if (self->client_status != status)
    {
      self->client_status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT_STATUS]);
      crm_booking_list_refresh (self);
    }
}

gboolean
crm_booking_list_get_favorites_only (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), FALSE);
  return self->favorites_only;
}

void
crm_booking_list_set_favorites_only (CrmBookingList *self,
                                     gboolean        favorites_only)
{
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));

  if (self->favorites_only != !!favorites_only)
    {
      self->favorites_only = !!favorites_only;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAVORITES_ONLY]);
      crm_booking_list_refresh (self);
    }
}

gboolean
crm_booking_list_get_spam (CrmBookingList *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING_LIST (self), FALSE);
  return self->spam;
}

void
crm_booking_list_set_spam (CrmBookingList *self,
                           gboolean        spam)
{
  g_return_if_fail (CRM_IS_BOOKING_LIST (self));

  if (self->spam != !!spam)
    {
      self->spam = !!spam;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAM]);
      crm_booking_list_refresh (self);
    }
}
