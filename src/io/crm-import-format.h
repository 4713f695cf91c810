/* crm-import-format.h: the fields Clientele imports and the CSV layouts it knows.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * CrmField:
 *
 * What a column of an imported file holds. The CLIENT_* fields describe the
 * organization; the others the contact (person), except TAGS, NOTES and
 * ADDITIONAL_INFO which belong to the client.
 */
typedef enum {
  CRM_FIELD_NONE,
  CRM_FIELD_CLIENT_NAME,
  CRM_FIELD_EXTERNAL_CLIENT_ID,
  CRM_FIELD_CLIENT_ID,
  CRM_FIELD_FIRST_NAME,
  CRM_FIELD_LAST_NAME,
  CRM_FIELD_FULL_NAME,
  CRM_FIELD_EMAIL,
  CRM_FIELD_PHONE,
  CRM_FIELD_EXTERNAL_CONTACT_ID,
  CRM_FIELD_PRIMARY,
  CRM_FIELD_JOB_TITLE,
  CRM_FIELD_STREET,
  CRM_FIELD_CITY,
  CRM_FIELD_REGION,
  CRM_FIELD_POSTAL_CODE,
  CRM_FIELD_COUNTRY,
  CRM_FIELD_TAGS,
  CRM_FIELD_NOTES,
  CRM_FIELD_CLIENT_STATUS,
  CRM_FIELD_WEBSITE,
  CRM_FIELD_CLIENT_PHONE,
  CRM_FIELD_CLIENT_EMAIL,
  CRM_FIELD_ADDITIONAL_INFO,
} CrmField;

#define CRM_FIELD_LAST CRM_FIELD_ADDITIONAL_INFO

/**
 * CrmImportLayout:
 * @CRM_IMPORT_LAYOUT_GENERIC: a header we match column by column
 * @CRM_IMPORT_LAYOUT_CLIENTELE: our template (also what we export)
 * @CRM_IMPORT_LAYOUT_GOOGLE: Google Contacts CSV ("Google CSV", 2020 on)
 * @CRM_IMPORT_LAYOUT_GOOGLE_LEGACY: Google Contacts CSV before 2020
 * @CRM_IMPORT_LAYOUT_OUTLOOK: Outlook CSV (desktop, Outlook.com, Google's
 *   "Outlook CSV" export)
 * @CRM_IMPORT_LAYOUT_SALESFORCE: a Salesforce contact report or Data
 *   Loader export
 */
typedef enum {
  CRM_IMPORT_LAYOUT_GENERIC,
  CRM_IMPORT_LAYOUT_CLIENTELE,
  CRM_IMPORT_LAYOUT_GOOGLE,
  CRM_IMPORT_LAYOUT_GOOGLE_LEGACY,
  CRM_IMPORT_LAYOUT_OUTLOOK,
  CRM_IMPORT_LAYOUT_SALESFORCE,
} CrmImportLayout;

/**
 * CrmImportMapping:
 * @layout: the layout recognised from the header
 * @n_columns: number of columns
 * @fields: (array length=n_columns): the field of each column; a field is
 *   given to at most one column (the first that claims it), the others
 *   get %CRM_FIELD_NONE
 * @warnings: (array zero-terminated=1): translated sentences about the
 *   header (a column without a name, two columns with the same name), for
 *   the import dialog and the command line; empty when all is well
 */
typedef struct {
  CrmImportLayout   layout;
  guint             n_columns;
  CrmField         *fields;
  char            **warnings;
} CrmImportMapping;

const char       *crm_field_get_label               (CrmField            field);
const char       *crm_field_get_header              (CrmField            field);
gboolean          crm_field_is_client_field         (CrmField            field);
CrmField          crm_field_from_header             (const char         *header);

const CrmField   *crm_import_template_get_fields    (guint              *n_fields);
char             *crm_import_template_get_sample    (void);

const char       *crm_import_layout_get_label       (CrmImportLayout     layout);
CrmImportLayout   crm_import_layout_detect          (const char * const *header,
                                                     guint               n_columns);

CrmImportMapping *crm_import_mapping_new            (const char * const *header,
                                                     guint               n_columns);
void              crm_import_mapping_free           (CrmImportMapping   *mapping);
int               crm_import_mapping_find           (const CrmImportMapping *mapping,
                                                     CrmField            field);
gboolean          crm_import_mapping_check          (const CrmImportMapping *mapping,
                                                     GError            **error);

gboolean          crm_import_parse_boolean          (const char         *value,
                                                     gboolean           *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmImportMapping, crm_import_mapping_free)

G_END_DECLS
