/* crm-note-row.h: a note in a client's list of notes.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-note.h"

G_BEGIN_DECLS

GtkWidget *crm_note_row_new (CrmNote *note);

G_END_DECLS
