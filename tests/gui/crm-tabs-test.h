/* crm-tabs-test.h: what the tests of the card's tabs share: a window with
 * the Payments, Bookings, Documents and Conversations tabs of one client
 * ("Harbour Bakery", contact Ada Lovelace), records to fill them with, and
 * screenshots of the widgets under test.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-gui-test.h"

#include "crm-store-business.h"
#include "crm-bookings-tab-private.h"
#include "crm-conversations-tab-private.h"
#include "crm-documents-tab-private.h"
#include "crm-payments-tab-private.h"

G_BEGIN_DECLS

typedef struct {
  char           *dir;
  CrmStore       *store;
  CrmClient      *client;
  GtkWindow      *window;
  GtkBox         *tabs;
  CrmPaymentsTab *tab;
  CrmBookingsTab *bookings;
  CrmDocumentsTab *documents;
  CrmConversationsTab *conversations;
} CrmTabsFixture;

void           crm_tabs_fixture_set_up    (CrmTabsFixture *f,
                                           gconstpointer   data);
void           crm_tabs_fixture_tear_down (CrmTabsFixture *f,
                                           gconstpointer   data);

void            crm_tabs_show_only        (CrmTabsFixture *f,
                                           gpointer        tab);
guint          crm_tabs_count_rows        (GtkListBox     *list);
AdwActionRow  *crm_tabs_nth_row           (GtkListBox     *list,
                                           guint           n);
const char    *crm_tabs_row_title         (GtkListBox     *list,
                                           guint           n);
GDateTime     *crm_tabs_day               (int             y,
                                           int             m,
                                           int             d);
CrmInvoice    *crm_tabs_add_invoice       (CrmTabsFixture *f,
                                           gint64          minor,
                                           const char     *currency);
CrmPayment    *crm_tabs_add_payment       (CrmTabsFixture *f,
                                           CrmInvoice     *invoice,
                                           gint64          minor);
CrmBooking    *crm_tabs_add_booking       (CrmTabsFixture *f,
                                           const char     *service,
                                           GDateTime      *starts,
                                           GDateTime      *due);
void           crm_tabs_assert_label_has  (GtkLabel       *label,
                                           const char     *text);
GtkWidget     *crm_tabs_find_label        (GtkWidget      *widget,
                                           const char     *text);
void           crm_tabs_screenshot        (GtkWindow      *window,
                                           const char     *name);

G_END_DECLS
