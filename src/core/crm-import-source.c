/* crm-import-source.c: the rows of an import file, whatever its format.
 *
 * A CSV file's columns reach the fields through the mapping (recognised
 * from the header, changed by the person in the import dialog); a vCard's
 * properties have fixed fields. Either way the importer sees records of
 * CrmField values and never the format.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "crm-csv-reader.h"
#include "crm-import-source.h"
#include "crm-io-error.h"
#include "crm-vcard-reader.h"

struct _CrmImportSource
{
  CrmImportFormat   format;
  CrmCsvReader     *csv;
  CrmVcardReader   *vcard;
  CrmImportMapping *mapping;
  CrmImportRecord   record;
  GError           *record_error;

  /* vCard: the current card and the strings made from it. */
  CrmVcard         *card;
  GPtrArray        *owned;
  GPtrArray        *raw;
};

static gboolean
looks_like_vcard (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  char head[512] = { 0 };
  gssize n;

  if (g_str_has_suffix (lower, ".vcf") || g_str_has_suffix (lower, ".vcard"))
    return TRUE;
  if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv"))
    return FALSE;

  /* No telling name: look at the first bytes. */
  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL)
    return FALSE;
  n = g_input_stream_read (G_INPUT_STREAM (stream), head, sizeof head - 1, NULL, NULL);
  if (n <= 0)
    return FALSE;
  head[n] = '\0';

  return g_strstr_len (head, n, "BEGIN:VCARD") != NULL ||
         g_strstr_len (head, n, "begin:vcard") != NULL;
}

/**
 * crm_import_source_new:
 * @path: a CSV or vCard file
 *
 * Opens @path and reads its header (for a CSV file), recognising the
 * layout and mapping the columns it knows.
 *
 * Returns: (transfer full): the source, or %NULL with @error set
 */
CrmImportSource *
crm_import_source_new (const char  *path,
                       GError     **error)
{
  g_autoptr(CrmImportSource) self = g_new0 (CrmImportSource, 1);

  if (looks_like_vcard (path))
    {
      self->format = CRM_IMPORT_FORMAT_VCARD;
      if (!(self->vcard = crm_vcard_reader_new_for_path (path, error)))
        return NULL;
      self->owned = g_ptr_array_new_with_free_func (g_free);
      self->raw = g_ptr_array_new ();
    }
  else
    {
      self->format = CRM_IMPORT_FORMAT_CSV;
      if (!(self->csv = crm_csv_reader_new_for_path (path, CRM_CSV_READER_UNGUARD, error)))
        return NULL;
      self->mapping = crm_import_mapping_new (crm_csv_reader_get_header (self->csv),
                                              crm_csv_reader_get_n_columns (self->csv));
    }

  return g_steal_pointer (&self);
}

void
crm_import_source_free (CrmImportSource *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->csv);
  g_clear_object (&self->vcard);
  g_clear_pointer (&self->mapping, crm_import_mapping_free);
  g_clear_pointer (&self->card, crm_vcard_free);
  g_clear_pointer (&self->owned, g_ptr_array_unref);
  g_clear_pointer (&self->raw, g_ptr_array_unref);
  g_clear_error (&self->record_error);
  g_free (self);
}

CrmImportFormat
crm_import_source_get_format (CrmImportSource *self)
{
  return self->format;
}

/**
 * crm_import_source_get_header:
 *
 * Returns: (transfer none) (nullable): the CSV header, %NULL for a vCard file
 */
const char * const *
crm_import_source_get_header (CrmImportSource *self,
                              guint           *n_columns)
{
  if (self->csv == NULL)
    {
      if (n_columns)
        *n_columns = 0;
      return NULL;
    }

  if (n_columns)
    *n_columns = crm_csv_reader_get_n_columns (self->csv);
  return crm_csv_reader_get_header (self->csv);
}

/**
 * crm_import_source_get_mapping:
 *
 * Returns: (transfer none) (nullable): the column mapping of a CSV file
 */
const CrmImportMapping *
crm_import_source_get_mapping (CrmImportSource *self)
{
  return self->mapping;
}

/**
 * crm_import_source_set_field:
 *
 * Maps @column to @field; a field is held by one column at most, so the
 * column that had @field before loses it.
 */
void
crm_import_source_set_field (CrmImportSource *self,
                             guint            column,
                             CrmField         field)
{
  g_return_if_fail (self->mapping != NULL);
  g_return_if_fail (column < self->mapping->n_columns);

  if (field != CRM_FIELD_NONE)
    for (guint i = 0; i < self->mapping->n_columns; i++)
      if (self->mapping->fields[i] == field)
        self->mapping->fields[i] = CRM_FIELD_NONE;

  self->mapping->fields[column] = field;
}

double
crm_import_source_get_fraction (CrmImportSource *self)
{
  return self->csv ? crm_csv_reader_get_fraction (self->csv)
                   : crm_vcard_reader_get_fraction (self->vcard);
}

static void
clear_values (CrmImportRecord *record)
{
  for (guint f = 0; f < CRM_N_FIELDS; f++)
    record->values[f] = "";
}

static gboolean
next_csv (CrmImportSource  *self,
          GError          **error)
{
  const CrmCsvRow *row = NULL;
  CrmImportRecord *record = &self->record;

  if (!crm_csv_reader_next (self->csv, &row, error) || row == NULL)
    return FALSE;

  clear_values (record);
  record->number = row->number;
  record->line = row->line;
  record->raw = row->fields;
  record->n_raw = row->n_fields;

  if (!crm_csv_reader_check_row (self->csv, row, &self->record_error))
    record->error = self->record_error;

  for (guint c = 0; c < self->mapping->n_columns; c++)
    {
      CrmField field = self->mapping->fields[c];

      if (field != CRM_FIELD_NONE)
        record->values[field] = crm_csv_row_get (row, c);
    }

  return TRUE;
}

static const char *
keep (CrmImportSource *self,
      char            *value)
{
  g_ptr_array_add (self->owned, value);
  return value;
}

static int
preferred_index (GPtrArray *values)
{
  for (guint i = 0; i < values->len; i++)
    if (((CrmVcardValue *) values->pdata[i])->preferred)
      return i;
  return values->len > 0 ? 0 : -1;
}

static gboolean
next_vcard (CrmImportSource  *self,
            GError          **error)
{
  CrmImportRecord *record = &self->record;
  g_autoptr(GString) more = g_string_new (NULL);
  CrmVcard *card;
  int email, phone;

  g_clear_pointer (&self->card, crm_vcard_free);
  g_ptr_array_set_size (self->owned, 0);
  g_ptr_array_set_size (self->raw, 0);

  if (!crm_vcard_reader_next (self->vcard, &self->card, error) || self->card == NULL)
    return FALSE;

  card = self->card;
  clear_values (record);
  record->number++;
  record->line = card->line;
  record->error = card->error;

#define SET(field, value) G_STMT_START { if ((value) != NULL) record->values[field] = (value); } G_STMT_END

  SET (CRM_FIELD_CLIENT_NAME, card->organization);
  SET (CRM_FIELD_FIRST_NAME, card->given_name);
  SET (CRM_FIELD_LAST_NAME, card->family_name);
  SET (CRM_FIELD_FULL_NAME, card->full_name);
  SET (CRM_FIELD_JOB_TITLE, card->title);
  SET (CRM_FIELD_EXTERNAL_CONTACT_ID, card->uid);

  email = preferred_index (card->emails);
  phone = preferred_index (card->phones);
  if (email >= 0)
    SET (CRM_FIELD_EMAIL, ((CrmVcardValue *) card->emails->pdata[email])->value);
  if (phone >= 0)
    SET (CRM_FIELD_PHONE, ((CrmVcardValue *) card->phones->pdata[phone])->value);

  if (card->addresses->len > 0)
    {
      CrmVcardAddress *adr = card->addresses->pdata[0];

      for (guint i = 0; i < card->addresses->len; i++)
        if (((CrmVcardAddress *) card->addresses->pdata[i])->preferred)
          adr = card->addresses->pdata[i];

      SET (CRM_FIELD_STREET, adr->street);
      SET (CRM_FIELD_CITY, adr->city);
      SET (CRM_FIELD_REGION, adr->region);
      SET (CRM_FIELD_POSTAL_CODE, adr->postal_code);
      SET (CRM_FIELD_COUNTRY, adr->country);
    }

  if (card->categories->len > 0)
    {
      g_ptr_array_add (card->categories, NULL);
      record->values[CRM_FIELD_TAGS] = keep (self, g_strjoinv (";", (char **) card->categories->pdata));
      g_ptr_array_remove_index (card->categories, card->categories->len - 1);
    }

  /* A contact keeps one e-mail and one phone; the others go into the
   * note rather than being lost. */
  for (guint i = 0; i < card->emails->len; i++)
    if ((int) i != email)
      g_string_append_printf (more, "%s%s", more->len ? ", " : "",
                              ((CrmVcardValue *) card->emails->pdata[i])->value);
  for (guint i = 0; i < card->phones->len; i++)
    if ((int) i != phone)
      g_string_append_printf (more, "%s%s", more->len ? ", " : "",
                              ((CrmVcardValue *) card->phones->pdata[i])->value);

  if (more->len > 0 && card->note != NULL)
    record->values[CRM_FIELD_NOTES] =
      keep (self, g_strdup_printf ("%s\n%s %s", card->note, _("Also:"), more->str));
  else if (more->len > 0)
    record->values[CRM_FIELD_NOTES] = keep (self, g_strdup_printf ("%s %s", _("Also:"), more->str));
  else
    SET (CRM_FIELD_NOTES, card->note);

#undef SET

  /* What the error report shows of a card. */
  for (CrmField f = CRM_FIELD_CLIENT_NAME; f < CRM_N_FIELDS; f++)
    g_ptr_array_add (self->raw, (gpointer) record->values[f]);
  record->raw = (const char * const *) self->raw->pdata;
  record->n_raw = self->raw->len;

  return TRUE;
}

/**
 * crm_import_source_next:
 * @record: (out): the next record, borrowed until the next call
 *
 * Returns: %TRUE with a record; %FALSE at the end of the file, or with
 *   @error set when the file cannot be read further
 */
gboolean
crm_import_source_next (CrmImportSource        *self,
                        const CrmImportRecord **record,
                        GError                **error)
{
  gboolean ok;

  g_clear_error (&self->record_error);
  self->record.error = NULL;

  ok = self->csv ? next_csv (self, error) : next_vcard (self, error);
  *record = ok ? &self->record : NULL;

  return ok;
}
