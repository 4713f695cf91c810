/* crm-timeline.h: everything that happened with a client, newest first.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-id-list.h"
#include "crm-store-business.h"
#include "crm-timeline-item.h"

G_BEGIN_DECLS

/*
 * A lazy GListModel of CrmTimelineItem: "client-id" gint64 (construct),
 * "kind-filter" int (a CrmTimelineKind, or -1 for every kind). It
 * refreshes itself when the store's "history-changed" names its client.
 */

#define CRM_TYPE_TIMELINE (crm_timeline_get_type ())

G_DECLARE_FINAL_TYPE (CrmTimeline, crm_timeline, CRM, TIMELINE, CrmIdList)

CrmTimeline *crm_timeline_new             (CrmStore    *store,
                                           gint64       client_id);
gint64       crm_timeline_get_client_id   (CrmTimeline *self);
int          crm_timeline_get_kind_filter (CrmTimeline *self);
void         crm_timeline_set_kind_filter (CrmTimeline *self,
                                           int          kind);

G_END_DECLS
