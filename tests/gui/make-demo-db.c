/* make-demo-db.c: fills a Clientele database with realistic demo clients,
 * for screenshots and for trying the app. Everything goes through the
 * store's API, so the demo data obeys the same rules as real data.
 *
 * Besides the clients: a team of four (the person using the app is Alex
 * Morgan, an admin), clients assigned among three of them, their bookings,
 * invoices, payments and conversations, a few documents, and pictures
 * drawn here with cairo (two client logos and one contact's portrait), so
 * that no file from elsewhere is needed.
 *
 *   make-demo-db PATH
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "crm-store.h"
#include "crm-store-business.h"

typedef struct {
  const char *first;
  const char *last;
  const char *job;
  const char *phone;
} Person;

typedef struct {
  const char      *name;
  const char      *city;
  const char      *country;
  const char      *domain;
  CrmClientStatus  status;
  gboolean         favorite;
  const char      *tags;   /* comma-separated */
  Person           people[3];
} Demo;

static const Demo demos[] = {
  { "Acme Corporation", "Springfield", "United States", "acme.example", CRM_CLIENT_STATUS_ACTIVE, TRUE, "wholesale,key account",
    { { "Wile", "Coyote", "Head of Procurement", "+1 555 0134" }, { "Road", "Runner", "Logistics", "+1 555 0178" } } },
  { "Bäckerei Müller", "München", "Germany", "baeckerei-mueller.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "retail,food",
    { { "Jürgen", "Müller", "Owner", "+49 89 1234567" } } },
  { "Café Lumière", "Lyon", "France", "cafe-lumiere.example", CRM_CLIENT_STATUS_PROSPECT, TRUE, "food,events",
    { { "Amélie", "Poulain", "Manager", "+33 4 72 00 00 00" }, { "Nino", "Quincampoix", "Barista", "+33 4 72 00 00 01" } } },
  { "Nordlys Shipping AS", "Bergen", "Norway", "nordlys.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "logistics",
    { { "Ingrid", "Solberg", "Operations Director", "+47 55 00 00 00" }, { "Øystein", "Haugen", "Dispatcher", "+47 55 00 00 01" }, { "Kari", "Nordmann", "Accounts", "+47 55 00 00 02" } } },
  { "Zeta Dental Clinic", "Leeds", "United Kingdom", "zetadental.example", CRM_CLIENT_STATUS_LEAD, FALSE, "healthcare",
    { { "Priya", "Raman", "Practice Manager", "+44 113 496 0000" } } },
  { "Estudio Ñandú", "Buenos Aires", "Argentina", "nandu.example", CRM_CLIENT_STATUS_PROSPECT, FALSE, "design",
    { { "Lucía", "Fernández", "Creative Director", "+54 11 5555 0000" }, { "Martín", "Gómez", "Producer", "+54 11 5555 0001" } } },
  { "Green Valley Farms", "Fresno", "United States", "greenvalley.example", CRM_CLIENT_STATUS_ACTIVE, TRUE, "food,wholesale",
    { { "Maria", "Lopez", "Sales", "+1 559 555 0100" } } },
  { "Helsinki Hotel Group", "Helsinki", "Finland", "hhg.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "hospitality,events",
    { { "Aino", "Virtanen", "Events Coordinator", "+358 9 555 0000" }, { "Mikko", "Korhonen", "Purchasing", "+358 9 555 0001" } } },
  { "Iris Architects", "Rotterdam", "Netherlands", "iris-arch.example", CRM_CLIENT_STATUS_INACTIVE, FALSE, "design",
    { { "Sanne", "de Vries", "Partner", "+31 10 555 0000" } } },
  { "Jade Garden Restaurant", "Vancouver", "Canada", "jadegarden.example", CRM_CLIENT_STATUS_LEAD, FALSE, "food",
    { { "Wei", "Chen", "Owner", "+1 604 555 0199" } } },
  { "København Cycle Works", "Copenhagen", "Denmark", "kcw.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "retail",
    { { "Søren", "Kierkegaard", "Workshop Lead", "+45 33 55 00 00" }, { "Freja", "Jensen", "Shop Manager", "+45 33 55 00 01" } } },
  { "Lakeside School District", "Madison", "United States", "lakeside-sd.example", CRM_CLIENT_STATUS_PROSPECT, FALSE, "education,public sector",
    { { "Thomas", "Becker", "IT Coordinator", "+1 608 555 0142" }, { "Grace", "Okafor", "Finance", "+1 608 555 0143" } } },
  { "Mercado São Jorge", "Lisboa", "Portugal", "saojorge.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "retail,food",
    { { "João", "Conceição", "Gerente", "+351 21 555 0000" } } },
  { "Northwind Traders", "Seattle", "United States", "northwind.example", CRM_CLIENT_STATUS_ACTIVE, TRUE, "wholesale,key account",
    { { "Nancy", "Davolio", "Sales Representative", "+1 206 555 9857" }, { "Andrew", "Fuller", "Vice President, Sales", "+1 206 555 9482" }, { "Janet", "Leverling", "Sales Representative", "+1 206 555 3412" } } },
  { "Österreichische Bergbahnen", "Innsbruck", "Austria", "bergbahnen.example", CRM_CLIENT_STATUS_LEAD, FALSE, "tourism",
    { { "Lukas", "Gruber", "Marketing", "+43 512 555000" } } },
  { "Pinewood Veterinary", "Asheville", "United States", "pinewoodvet.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "healthcare",
    { { "Emily", "Hart", "Clinic Director", "+1 828 555 0110" } } },
  { "Quantum Analytics Ltd", "Cambridge", "United Kingdom", "quantum-analytics.example", CRM_CLIENT_STATUS_PROSPECT, FALSE, "technology",
    { { "Oliver", "Bennett", "CTO", "+44 1223 555000" }, { "Hannah", "Wright", "Office Manager", "+44 1223 555001" } } },
  { "Riverside Dental", "Portland", "United States", "riversidedental.example", CRM_CLIENT_STATUS_INACTIVE, FALSE, "healthcare",
    { { "Carlos", "Mendes", "Dentist", "+1 503 555 0177" } } },
  { "Sakura Tea House", "Kyoto", "Japan", "sakura-tea.example", CRM_CLIENT_STATUS_ACTIVE, TRUE, "food,hospitality",
    { { "Yuki", "Tanaka", "Proprietor", "+81 75 555 0000" } } },
  { "Taller Gaudí", "Barcelona", "Spain", "tallergaudi.example", CRM_CLIENT_STATUS_LEAD, FALSE, "design,events",
    { { "Jordi", "Puig", "Director", "+34 93 555 00 00" } } },
  { "Uppsala Bokhandel", "Uppsala", "Sweden", "bokhandel.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "retail",
    { { "Astrid", "Lindqvist", "Bookseller", "+46 18 555 00 00" }, { "Erik", "Andersson", "Buyer", "+46 18 555 00 01" } } },
  { "Vértice Engenharia", "São Paulo", "Brazil", "vertice.example", CRM_CLIENT_STATUS_PROSPECT, FALSE, "construction",
    { { "Ana", "Souza", "Engenheira Chefe", "+55 11 5555 0000" } } },
  { "Wavecrest Surf School", "Byron Bay", "Australia", "wavecrest.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "tourism,events",
    { { "Jack", "Murphy", "Head Coach", "+61 2 5550 0000" } } },
  { "Xylo Music Academy", "Wien", "Austria", "xylo.example", CRM_CLIENT_STATUS_LEAD, FALSE, "education",
    { { "Clara", "Schumann", "Principal", "+43 1 555 0000" } } },
  { "Yellowstone Outfitters", "Bozeman", "United States", "yso.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "retail,tourism",
    { { "Dakota", "Reyes", "Store Manager", "+1 406 555 0123" }, { "Sam", "Whitfield", "Guide", "+1 406 555 0124" } } },
  { "Zürcher Kantonalbank Events", "Zürich", "Switzerland", "zkb-events.example", CRM_CLIENT_STATUS_PROSPECT, TRUE, "events,finance",
    { { "Noémie", "Keller", "Event Manager", "+41 44 555 00 00" } } },
  { "Atlas Legal Partners", "Dublin", "Ireland", "atlaslegal.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "legal",
    { { "Siobhán", "O'Brien", "Senior Partner", "+353 1 555 0000" }, { "Ciarán", "Byrne", "Paralegal", "+353 1 555 0001" } } },
  { "Blue Harbor Marina", "Annapolis", "United States", "blueharbor.example", CRM_CLIENT_STATUS_INACTIVE, FALSE, "tourism",
    { { "Kevin", "Walsh", "Harbor Master", "+1 410 555 0166" } } },
  { "Château Belle Rive", "Bordeaux", "France", "bellerive.example", CRM_CLIENT_STATUS_ACTIVE, TRUE, "food,events,key account",
    { { "Hélène", "Dubois", "Directrice", "+33 5 56 00 00 00" }, { "François", "Lefèvre", "Sommelier", "+33 5 56 00 00 01" } } },
  { "Delta Print & Copy", "Austin", "United States", "deltaprint.example", CRM_CLIENT_STATUS_LEAD, FALSE, "services",
    { { "Rachel", "Kim", "Owner", "+1 512 555 0190" } } },
  { "Edelweiss Pharmazie", "Basel", "Switzerland", "edelweiss-pharma.example", CRM_CLIENT_STATUS_PROSPECT, FALSE, "healthcare",
    { { "Matthias", "Brunner", "Einkauf", "+41 61 555 00 00" } } },
  { "Fjord Fisheries", "Tromsø", "Norway", "fjordfish.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "food,wholesale",
    { { "Håkon", "Berg", "Sales Manager", "+47 77 00 00 00" } } },
  { "Golden Gate Florists", "San Francisco", "United States", "ggflorists.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "retail,events",
    { { "Lily", "Nguyen", "Designer", "+1 415 555 0133" } } },
  { "Harbour Lights Theatre", "Sydney", "Australia", "harbourlights.example", CRM_CLIENT_STATUS_PROSPECT, FALSE, "events",
    { { "Olivia", "Taylor", "Box Office Manager", "+61 2 5550 0100" }, { "Liam", "Brown", "Technical Director", "+61 2 5550 0101" } } },
  { "Istanbul Kebap Evi", "Berlin", "Germany", "kebapevi.example", CRM_CLIENT_STATUS_LEAD, FALSE, "food",
    { { "Mehmet", "Yılmaz", "Inhaber", "+49 30 5550000" } } },
  { "Kraków Software House", "Kraków", "Poland", "ksh.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "technology,key account",
    { { "Agnieszka", "Nowak", "Project Manager", "+48 12 555 00 00" }, { "Paweł", "Wiśniewski", "CEO", "+48 12 555 00 01" }, { "Zofia", "Kowalska", "Accounts", "+48 12 555 00 02" } } },
  { "Maple Leaf Movers", "Toronto", "Canada", "mlmovers.example", CRM_CLIENT_STATUS_INACTIVE, FALSE, "logistics",
    { { "Ethan", "Campbell", "Dispatcher", "+1 416 555 0155" } } },
  { "Olive Grove Cooperative", "Kalamata", "Greece", "olivegrove.example", CRM_CLIENT_STATUS_ACTIVE, FALSE, "food,wholesale",
    { { "Eleni", "Papadopoulou", "Coordinator", "+30 27210 55500" } } },
  { "Polaris Fitness", "Reykjavík", "Iceland", "polaris.example", CRM_CLIENT_STATUS_LEAD, FALSE, "services",
    { { "Sigríður", "Jónsdóttir", "Owner", "+354 555 0000" } } },
  { "Sunrise Senior Living", "Phoenix", "United States", "sunrise-sl.example", CRM_CLIENT_STATUS_PROSPECT, FALSE, "healthcare",
    { { "Margaret", "Ellis", "Administrator", "+1 602 555 0188" }, { "Daniel", "Ortiz", "Facilities", "+1 602 555 0189" } } },
};

static const char *notes[] = {
  "Called about the spring order. They want the same volume as last year, delivery in two batches.",
  "Met at the trade fair. Interested in a yearly contract; send a quote by Friday.",
  "Invoice 2026-114 paid late again. Agreed to move them to 30-day terms.",
  "Asked for a tour of the new showroom. Proposed Tuesday 10:00.",
};

static char *
ascii_local_part (const char *first,
                  const char *last)
{
  g_autofree char *joined = g_strdup_printf ("%s.%s", first, last);
  g_autofree char *ascii = g_str_to_ascii (joined, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    if (g_ascii_isalnum (*p) || *p == '.')
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

static gboolean
add_demo (CrmStore    *store,
          const Demo  *demo,
          guint        index,
          GError     **error)
{
  g_autoptr(CrmClient) draft = crm_client_new (demo->name);
  g_autoptr(CrmClient) client = NULL;
  g_auto(GStrv) tags = g_strsplit (demo->tags, ",", -1);
  g_autofree char *external_id = g_strdup_printf ("SF-%05u", 1200 + index * 7);
  g_autofree char *website = g_strdup_printf ("https://www.%s", demo->domain);
  g_autofree char *office = g_strdup_printf ("info@%s", demo->domain);

  g_object_set (draft,
                "status", demo->status,
                "favorite", demo->favorite,
                "external-id", index % 3 == 0 ? external_id : "",
                "website", website,
                "email", office,
                "phone", demo->people[0].phone,
                "city", demo->city,
                "country", demo->country,
                "additional-info", index % 4 == 0 ? "Prefers e-mail. Orders are approved by the finance team every second Monday." : "",
                NULL);

  for (guint i = 0; i < G_N_ELEMENTS (demo->people) && demo->people[i].first; i++)
    {
      const Person *person = &demo->people[i];
      g_autoptr(CrmContact) contact = crm_contact_new (person->first, person->last);
      g_autofree char *local = ascii_local_part (person->first, person->last);
      g_autofree char *email = g_strdup_printf ("%s@%s", local, demo->domain);

      g_object_set (contact,
                    "job-title", person->job,
                    "email", email,
                    "phone", person->phone,
                    "city", demo->city,
                    "country", demo->country,
                    NULL);

      if (i == 0)
        {
          client = crm_store_create_client (store, draft, contact, error);
          if (client == NULL)
            return FALSE;
        }
      else
        {
          g_autoptr(CrmContact) added = crm_store_add_contact (store, client, contact, error);

          if (added == NULL)
            return FALSE;
        }
    }

  for (guint i = 0; tags[i]; i++)
    if (!crm_store_add_tag (store, client, tags[i], error))
      return FALSE;

  for (guint i = 0; i < index % 3; i++)
    {
      g_autoptr(CrmNote) note = crm_store_add_note (store, client,
                                                    notes[(index + i) % G_N_ELEMENTS (notes)],
                                                    error);
      if (note == NULL)
        return FALSE;
    }

  return TRUE;
}

/* The clients the screenshots show (ids follow the order of demos[]). */
#define NORDLYS_ID 4
#define CHATEAU_ID 29

static GDateTime *
days_from_now (int days,
               int hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, 0, 0);
}

/* Bookings, money and conversations, so the card's other tabs and the
 * Bookings view have something to show: dates are around today, so some
 * bookings are ahead, some done and one late. */
static gboolean
add_business (CrmStore    *store,
              guint        index,
              gint64       staff_id,
              GError     **error)
{
  static const char *services[] = {
    "Quarterly review", "On-site visit", "Delivery", "Installation", "Training session",
  };
  g_autoptr(CrmClient) client = NULL;
  g_autoptr(CrmBooking) ahead = crm_booking_new (services[index % G_N_ELEMENTS (services)]);
  g_autoptr(CrmBooking) done = crm_booking_new (services[(index + 2) % G_N_ELEMENTS (services)]);
  g_autoptr(CrmBooking) stored = NULL;
  g_autoptr(CrmBooking) stored_done = NULL;
  g_autoptr(GDateTime) soon = days_from_now (1 + (int) index % 9, 9 + (int) index % 8);
  g_autoptr(GDateTime) before = days_from_now (-3 - (int) index % 20, 10);
  g_autoptr(GDateTime) finish = NULL;
  g_autoptr(GDateTime) issued = days_from_now (-40, 0);
  g_autoptr(GDateTime) due = days_from_now (-10, 0);
  g_autoptr(CrmInvoice) invoice_draft = crm_invoice_new (45000 + (gint64) index * 12350, "EUR");
  g_autoptr(CrmInvoice) invoice = NULL;
  g_autoptr(CrmPayment) payment_draft = NULL;
  g_autoptr(CrmPayment) payment = NULL;
  g_autoptr(CrmMessage) message_draft = crm_message_new (index % 2 ? CRM_MESSAGE_CHANNEL_PHONE
                                                                   : CRM_MESSAGE_CHANNEL_EMAIL,
                                                         CRM_MESSAGE_DIRECTION_IN);
  g_autoptr(CrmMessage) message = NULL;

  client = crm_store_get_client (store, index + 1, error);
  if (client == NULL)
    return FALSE;

  /* Due when the visit ends, with the person who booked it. */
  finish = g_date_time_add_hours (soon, 2);
  g_object_set (ahead, "starts", soon, "due", finish, "priority", CRM_BOOKING_PRIORITY_NORMAL,
                "staff-id", staff_id, NULL);
  if (crm_client_get_primary_contact (client) != NULL)
    g_object_set (ahead, "contact-id",
                  crm_contact_get_id (crm_client_get_primary_contact (client)), NULL);
  stored = crm_store_create_booking (store, client, ahead, error);
  if (stored == NULL)
    return FALSE;

  g_object_set (done, index % 5 == 0 ? "due" : "starts", before,
                "priority", index % 5 == 0 ? CRM_BOOKING_PRIORITY_URGENT : CRM_BOOKING_PRIORITY_LOW,
                "staff-id", staff_id,
                NULL);
  stored_done = crm_store_create_booking (store, client, done, error);
  if (stored_done == NULL)
    return FALSE;
  /* Every fifth client has a late booking; the others' past ones are done. */
  if (index % 5 != 0 &&
      !crm_store_set_booking_status (store, stored_done, CRM_BOOKING_STATUS_COMPLETED, error))
    return FALSE;

  g_object_set (invoice_draft, "issued-on", issued, "due-on", due,
                "description", "Services, last month", NULL);
  invoice = crm_store_create_invoice (store, client, invoice_draft, error);
  if (invoice == NULL)
    return FALSE;

  if (index % 3 != 2)
    {
      payment_draft = crm_payment_new (index % 3 == 0 ? crm_invoice_get_amount_minor (invoice)
                                                      : crm_invoice_get_amount_minor (invoice) / 2,
                                       "EUR");
      g_object_set (payment_draft, "invoice-id", crm_invoice_get_id (invoice),
                    "paid-on", due, "method", "Bank transfer", NULL);
      payment = crm_store_record_payment (store, client, payment_draft, error);
      if (payment == NULL)
        return FALSE;
    }

  g_object_set (message_draft, "subject", "Asked about next month's schedule",
                "body", "Wants the visit moved to a morning if possible.", NULL);
  message = crm_store_log_message (store, client, message_draft, error);

  return message != NULL;
}

/* The team: the person using the app (created with the database, renamed
 * here) and three colleagues. Fills @ids with Alex, Priya, Tom, Sam. */
static gboolean
add_staff (CrmStore  *store,
           gint64     ids[4],
           GError   **error)
{
  static const struct {
    const char   *name;
    const char   *email;
    CrmStaffRole  role;
  } team[] = {
    { "Priya Shah", "priya@clientele.example", CRM_STAFF_ROLE_STAFF },
    { "Tom Becker", "tom@clientele.example", CRM_STAFF_ROLE_STAFF },
    { "Sam Lee", "sam@clientele.example", CRM_STAFF_ROLE_READ_ONLY },
  };
  gint64 me = crm_staff_get_id (crm_store_get_current_staff (store));
  g_autoptr(CrmStaff) renamed = NULL;

  renamed = crm_store_update_staff (store, me, "Alex Morgan", "alex@clientele.example",
                                    CRM_STAFF_ROLE_ADMIN, error);
  if (renamed == NULL)
    return FALSE;
  ids[0] = me;

  for (guint i = 0; i < G_N_ELEMENTS (team); i++)
    {
      g_autoptr(CrmStaff) person = crm_store_add_staff (store, team[i].name, team[i].email,
                                                        team[i].role, error);

      if (person == NULL)
        return FALSE;
      ids[i + 1] = crm_staff_get_id (person);
    }

  return TRUE;
}

/* Pictures. Each is drawn on a 256-pixel square, as the avatar button
 * stores them, and handed to the store as PNG bytes. */

typedef void (*DrawFunc) (cairo_t *cr);

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
draw_png (DrawFunc draw)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256, 256);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  draw (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png, png);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (png);
}

static void
fill_background (cairo_t *cr,
                 double   r1, double g1, double b1,
                 double   r2, double g2, double b2)
{
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, 0, 256);

  cairo_pattern_add_color_stop_rgb (gradient, 0, r1, g1, b1);
  cairo_pattern_add_color_stop_rgb (gradient, 1, r2, g2, b2);
  cairo_set_source (cr, gradient);
  cairo_paint (cr);
  cairo_pattern_destroy (gradient);
}

/* Château Belle Rive: a castle with two towers by a river, on claret. */
static void
draw_chateau (cairo_t *cr)
{
  fill_background (cr, 0.55, 0.10, 0.22, 0.33, 0.05, 0.14);

  cairo_set_source_rgb (cr, 0.98, 0.95, 0.88);
  /* The main house and its two towers. */
  cairo_rectangle (cr, 78, 110, 100, 70);
  cairo_rectangle (cr, 52, 92, 34, 88);
  cairo_rectangle (cr, 170, 92, 34, 88);
  cairo_fill (cr);
  /* Their roofs. */
  cairo_move_to (cr, 46, 94);
  cairo_line_to (cr, 69, 52);
  cairo_line_to (cr, 92, 94);
  cairo_close_path (cr);
  cairo_move_to (cr, 164, 94);
  cairo_line_to (cr, 187, 52);
  cairo_line_to (cr, 210, 94);
  cairo_close_path (cr);
  cairo_move_to (cr, 72, 112);
  cairo_line_to (cr, 128, 78);
  cairo_line_to (cr, 184, 112);
  cairo_close_path (cr);
  cairo_fill (cr);

  /* The door and the windows. */
  cairo_set_source_rgb (cr, 0.45, 0.08, 0.18);
  cairo_arc (cr, 128, 158, 12, G_PI, 2 * G_PI);
  cairo_rectangle (cr, 116, 158, 24, 22);
  cairo_rectangle (cr, 62, 116, 14, 18);
  cairo_rectangle (cr, 180, 116, 14, 18);
  cairo_rectangle (cr, 92, 128, 14, 16);
  cairo_rectangle (cr, 150, 128, 14, 16);
  cairo_fill (cr);

  /* The river bank. */
  cairo_set_line_width (cr, 7);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (int i = 0; i < 2; i++)
    {
      double y = 200 + i * 20;

      cairo_set_source_rgba (cr, 0.70, 0.85, 0.95, i == 0 ? 1.0 : 0.6);
      cairo_move_to (cr, 40, y);
      cairo_curve_to (cr, 80, y - 12, 100, y + 12, 128, y);
      cairo_curve_to (cr, 156, y - 12, 176, y + 12, 216, y);
      cairo_stroke (cr);
    }
}

/* Nordlys Shipping: northern lights over a sail, on a night sky. */
static void
draw_nordlys (cairo_t *cr)
{
  fill_background (cr, 0.05, 0.10, 0.25, 0.02, 0.20, 0.35);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (int i = 0; i < 3; i++)
    {
      cairo_set_source_rgba (cr, 0.35, 0.95 - i * 0.15, 0.60 + i * 0.12, 0.55 - i * 0.12);
      cairo_set_line_width (cr, 18 - i * 4);
      cairo_move_to (cr, 20, 90 + i * 22);
      cairo_curve_to (cr, 80, 40 + i * 22, 150, 120 + i * 22, 236, 60 + i * 22);
      cairo_stroke (cr);
    }

  /* The sail and the hull. */
  cairo_set_source_rgb (cr, 0.97, 0.97, 0.99);
  cairo_move_to (cr, 132, 110);
  cairo_line_to (cr, 132, 196);
  cairo_line_to (cr, 182, 196);
  cairo_close_path (cr);
  cairo_move_to (cr, 124, 124);
  cairo_line_to (cr, 124, 196);
  cairo_line_to (cr, 88, 196);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_move_to (cr, 74, 204);
  cairo_line_to (cr, 196, 204);
  cairo_line_to (cr, 178, 226);
  cairo_line_to (cr, 92, 226);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* Hélène Dubois: a portrait in the simplest of strokes. */
static void
draw_portrait (cairo_t *cr)
{
  fill_background (cr, 0.98, 0.80, 0.55, 0.93, 0.55, 0.40);

  /* Hair, behind the face. */
  cairo_set_source_rgb (cr, 0.30, 0.18, 0.12);
  cairo_arc (cr, 128, 112, 62, 0, 2 * G_PI);
  cairo_rectangle (cr, 66, 112, 124, 70);
  cairo_fill (cr);

  /* Shoulders, in a blue top. */
  cairo_set_source_rgb (cr, 0.20, 0.40, 0.65);
  cairo_arc (cr, 128, 262, 92, G_PI, 2 * G_PI);
  cairo_fill (cr);

  /* Neck and face. */
  cairo_set_source_rgb (cr, 0.96, 0.80, 0.68);
  cairo_rectangle (cr, 114, 150, 28, 30);
  cairo_fill (cr);
  cairo_save (cr);
  cairo_translate (cr, 128, 120);
  cairo_scale (cr, 1.0, 1.2);
  cairo_arc (cr, 0, 0, 40, 0, 2 * G_PI);
  cairo_restore (cr);
  cairo_fill (cr);

  /* A fringe, eyes and a smile. */
  cairo_set_source_rgb (cr, 0.30, 0.18, 0.12);
  cairo_move_to (cr, 86, 104);
  cairo_curve_to (cr, 100, 60, 160, 60, 170, 104);
  cairo_curve_to (cr, 150, 84, 110, 84, 86, 104);
  cairo_fill (cr);
  cairo_arc (cr, 113, 122, 4.5, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_arc (cr, 143, 122, 4.5, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.70, 0.30, 0.30);
  cairo_set_line_width (cr, 4);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_arc (cr, 128, 140, 14, 0.2 * G_PI, 0.8 * G_PI);
  cairo_stroke (cr);
}

static gboolean
add_pictures (CrmStore  *store,
              GError   **error)
{
  g_autoptr(CrmClient) chateau = crm_store_get_client (store, CHATEAU_ID, error);
  g_autoptr(CrmClient) nordlys = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(CrmContact) helene = NULL;
  g_autoptr(GBytes) chateau_png = draw_png (draw_chateau);
  g_autoptr(GBytes) nordlys_png = draw_png (draw_nordlys);
  g_autoptr(GBytes) portrait_png = draw_png (draw_portrait);

  if (chateau == NULL ||
      !crm_store_set_client_avatar (store, chateau, chateau_png, error))
    return FALSE;

  nordlys = crm_store_get_client (store, NORDLYS_ID, error);
  if (nordlys == NULL ||
      !crm_store_set_client_avatar (store, nordlys, nordlys_png, error))
    return FALSE;

  contacts = crm_store_get_contacts (store, chateau);
  helene = g_list_model_get_item (contacts, 0);
  g_assert (helene != NULL);

  return crm_store_set_contact_avatar (store, helene, portrait_png, error);
}

/* Château Belle Rive's card gets the fullest history: documents and more
 * conversations, as a client of a few years would have. */
static gboolean
add_chateau_history (CrmStore  *store,
                     GError   **error)
{
  static const struct {
    const char *name;
    const char *contents;
  } files[] = {
    { "Price list 2027.csv", "Product,Unit,Price (EUR)\nGrand Cru 2019,bottle,64.00\nRosé de la Rive,bottle,18.50\nTasting for 12,event,480.00\n" },
    { "Event contract - Harvest dinner.txt", "Harvest dinner, 14 September: 80 guests, terrace and cellar, menu in three courses with paired wines.\n" },
  };
  static const struct {
    CrmMessageChannel   channel;
    CrmMessageDirection direction;
    int                 days_ago;
    const char         *subject;
    const char         *body;
  } talks[] = {
    { CRM_MESSAGE_CHANNEL_MEETING, CRM_MESSAGE_DIRECTION_OUT, 12, "Tasting at the château",
      "Walked through the cellar with Hélène and François; they want the harvest dinner on the terrace." },
    { CRM_MESSAGE_CHANNEL_EMAIL, CRM_MESSAGE_DIRECTION_OUT, 6, "Quote for the harvest dinner",
      "Sent the quote for 80 guests with the paired wines; valid until the end of the month." },
    { CRM_MESSAGE_CHANNEL_PHONE, CRM_MESSAGE_DIRECTION_IN, 2, "Confirmed the date",
      "François called: 14 September is confirmed, final numbers a week before." },
  };
  g_autoptr(CrmClient) client = crm_store_get_client (store, CHATEAU_ID, error);
  g_autofree char *dir = NULL;
  g_autoptr(GBytes) logo = NULL;
  g_autofree char *logo_path = NULL;

  if (client == NULL)
    return FALSE;

  dir = g_dir_make_tmp ("clientele-demo-XXXXXX", error);
  if (dir == NULL)
    return FALSE;

  logo = draw_png (draw_chateau);
  logo_path = g_build_filename (dir, "Label artwork.png", NULL);
  if (!g_file_set_contents (logo_path, g_bytes_get_data (logo, NULL),
                            (gssize) g_bytes_get_size (logo), error))
    return FALSE;

  for (guint i = 0; i <= G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = i < G_N_ELEMENTS (files)
                                ? g_build_filename (dir, files[i].name, NULL)
                                : g_strdup (logo_path);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(CrmDocument) document = NULL;

      if (i < G_N_ELEMENTS (files) &&
          !g_file_set_contents (path, files[i].contents, -1, error))
        return FALSE;

      document = crm_store_attach_document (store, client, file, NULL, error);
      g_unlink (path);
      if (document == NULL)
        return FALSE;
      if (i == 0 && !crm_store_set_document_shared (store, document, TRUE, error))
        return FALSE;
    }
  g_rmdir (dir);

  for (guint i = 0; i < G_N_ELEMENTS (talks); i++)
    {
      g_autoptr(CrmMessage) draft = crm_message_new (talks[i].channel, talks[i].direction);
      g_autoptr(CrmMessage) message = NULL;
      g_autoptr(GDateTime) when = days_from_now (-talks[i].days_ago, 11 + (int) i * 2);

      g_object_set (draft, "subject", talks[i].subject, "body", talks[i].body,
                    "occurred", when, NULL);
      message = crm_store_log_message (store, client, draft, error);
      if (message == NULL)
        return FALSE;
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 staff[4];

  setlocale (LC_ALL, "");

  if (argc != 2)
    {
      g_printerr ("Usage: %s PATH\n", argv[0]);
      return 2;
    }

  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s already exists; give the path of a new file.\n", argv[1]);
      return 1;
    }

  store = crm_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  crm_store_business_init ();
  if (!add_staff (store, staff, &error))
    {
      g_printerr ("Staff: %s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (demos); i++)
    {
      /* Clients are shared among Alex, Priya and Tom (Château Belle Rive,
       * which the screenshots show, is Alex's); each writes the notes of
       * their own clients. */
      gint64 owner = staff[(i + 2) % 3];

      if (!crm_store_set_current_staff (store, owner, &error) ||
          !add_demo (store, &demos[i], i, &error))
        {
          g_printerr ("%s: %s\n", demos[i].name, error->message);
          return 1;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (demos); i++)
    {
      gint64 owner = staff[(i + 2) % 3];
      g_autoptr(CrmClient) client = crm_store_get_client (store, i + 1, &error);

      if (client == NULL ||
          !crm_store_set_current_staff (store, owner, &error) ||
          !crm_store_assign_client (store, client, owner, &error) ||
          !add_business (store, i, owner, &error))
        {
          g_printerr ("%s: %s\n", demos[i].name, error->message);
          return 1;
        }
    }

  if (!crm_store_set_current_staff (store, staff[0], &error) ||
      !add_chateau_history (store, &error) ||
      !add_pictures (store, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("Wrote %u clients to %s\n", (guint) G_N_ELEMENTS (demos), argv[1]);

  return 0;
}
