/* crm-contact-list.c: the Contacts view: every contact of every client,
 * filtered and sorted in SQL.
 *
 * A CrmIdList (see crm-id-list.c for the lazy model and its refreshes);
 * this file only says which contacts, in which order. By name it walks
 * the contacts_name index.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-contact-list.h"
#include "crm-core-enums.h"
#include "crm-store-business-private.h"

struct _CrmContactList
{
  CrmIdList       parent_instance;

  char           *search;
  gint64          client_id;
  CrmContactSort  sort;
  gboolean        hide_inactive;
};

G_DEFINE_FINAL_TYPE (CrmContactList, crm_contact_list, CRM_TYPE_ID_LIST)

enum {
  PROP_0,
  PROP_SEARCH,
  PROP_CLIENT_ID,
  PROP_HIDE_INACTIVE,
  PROP_SORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ?1 pattern or NULL, ?2 client or 0, ?3 hide inactive. */
#define LIST_WHERE \
  "SELECT ct.id FROM contacts ct JOIN clients c ON c.id = ct.client_id" \
  " WHERE ct.deleted_at IS NULL AND c.deleted_at IS NULL AND c.spam = 0" \
  "   AND (?1 IS NULL OR trim (ct.first_name || ' ' || ct.last_name) LIKE ?1 ESCAPE '\\'" \
  "        OR ct.email LIKE ?1 ESCAPE '\\' OR c.name LIKE ?1 ESCAPE '\\')" \
  "   AND (?2 = 0 OR ct.client_id = ?2)" \
  "   AND (?3 = 0 OR ct.inactive = 0)"

static const char * const list_queries[] = {
  [CRM_CONTACT_SORT_NAME] =
    LIST_WHERE " ORDER BY ct.last_name COLLATE NOCASE, ct.first_name COLLATE NOCASE, ct.id",
  [CRM_CONTACT_SORT_CLIENT] =
    LIST_WHERE " ORDER BY c.name COLLATE NOCASE, c.id, ct.is_primary DESC,"
    " ct.last_name COLLATE NOCASE, ct.first_name COLLATE NOCASE, ct.id",
};

static CrmIdQuery *
crm_contact_list_make_query (CrmIdList *list)
{
  CrmContactList *self = CRM_CONTACT_LIST (list);
  g_autofree char *pattern = crm_make_like_pattern (self->search);
  CrmIdQuery *query = crm_id_query_new (list_queries[self->sort]);

  crm_id_query_bind_text (query, 1, pattern);
  crm_id_query_bind_int64 (query, 2, self->client_id);
  crm_id_query_bind_int64 (query, 3, self->hide_inactive);

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
    "client-spam-changed",
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_contact_list_init (CrmContactList *self)
{
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
  g_return_if_fail (sort <= CRM_CONTACT_SORT_CLIENT);

  if (self->sort != sort)
    {
      self->sort = sort;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}
