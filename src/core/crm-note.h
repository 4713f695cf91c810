/* crm-note.h: a dated note on a client, with its author.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CRM_TYPE_NOTE (crm_note_get_type ())

G_DECLARE_FINAL_TYPE (CrmNote, crm_note, CRM, NOTE, GObject)

gint64      crm_note_get_id          (CrmNote *self);
gint64      crm_note_get_client_id   (CrmNote *self);
const char *crm_note_get_text        (CrmNote *self);
const char *crm_note_get_author_name (CrmNote *self);
GDateTime  *crm_note_get_created     (CrmNote *self);

G_END_DECLS
