/* crm-message-private.h: how the store fills messages.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-message.h"

G_BEGIN_DECLS

void crm_message_set_stored (CrmMessage *self,
                             gint64      id,
                             gint64      client_id,
                             gint64      author_id,
                             const char *author_name,
                             GDateTime  *created);

G_END_DECLS
