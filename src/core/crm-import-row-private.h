/* crm-import-row-private.h: one row of an import, read, checked and
 * reported, before and apart from what the engine writes for it.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-import-source.h"
#include "crm-importer.h"

G_BEGIN_DECLS

/* A row's values, trimmed, NULL when empty, pointing into a buffer. */
typedef struct {
  const char *v[CRM_N_FIELDS];
  const char *first;
  const char *last;
  gboolean    primary;
  gboolean    primary_given;
  int         status;         /* -1: not given */
} CrmImportValues;

/* What became of a row. */
typedef struct {
  CrmImportAction  action;
  char            *message;
  char            *duplicate;
  char            *client_name;
  char            *contact_name;
} CrmImportOutcome;

void          crm_import_values_read    (GString               *buffer,
                                         const CrmImportRecord *record,
                                         CrmImportValues       *values);
gboolean      crm_import_values_check   (const CrmImportRecord *record,
                                         CrmImportValues       *values,
                                         CrmImportOutcome      *outcome);

void          crm_import_outcome_clear  (CrmImportOutcome      *outcome);
gboolean      crm_import_outcome_fail   (CrmImportOutcome      *outcome,
                                         const char            *format,
                                         ...) G_GNUC_PRINTF (2, 3);
CrmImportRow *crm_import_outcome_to_row (const CrmImportRecord *record,
                                         CrmImportOutcome      *outcome);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CrmImportOutcome, crm_import_outcome_clear)

G_END_DECLS
