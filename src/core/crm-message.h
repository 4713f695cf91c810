/* crm-message.h: a conversation entry: a mail, a call, a meeting, …
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  CRM_MESSAGE_CHANNEL_EMAIL,
  CRM_MESSAGE_CHANNEL_PHONE,
  CRM_MESSAGE_CHANNEL_MEETING,
  CRM_MESSAGE_CHANNEL_SMS,
  CRM_MESSAGE_CHANNEL_OTHER,
} CrmMessageChannel;

typedef enum {
  CRM_MESSAGE_DIRECTION_IN,
  CRM_MESSAGE_DIRECTION_OUT,
} CrmMessageDirection;

/*
 * Properties: "channel" CrmMessageChannel, "direction" CrmMessageDirection
 *   (in: from the client; out: to the client), "contact-id" gint64 (0 for
 *   none), "subject", "body" (strings), "occurred" GDateTime (when it
 *   happened; now when unset); read-only: "id", "client-id", "author-id"
 *   gint64, "author-name" string (the staff member who logged it),
 *   "created" GDateTime.
 *
 * Entries are logged once and not edited.
 */

#define CRM_TYPE_MESSAGE (crm_message_get_type ())

G_DECLARE_FINAL_TYPE (CrmMessage, crm_message, CRM, MESSAGE, GObject)

CrmMessage          *crm_message_new             (CrmMessageChannel    channel,
                                                  CrmMessageDirection  direction);

gint64               crm_message_get_id          (CrmMessage *self);
gint64               crm_message_get_client_id   (CrmMessage *self);
gint64               crm_message_get_contact_id  (CrmMessage *self);
gint64               crm_message_get_author_id   (CrmMessage *self);
const char          *crm_message_get_author_name (CrmMessage *self);
CrmMessageChannel    crm_message_get_channel     (CrmMessage *self);
CrmMessageDirection  crm_message_get_direction   (CrmMessage *self);
const char          *crm_message_get_subject     (CrmMessage *self);
const char          *crm_message_get_body        (CrmMessage *self);
GDateTime           *crm_message_get_occurred    (CrmMessage *self);
GDateTime           *crm_message_get_created     (CrmMessage *self);

const char          *crm_message_channel_to_label     (CrmMessageChannel channel);
const char          *crm_message_channel_to_icon_name (CrmMessageChannel channel);

G_END_DECLS
