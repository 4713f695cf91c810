/* crm-timeline-item.h: one line of a client's timeline.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  CRM_TIMELINE_KIND_MESSAGE,
  CRM_TIMELINE_KIND_NOTE,
  CRM_TIMELINE_KIND_BOOKING,
  CRM_TIMELINE_KIND_INVOICE,
  CRM_TIMELINE_KIND_PAYMENT,
  CRM_TIMELINE_KIND_DOCUMENT,
} CrmTimelineKind;

/*
 * Properties (read-only): "kind" CrmTimelineKind, "record-id" gint64 (the
 * message, note, booking, invoice, payment or document: open it with
 * crm_store_get_message(), crm_store_get_booking(), …), "client-id"
 * gint64, "time" GDateTime (when it happened; an invoice's or payment's
 * date at local midnight), "icon-name", "title", "subtitle" (strings).
 */

#define CRM_TYPE_TIMELINE_ITEM (crm_timeline_item_get_type ())

G_DECLARE_FINAL_TYPE (CrmTimelineItem, crm_timeline_item, CRM, TIMELINE_ITEM, GObject)

CrmTimelineItem *crm_timeline_item_new            (CrmTimelineKind  kind,
                                                   gint64           record_id,
                                                   gint64           client_id,
                                                   GDateTime       *time,
                                                   const char      *icon_name,
                                                   const char      *title,
                                                   const char      *subtitle);

CrmTimelineKind  crm_timeline_item_get_kind       (CrmTimelineItem *self);
gint64           crm_timeline_item_get_record_id  (CrmTimelineItem *self);
gint64           crm_timeline_item_get_client_id  (CrmTimelineItem *self);
GDateTime       *crm_timeline_item_get_time       (CrmTimelineItem *self);
const char      *crm_timeline_item_get_icon_name  (CrmTimelineItem *self);
const char      *crm_timeline_item_get_title      (CrmTimelineItem *self);
const char      *crm_timeline_item_get_subtitle   (CrmTimelineItem *self);

const char      *crm_timeline_kind_to_label       (CrmTimelineKind  kind);

G_END_DECLS
