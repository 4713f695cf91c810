/* crm-import-source.h: the rows of an import file, whatever its format.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-import-format.h"

G_BEGIN_DECLS

#define CRM_N_FIELDS (CRM_FIELD_LAST + 1)

typedef enum {
  CRM_IMPORT_FORMAT_CSV,
  CRM_IMPORT_FORMAT_VCARD,
} CrmImportFormat;

/**
 * CrmImportRecord:
 * @number: the record's number, 1 for the first after the header
 * @line: the line of the file where it starts
 * @values: one value per #CrmField, never %NULL ("" when empty)
 * @raw: (array length=n_raw): the record as it was in the file, for the
 *   error report
 * @error: (nullable): why the record could not be read (a ragged row, a
 *   vCard without END); such a record is reported as failed
 *
 * Borrowed from the source until the next crm_import_source_next().
 */
typedef struct {
  guint64             number;
  guint64             line;
  const char         *values[CRM_N_FIELDS];
  const char * const *raw;
  guint               n_raw;
  const GError       *error;
} CrmImportRecord;

typedef struct _CrmImportSource CrmImportSource;

CrmImportSource    *crm_import_source_new         (const char             *path,
                                                   GError                **error);
void                crm_import_source_free        (CrmImportSource        *self);
CrmImportFormat     crm_import_source_get_format  (CrmImportSource        *self);
const char * const *crm_import_source_get_header  (CrmImportSource        *self,
                                                   guint                  *n_columns);
const CrmImportMapping *crm_import_source_get_mapping (CrmImportSource    *self);
void                crm_import_source_set_field   (CrmImportSource        *self,
                                                   guint                   column,
                                                   CrmField                field);
double              crm_import_source_get_fraction (CrmImportSource       *self);
gboolean            crm_import_source_next        (CrmImportSource        *self,
                                                   const CrmImportRecord **record,
                                                   GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmImportSource, crm_import_source_free)

G_END_DECLS
