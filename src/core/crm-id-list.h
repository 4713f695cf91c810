/* crm-id-list.h: the base of Clientele's lazy list models.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"

G_BEGIN_DECLS

typedef struct _CrmIdQuery CrmIdQuery;

CrmIdQuery *crm_id_query_new         (const char  *sql);
void        crm_id_query_bind_int64  (CrmIdQuery  *query,
                                      int          index,
                                      gint64       value);
void        crm_id_query_bind_text   (CrmIdQuery  *query,
                                      int          index,
                                      const char  *text);

#define CRM_TYPE_ID_LIST (crm_id_list_get_type ())

G_DECLARE_DERIVABLE_TYPE (CrmIdList, crm_id_list, CRM, ID_LIST, GObject)

/**
 * CrmIdListClass:
 * @item_type: the type of the items (set in class_init)
 * @make_query: the query to run now, with its parameters bound: it must
 *   return one column, the ids, in the list's order
 * @get_item: the live object of a listed id
 * @prefetch: (optional) on the worker thread, in the read transaction that
 *   listed @ids, read the objects of these first rows (a sqlite3 *
 *   connection of that thread is @db); %NULL on failure. It must not touch
 *   the list or the store: only the class and the connection.
 * @prefetched_free: frees what @prefetch returned
 */
struct _CrmIdListClass
{
  GObjectClass parent_class;

  GType        item_type;

  CrmIdQuery *(*make_query)      (CrmIdList    *self);
  gpointer    (*get_item)        (CrmIdList    *self,
                                  gint64        id);
  gpointer    (*prefetch)        (gpointer      db,
                                  const gint64 *ids,
                                  guint         n_ids);
  void        (*prefetched_free) (gpointer      prefetched);

  /*< private >*/
  gpointer     padding[6];
};

CrmStore *crm_id_list_get_store   (CrmIdList *self);
gboolean  crm_id_list_get_loading (CrmIdList *self);
guint     crm_id_list_get_n_reading (void);
void      crm_id_list_refresh     (CrmIdList *self);
guint     crm_id_list_find        (CrmIdList *self,
                                   gint64     id);
GArray   *crm_id_list_dup_ids     (CrmIdList *self);
gpointer  crm_id_list_get_prefetched (CrmIdList *self);
gboolean  crm_id_list_is_refilling (CrmIdList *self);
void      crm_id_list_remove_id   (CrmIdList *self,
                                   gint64     id);

G_END_DECLS
