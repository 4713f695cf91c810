/* crm-bench-gui.c: what a person sees of Clientele's speed on a big
 * database: the first frame of the main window, memory with the list
 * shown, how long each frame takes while scrolling the list and while
 * typing a search, and how long the card of client 1 (10,000 records of
 * every kind, in a database from clientele-bench) takes to show in full.
 *
 *   clientele-bench-gui --db PATH [--json]
 *
 * Run under a display (Xvfb is fine). Two figures per frame:
 *  - its time, from the frame clock's "update" to "after-paint": the work
 *    GTK does for the frame, on the clock;
 *  - the main thread's CPU time from the end of the frame before to the end
 *    of this one: that work plus all the main loop ran between the frames
 *    (results arriving, lists refilling), without the time other programs
 *    or our own workers held the cores. This is what must fit in 16 ms for
 *    the app to keep up with the screen, on a machine of its own.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <time.h>

#include "crm-bench-report.h"
#include "crm-bookings-tab-private.h"
#include "crm-client-card-private.h"
#include "crm-client-list.h"
#include "crm-conversations-tab-private.h"
#include "crm-window-private.h"

static char    *opt_db;
static gboolean opt_json;

static const GOptionEntry entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, "The database to open (from clientele-bench)", "PATH" },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, "Print JSON instead of a table", NULL },
  { NULL }
};

typedef enum {
  PHASE_FIRST_FRAME,
  PHASE_ROWS_SHOWN,
  PHASE_SCROLL,
  PHASE_TYPE,
  PHASE_CARD,
  PHASE_DONE,
} Phase;

typedef struct {
  GtkWindow      *window;
  GdkFrameClock  *clock;
  GtkAdjustment  *vadjustment;
  GtkEditable    *search;
  GtkColumnView  *view;
  CrmBenchReport *report;
  GMainLoop      *loop;
  Phase           phase;
  gint64          start;
  gint64          frame_start;
  GArray         *scroll_frames;
  GArray         *type_frames;
  GArray         *scroll_cpu;
  GArray         *type_cpu;
  GArray         *card_cpu;
  GArray         *tab_cpu;
  gint64          card_start;
  gint64          cpu_mark;
  guint           steps;
  gint64          next_key;
} Bench;

/* CPU time of the calling thread, in microseconds. */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_visible (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
listed_rows (Bench *bench)
{
  GtkSelectionModel *model;

  if (bench->view == NULL)
    bench->view = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (bench->window), GTK_TYPE_COLUMN_VIEW));
  if (bench->view == NULL || !(model = gtk_column_view_get_model (bench->view)))
    return 0;

  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* The card of client 1 shows its Main tab's notes, and every tab's
 * records have been read. */
static gboolean
card_shown (Bench *bench)
{
  CrmClientCard *card = CRM_WINDOW (bench->window)->card;
  CrmClient *client = crm_client_card_get_client (card);

  return client != NULL && crm_client_get_id (client) == 1 &&
         gtk_list_box_get_row_at_index (card->notes_list, 0) != NULL &&
         card->bookings->bookings != NULL &&
         !crm_id_list_get_loading (CRM_ID_LIST (card->bookings->bookings)) &&
         card->conversations->timeline != NULL &&
         !crm_id_list_get_loading (CRM_ID_LIST (card->conversations->timeline));
}

/* Turns the card to its next tab; FALSE after the last. */
static gboolean
next_tab (Bench *bench)
{
  CrmClientCard *card = CRM_WINDOW (bench->window)->card;
  int page = gtk_notebook_get_current_page (card->notebook) + 1;

  if (page >= gtk_notebook_get_n_pages (card->notebook))
    return FALSE;

  gtk_notebook_set_current_page (card->notebook, page);
  return TRUE;
}

static void
on_update (GdkFrameClock *clock,
           Bench         *bench)
{
  bench->frame_start = g_get_monotonic_time ();

  if (bench->phase == PHASE_SCROLL && bench->vadjustment != NULL)
    {
      double value = gtk_adjustment_get_value (bench->vadjustment);
      double step = gtk_adjustment_get_page_size (bench->vadjustment) / 3;

      gtk_adjustment_set_value (bench->vadjustment, value + step);
    }
}

static void
type_next_key (Bench *bench)
{
  static const char text[] = "muller zoe";
  int position;

  if (bench->steps >= sizeof text - 1)
    {
      /* Then the heavy card, as when its row is clicked; another card
       * first, so that the figures are the heavy card's, not those of a
       * card shown for the first time. */
      gtk_editable_set_text (bench->search, "");
      bench->phase = PHASE_CARD;
      bench->steps = 0;
      crm_window_select_client (CRM_WINDOW (bench->window), 2);
      return;
    }

  /* As a keyboard does: one character more at the end, not new text. */
  position = gtk_editable_get_position (bench->search);
  gtk_editable_insert_text (bench->search, &text[bench->steps++], 1, &position);
  gtk_editable_set_position (bench->search, position);
}

static void
on_after_paint (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();
  double frame_ms = bench->frame_start ? (now - bench->frame_start) / 1000.0 : 0;
  double cpu_ms = bench->cpu_mark ? (cpu - bench->cpu_mark) / 1000.0 : 0;

  bench->cpu_mark = cpu;

  switch (bench->phase)
    {
    case PHASE_FIRST_FRAME:
      crm_bench_report_add (bench->report, "first_frame_s", "first frame of the main window",
                            (now - bench->start) / 1e6, "s", NULL);
      bench->phase = PHASE_ROWS_SHOWN;
      G_GNUC_FALLTHROUGH;

    case PHASE_ROWS_SHOWN:
      if (listed_rows (bench) > 0)
        {
          GtkWidget *scrolled;

          crm_bench_report_add (bench->report, "rows_shown_s", "first frame with rows in the list",
                                (now - bench->start) / 1e6, "s", NULL);
          crm_bench_report_add (bench->report, "rss_window_mb", "resident memory, window with the list",
                                crm_bench_rss_mb (), "MB", NULL);
          scrolled = gtk_widget_get_ancestor (GTK_WIDGET (bench->view), GTK_TYPE_SCROLLED_WINDOW);
          if (scrolled != NULL)
            bench->vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
          bench->phase = PHASE_SCROLL;
          bench->steps = 0;
        }
      break;

    case PHASE_SCROLL:
      g_array_append_val (bench->scroll_frames, frame_ms);
      g_array_append_val (bench->scroll_cpu, cpu_ms);
      if (++bench->steps >= 300)
        {
          bench->phase = PHASE_TYPE;
          bench->steps = 0;
          bench->next_key = now;
        }
      break;

    case PHASE_TYPE:
      g_array_append_val (bench->type_frames, frame_ms);
      g_array_append_val (bench->type_cpu, cpu_ms);
      /* A quick typist: a key every 120 ms. */
      if (now >= bench->next_key)
        {
          bench->next_key = now + 120 * 1000;
          type_next_key (bench);
        }
      break;

    case PHASE_CARD:
      /* First the card as it opens, then each of its tabs as it is
       * turned to, a frame each. */
      if (bench->card_start == 0)
        {
          /* A few frames of the other card, then the heavy one. */
          if (++bench->steps >= 10)
            {
              bench->steps = 0;
              bench->card_start = now;
              crm_window_select_client (CRM_WINDOW (bench->window), 1);
            }
          break;
        }
      if (bench->steps == 0)
        g_array_append_val (bench->card_cpu, cpu_ms);
      if (bench->steps == 0 && card_shown (bench))
        {
          crm_bench_report_add (bench->report, "card_shown_ms", "heavy card shown, every tab read",
                                (now - bench->card_start) / 1000.0, "ms", NULL);
          bench->steps = 1;
          next_tab (bench);
        }
      else if (bench->steps > 0)
        {
          g_array_append_val (bench->tab_cpu, cpu_ms);
          if (!next_tab (bench))
            {
              bench->phase = PHASE_DONE;
              g_main_loop_quit (bench->loop);
            }
        }
      break;

    case PHASE_DONE:
    default:
      break;
    }

  /* Keep frames coming while measuring. */
  if (bench->phase != PHASE_DONE)
    gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_UPDATE);
}

static void
on_realize (GtkWidget *widget,
            Bench     *bench)
{
  bench->clock = gtk_widget_get_frame_clock (widget);
  g_signal_connect (bench->clock, "update", G_CALLBACK (on_update), bench);
  g_signal_connect (bench->clock, "after-paint", G_CALLBACK (on_after_paint), bench);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— measure Clientele's window");
  g_autoptr(CrmBenchReport) report = NULL;
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };

  bench.start = g_get_monotonic_time ();

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || opt_db == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--db PATH is needed");
      return EXIT_FAILURE;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under Xvfb (xvfb-run -a).\n");
      return EXIT_FAILURE;
    }
  adw_init ();

  if (!(store = crm_store_open (opt_db, &error)))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  report = crm_bench_report_new (0);
  bench.report = report;
  bench.loop = g_main_loop_new (NULL, FALSE);
  bench.scroll_frames = g_array_new (FALSE, FALSE, sizeof (double));
  bench.type_frames = g_array_new (FALSE, FALSE, sizeof (double));
  bench.scroll_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  bench.type_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  bench.card_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  bench.tab_cpu = g_array_new (FALSE, FALSE, sizeof (double));

  bench.window = GTK_WINDOW (crm_window_new (NULL, store, NULL));
  gtk_window_set_default_size (bench.window, 1280, 800);
  g_signal_connect (bench.window, "realize", G_CALLBACK (on_realize), &bench);
  /* The window's global search, not the filters of the other views. */
  bench.search = GTK_EDITABLE (CRM_WINDOW (bench.window)->search_entry);
  gtk_window_present (bench.window);

  g_main_loop_run (bench.loop);

  if (bench.scroll_frames->len > 0)
    crm_bench_report_add_distribution (report, "scroll_frame_ms", "frame while scrolling the list",
                                       bench.scroll_frames, "ms");
  if (bench.type_frames->len > 0)
    crm_bench_report_add_distribution (report, "type_frame_ms", "frame while typing a search",
                                       bench.type_frames, "ms");
  if (bench.scroll_cpu->len > 0)
    crm_bench_report_add_distribution (report, "scroll_cpu_ms", "main-thread CPU a frame, scrolling",
                                       bench.scroll_cpu, "ms");
  if (bench.type_cpu->len > 0)
    crm_bench_report_add_distribution (report, "type_cpu_ms", "main-thread CPU a frame, typing",
                                       bench.type_cpu, "ms");

  if (bench.card_cpu->len > 0)
    crm_bench_report_add_distribution (report, "card_cpu_ms", "main-thread CPU a frame, heavy card opening",
                                       bench.card_cpu, "ms");
  if (bench.tab_cpu->len > 0)
    crm_bench_report_add_distribution (report, "tab_cpu_ms", "main-thread CPU a frame, its tabs opening",
                                       bench.tab_cpu, "ms");

  crm_bench_report_print (report, opt_json);

  gtk_window_destroy (bench.window);
  g_array_unref (bench.scroll_frames);
  g_array_unref (bench.type_frames);
  g_array_unref (bench.scroll_cpu);
  g_array_unref (bench.type_cpu);
  g_array_unref (bench.card_cpu);
  g_array_unref (bench.tab_cpu);
  g_main_loop_unref (bench.loop);

  return EXIT_SUCCESS;
}
