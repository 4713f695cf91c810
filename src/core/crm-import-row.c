/* crm-import-row.c: one row of an import, read, checked and reported,
 * before and apart from what the engine (crm-import-engine.c) writes for
 * it: the values trimmed, the fields that must parse (e-mail addresses,
 * status, Primary) checked, and the row as the preview and the error
 * report show it.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "crm-client.h"
#include "crm-import-row-private.h"
#include "crm-validate.h"

/**
 * crm_import_values_read:
 * @buffer: where the trimmed values are kept, until the next row
 */
void
crm_import_values_read (GString               *buffer,
                        const CrmImportRecord *record,
                        CrmImportValues       *values)
{
  gsize offsets[CRM_N_FIELDS];

  g_string_truncate (buffer, 0);

  for (guint f = 0; f < CRM_N_FIELDS; f++)
    {
      const char *s = record->values[f];
      const char *e;

      while (g_ascii_isspace (*s))
        s++;
      e = s + strlen (s);
      while (e > s && g_ascii_isspace (e[-1]))
        e--;

      if (e == s || f == CRM_FIELD_NONE)
        {
          offsets[f] = G_MAXSIZE;
          continue;
        }

      offsets[f] = buffer->len;
      g_string_append_len (buffer, s, e - s);
      g_string_append_c (buffer, '\0');
    }

  for (guint f = 0; f < CRM_N_FIELDS; f++)
    values->v[f] = offsets[f] == G_MAXSIZE ? NULL : buffer->str + offsets[f];
}

void
crm_import_outcome_clear (CrmImportOutcome *outcome)
{
  g_free (outcome->message);
  g_free (outcome->duplicate);
  g_free (outcome->client_name);
  g_free (outcome->contact_name);
}

/* Marks the row as failed, for the reason given; returns TRUE, so that
 * "return !crm_import_outcome_fail (…)" reads as "stop here". */
gboolean
crm_import_outcome_fail (CrmImportOutcome *outcome,
                         const char       *format,
                         ...)
{
  va_list args;

  va_start (args, format);
  outcome->action = CRM_IMPORT_ACTION_ERROR;
  g_free (outcome->message);
  outcome->message = g_strdup_vprintf (format, args);
  va_end (args);

  return TRUE;
}

/**
 * crm_import_values_check:
 *
 * Checks a row completely; nothing is written here.
 *
 * Returns: %FALSE when the row is left out (@outcome says why)
 */
gboolean
crm_import_values_check (const CrmImportRecord *record,
                         CrmImportValues       *values,
                         CrmImportOutcome      *outcome)
{
  const char *full = values->v[CRM_FIELD_FULL_NAME];
  gboolean empty = TRUE;

  if (record->error != NULL)
    return !crm_import_outcome_fail (outcome, "%s", record->error->message);

  for (guint f = 1; f < CRM_N_FIELDS; f++)
    if (values->v[f] != NULL)
      empty = FALSE;

  if (empty)
    {
      outcome->action = CRM_IMPORT_ACTION_SKIP;
      outcome->message = g_strdup (_("The row is empty"));
      return FALSE;
    }

  values->first = values->v[CRM_FIELD_FIRST_NAME];
  values->last = values->v[CRM_FIELD_LAST_NAME];

  /* "Ada King Lovelace": the last word is the family name. */
  if (values->first == NULL && values->last == NULL && full != NULL)
    {
      const char *space = strrchr (full, ' ');

      if (space != NULL)
        {
          ((char *) space)[0] = '\0';
          values->first = full;
          values->last = space + 1;
        }
      else
        values->first = full;
    }

  if (values->v[CRM_FIELD_EMAIL] && !crm_email_is_valid (values->v[CRM_FIELD_EMAIL]))
    return !crm_import_outcome_fail (outcome, _("“%s” is not a valid e-mail address"), values->v[CRM_FIELD_EMAIL]);

  if (values->v[CRM_FIELD_CLIENT_EMAIL] && !crm_email_is_valid (values->v[CRM_FIELD_CLIENT_EMAIL]))
    return !crm_import_outcome_fail (outcome, _("“%s” is not a valid e-mail address"), values->v[CRM_FIELD_CLIENT_EMAIL]);

  values->status = -1;
  if (values->v[CRM_FIELD_CLIENT_STATUS])
    {
      CrmClientStatus status;

      if (!crm_client_status_from_string (values->v[CRM_FIELD_CLIENT_STATUS], &status))
        return !crm_import_outcome_fail (outcome, _("“%s” is not a client status: use lead, prospect, active or inactive"),
                      values->v[CRM_FIELD_CLIENT_STATUS]);
      values->status = status;
    }

  if (values->v[CRM_FIELD_PRIMARY])
    {
      if (!crm_import_parse_boolean (values->v[CRM_FIELD_PRIMARY], &values->primary))
        return !crm_import_outcome_fail (outcome, _("“%s” in Primary is neither yes nor no"), values->v[CRM_FIELD_PRIMARY]);
      values->primary_given = TRUE;
    }

  return TRUE;
}

/* The row as the preview and the error report show it. */
CrmImportRow *
crm_import_outcome_to_row (const CrmImportRecord *record,
                           CrmImportOutcome      *outcome)
{
  CrmImportRow *row = g_new0 (CrmImportRow, 1);
  GStrvBuilder *builder = g_strv_builder_new ();

  row->number = record->number;
  row->line = record->line;
  row->action = outcome->action;
  row->client_name = g_strdup (outcome->client_name ? outcome->client_name : "");
  row->contact_name = g_strdup (outcome->contact_name ? outcome->contact_name : "");
  row->message = g_strdup (outcome->message ? outcome->message : "");
  row->duplicate = g_steal_pointer (&outcome->duplicate);
  for (guint i = 0; i < record->n_raw; i++)
    g_strv_builder_add (builder, record->raw[i] ? record->raw[i] : "");
  row->raw = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return row;
}
