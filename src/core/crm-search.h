/* crm-search.h: global search over every kind of record.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"

G_BEGIN_DECLS

typedef enum {
  CRM_SEARCH_KIND_CLIENT,
  CRM_SEARCH_KIND_CONTACT,
  CRM_SEARCH_KIND_TAG,
  CRM_SEARCH_KIND_NOTE,
  CRM_SEARCH_KIND_BOOKING,
  CRM_SEARCH_KIND_MESSAGE,
  CRM_SEARCH_KIND_INVOICE,
  CRM_SEARCH_KIND_PAYMENT,
  CRM_SEARCH_KIND_DOCUMENT,
} CrmSearchKind;

#define CRM_TYPE_SEARCH_RESULT (crm_search_result_get_type ())

G_DECLARE_FINAL_TYPE (CrmSearchResult, crm_search_result, CRM, SEARCH_RESULT, GObject)

/*
 * Properties: "kind" CrmSearchKind, "title", "subtitle", "icon-name"
 * (strings), "client-id" gint64 (the client whose card shows the item; 0
 * for a tag), "item-id" gint64 (the contact, note, booking, message,
 * invoice, payment or document itself; a tag's id for a tag).
 */
CrmSearchKind  crm_search_result_get_kind      (CrmSearchResult *self);
const char    *crm_search_result_get_title     (CrmSearchResult *self);
const char    *crm_search_result_get_subtitle  (CrmSearchResult *self);
const char    *crm_search_result_get_icon_name (CrmSearchResult *self);
gint64         crm_search_result_get_client_id (CrmSearchResult *self);
gint64         crm_search_result_get_item_id   (CrmSearchResult *self);

const char    *crm_search_kind_to_label        (CrmSearchKind    kind);

char          *crm_search_build_query          (const char      *text);
char          *crm_search_build_column_query   (const char      *columns,
                                                const char      *text);

void           crm_store_search_async          (CrmStore            *self,
                                                const char          *text,
                                                guint                limit_per_kind,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GListModel    *crm_store_search_finish         (CrmStore            *self,
                                                GAsyncResult        *result,
                                                GError             **error);
GListModel    *crm_store_search_sync           (CrmStore            *self,
                                                const char          *text,
                                                guint                limit_per_kind,
                                                GCancellable        *cancellable,
                                                GError             **error);

G_END_DECLS
