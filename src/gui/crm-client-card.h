/* crm-client-card.h: one client, with its tags, notes, fields and contacts.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_CLIENT_CARD (crm_client_card_get_type ())

G_DECLARE_FINAL_TYPE (CrmClientCard, crm_client_card, CRM, CLIENT_CARD, AdwBin)

CrmStore  *crm_client_card_get_store  (CrmClientCard *self);
void       crm_client_card_set_store  (CrmClientCard *self,
                                       CrmStore      *store);
CrmClient *crm_client_card_get_client (CrmClientCard *self);
void       crm_client_card_set_client (CrmClientCard *self,
                                       CrmClient     *client);
void       crm_client_card_show_main    (CrmClientCard *self);
gboolean   crm_client_card_show_note    (CrmClientCard *self,
                                         gint64         note_id);
gboolean   crm_client_card_show_contact (CrmClientCard *self,
                                         gint64         contact_id);
gboolean   crm_client_card_show_booking (CrmClientCard *self,
                                         gint64         booking_id);
gboolean   crm_client_card_show_invoice (CrmClientCard *self,
                                         gint64         invoice_id);
gboolean   crm_client_card_show_payment (CrmClientCard *self,
                                         gint64         payment_id);
gboolean   crm_client_card_show_document (CrmClientCard *self,
                                          gint64         document_id);
gboolean   crm_client_card_show_message (CrmClientCard *self,
                                         gint64         message_id);

G_END_DECLS
