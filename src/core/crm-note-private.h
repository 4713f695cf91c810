/* crm-note-private.h: how the store builds notes.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-note.h"

G_BEGIN_DECLS

CrmNote *crm_note_new_stored (gint64      id,
                              gint64      client_id,
                              const char *text,
                              const char *author_name,
                              GDateTime  *created);

G_END_DECLS
