/* crm-documents-tab-private.h: the tab's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-documents-tab.h"

G_BEGIN_DECLS

struct _CrmDocumentsTab
{
  AdwBin        parent_instance;

  CrmStore     *store;
  CrmClient    *client;
  gulong        history_handler;
  GCancellable *cancellable;
  /* Attachments still being copied in, for the tests to wait on. */
  guint         n_attaching;

  GtkListBox   *list;
  GListModel   *documents;    /* CrmDocument */
  gboolean      stale;        /* read again when next shown */
  GtkLabel     *error_label;
  GtkLabel     *placeholder;
  GtkDropTarget *drop_target;
  gboolean      read_only;
};

void           crm_documents_tab_reload   (CrmDocumentsTab *self);
GtkListBoxRow *crm_documents_tab_find_row (CrmDocumentsTab *self,
                                           gint64           document_id);

G_END_DECLS
