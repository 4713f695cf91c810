/* crm-money.c: amounts as integer minor units of an ISO 4217 currency,
 * read and written in the person's locale.
 *
 * Money never goes through a double: 12.34 EUR is 1234 cents from the
 * moment it is typed. Formatting and parsing take the separators from
 * LC_MONETARY (falling back to LC_NUMERIC), so "1.234,56" is read as one
 * thousand two hundred and thirty-four euros under de_DE and "1,234.56"
 * under en_US. Parsing is forgiving where it cannot be wrong: a lone
 * "12.50" is a decimal amount in a German locale too, since "." followed by
 * two digits cannot be a thousands separator.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

#include "crm-money.h"
#include "crm-store.h"

/**
 * crm_currency_is_valid:
 * @code: (nullable): a currency code
 *
 * Returns: %TRUE when @code has the shape of an ISO 4217 code: three
 *   capital ASCII letters
 */
gboolean
crm_currency_is_valid (const char *code)
{
  if (code == NULL || strlen (code) != 3)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isupper (code[i]))
      return FALSE;

  return TRUE;
}

/**
 * crm_currency_get_digits:
 * @code: an ISO 4217 code
 *
 * Returns: how many decimals the currency has: 0 for JPY, 3 for KWD,
 *   2 for most
 */
guint
crm_currency_get_digits (const char *code)
{
  /* The ISO 4217 minor units that are not 2. */
  static const char * const none[] = {
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
    "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
  };
  static const char * const three[] = {
    "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND",
  };

  if (code == NULL)
    return 2;

  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    if (g_str_equal (code, none[i]))
      return 0;

  for (guint i = 0; i < G_N_ELEMENTS (three); i++)
    if (g_str_equal (code, three[i]))
      return 3;

  return 2;
}

/**
 * crm_number_format_get_locale:
 * @format: (out caller-allocates): filled with the current locale's
 *   separators; the strings belong to the C library and stay valid until
 *   the locale changes
 */
void
crm_number_format_get_locale (CrmNumberFormat *format)
{
  const struct lconv *lc = localeconv ();

  /* The C locale leaves the monetary fields empty. */
  if (lc->mon_decimal_point != NULL && *lc->mon_decimal_point != '\0')
    {
      format->decimal_point = lc->mon_decimal_point;
      format->thousands_sep = lc->mon_thousands_sep ? lc->mon_thousands_sep : "";
      format->grouping = lc->mon_grouping ? lc->mon_grouping : "";
    }
  else
    {
      format->decimal_point = lc->decimal_point && *lc->decimal_point ? lc->decimal_point : ".";
      format->thousands_sep = lc->thousands_sep ? lc->thousands_sep : "";
      format->grouping = lc->grouping ? lc->grouping : "";
    }
}

static guint64
power_of_ten (guint digits)
{
  guint64 p = 1;

  while (digits-- > 0)
    p *= 10;

  return p;
}

/* Puts the thousands separator into a string of digits, as @grouping says:
 * each byte a group size from the right, the last one repeating. */
static void
append_grouped (GString    *out,
                const char *digits,
                const char *sep,
                const char *grouping)
{
  gsize len = strlen (digits);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize pos = len;
  guint gi = 0;
  int size = 0;

  if (sep == NULL || *sep == '\0' || grouping == NULL || *grouping == '\0')
    {
      g_string_append (out, digits);
      return;
    }

  for (;;)
    {
      if (grouping[gi] != '\0')
        size = grouping[gi++];
      if (size <= 0 || size == CHAR_MAX || (gsize) size >= pos)
        break;
      pos -= size;
      g_array_prepend_val (cuts, pos);
    }

  pos = 0;
  for (guint i = 0; i < cuts->len; i++)
    {
      gsize cut = g_array_index (cuts, gsize, i);

      g_string_append_len (out, digits + pos, cut - pos);
      g_string_append (out, sep);
      pos = cut;
    }
  g_string_append (out, digits + pos);
}

/**
 * crm_money_format_with:
 * @format: the separators to use
 * @minor: the amount in minor units (cents)
 * @currency: (nullable): its ISO 4217 code, for the number of decimals
 *
 * Returns: (transfer full): the amount as digits and separators, without
 *   the currency: "1,234.56"
 */
char *
crm_money_format_with (const CrmNumberFormat *format,
                       gint64                 minor,
                       const char            *currency)
{
  guint digits = crm_currency_get_digits (currency);
  guint64 scale = power_of_ten (digits);
  guint64 magnitude;
  g_autofree char *whole = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (format != NULL, NULL);

  /* Negating G_MININT64 overflows; go through unsigned arithmetic. */
  magnitude = minor < 0 ? (guint64) 0 - (guint64) minor : (guint64) minor;

  if (minor < 0)
    g_string_append_c (out, '-');

  whole = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / scale);
  append_grouped (out, whole, format->thousands_sep, format->grouping);

  if (digits > 0)
    {
      g_string_append (out, format->decimal_point);
      g_string_append_printf (out, "%0*" G_GUINT64_FORMAT, (int) digits, magnitude % scale);
    }

  return g_string_free (out, FALSE);
}

/**
 * crm_money_format_amount:
 * @minor: the amount in minor units
 * @currency: (nullable): its ISO 4217 code
 *
 * Returns: (transfer full): the amount in the current locale, without the
 *   currency: "1.234,56" under de_DE
 */
char *
crm_money_format_amount (gint64      minor,
                         const char *currency)
{
  CrmNumberFormat format;

  crm_number_format_get_locale (&format);
  return crm_money_format_with (&format, minor, currency);
}

/**
 * crm_money_format:
 * @minor: the amount in minor units
 * @currency: its ISO 4217 code
 *
 * Returns: (transfer full): the amount and its currency for people:
 *   "1,234.56 EUR"
 */
char *
crm_money_format (gint64      minor,
                  const char *currency)
{
  g_autofree char *amount = crm_money_format_amount (minor, currency);

  /* Translators: an amount of money, then its currency code: "12.50 EUR" */
  return g_strdup_printf (C_("money", "%s %s"), amount, currency ? currency : "");
}

static gboolean
is_space_at (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

static gboolean
starts_with_code (const char *text,
                  const char *code)
{
  return code != NULL && strlen (text) >= 3 && g_ascii_strncasecmp (text, code, 3) == 0;
}

static void
set_not_an_amount (GError                **error,
                   const CrmNumberFormat  *format,
                   const char             *text,
                   const char             *currency)
{
  g_autofree char *example = crm_money_format_with (format,
                                                    123456 * (gint64) power_of_ten (crm_currency_get_digits (currency)) / 100,
                                                    currency);

  g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
               /* Translators: %s is what was typed, then an example amount */
               _("“%s” is not an amount. Type digits, like %s."),
               text, example);
}

/* Digits separated into groups by @sep (one byte); every group non-empty. */
static gboolean
strip_grouping (GString    *digits,
                const char *part,
                gsize       len,
                char        sep)
{
  gboolean group_started = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isdigit (part[i]))
        {
          g_string_append_c (digits, part[i]);
          group_started = TRUE;
        }
      else if (sep != '\0' && part[i] == sep && group_started && i + 1 < len)
        group_started = FALSE;
      else
        return FALSE;
    }

  return TRUE;
}

/**
 * crm_money_parse_with:
 * @format: the separators people type
 * @text: an amount as typed: "1.234,56", "1234.5", "-3", "12 EUR"
 * @currency: the ISO 4217 code the amount is in
 * @minor: (out): the amount in minor units
 * @error: return location for a %CRM_STORE_ERROR_INVALID error
 *
 * Reads an amount. The thousands separator may be left out; spaces
 * (including the no-break spaces some locales group with) and the currency
 * code before or after are ignored. More decimals than the currency has
 * are refused rather than rounded.
 *
 * Returns: %TRUE when @text is an amount
 */
gboolean
crm_money_parse_with (const CrmNumberFormat  *format,
                      const char             *text,
                      const char             *currency,
                      gint64                 *minor,
                      GError                **error)
{
  guint digits = crm_currency_get_digits (currency);
  g_autoptr(GString) compact = g_string_new (NULL);
  g_autoptr(GString) whole = g_string_new (NULL);
  const char *dp = format->decimal_point && *format->decimal_point ? format->decimal_point : ".";
  const char *ts = format->thousands_sep ? format->thousands_sep : "";
  const char *s;
  const char *point = NULL;
  const char *frac = "";
  char group_sep = '\0';
  char alt;
  gboolean negative = FALSE;
  guint64 value = 0;
  guint64 scale = power_of_ten (digits);

  g_return_val_if_fail (format != NULL, FALSE);
  g_return_val_if_fail (minor != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    text = "";

  /* Spaces go, whatever kind: some locales group digits with them. */
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!is_space_at (p))
      g_string_append_len (compact, p, g_utf8_next_char (p) - p);

  if (compact->len == 0)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("Enter an amount."));
      return FALSE;
    }

  s = compact->str;
  if (*s == '-' || *s == '+')
    negative = *s++ == '-';
  else if (g_str_has_prefix (s, "−"))
    {
      negative = TRUE;
      s += strlen ("−");
    }

  if (starts_with_code (s, currency))
    s += 3;
  if (strlen (s) >= 3 && starts_with_code (s + strlen (s) - 3, currency))
    g_string_truncate (compact, s + strlen (s) - 3 - compact->str);

  /* A separator that is a space was removed above already. */
  if (is_space_at (ts) || strlen (ts) != 1)
    ts = "";

  alt = g_str_equal (dp, ",") ? '.' : ',';

  if ((point = g_strrstr (s, dp)) != NULL)
    {
      if (strstr (s, dp) != point)
        goto not_an_amount;
      frac = point + strlen (dp);
      group_sep = *ts ? *ts : alt;
    }
  else
    {
      const char *first = strchr (s, alt);
      const char *last = strrchr (s, alt);

      /* "12.50" in a "," locale: a separator that cannot be grouping
       * (one of it, not followed by three digits) is the decimal point. */
      if (first != NULL && first == last && strlen (last + 1) != 3)
        {
          point = last;
          frac = point + 1;
          group_sep = *ts;
        }
      else
        group_sep = *ts ? *ts : alt;
    }

  if (!strip_grouping (whole, s, point ? (gsize) (point - s) : strlen (s), group_sep))
    goto not_an_amount;

  for (const char *p = frac; *p; p++)
    if (!g_ascii_isdigit (*p))
      goto not_an_amount;

  if (whole->len == 0 && *frac == '\0')
    goto not_an_amount;

  if (strlen (frac) > digits)
    {
      if (digits == 0)
        g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                     _("Amounts in %s have no decimals; “%s” has some."),
                     currency, text);
      else
        g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                     ngettext ("Amounts in %s have at most %u decimal; “%s” has more.",
                               "Amounts in %s have at most %u decimals; “%s” has more.",
                               digits),
                     currency, digits, text);
      return FALSE;
    }

  for (const char *p = whole->str; *p; p++)
    {
      if (value > (G_MAXINT64 / scale - 9) / 10)
        goto too_large;
      value = value * 10 + (guint64) (*p - '0');
    }

  value *= scale;
  for (guint i = 0; i < digits; i++)
    {
      guint64 place = power_of_ten (digits - 1 - i);

      if (frac[i] == '\0')
        break;
      value += (guint64) (frac[i] - '0') * place;
    }

  *minor = negative ? -(gint64) value : (gint64) value;
  return TRUE;

not_an_amount:
  set_not_an_amount (error, format, text, currency);
  return FALSE;

too_large:
  g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
               _("“%s” is too large an amount."), text);
  return FALSE;
}

/**
 * crm_money_parse:
 * @text: an amount as typed in the current locale
 * @currency: its ISO 4217 code
 * @minor: (out): the amount in minor units
 * @error: return location for a %CRM_STORE_ERROR_INVALID error
 *
 * As crm_money_parse_with(), with the current locale's separators.
 *
 * Returns: %TRUE when @text is an amount
 */
gboolean
crm_money_parse (const char  *text,
                 const char  *currency,
                 gint64      *minor,
                 GError     **error)
{
  CrmNumberFormat format;

  crm_number_format_get_locale (&format);
  return crm_money_parse_with (&format, text, currency, minor, error);
}
