/* crm-gui-test.h: what the UI tests share: waiting on the main loop, a
 * database in a temporary folder, finding widgets the way a person sees
 * them, and screenshots on request.
 *
 * Waits are loops over the main context until a condition holds, capped by
 * a count of iterations, never by a time limit.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"
#include "crm-window.h"

G_BEGIN_DECLS

#define CRM_TEST_MAX_ITERATIONS 20000

typedef gboolean (*CrmTestCondition) (gpointer data);

/* A database in a folder of its own, removed with everything in it. */
typedef struct {
  char     *dir;
  CrmStore *store;
} CrmTestDb;

gboolean    crm_test_wait_for          (CrmTestCondition  condition,
                                        gpointer          data);
void        crm_test_spin              (guint             n);
void        crm_test_settle            (guint             n);
gboolean    crm_test_wait_loaded       (gpointer          id_list);

void        crm_test_db_set_up         (CrmTestDb        *db);
void        crm_test_db_tear_down      (CrmTestDb        *db);
void         crm_test_wait_lists_read (void);
char       *crm_test_db_write_file     (CrmTestDb        *db,
                                        const char       *name,
                                        const char       *contents);

CrmClient  *crm_test_add_client        (CrmStore         *store,
                                        const char       *name,
                                        const char       *first,
                                        const char       *last);

gboolean    crm_test_list_loaded       (gpointer          window);
CrmWindow  *crm_test_open_window       (CrmStore         *store,
                                        GSettings        *settings);
void        crm_test_close_window      (CrmWindow        *window);
guint       crm_test_n_clients         (CrmWindow        *window);
void        crm_test_wait_for_count    (CrmWindow        *window,
                                        guint             n);

gboolean    crm_test_find_label        (GtkWidget        *widget,
                                        const char       *text);
void        crm_test_assert_shows      (GtkWidget        *widget,
                                        const char       *text);
GtkWidget  *crm_test_find_by_type      (GtkWidget        *widget,
                                        GType             type,
                                        guint             nth);
GtkWidget  *crm_test_find_button       (GtkWidget        *widget,
                                        const char       *label_or_tooltip);
GtkWindow  *crm_test_find_toplevel     (GType             type);
void        crm_test_click             (gpointer          button);
void        crm_test_set_text          (gpointer          editable,
                                        const char       *text);
void        crm_test_shoot             (const char       *name);

void        crm_test_init              (int              *argc,
                                        char           ***argv);

G_END_DECLS
