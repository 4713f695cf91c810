/* crm-import-format.c: the fields Clientele imports and the CSV layouts it knows.
 *
 * Header names are compared after normalising them: case folded and with
 * everything but letters and digits removed, so "E-mail Address",
 * "email_address" and "EmailAddress" are one name. Each known layout has a
 * table of its own names, looked at first (Outlook's "Title" is "Mr.", while
 * Salesforce's "Title" is a job title), then a generic table of the names
 * people use in hand-made spreadsheets.
 *
 * The layouts' headers are those the products write today: Google Contacts
 * ("First Name", "Organization Name", "E-mail 1 - Value", "Phone 1 - Value",
 * "Labels"), its layout before 2020 ("Given Name", "Family Name",
 * "Organization 1 - Name", "Group Membership"), Outlook ("E-mail Address",
 * "Business Phone", "Company", "Business Street"...) and Salesforce reports
 * ("Contact ID", "Account ID", "Account Name", "Mailing Street"...) and
 * Data Loader exports (AccountId, MailingStreet...).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "crm-import-format.h"
#include "crm-io-error.h"

typedef struct {
  const char *key;      /* normalised header name */
  CrmField    field;
} HeaderName;

static const struct {
  const char *header;   /* the template's header, never translated */
  const char *label;    /* what the mapping menu shows */
  const char *key;      /* the header normalised, see normalize() */
} field_info[] = {
  [CRM_FIELD_NONE]                = { NULL,                  N_("Do not import"), NULL },
  [CRM_FIELD_CLIENT_NAME]         = { "Client Name",         N_("Client name"), "clientname" },
  [CRM_FIELD_EXTERNAL_CLIENT_ID]  = { "External Client ID",  N_("External client ID"), "externalclientid" },
  [CRM_FIELD_CLIENT_ID]           = { "Client ID",           N_("Client ID (Clientele)"), "clientid" },
  [CRM_FIELD_FIRST_NAME]          = { "First Name",          N_("First name"), "firstname" },
  [CRM_FIELD_LAST_NAME]           = { "Last Name",           N_("Last name"), "lastname" },
  [CRM_FIELD_FULL_NAME]           = { "Full Name",           N_("Full name"), "fullname" },
  [CRM_FIELD_EMAIL]               = { "Email",               N_("Email"), "email" },
  [CRM_FIELD_PHONE]               = { "Phone",               N_("Phone"), "phone" },
  [CRM_FIELD_EXTERNAL_CONTACT_ID] = { "External Contact ID", N_("External contact ID"), "externalcontactid" },
  [CRM_FIELD_PRIMARY]             = { "Primary",             N_("Primary contact"), "primary" },
  [CRM_FIELD_JOB_TITLE]           = { "Job Title",           N_("Job title"), "jobtitle" },
  [CRM_FIELD_STREET]              = { "Street",              N_("Street"), "street" },
  [CRM_FIELD_CITY]                = { "City",                N_("City"), "city" },
  [CRM_FIELD_REGION]              = { "Region",              N_("Region or state"), "region" },
  [CRM_FIELD_POSTAL_CODE]         = { "Postal Code",         N_("Postal code"), "postalcode" },
  [CRM_FIELD_COUNTRY]             = { "Country",             N_("Country"), "country" },
  [CRM_FIELD_TAGS]                = { "Tags",                N_("Tags"), "tags" },
  [CRM_FIELD_NOTES]               = { "Notes",               N_("Notes"), "notes" },
  [CRM_FIELD_CLIENT_STATUS]       = { "Client Status",       N_("Client status"), "clientstatus" },
  [CRM_FIELD_WEBSITE]             = { "Website",             N_("Website"), "website" },
  [CRM_FIELD_CLIENT_PHONE]        = { "Client Phone",        N_("Client phone"), "clientphone" },
  [CRM_FIELD_CLIENT_EMAIL]        = { "Client Email",        N_("Client email"), "clientemail" },
  [CRM_FIELD_ADDITIONAL_INFO]     = { "Additional Info",     N_("Additional info (internal)"), "additionalinfo" },
};

/* The template's columns, in order. Full Name is not among them: the
 * template has first and last name, and Full Name exists for other files. */
static const CrmField template_fields[] = {
  CRM_FIELD_CLIENT_NAME, CRM_FIELD_EXTERNAL_CLIENT_ID, CRM_FIELD_CLIENT_ID,
  CRM_FIELD_FIRST_NAME, CRM_FIELD_LAST_NAME, CRM_FIELD_EMAIL, CRM_FIELD_PHONE,
  CRM_FIELD_EXTERNAL_CONTACT_ID, CRM_FIELD_PRIMARY, CRM_FIELD_JOB_TITLE,
  CRM_FIELD_STREET, CRM_FIELD_CITY, CRM_FIELD_REGION, CRM_FIELD_POSTAL_CODE,
  CRM_FIELD_COUNTRY, CRM_FIELD_TAGS, CRM_FIELD_NOTES, CRM_FIELD_CLIENT_STATUS,
  CRM_FIELD_WEBSITE, CRM_FIELD_CLIENT_PHONE, CRM_FIELD_CLIENT_EMAIL,
  CRM_FIELD_ADDITIONAL_INFO,
};

static const HeaderName google_names[] = {
  { "organizationname", CRM_FIELD_CLIENT_NAME },
  { "organizationtitle", CRM_FIELD_JOB_TITLE },
  { "email1value", CRM_FIELD_EMAIL },
  { "phone1value", CRM_FIELD_PHONE },
  { "address1street", CRM_FIELD_STREET },
  { "address1city", CRM_FIELD_CITY },
  { "address1region", CRM_FIELD_REGION },
  { "address1postalcode", CRM_FIELD_POSTAL_CODE },
  { "address1country", CRM_FIELD_COUNTRY },
  { "labels", CRM_FIELD_TAGS },
  { "website1value", CRM_FIELD_WEBSITE },
  { NULL, 0 }
};

static const HeaderName google_legacy_names[] = {
  { "name", CRM_FIELD_FULL_NAME },
  { "givenname", CRM_FIELD_FIRST_NAME },
  { "familyname", CRM_FIELD_LAST_NAME },
  { "organization1name", CRM_FIELD_CLIENT_NAME },
  { "organization1title", CRM_FIELD_JOB_TITLE },
  { "email1value", CRM_FIELD_EMAIL },
  { "phone1value", CRM_FIELD_PHONE },
  { "address1street", CRM_FIELD_STREET },
  { "address1city", CRM_FIELD_CITY },
  { "address1region", CRM_FIELD_REGION },
  { "address1postalcode", CRM_FIELD_POSTAL_CODE },
  { "address1country", CRM_FIELD_COUNTRY },
  { "groupmembership", CRM_FIELD_TAGS },
  { "website1value", CRM_FIELD_WEBSITE },
  { "location", CRM_FIELD_NONE },
  { NULL, 0 }
};

static const HeaderName outlook_names[] = {
  { "title", CRM_FIELD_NONE },             /* Mr., Ms. */
  { "account", CRM_FIELD_NONE },           /* an Outlook account number */
  { "location", CRM_FIELD_NONE },
  { "company", CRM_FIELD_CLIENT_NAME },
  { "jobtitle", CRM_FIELD_JOB_TITLE },
  { "businessstreet", CRM_FIELD_STREET },
  { "businesscity", CRM_FIELD_CITY },
  { "businessstate", CRM_FIELD_REGION },
  { "businesspostalcode", CRM_FIELD_POSTAL_CODE },
  { "businesscountryregion", CRM_FIELD_COUNTRY },
  { "businesscountry", CRM_FIELD_COUNTRY },
  { "businessphone", CRM_FIELD_PHONE },
  { "primaryphone", CRM_FIELD_PHONE },
  { "mobilephone", CRM_FIELD_PHONE },
  { "companymainphone", CRM_FIELD_CLIENT_PHONE },
  { "emailaddress", CRM_FIELD_EMAIL },
  { "categories", CRM_FIELD_TAGS },
  { "webpage", CRM_FIELD_WEBSITE },
  { NULL, 0 }
};

static const HeaderName salesforce_names[] = {
  { "contactid", CRM_FIELD_EXTERNAL_CONTACT_ID },
  { "contactid18", CRM_FIELD_EXTERNAL_CONTACT_ID },
  { "id", CRM_FIELD_EXTERNAL_CONTACT_ID },
  { "accountid", CRM_FIELD_EXTERNAL_CLIENT_ID },
  { "accountid18", CRM_FIELD_EXTERNAL_CLIENT_ID },
  { "accountname", CRM_FIELD_CLIENT_NAME },
  { "title", CRM_FIELD_JOB_TITLE },
  { "name", CRM_FIELD_FULL_NAME },
  { "mailingstreet", CRM_FIELD_STREET },
  { "mailingcity", CRM_FIELD_CITY },
  { "mailingstate", CRM_FIELD_REGION },
  { "mailingstateprovince", CRM_FIELD_REGION },
  { "mailingstateprovincetextonly", CRM_FIELD_REGION },
  { "mailingpostalcode", CRM_FIELD_POSTAL_CODE },
  { "mailingzippostalcode", CRM_FIELD_POSTAL_CODE },
  { "mailingcountry", CRM_FIELD_COUNTRY },
  { "mailingcountrytextonly", CRM_FIELD_COUNTRY },
  { "mobile", CRM_FIELD_PHONE },
  { "mobilephone", CRM_FIELD_PHONE },
  { "description", CRM_FIELD_NOTES },
  { NULL, 0 }
};

/* What people call columns in spreadsheets they made themselves; the
 * template's own names are matched from field_info first. */
static const HeaderName generic_names[] = {
  { "company", CRM_FIELD_CLIENT_NAME },
  { "companyname", CRM_FIELD_CLIENT_NAME },
  { "organization", CRM_FIELD_CLIENT_NAME },
  { "organisation", CRM_FIELD_CLIENT_NAME },
  { "organizationname", CRM_FIELD_CLIENT_NAME },
  { "accountname", CRM_FIELD_CLIENT_NAME },
  { "client", CRM_FIELD_CLIENT_NAME },
  { "customer", CRM_FIELD_CLIENT_NAME },
  { "customername", CRM_FIELD_CLIENT_NAME },
  { "accountid", CRM_FIELD_EXTERNAL_CLIENT_ID },
  { "companyid", CRM_FIELD_EXTERNAL_CLIENT_ID },
  { "customerid", CRM_FIELD_EXTERNAL_CLIENT_ID },
  { "givenname", CRM_FIELD_FIRST_NAME },
  { "forename", CRM_FIELD_FIRST_NAME },
  { "firstname", CRM_FIELD_FIRST_NAME },
  { "first", CRM_FIELD_FIRST_NAME },
  { "familyname", CRM_FIELD_LAST_NAME },
  { "surname", CRM_FIELD_LAST_NAME },
  { "last", CRM_FIELD_LAST_NAME },
  { "name", CRM_FIELD_FULL_NAME },
  { "displayname", CRM_FIELD_FULL_NAME },
  { "contact", CRM_FIELD_FULL_NAME },
  { "contactname", CRM_FIELD_FULL_NAME },
  { "emailaddress", CRM_FIELD_EMAIL },
  { "mail", CRM_FIELD_EMAIL },
  { "email1", CRM_FIELD_EMAIL },
  { "email1value", CRM_FIELD_EMAIL },
  { "phonenumber", CRM_FIELD_PHONE },
  { "telephone", CRM_FIELD_PHONE },
  { "tel", CRM_FIELD_PHONE },
  { "mobile", CRM_FIELD_PHONE },
  { "mobilephone", CRM_FIELD_PHONE },
  { "cell", CRM_FIELD_PHONE },
  { "workphone", CRM_FIELD_PHONE },
  { "businessphone", CRM_FIELD_PHONE },
  { "phone1value", CRM_FIELD_PHONE },
  { "contactid", CRM_FIELD_EXTERNAL_CONTACT_ID },
  { "primarycontact", CRM_FIELD_PRIMARY },
  { "isprimary", CRM_FIELD_PRIMARY },
  { "title", CRM_FIELD_JOB_TITLE },
  { "position", CRM_FIELD_JOB_TITLE },
  { "role", CRM_FIELD_JOB_TITLE },
  { "address", CRM_FIELD_STREET },
  { "streetaddress", CRM_FIELD_STREET },
  { "address1", CRM_FIELD_STREET },
  { "addressline1", CRM_FIELD_STREET },
  { "town", CRM_FIELD_CITY },
  { "state", CRM_FIELD_REGION },
  { "province", CRM_FIELD_REGION },
  { "county", CRM_FIELD_REGION },
  { "stateprovince", CRM_FIELD_REGION },
  { "zip", CRM_FIELD_POSTAL_CODE },
  { "zipcode", CRM_FIELD_POSTAL_CODE },
  { "postcode", CRM_FIELD_POSTAL_CODE },
  { "postal", CRM_FIELD_POSTAL_CODE },
  { "countryregion", CRM_FIELD_COUNTRY },
  { "tag", CRM_FIELD_TAGS },
  { "labels", CRM_FIELD_TAGS },
  { "categories", CRM_FIELD_TAGS },
  { "groups", CRM_FIELD_TAGS },
  { "note", CRM_FIELD_NOTES },
  { "comments", CRM_FIELD_NOTES },
  { "comment", CRM_FIELD_NOTES },
  { "description", CRM_FIELD_NOTES },
  { "status", CRM_FIELD_CLIENT_STATUS },
  { "web", CRM_FIELD_WEBSITE },
  { "webpage", CRM_FIELD_WEBSITE },
  { "url", CRM_FIELD_WEBSITE },
  { "homepage", CRM_FIELD_WEBSITE },
  { "companyphone", CRM_FIELD_CLIENT_PHONE },
  { "companymainphone", CRM_FIELD_CLIENT_PHONE },
  { "companyemail", CRM_FIELD_CLIENT_EMAIL },
  { "additionalinformation", CRM_FIELD_ADDITIONAL_INFO },
  { NULL, 0 }
};

/* Names that only one layout uses; two of them in a header decide it. */
static const struct {
  CrmImportLayout  layout;
  const char      *keys[8];
} signatures[] = {
  { CRM_IMPORT_LAYOUT_CLIENTELE,
    { "clientname", "externalclientid", "externalcontactid", "clientid", "clientstatus", NULL } },
  { CRM_IMPORT_LAYOUT_GOOGLE,
    { "organizationname", "email1label", "phone1label", "labels", "phoneticfirstname", "fileas",
      "organizationtitle", NULL } },
  { CRM_IMPORT_LAYOUT_GOOGLE_LEGACY,
    { "givenname", "familyname", "organization1name", "groupmembership", "email1type",
      "phone1type", "givennameyomi", NULL } },
  { CRM_IMPORT_LAYOUT_OUTLOOK,
    { "emailaddress", "businessphone", "company", "businessstreet", "emaildisplayname",
      "businesscountryregion", "emailtype", NULL } },
  { CRM_IMPORT_LAYOUT_SALESFORCE,
    { "contactid", "accountid", "accountname", "mailingstreet", "mailingcity",
      "mailingzippostalcode", "mailingpostalcode", NULL } },
};

/**
 * crm_field_get_label:
 *
 * Returns: the translated name of @field, for the column mapping menu
 */
const char *
crm_field_get_label (CrmField field)
{
  g_return_val_if_fail (field <= CRM_FIELD_LAST, NULL);

  return _(field_info[field].label);
}

/**
 * crm_field_get_header:
 *
 * Returns: (nullable): the template's header for @field ("Client Name"),
 *   never translated so that files move between languages; %NULL for
 *   %CRM_FIELD_NONE
 */
const char *
crm_field_get_header (CrmField field)
{
  g_return_val_if_fail (field <= CRM_FIELD_LAST, NULL);

  return field_info[field].header;
}

/**
 * crm_field_is_client_field:
 *
 * Returns: %TRUE when @field describes the client (organization) rather
 *   than the contact person
 */
gboolean
crm_field_is_client_field (CrmField field)
{
  switch (field)
    {
    case CRM_FIELD_CLIENT_NAME:
    case CRM_FIELD_EXTERNAL_CLIENT_ID:
    case CRM_FIELD_CLIENT_ID:
    case CRM_FIELD_TAGS:
    case CRM_FIELD_NOTES:
    case CRM_FIELD_CLIENT_STATUS:
    case CRM_FIELD_WEBSITE:
    case CRM_FIELD_CLIENT_PHONE:
    case CRM_FIELD_CLIENT_EMAIL:
    case CRM_FIELD_ADDITIONAL_INFO:
      return TRUE;
    default:
      return FALSE;
    }
}

static char *
normalize (const char *header)
{
  g_autofree char *folded = NULL;
  GString *out;

  if (!g_utf8_validate (header, -1, NULL))
    return g_strdup ("");

  folded = g_utf8_casefold (header, -1);
  out = g_string_new (NULL);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
lookup (const HeaderName *names,
        const char       *key,
        CrmField         *field)
{
  for (guint i = 0; names && names[i].key; i++)
    if (strcmp (names[i].key, key) == 0)
      {
        *field = names[i].field;
        return TRUE;
      }

  return FALSE;
}

static CrmField
field_for_key (CrmImportLayout  layout,
               const char      *key)
{
  const HeaderName *layout_names = NULL;
  CrmField field = CRM_FIELD_NONE;

  switch (layout)
    {
    case CRM_IMPORT_LAYOUT_GOOGLE:
      layout_names = google_names;
      break;
    case CRM_IMPORT_LAYOUT_GOOGLE_LEGACY:
      layout_names = google_legacy_names;
      break;
    case CRM_IMPORT_LAYOUT_OUTLOOK:
      layout_names = outlook_names;
      break;
    case CRM_IMPORT_LAYOUT_SALESFORCE:
      layout_names = salesforce_names;
      break;
    case CRM_IMPORT_LAYOUT_GENERIC:
    case CRM_IMPORT_LAYOUT_CLIENTELE:
    default:
      break;
    }

  if (*key == '\0')
    return CRM_FIELD_NONE;

  if (lookup (layout_names, key, &field))
    return field;

  for (guint i = 1; i <= CRM_FIELD_LAST; i++)
    if (strcmp (field_info[i].key, key) == 0)
      return i;

  if (lookup (generic_names, key, &field))
    return field;

  return CRM_FIELD_NONE;
}

/**
 * crm_field_from_header:
 * @header: a column name
 *
 * Matches @header (in any case, ignoring spaces and punctuation) against
 * the template and the names people commonly use.
 *
 * Returns: the field, or %CRM_FIELD_NONE
 */
CrmField
crm_field_from_header (const char *header)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (header != NULL, CRM_FIELD_NONE);

  key = normalize (header);
  return field_for_key (CRM_IMPORT_LAYOUT_GENERIC, key);
}

/**
 * crm_import_template_get_fields:
 * @n_fields: (out): how many
 *
 * Returns: (transfer none) (array length=n_fields): the template's columns
 *   in order; the CSV export writes the same
 */
const CrmField *
crm_import_template_get_fields (guint *n_fields)
{
  g_return_val_if_fail (n_fields != NULL, NULL);

  *n_fields = G_N_ELEMENTS (template_fields);
  return template_fields;
}

/**
 * crm_import_template_get_sample:
 *
 * The file behind "Download sample CSV": every template column and rows
 * that show the rules: two contacts of one client grouped by External
 * Client ID, a person who is their own client (no client name), accents,
 * phones with a leading +, a postal code with a leading zero, a field with
 * a comma and one with a quote. Tags are separated by commas.
 *
 * Returns: (transfer full): UTF-8 CSV with CRLF line ends, no BOM
 */
char *
crm_import_template_get_sample (void)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (template_fields); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, field_info[template_fields[i]].header);
    }
  g_string_append (out, "\r\n");

  g_string_append (out,
    "Northwind Traders,NW-001,,H\xc3\xa9l\xc3\xa8ne,Lef\xc3\xa8vre,helene.lefevre@northwind.example.com,"
    "+33 1 42 68 53 00,NW-001-1,yes,Purchasing Manager,12 Rue de Rivoli,Paris,\xc3\x8ele-de-France,"
    "75004,France,\"wholesale, vip\",Prefers email in the morning,active,"
    "https://northwind.example.com,+33 1 42 68 53 00,orders@northwind.example.com,Net 30 terms\r\n");
  g_string_append (out,
    "Northwind Traders,NW-001,,Marco,Rossi,marco.rossi@northwind.example.com,"
    "+39 02 1234 5678,NW-001-2,no,Accountant,12 Rue de Rivoli,Paris,\xc3\x8ele-de-France,"
    "75004,France,wholesale,\"Signs off invoices, copy him on every quote\",active,"
    "https://northwind.example.com,,,\r\n");
  g_string_append (out,
    "Blue Harbor Dental,BH-7,,Aisha,Khan,aisha@blueharbor.example.com,+1 617-555-0142,BH-7-1,yes,"
    "Office Manager,200 Main Street,Boston,MA,02110,United States,dental,"
    "\"Asked for the \"\"family plan\"\" brochure\",lead,https://blueharbor.example.com,"
    "+1 617-555-0100,,\r\n");
  g_string_append (out,
    ",,,S\xc3\xb8ren,Nilsen,soren.nilsen@example.no,+47 22 00 00 00,,yes,Architect,"
    "Karl Johans gate 1,Oslo,,0150,Norway,freelance,A person can be a client too,prospect,,,,\r\n");

  return g_string_free (out, FALSE);
}

/**
 * crm_import_layout_get_label:
 *
 * Returns: the translated name of @layout, for the import dialog
 */
const char *
crm_import_layout_get_label (CrmImportLayout layout)
{
  switch (layout)
    {
    case CRM_IMPORT_LAYOUT_CLIENTELE:
      return _("Clientele template");
    case CRM_IMPORT_LAYOUT_GOOGLE:
      return _("Google Contacts");
    case CRM_IMPORT_LAYOUT_GOOGLE_LEGACY:
      return _("Google Contacts (older layout)");
    case CRM_IMPORT_LAYOUT_OUTLOOK:
      return _("Outlook");
    case CRM_IMPORT_LAYOUT_SALESFORCE:
      return _("Salesforce");
    case CRM_IMPORT_LAYOUT_GENERIC:
    default:
      return _("Spreadsheet");
    }
}

static CrmImportLayout
detect_from_keys (char  **keys,
                  guint   n_columns)
{
  CrmImportLayout best = CRM_IMPORT_LAYOUT_GENERIC;
  guint best_score = 1;

  for (guint s = 0; s < G_N_ELEMENTS (signatures); s++)
    {
      guint score = 0;

      for (guint k = 0; signatures[s].keys[k]; k++)
        for (guint i = 0; i < n_columns; i++)
          if (strcmp (keys[i], signatures[s].keys[k]) == 0)
            {
              score++;
              break;
            }

      if (score > best_score)
        {
          best = signatures[s].layout;
          best_score = score;
        }
    }

  return best;
}

static char **
normalize_all (const char * const *header,
               guint               n_columns)
{
  char **keys = g_new0 (char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    keys[i] = normalize (header[i] ? header[i] : "");

  return keys;
}

/**
 * crm_import_layout_detect:
 * @header: (array length=n_columns): the header row
 * @n_columns: its length
 *
 * Returns: the layout that two or more of the header's names point to, or
 *   %CRM_IMPORT_LAYOUT_GENERIC
 */
CrmImportLayout
crm_import_layout_detect (const char * const *header,
                          guint               n_columns)
{
  g_auto(GStrv) keys = NULL;

  g_return_val_if_fail (header != NULL || n_columns == 0, CRM_IMPORT_LAYOUT_GENERIC);

  keys = normalize_all (header, n_columns);
  return detect_from_keys (keys, n_columns);
}

/**
 * crm_import_mapping_new:
 * @header: (array length=n_columns): the header row
 * @n_columns: its length
 *
 * Recognises the layout and maps every column to a field.
 *
 * Returns: (transfer full): a mapping; free it with crm_import_mapping_free()
 */
CrmImportMapping *
crm_import_mapping_new (const char * const *header,
                        guint               n_columns)
{
  CrmImportMapping *mapping;
  g_auto(GStrv) keys = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  int claimed[CRM_FIELD_LAST + 1];

  g_return_val_if_fail (header != NULL || n_columns == 0, NULL);

  for (guint f = 0; f <= CRM_FIELD_LAST; f++)
    claimed[f] = -1;

  keys = normalize_all (header, n_columns);

  mapping = g_new0 (CrmImportMapping, 1);
  mapping->layout = detect_from_keys (keys, n_columns);
  mapping->n_columns = n_columns;
  mapping->fields = g_new0 (CrmField, MAX (n_columns, 1));

  for (guint i = 0; i < n_columns; i++)
    {
      CrmField field;
      gpointer first;

      if (keys[i][0] == '\0')
        {
          /* Blank names are common at the right edge of spreadsheets; only
           * say something when the column might hold data. */
          g_ptr_array_add (warnings,
                           g_strdup_printf (_("Column %u has no name in the header line; "
                                              "it is not imported unless you choose a field for it."),
                                            i + 1));
          continue;
        }

      if (g_hash_table_lookup_extended (seen, keys[i], NULL, &first))
        {
          guint j = GPOINTER_TO_UINT (first);

          g_ptr_array_add (warnings,
                           g_strdup_printf (_("Columns %u and %u are both called “%s”; "
                                              "only column %u is imported."),
                                            j + 1, i + 1, header[i], j + 1));
        }
      else
        g_hash_table_insert (seen, keys[i], GUINT_TO_POINTER (i));

      field = field_for_key (mapping->layout, keys[i]);
      if (field == CRM_FIELD_NONE || claimed[field] >= 0)
        continue;

      claimed[field] = i;
      mapping->fields[i] = field;
    }

  g_ptr_array_add (warnings, NULL);
  mapping->warnings = (char **) g_ptr_array_steal (warnings, NULL);

  return mapping;
}

void
crm_import_mapping_free (CrmImportMapping *mapping)
{
  if (mapping == NULL)
    return;

  g_free (mapping->fields);
  g_strfreev (mapping->warnings);
  g_free (mapping);
}

/**
 * crm_import_mapping_find:
 *
 * Returns: the column mapped to @field, or -1
 */
int
crm_import_mapping_find (const CrmImportMapping *mapping,
                         CrmField                field)
{
  g_return_val_if_fail (mapping != NULL, -1);

  for (guint i = 0; i < mapping->n_columns; i++)
    if (mapping->fields[i] == field)
      return i;

  return -1;
}

/**
 * crm_import_mapping_check:
 * @mapping: a mapping
 * @error: a #GError
 *
 * A file can be imported when some column names a client or a person.
 * When none does, the first line is most likely data, not a header.
 *
 * Returns: %FALSE with %CRM_IO_ERROR_HEADER when nothing could be imported
 */
gboolean
crm_import_mapping_check (const CrmImportMapping  *mapping,
                          GError                 **error)
{
  static const CrmField names[] = {
    CRM_FIELD_CLIENT_NAME, CRM_FIELD_FIRST_NAME, CRM_FIELD_LAST_NAME,
    CRM_FIELD_FULL_NAME, CRM_FIELD_EMAIL,
  };

  g_return_val_if_fail (mapping != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (crm_import_mapping_find (mapping, names[i]) >= 0)
      return TRUE;

  g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_HEADER,
               _("The first line of the file is not a header Clientele knows: no column is "
                 "called “Client Name”, “First Name”, “Last Name” or “Email”. Add a header "
                 "line (the sample CSV shows one) or choose the fields by hand."));
  return FALSE;
}

/**
 * crm_import_parse_boolean:
 * @value: a cell of a yes/no column such as Primary
 * @result: (out): the value
 *
 * Accepts yes/no, true/false, 1/0, y/n, x (a ticked box) and empty (no).
 *
 * Returns: %FALSE when @value is none of these
 */
gboolean
crm_import_parse_boolean (const char *value,
                          gboolean   *result)
{
  static const char *yes[] = { "yes", "y", "true", "1", "x", "primary", NULL };
  static const char *no[] = { "no", "n", "false", "0", "", NULL };
  g_autofree char *v = NULL;

  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  v = g_strstrip (g_ascii_strdown (value, -1));

  if (g_strv_contains (yes, v))
    *result = TRUE;
  else if (g_strv_contains (no, v))
    *result = FALSE;
  else
    return FALSE;

  return TRUE;
}
