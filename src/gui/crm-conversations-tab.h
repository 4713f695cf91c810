/* crm-conversations-tab.h: the client card's Conversations tab.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

#define CRM_TYPE_CONVERSATIONS_TAB (crm_conversations_tab_get_type ())

G_DECLARE_FINAL_TYPE (CrmConversationsTab, crm_conversations_tab, CRM, CONVERSATIONS_TAB, AdwBin)

/*
 * Signals: "item-activated" (CrmTimelineItem *item): an entry was
 *   activated; the card opens it in its own tab.
 */
GtkWidget *crm_conversations_tab_new        (void);
void       crm_conversations_tab_set_store  (CrmConversationsTab *self,
                                             CrmStore            *store);
void       crm_conversations_tab_set_client (CrmConversationsTab *self,
                                             CrmClient           *client);
void       crm_conversations_tab_set_read_only (CrmConversationsTab *self,
                                                gboolean             read_only);
gboolean   crm_conversations_tab_show_message (CrmConversationsTab *self,
                                               gint64               message_id);

G_END_DECLS
