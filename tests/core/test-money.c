/* test-money.c: amounts read and written in a locale's way, invoice
 * numbers, invoice status from payments, totals, and every payment or
 * invoice that must be refused (changing nothing).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "crm-store-business.h"
#include "crm-test-util.h"

static const CrmNumberFormat german = { ",", ".", "\3" };
static const CrmNumberFormat english = { ".", ",", "\3" };
static const CrmNumberFormat french = { ",", "\u202f", "\3" };
static const CrmNumberFormat plain = { ".", "", "" };

static void
assert_format (const CrmNumberFormat *format,
               gint64                 minor,
               const char            *currency,
               const char            *expected)
{
  g_autofree char *text = crm_money_format_with (format, minor, currency);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_format (void)
{
  assert_format (&german, 123456, "EUR", "1.234,56");
  assert_format (&english, 123456, "USD", "1,234.56");
  assert_format (&french, 123456, "EUR", "1\u202f234,56");
  assert_format (&plain, 123456, "EUR", "1234.56");
  assert_format (&german, 1234567890, "EUR", "12.345.678,90");
  assert_format (&german, 5, "EUR", "0,05");
  assert_format (&german, -123456, "EUR", "-1.234,56");
  assert_format (&english, 0, "EUR", "0.00");
  assert_format (&english, 123456, "JPY", "123,456");
  assert_format (&english, 1234567, "KWD", "1,234.567");
  assert_format (&english, 999, "EUR", "9.99");
  assert_format (&english, 100000, "EUR", "1,000.00");
}

static void
assert_parse (const CrmNumberFormat *format,
              const char            *text,
              const char            *currency,
              gint64                 expected)
{
  g_autoptr(GError) error = NULL;
  gint64 minor = 0;

  g_assert_true (crm_money_parse_with (format, text, currency, &minor, &error));
  g_assert_no_error (error);
  g_assert_cmpint (minor, ==, expected);
}

static void
assert_parse_fails (const CrmNumberFormat *format,
                    const char            *text,
                    const char            *currency)
{
  g_autoptr(GError) error = NULL;
  gint64 minor = 42;

  g_assert_false (crm_money_parse_with (format, text, currency, &minor, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_test_message ("“%s”: %s", text, error->message);
  g_assert_cmpint (minor, ==, 42);
}

static void
test_parse (void)
{
  assert_parse (&german, "1.234,56", "EUR", 123456);
  assert_parse (&german, "1234,56", "EUR", 123456);
  assert_parse (&german, "1.234", "EUR", 123400);
  assert_parse (&german, " 12,5 ", "EUR", 1250);
  /* A "." that cannot be a thousands separator is the decimal point. */
  assert_parse (&german, "12.50", "EUR", 1250);
  assert_parse (&german, "12 EUR", "EUR", 1200);
  assert_parse (&german, "eur 12", "EUR", 1200);
  assert_parse (&german, "-3", "EUR", -300);
  assert_parse (&german, ",5", "EUR", 50);

  assert_parse (&english, "1,234.56", "USD", 123456);
  assert_parse (&english, "1,234,567.8", "USD", 123456780);
  assert_parse (&english, "1,234", "USD", 123400);
  assert_parse (&english, "0.01", "USD", 1);

  /* No-break spaces group digits in French. */
  assert_parse (&french, "1\u202f234,56", "EUR", 123456);
  assert_parse (&french, "1\u00a0234,56", "EUR", 123456);

  assert_parse (&plain, "1234.56", "EUR", 123456);
  assert_parse (&english, "1,234", "JPY", 1234);
  assert_parse (&english, "1.234", "KWD", 1234);

  assert_parse_fails (&english, "", "EUR");
  assert_parse_fails (&english, "   ", "EUR");
  assert_parse_fails (&english, "abc", "EUR");
  assert_parse_fails (&english, "12.345", "EUR");
  assert_parse_fails (&english, "12.5", "JPY");
  assert_parse_fails (&english, "1.2.3", "EUR");
  assert_parse_fails (&german, "1,2,3", "EUR");
  assert_parse_fails (&english, "12..5", "EUR");
  assert_parse_fails (&english, "1,,234", "EUR");
  assert_parse_fails (&english, "-", "EUR");
  assert_parse_fails (&english, "99999999999999999999", "EUR");

  /* What is written is read back. */
  for (gint64 v = 1; v <= 100000000; v = v * 3 + 7)
    for (int sign = -1; sign <= 1; sign += 2)
      {
        g_autofree char *text = crm_money_format_with (&german, sign * v, "EUR");

        assert_parse (&german, text, "EUR", sign * v);
      }
}

static void
test_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *text = NULL;
  gint64 minor = 0;

  /* The C locale: no grouping, a point. */
  setlocale (LC_ALL, "C");
  text = crm_money_format_amount (123456, "EUR");
  g_assert_cmpstr (text, ==, "1234.56");
  g_assert_true (crm_money_parse ("1234.56", "EUR", &minor, NULL));
  g_assert_cmpint (minor, ==, 123456);
  g_clear_pointer (&text, g_free);
  text = crm_money_format (123456, "EUR");
  g_assert_cmpstr (text, ==, "1234.56 EUR");
  g_clear_pointer (&text, g_free);

  if (setlocale (LC_ALL, "de_DE.UTF-8") != NULL)
    {
      text = crm_money_format_amount (123456, "EUR");
      g_assert_cmpstr (text, ==, "1.234,56");
      g_assert_true (crm_money_parse ("1.234,56", "EUR", &minor, NULL));
      g_assert_cmpint (minor, ==, 123456);
      g_clear_pointer (&text, g_free);
    }
  else
    g_test_message ("de_DE.UTF-8 is not installed; the German format is tested "
                    "with explicit separators only");

  if (setlocale (LC_ALL, "en_US.UTF-8") != NULL)
    {
      text = crm_money_format_amount (123456, "USD");
      g_assert_cmpstr (text, ==, "1,234.56");
      g_clear_pointer (&text, g_free);
    }

  setlocale (LC_ALL, saved);
}

static void
test_currency (void)
{
  g_assert_true (crm_currency_is_valid ("EUR"));
  g_assert_false (crm_currency_is_valid ("eur"));
  g_assert_false (crm_currency_is_valid ("EURO"));
  g_assert_false (crm_currency_is_valid ("E1R"));
  g_assert_false (crm_currency_is_valid (NULL));
  g_assert_cmpuint (crm_currency_get_digits ("EUR"), ==, 2);
  g_assert_cmpuint (crm_currency_get_digits ("JPY"), ==, 0);
  g_assert_cmpuint (crm_currency_get_digits ("KWD"), ==, 3);
}

/* The store */

static GDateTime *
date (int y, int m, int d)
{
  return g_date_time_new_local (y, m, d, 0, 0, 0);
}

static CrmInvoice *
add_invoice (CrmStore   *store,
             CrmClient  *client,
             gint64      amount,
             const char *currency,
             GDateTime  *issued)
{
  g_autoptr(CrmInvoice) draft = crm_invoice_new (amount, currency);
  g_autoptr(GError) error = NULL;
  CrmInvoice *invoice;

  g_object_set (draft, "issued-on", issued, NULL);
  invoice = crm_store_create_invoice (store, client, draft, &error);
  g_assert_no_error (error);
  g_assert_true (invoice == draft);

  return invoice;
}

static CrmPayment *
pay (CrmStore   *store,
     CrmClient  *client,
     CrmInvoice *invoice,
     gint64      amount,
     const char *currency)
{
  g_autoptr(CrmPayment) draft = crm_payment_new (amount, currency);
  g_autoptr(GError) error = NULL;
  CrmPayment *payment;

  g_object_set (draft, "invoice-id", invoice ? crm_invoice_get_id (invoice) : (gint64) 0,
                "method", "Bank transfer", NULL);
  payment = crm_store_record_payment (store, client, draft, &error);
  g_assert_no_error (error);
  g_assert_true (payment == draft);

  return payment;
}

static void
test_invoice_numbers (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(GDateTime) d2026 = date (2026, 3, 1);
  g_autoptr(GDateTime) d2025 = date (2025, 12, 31);
  g_autoptr(GPtrArray) invoices = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *next = NULL;
  g_autoptr(GError) error = NULL;

  next = crm_store_next_invoice_number (f->store, d2026);
  g_assert_cmpstr (next, ==, "INV-2026-0001");

  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (invoices, add_invoice (f->store, client, 1000, "EUR", d2026));
  g_ptr_array_add (invoices, add_invoice (f->store, client, 1000, "EUR", d2025));

  g_assert_cmpstr (crm_invoice_get_number (invoices->pdata[0]), ==, "INV-2026-0001");
  g_assert_cmpstr (crm_invoice_get_number (invoices->pdata[1]), ==, "INV-2026-0002");
  g_assert_cmpstr (crm_invoice_get_number (invoices->pdata[2]), ==, "INV-2026-0003");
  g_assert_cmpstr (crm_invoice_get_number (invoices->pdata[3]), ==, "INV-2025-0001");
  g_assert_cmpint (query_int64 (f->path, "SELECT count (DISTINCT number) FROM invoices"), ==, 4);

  /* Numbering goes on after a restart, and a void invoice keeps its number. */
  g_assert_true (crm_store_set_invoice_void (f->store, invoices->pdata[2], TRUE, &error));
  g_ptr_array_set_size (invoices, 0);
  g_clear_object (&client);
  g_clear_object (&f->store);
  f->store = crm_store_open (f->path, &error);
  g_assert_no_error (error);
  client = crm_store_get_client (f->store, 1, &error);
  g_ptr_array_add (invoices, add_invoice (f->store, client, 1000, "EUR", d2026));
  g_assert_cmpstr (crm_invoice_get_number (invoices->pdata[0]), ==, "INV-2026-0004");

  /* Defaults: issued today, due in 30 days. */
  {
    g_autoptr(CrmInvoice) draft = crm_invoice_new (500, "eur");
    g_autoptr(CrmInvoice) invoice = crm_store_create_invoice (f->store, client, draft, &error);
    g_autoptr(GDateTime) today = g_date_time_new_now_local ();

    g_assert_no_error (error);
    g_assert_cmpstr (crm_invoice_get_currency (invoice), ==, "EUR");
    g_assert_cmpint (g_date_time_get_day_of_year (crm_invoice_get_issued_on (invoice)), ==,
                     g_date_time_get_day_of_year (today));
    g_assert_cmpint (g_date_time_difference (crm_invoice_get_due_on (invoice),
                                             crm_invoice_get_issued_on (invoice)) / G_TIME_SPAN_DAY,
                     >=, 29);
  }
}

static void
test_invoice_status (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(GDateTime) issued = date (2026, 1, 10);
  g_autoptr(CrmInvoice) invoice = add_invoice (f->store, client, 10000, "EUR", issued);
  g_autoptr(CrmPayment) first = NULL;
  g_autoptr(CrmPayment) second = NULL;
  g_autoptr(CrmInvoice) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (crm_invoice_get_status (invoice), ==, CRM_INVOICE_STATUS_OPEN);
  g_assert_cmpint (crm_invoice_get_open_minor (invoice), ==, 10000);
  /* Due on 9 February 2026, long ago by the time anyone runs this. */
  g_assert_true (crm_invoice_get_overdue (invoice));

  first = pay (f->store, client, invoice, 4000, "EUR");
  g_assert_cmpint (crm_invoice_get_status (invoice), ==, CRM_INVOICE_STATUS_PARTIAL);
  g_assert_cmpint (crm_invoice_get_paid_minor (invoice), ==, 4000);
  g_assert_cmpint (crm_invoice_get_open_minor (invoice), ==, 6000);

  second = pay (f->store, client, invoice, 6000, "EUR");
  g_assert_cmpint (crm_invoice_get_status (invoice), ==, CRM_INVOICE_STATUS_PAID);
  g_assert_cmpint (crm_invoice_get_open_minor (invoice), ==, 0);
  g_assert_false (crm_invoice_get_overdue (invoice));

  /* Removing a payment opens the invoice again; restoring it pays it. */
  g_assert_true (crm_store_remove_payment (f->store, first, &error));
  g_assert_true (crm_payment_get_trashed (first));
  g_assert_cmpint (crm_invoice_get_status (invoice), ==, CRM_INVOICE_STATUS_PARTIAL);
  g_assert_cmpint (crm_invoice_get_open_minor (invoice), ==, 4000);
  g_assert_true (crm_store_restore_payment (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (crm_invoice_get_status (invoice), ==, CRM_INVOICE_STATUS_PAID);

  /* A fresh store computes the same from the file. */
  g_clear_object (&first);
  g_clear_object (&second);
  g_clear_object (&invoice);
  g_clear_object (&client);
  g_clear_object (&f->store);
  f->store = crm_store_open (f->path, &error);
  again = crm_store_get_invoice (f->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_invoice_get_status (again), ==, CRM_INVOICE_STATUS_PAID);
  g_assert_cmpint (crm_invoice_get_paid_minor (again), ==, 10000);
  g_assert_cmpstr (crm_invoice_get_number (again), ==, "INV-2026-0001");
}

static void
assert_payment_fails (Fixture    *f,
                      CrmClient  *client,
                      CrmPayment *draft)
{
  g_autoptr(GError) error = NULL;
  gint64 before = query_int64 (f->path, "SELECT count (*) FROM payments");
  gint64 sum = query_int64 (f->path, "SELECT coalesce (sum (amount_minor), 0) FROM payments");

  g_assert_null (crm_store_record_payment (f->store, client, draft, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_test_message ("refused: %s", error->message);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM payments"), ==, before);
  g_assert_cmpint (query_int64 (f->path, "SELECT coalesce (sum (amount_minor), 0) FROM payments"), ==, sum);
  g_assert_cmpint (crm_payment_get_id (draft), ==, 0);
}

static void
test_bad_payments (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmClient) other = add_client (f->store, "Other", "Olga", "Other");
  g_autoptr(GDateTime) issued = date (2026, 1, 10);
  g_autoptr(CrmInvoice) invoice = add_invoice (f->store, client, 10000, "EUR", issued);
  g_autoptr(CrmInvoice) voided = add_invoice (f->store, client, 500, "EUR", issued);
  g_autoptr(CrmPayment) part = pay (f->store, client, invoice, 2500, "EUR");
  g_autoptr(CrmPayment) draft = NULL;
  g_autoptr(GError) error = NULL;

  /* More than the 75.00 still open. */
  draft = crm_payment_new (7501, "EUR");
  g_object_set (draft, "invoice-id", crm_invoice_get_id (invoice), NULL);
  assert_payment_fails (f, client, draft);
  g_assert_cmpint (crm_invoice_get_paid_minor (invoice), ==, 2500);

  g_object_set (draft, "amount-minor", (gint64) 0, NULL);
  assert_payment_fails (f, client, draft);
  g_object_set (draft, "amount-minor", (gint64) -500, NULL);
  assert_payment_fails (f, client, draft);

  /* Another currency, or none that exists. */
  g_object_set (draft, "amount-minor", (gint64) 100, "currency", "USD", NULL);
  assert_payment_fails (f, client, draft);
  g_object_set (draft, "invoice-id", (gint64) 0, "currency", "EURO", NULL);
  assert_payment_fails (f, client, draft);

  /* Another client's invoice, a void one. */
  g_object_set (draft, "currency", "EUR", "invoice-id", crm_invoice_get_id (invoice), NULL);
  assert_payment_fails (f, other, draft);
  g_assert_true (crm_store_set_invoice_void (f->store, voided, TRUE, &error));
  g_assert_cmpint (crm_invoice_get_status (voided), ==, CRM_INVOICE_STATUS_VOID);
  g_object_set (draft, "invoice-id", crm_invoice_get_id (voided), NULL);
  assert_payment_fails (f, client, draft);

  /* An invoice with payments is not voided. */
  g_assert_false (crm_store_set_invoice_void (f->store, invoice, TRUE, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (crm_invoice_get_void (invoice));
  g_assert_cmpint (query_int64 (f->path, "SELECT void FROM invoices WHERE id = 1"), ==, 0);

  /* A removed payment that no longer fits is not restored. */
  g_assert_true (crm_store_remove_payment (f->store, part, &error));
  {
    g_autoptr(CrmPayment) full = pay (f->store, client, invoice, 10000, "EUR");

    g_assert_false (crm_store_restore_payment (f->store, part, &error));
    g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_true (crm_payment_get_trashed (part));
    g_assert_cmpint (crm_invoice_get_paid_minor (invoice), ==, 10000);
  }

  /* The schema refuses an overpayment from any other writer too. */
  g_assert_cmpint (query_int64 (f->path,
                                "SELECT count (*) FROM invoices i WHERE amount_minor <"
                                " (SELECT sum (amount_minor) FROM payments p"
                                "   WHERE p.invoice_id = i.id AND p.deleted_at IS NULL)"), ==, 0);
}

static void
test_bad_invoices (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(GDateTime) issued = date (2026, 5, 10);
  g_autoptr(GDateTime) before = date (2026, 5, 9);
  const struct { gint64 amount; const char *currency; GDateTime *due; } bad[] = {
    { 0, "EUR", NULL },
    { -100, "EUR", NULL },
    { 100, "", NULL },
    { 100, "Euro", NULL },
    { 100, "EUR", before },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(CrmInvoice) draft = crm_invoice_new (bad[i].amount, bad[i].currency);
      g_autoptr(GError) error = NULL;

      g_object_set (draft, "issued-on", issued, "due-on", bad[i].due, NULL);
      g_assert_null (crm_store_create_invoice (f->store, client, draft, &error));
      g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
      g_test_message ("refused: %s", error->message);
      g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM invoices"), ==, 0);
      g_assert_cmpstr (crm_invoice_get_number (draft), ==, "");
    }
}

static void
test_totals (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmClient) other = add_client (f->store, "Other", "Olga", "Other");
  g_autoptr(GDateTime) issued = date (2026, 2, 1);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) totals = NULL;
  CrmInvoice *eur1, *eur2, *usd1, *voided;
  CrmPayment *removed;

  g_ptr_array_add (keep, eur1 = add_invoice (f->store, client, 10000, "EUR", issued));
  g_ptr_array_add (keep, eur2 = add_invoice (f->store, client, 5050, "EUR", issued));
  g_ptr_array_add (keep, usd1 = add_invoice (f->store, client, 20000, "USD", issued));
  g_ptr_array_add (keep, voided = add_invoice (f->store, client, 99900, "EUR", issued));
  g_ptr_array_add (keep, add_invoice (f->store, other, 77700, "EUR", issued));
  g_assert_true (crm_store_set_invoice_void (f->store, voided, TRUE, NULL));

  g_ptr_array_add (keep, pay (f->store, client, eur1, 10000, "EUR"));
  g_ptr_array_add (keep, pay (f->store, client, eur2, 1000, "EUR"));
  g_ptr_array_add (keep, pay (f->store, client, NULL, 300, "EUR"));
  g_ptr_array_add (keep, pay (f->store, client, usd1, 7500, "USD"));
  g_ptr_array_add (keep, removed = pay (f->store, client, usd1, 2500, "USD"));
  g_ptr_array_add (keep, pay (f->store, client, NULL, 100, "GBP"));
  g_ptr_array_add (keep, pay (f->store, other, NULL, 12345, "EUR"));
  g_assert_true (crm_store_remove_payment (f->store, removed, NULL));

  totals = crm_store_get_client_totals (f->store, client);
  g_assert_cmpuint (totals->len, ==, 3);

  /* By code; references summed by hand from the lines above. */
  g_assert_cmpstr (g_array_index (totals, CrmMoneyTotal, 0).currency, ==, "EUR");
  g_assert_cmpint (g_array_index (totals, CrmMoneyTotal, 0).collected_minor, ==, 10000 + 1000 + 300);
  g_assert_cmpint (g_array_index (totals, CrmMoneyTotal, 0).open_minor, ==, 0 + 4050);
  g_assert_cmpstr (g_array_index (totals, CrmMoneyTotal, 1).currency, ==, "GBP");
  g_assert_cmpint (g_array_index (totals, CrmMoneyTotal, 1).collected_minor, ==, 100);
  g_assert_cmpint (g_array_index (totals, CrmMoneyTotal, 1).open_minor, ==, 0);
  g_assert_cmpstr (g_array_index (totals, CrmMoneyTotal, 2).currency, ==, "USD");
  g_assert_cmpint (g_array_index (totals, CrmMoneyTotal, 2).collected_minor, ==, 7500);
  g_assert_cmpint (g_array_index (totals, CrmMoneyTotal, 2).open_minor, ==, 12500);

  /* The same as the live objects say. */
  g_assert_cmpint (crm_invoice_get_open_minor (eur2) + crm_invoice_get_open_minor (eur1), ==, 4050);
  g_assert_cmpint (crm_invoice_get_open_minor (usd1), ==, 12500);

  /* The lists: newest first, removed payments left out. */
  {
    g_autoptr(GListModel) invoices = crm_store_get_invoices (f->store, client);
    g_autoptr(GListModel) payments = crm_store_get_payments (f->store, client);

    g_assert_cmpuint (g_list_model_get_n_items (invoices), ==, 4);
    g_assert_cmpuint (g_list_model_get_n_items (payments), ==, 5);
  }
}

/* The currency new invoices and payments are offered in: the newest
 * invoice's, else the newest payment's (removed ones left out). */
static void
test_usual_currency (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) march = date (2026, 3, 1);
  g_autoptr(GDateTime) april = date (2026, 4, 1);
  g_autofree char *none = crm_store_get_usual_currency (f->store, client);
  CrmPayment *removed;

  g_assert_null (none);

  g_ptr_array_add (keep, pay (f->store, client, NULL, 100, "GBP"));
  g_ptr_array_add (keep, removed = pay (f->store, client, NULL, 200, "CHF"));
  g_assert_true (crm_store_remove_payment (f->store, removed, NULL));
  {
    g_autofree char *currency = crm_store_get_usual_currency (f->store, client);

    g_assert_cmpstr (currency, ==, "GBP");
  }

  g_ptr_array_add (keep, add_invoice (f->store, client, 10000, "USD", april));
  g_ptr_array_add (keep, add_invoice (f->store, client, 10000, "EUR", march));
  {
    g_autofree char *currency = crm_store_get_usual_currency (f->store, client);

    g_assert_cmpstr (currency, ==, "USD");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/format", test_format);
  g_test_add_func ("/money/parse", test_parse);
  g_test_add_func ("/money/locale", test_locale);
  g_test_add_func ("/money/currency", test_currency);

#define ADD(path, func) \
  g_test_add ("/money/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("invoice-numbers", test_invoice_numbers);
  ADD ("invoice-status", test_invoice_status);
  ADD ("bad-payments", test_bad_payments);
  ADD ("bad-invoices", test_bad_invoices);
  ADD ("totals", test_totals);
  ADD ("usual-currency", test_usual_currency);

#undef ADD

  return g_test_run ();
}
