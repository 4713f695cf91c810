/* crm-import-history-private.h: the history window's insides, for the UI
 * tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-import-history.h"
#include "crm-importer.h"

G_BEGIN_DECLS

struct _CrmImportHistory
{
  AdwWindow            parent_instance;

  CrmStore            *store;
  /* The rows of the list, one per import, newest first. */
  GPtrArray           *rows;
  /* Undos finished (well or not), for the tests. */
  guint                undos_done;
  /* The message dialog that says why an undo was refused, while shown. */
  GtkWidget           *refused;
  guint                disposed : 1;

  /* Template children */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwPreferencesGroup *group;
};

G_END_DECLS
