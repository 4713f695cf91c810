/* crm-contact-list.c: the Contacts view: every contact of every client,
 * filtered and sorted in SQL.
 *
 * A CrmIdList (see crm-id-list.c for the lazy model and its refreshes);
 * this file only says which contacts, in which order. Every order walks
 * an index; the search is the FTS5 index global search uses.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-contact-list.h"
#include "crm-core-enums.h"
#include "crm-list-sql-private.h"
#include "crm-search.h"
#include "crm-store-business-private.h"

struct _CrmContactList
{
  CrmIdList       parent_instance;

  char           *search;
  char           *tag;
  gint64          client_id;
  gint64          staff_id;
  int             status_filter;
  CrmContactSort  sort;
  guint           descending : 1;
  guint           hide_inactive : 1;
  guint           favorites_only : 1;
  guint           spam : 1;
};

G_DEFINE_FINAL_TYPE (CrmContactList, crm_contact_list, CRM_TYPE_ID_LIST)

enum {
  PROP_0,
  PROP_SEARCH,
  PROP_CLIENT_ID,
  PROP_HIDE_INACTIVE,
  PROP_SORT,
  PROP_DESCENDING,
  PROP_STAFF_ID,
  PROP_STATUS_FILTER,
  PROP_TAG,
  PROP_FAVORITES_ONLY,
  PROP_SPAM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ORDER BY cannot be bound, so each order is its own literal statement,
 * and so is the spam condition: SQLite uses a partial index only for a
 * literal one. ?1: an FTS5 query on the contact's name, e-mail and phone,
 * ?2: the same on the client's name (or both NULL), ?3 client or 0, ?4
 * hide inactive, ?5 the client's staff member or 0, ?6 the client's
 * status or -1, ?7 favorite clients only, ?8 the client's tag or NULL.
 *
 * Looking up every contact's client costs most of a list query (ten times
 * the walk of the contacts index). So the orders by a contact's own
 * columns ask instead whether its client is among a set read once: the
 * few clients left out (in the trash or spam) when no filter is on the
 * client, else the clients that pass (read from a covering list index).
 * The "+" keeps SQLite from reading the contacts by client rather than in
 * order. Only the order by client joins, walking the clients by name. */
#define CONTACT_FILTERS \
  "   AND (?1 IS NULL" \
  "        OR ct.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?1)" \
  "        OR ct.client_id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?2))" \
  "   AND (?3 = 0 OR ct.client_id = ?3)" \
  "   AND (?4 = 0 OR ct.inactive = 0)" \
  "   AND (?8 IS NULL OR +ct.client_id IN (SELECT tg.client_id FROM client_tags tg" \
  "                                        JOIN tags t ON t.id = tg.tag_id WHERE t.name = ?8))"

#define CLIENT_FILTERS(c) \
  "   AND (?5 = 0 OR " c "staff_id = ?5)" \
  "   AND (?6 < 0 OR " c "status = ?6)" \
  "   AND (?7 = 0 OR " c "favorite = 1)"

/* Every client that is not in the trash or spam. */
#define LIST_ALL \
  "SELECT ct.id FROM contacts ct" \
  " WHERE ct.deleted_at IS NULL" \
  "   AND +ct.client_id NOT IN (SELECT id FROM clients WHERE deleted_at IS NOT NULL" \
  "                             UNION ALL" \
  "                             SELECT id FROM clients WHERE deleted_at IS NULL AND spam = 1)" \
  CONTACT_FILTERS

/* The clients that pass the filters. */
#define LIST_SOME(spam) \
  "SELECT ct.id FROM contacts ct" \
  " WHERE ct.deleted_at IS NULL" \
  "   AND +ct.client_id IN (SELECT id FROM clients" \
  "                         WHERE deleted_at IS NULL AND spam = " spam \
  CLIENT_FILTERS ("") ")" \
  CONTACT_FILTERS

#define LIST_JOIN(spam) \
  "SELECT ct.id FROM contacts ct JOIN clients c ON c.id = ct.client_id" \
  " WHERE ct.deleted_at IS NULL AND c.deleted_at IS NULL AND c.spam = " spam \
  CLIENT_FILTERS ("c.") \
  CONTACT_FILTERS

#define NAME_ASC "ct.last_name COLLATE NOCASE, ct.first_name COLLATE NOCASE, ct.id"
#define NAME_DESC "ct.last_name COLLATE NOCASE DESC, ct.first_name COLLATE NOCASE DESC, ct.id DESC"

/* Each order, and its reverse, is the order of one index of
 * 0009-list-sort-indexes.sql, read forwards or backwards: no sort of the
 * whole table on the way. */
#define QUERIES(list, join) { \
  [CRM_CONTACT_SORT_NAME] = { \
    list " ORDER BY " NAME_ASC, \
    list " ORDER BY " NAME_DESC, \
  }, \
  [CRM_CONTACT_SORT_CLIENT] = { \
    join " ORDER BY c.name COLLATE NOCASE, c.id, ct.is_primary DESC, " NAME_ASC, \
    join " ORDER BY c.name COLLATE NOCASE DESC, c.id DESC, ct.is_primary, " NAME_DESC, \
  }, \
  [CRM_CONTACT_SORT_JOB_TITLE] = { \
    list " ORDER BY ct.job_title COLLATE NOCASE, " NAME_ASC, \
    list " ORDER BY ct.job_title COLLATE NOCASE DESC, " NAME_DESC, \
  }, \
  [CRM_CONTACT_SORT_EMAIL] = { \
    list " ORDER BY ct.email COLLATE NOCASE, " NAME_ASC, \
    list " ORDER BY ct.email COLLATE NOCASE DESC, " NAME_DESC, \
  }, \
  [CRM_CONTACT_SORT_PHONE] = { \
    list " ORDER BY ct.phone, " NAME_ASC, \
    list " ORDER BY ct.phone DESC, " NAME_DESC, \
  }, \
  [CRM_CONTACT_SORT_PRIMARY] = { \
    list " ORDER BY ct.is_primary DESC, " NAME_ASC, \
    list " ORDER BY ct.is_primary, " NAME_DESC, \
  }, \
  [CRM_CONTACT_SORT_INACTIVE] = { \
    list " ORDER BY ct.inactive, " NAME_ASC, \
    list " ORDER BY ct.inactive DESC, " NAME_DESC, \
  }, \
}

typedef enum {
  SHAPE_ALL,        /* not spam, no filter on the client */
  SHAPE_SOME,       /* not spam, filtered on the client */
  SHAPE_SPAM,       /* spam */
  N_SHAPES
} Shape;

/* [shape][sort][descending] */
static const char * const list_queries[N_SHAPES][CRM_CONTACT_SORT_INACTIVE + 1][2] = {
  [SHAPE_ALL] = QUERIES (LIST_ALL, LIST_JOIN ("0")),
  [SHAPE_SOME] = QUERIES (LIST_SOME ("0"), LIST_JOIN ("0")),
  [SHAPE_SPAM] = QUERIES (LIST_SOME ("1"), LIST_JOIN ("1")),
};

/* The statement of the list's order and spam filter; its parameters are
 * bound in crm_contact_list_make_query(). */
const char *
crm_contact_list_get_sql (CrmContactList *self)
{
  Shape shape;

  if (self->spam)
    shape = SHAPE_SPAM;
  else if (self->staff_id != 0 || self->status_filter >= 0 || self->favorites_only)
    shape = SHAPE_SOME;
  else
    shape = SHAPE_ALL;

  return list_queries[shape][self->sort][self->descending];
}

static CrmIdQuery *
crm_contact_list_make_query (CrmIdList *list)
{
  CrmContactList *self = CRM_CONTACT_LIST (list);
  /* "mul" lists Anna Müller and every contact of Müller & Söhne. */
  g_autofree char *contact_pattern = crm_search_build_column_query ("{first_name last_name email phone}",
                                                                    self->search);
  g_autofree char *client_pattern = crm_search_build_column_query ("name", self->search);
  CrmIdQuery *query = crm_id_query_new (crm_contact_list_get_sql (self));

  crm_id_query_bind_text (query, 1, contact_pattern);
  crm_id_query_bind_text (query, 2, client_pattern);
  crm_id_query_bind_int64 (query, 3, self->client_id);
  crm_id_query_bind_int64 (query, 4, self->hide_inactive);
  crm_id_query_bind_int64 (query, 5, self->staff_id);
  crm_id_query_bind_int64 (query, 6, self->status_filter);
  crm_id_query_bind_int64 (query, 7, self->favorites_only);
  crm_id_query_bind_text (query, 8, self->tag);

  return query;
}

static gpointer
crm_contact_list_get_item (CrmIdList *list,
                           gint64     id)
{
  g_autoptr(GError) error = NULL;
  CrmContact *contact;

  contact = crm_store_get_contact (crm_id_list_get_store (list), id, &error);
  if (contact == NULL)
    g_debug ("Contact %" G_GINT64_FORMAT " vanished: %s", id, error->message);

  return contact;
}

static void
on_store_changed (CrmContactList *self)
{
  crm_id_list_refresh (CRM_ID_LIST (self));
}

static void
crm_contact_list_constructed (GObject *object)
{
  CrmContactList *self = (CrmContactList *)object;
  static const char * const signal_names[] = {
    "contacts-changed", "client-added", "client-trashed", "client-restored",
    "client-spam-changed", "client-assigned", "reloaded",
  };

  G_OBJECT_CLASS (crm_contact_list_parent_class)->constructed (object);

  crm_store_ensure_business_signals ();
  for (guint i = 0; i < G_N_ELEMENTS (signal_names); i++)
    g_signal_connect_object (crm_id_list_get_store (CRM_ID_LIST (self)), signal_names[i],
                             G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  crm_id_list_refresh (CRM_ID_LIST (self));
}

static void
crm_contact_list_finalize (GObject *object)
{
  CrmContactList *self = (CrmContactList *)object;

  g_free (self->search);
  g_free (self->tag);

  G_OBJECT_CLASS (crm_contact_list_parent_class)->finalize (object);
}

static void
crm_contact_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrmContactList *self = CRM_CONTACT_LIST (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_HIDE_INACTIVE:
      g_value_set_boolean (value, self->hide_inactive);
      break;

    case PROP_SORT:
      g_value_set_enum (value, self->sort);
      break;

    case PROP_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_STATUS_FILTER:
      g_value_set_int (value, self->status_filter);
      break;

    case PROP_TAG:
      g_value_set_string (value, self->tag);
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
crm_contact_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrmContactList *self = CRM_CONTACT_LIST (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      crm_contact_list_set_search (self, g_value_get_string (value));
      break;

    case PROP_CLIENT_ID:
      crm_contact_list_set_client_id (self, g_value_get_int64 (value));
      break;

    case PROP_HIDE_INACTIVE:
      crm_contact_list_set_hide_inactive (self, g_value_get_boolean (value));
      break;

    case PROP_SORT:
      crm_contact_list_set_sort (self, g_value_get_enum (value));
      break;

    case PROP_DESCENDING:
      crm_contact_list_set_descending (self, g_value_get_boolean (value));
      break;

    case PROP_STAFF_ID:
      crm_contact_list_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_STATUS_FILTER:
      crm_contact_list_set_status_filter (self, g_value_get_int (value));
      break;

    case PROP_TAG:
      crm_contact_list_set_tag (self, g_value_get_string (value));
      break;

    case PROP_FAVORITES_ONLY:
      crm_contact_list_set_favorites_only (self, g_value_get_boolean (value));
      break;

    case PROP_SPAM:
      crm_contact_list_set_spam (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_contact_list_class_init (CrmContactListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CrmIdListClass *list_class = CRM_ID_LIST_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = crm_contact_list_constructed;
  object_class->finalize = crm_contact_list_finalize;
  object_class->get_property = crm_contact_list_get_property;
  object_class->set_property = crm_contact_list_set_property;

  list_class->item_type = CRM_TYPE_CONTACT;
  list_class->make_query = crm_contact_list_make_query;
  list_class->get_item = crm_contact_list_get_item;

  properties[PROP_SEARCH] = g_param_spec_string ("search", NULL, NULL, NULL, rw);
  properties[PROP_CLIENT_ID] = g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_HIDE_INACTIVE] = g_param_spec_boolean ("hide-inactive", NULL, NULL, FALSE, rw);
  properties[PROP_SORT] =
    g_param_spec_enum ("sort", NULL, NULL, CRM_TYPE_CONTACT_SORT, CRM_CONTACT_SORT_NAME, rw);
  properties[PROP_DESCENDING] = g_param_spec_boolean ("descending", NULL, NULL, FALSE, rw);
  properties[PROP_STAFF_ID] = g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_STATUS_FILTER] = g_param_spec_int ("status-filter", NULL, NULL, -1, G_MAXINT, -1, rw);
  properties[PROP_TAG] = g_param_spec_string ("tag", NULL, NULL, NULL, rw);
  properties[PROP_FAVORITES_ONLY] = g_param_spec_boolean ("favorites-only", NULL, NULL, FALSE, rw);
  properties[PROP_SPAM] = g_param_spec_boolean ("spam", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_contact_list_init (CrmContactList *self)
{
  self->status_filter = -1;
}

/**
 * crm_contact_list_new:
 *
 * Returns: (transfer full): the list of every contact, by name; the first
 *   query starts at once
 */
CrmContactList *
crm_contact_list_new (CrmStore *store)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_CONTACT_LIST, "store", store, NULL);
}

const char *
crm_contact_list_get_search (CrmContactList *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT_LIST (self), NULL);
  return self->search;
}

void
crm_contact_list_set_search (CrmContactList *self,
                             const char     *search)
{
  g_return_if_fail (CRM_IS_CONTACT_LIST (self));

  if (g_strcmp0 (self->search, search) != 0)
    {
      g_free (self->search);
      self->search = g_strdup (search);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}

gint64
crm_contact_list_get_client_id (CrmContactList *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT_LIST (self), 0);
  return self->client_id;
}

void
crm_contact_list_set_client_id (CrmContactList *self,
                                gint64          client_id)
{
  g_return_if_fail (CRM_IS_CONTACT_LIST (self));

  if (self->client_id != client_id)
    {
      self->client_id = client_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT_ID]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}

gboolean
crm_contact_list_get_hide_inactive (CrmContactList *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT_LIST (self), FALSE);
  return self->hide_inactive;
}

void
crm_contact_list_set_hide_inactive (CrmContactList *self,
                                    gboolean        hide)
{
  g_return_if_fail (CRM_IS_CONTACT_LIST (self));

  if (self->hide_inactive != !!hide)
    {
      self->hide_inactive = !!hide;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_INACTIVE]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}

CrmContactSort
crm_contact_list_get_sort (CrmContactList *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT_LIST (self), CRM_CONTACT_SORT_NAME);
  return self->sort;
}

void
crm_contact_list_set_sort (CrmContactList *self,
                           CrmContactSort  sort)
{
  g_return_if_fail (CRM_IS_CONTACT_LIST (self));
  g_return_if_fail (sort <= CRM_CONTACT_SORT_INACTIVE);

  if (self->sort != sort)
    {
      self->sort = sort;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}

gboolean
crm_contact_list_get_descending (CrmContactList *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT_LIST (self), FALSE);
  return self->descending;
}

void
crm_contact_list_set_descending (CrmContactList *self,
                                gboolean        descending)
{
  g_return_if_fail (CRM_IS_CONTACT_LIST (self));

  if (self->descending != !!descending)
    {
      self->descending = !!descending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}

gboolean
crm_contact_list_get_favorites_only (CrmContactList *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT_LIST (self), FALSE);
  return self->favorites_only;
}

void
crm_contact_list_set_favorites_only (CrmContactList *self,
                                    gboolean        favorites_only)
{
  g_return_if_fail (CRM_IS_CONTACT_LIST (self));

  if (self->favorites_only != !!favorites_only)
    {
      self->favorites_only = !!favorites_only;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAVORITES_ONLY]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}

gboolean
crm_contact_list_get_spam (CrmContactList *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT_LIST (self), FALSE);
  return self->spam;
}

void
crm_contact_list_set_spam (CrmContactList *self,
                          gboolean        spam)
{
  g_return_if_fail (CRM_IS_CONTACT_LIST (self));

  if (self->spam != !!spam)
    {
      self->spam = !!spam;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAM]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}

gint64
crm_contact_list_get_staff_id (CrmContactList *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT_LIST (self), 0);
  return self->staff_id;
}

void
crm_contact_list_set_staff_id (CrmContactList *self,
                               gint64          staff_id)
{
  g_return_if_fail (CRM_IS_CONTACT_LIST (self));

  if (self->staff_id != staff_id)
    {
      self->staff_id = staff_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}

int
crm_contact_list_get_status_filter (CrmContactList *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT_LIST (self), -1);
  return self->status_filter;
}

/**
 * crm_contact_list_set_status_filter:
 * @status: a #CrmClientStatus, or -1 for any
 */
void
crm_contact_list_set_status_filter (CrmContactList *self,
                                    int             status)
{
  g_return_if_fail (CRM_IS_CONTACT_LIST (self));

  status = MAX (status, -1);
  if (self->status_filter != status)
    {
      self->status_filter = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_FILTER]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}

const char *
crm_contact_list_get_tag (CrmContactList *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT_LIST (self), NULL);
  return self->tag;
}

/**
 * crm_contact_list_set_tag:
 * @tag: (nullable): list only contacts of clients with this tag (any case)
 */
void
crm_contact_list_set_tag (CrmContactList *self,
                          const char     *tag)
{
  g_return_if_fail (CRM_IS_CONTACT_LIST (self));

  if (tag != NULL && tag[0] == '\0')
    tag = NULL;

  if (g_strcmp0 (self->tag, tag) != 0)
    {
      g_free (self->tag);
      self->tag = g_strdup (tag);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAG]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}
