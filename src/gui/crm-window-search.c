/* crm-window-search.c: the global search of CrmWindow.
 *
 * The header's search entry serves two things at once. Every change of
 * its text starts a global search (CrmSearchView, in the list pane's
 * "search" page) and, after the entry's short delay, filters the client
 * list by name. While there is text, the pane shows the results; their
 * "Show … in the List" row switches to the filtered list until the text
 * changes again. Escape, in the entry or among the results, clears the
 * text and so leaves search.
 *
 * A result opens its client's card on the tab that shows it. A tag
 * leaves search and filters the client list by that tag, shown as a
 * button beside the entry that removes the filter.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-window-private.h"

static gboolean
has_text (CrmWindow *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0';
}

/**
 * crm_window_update_list_page:
 * @n_items: how many clients the list holds
 *
 * Shows the results, the list or "No Results" in the list pane, and the
 * number of clients in the pane's title.
 */
void
crm_window_update_list_page (CrmWindow *self,
                             guint      n_items)
{
  g_autofree char *count = NULL;
  const char *page;

  if (has_text (self) && !self->list_requested)
    page = "search";
  else if (n_items > 0 || crm_client_list_get_loading (self->clients))
    /* Until a refresh is in, its old rows say less that is wrong than
     * "No Results" would. */
    page = "list";
  else
    page = "no-results";

  gtk_stack_set_visible_child_name (self->list_stack, page);

  /* The pane takes the width the table asks for; a table with few rows
   * asks for less. Keep the widest it asked for, for the results too, so
   * the pane does not jump as the person types. */
  if (n_items > 0 && gtk_widget_get_mapped (GTK_WIDGET (self->column_view)))
    {
      int natural = 0;

      gtk_widget_measure (gtk_widget_get_parent (GTK_WIDGET (self->column_view)),
                          GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      crm_search_view_set_natural_width (self->search_view, natural);
    }

  /* The results have their own count of the list ("Show 3 Clients in the
   * List"); above them, the list's count would read as theirs. */
  if (g_str_equal (page, "search"))
    {
      adw_window_title_set_subtitle (self->list_title, "");
      return;
    }

  /* Translators: under "Clients" above the list; %'u is a number, with
   * the locale's thousands separators */
  count = g_strdup_printf (ngettext ("%'u client", "%'u clients", n_items), n_items);
  adw_window_title_set_subtitle (self->list_title, count);
}

static void
update_list_page (CrmWindow *self)
{
  crm_window_update_list_page (self, g_list_model_get_n_items (G_LIST_MODEL (self->clients)));
}

gboolean
crm_window_has_tag_filter (CrmWindow *self)
{
  return self->tag_filter != NULL;
}

/**
 * crm_window_set_tag_filter:
 * @tag: (nullable): show only the clients with this tag; %NULL: any
 */
void
crm_window_set_tag_filter (CrmWindow  *self,
                           const char *tag)
{
  g_autofree char *accessible = NULL;

  g_return_if_fail (CRM_IS_WINDOW (self));

  if (tag != NULL && tag[0] == '\0')
    tag = NULL;

  if (g_strcmp0 (self->tag_filter, tag) == 0)
    return;

  g_free (self->tag_filter);
  self->tag_filter = g_strdup (tag);

  crm_client_list_set_tag_filter (self->clients, tag);

  gtk_widget_set_visible (self->tag_filter_button, tag != NULL);
  gtk_label_set_label (self->tag_filter_label, tag != NULL ? tag : "");
  if (tag != NULL)
    {
      /* Translators: the button that removes the list's tag filter; %s is the tag */
      accessible = g_strdup_printf (_("Tag filter “%s”: remove"), tag);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->tag_filter_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
    }
}

static void
tag_filter_clear_cb (CrmWindow *self)
{
  crm_window_set_tag_filter (self, NULL);
}

static void
search_text_changed_cb (CrmWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkWidget *text_widget = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->search_entry)));

  self->list_requested = FALSE;
  crm_search_view_set_text (self->search_view, text);

  /* Typed elsewhere and handed over by the key capture: keep typing here,
   * and let Enter and Down go to the results. */
  if (text[0] != '\0' && GTK_IS_TEXT (text_widget) && !gtk_widget_has_focus (text_widget))
    gtk_text_grab_focus_without_selecting (GTK_TEXT (text_widget));

  /* Typing while a folded window shows the card: the results are on the
   * list's side. */
  if (text[0] != '\0' && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->list_pane);

  update_list_page (self);
}

static void
search_activate_cb (CrmWindow *self)
{
  if (has_text (self) && !self->list_requested)
    crm_search_view_activate_first (self->search_view);
}

static void
search_result_activated_cb (CrmWindow       *self,
                            CrmSearchResult *result)
{
  CrmSearchKind kind = crm_search_result_get_kind (result);
  gint64 client_id = crm_search_result_get_client_id (result);
  CrmClient *shown;

  if (kind == CRM_SEARCH_KIND_TAG)
    {
      crm_window_set_tag_filter (self, crm_search_result_get_title (result));
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
      return;
    }

  if (client_id <= 0)
    return;

  crm_window_select_client (self, client_id);

  shown = crm_client_card_get_client (self->card);
  if (shown == NULL || crm_client_get_id (shown) != client_id)
    return;

  /* Kinds that have no place of their own on the card yet open it as is. */
  switch ((int) kind)
    {
    case CRM_SEARCH_KIND_CLIENT:
      crm_client_card_show_main (self->card);
      break;

    case CRM_SEARCH_KIND_CONTACT:
      crm_client_card_show_contact (self->card, crm_search_result_get_item_id (result));
      break;

    case CRM_SEARCH_KIND_NOTE:
      crm_client_card_show_note (self->card, crm_search_result_get_item_id (result));
      break;

    case CRM_SEARCH_KIND_BOOKING:
      crm_client_card_show_booking (self->card, crm_search_result_get_item_id (result));
      break;

    case CRM_SEARCH_KIND_MESSAGE:
      crm_client_card_show_message (self->card, crm_search_result_get_item_id (result));
      break;

    case CRM_SEARCH_KIND_INVOICE:
      crm_client_card_show_invoice (self->card, crm_search_result_get_item_id (result));
      break;

    case CRM_SEARCH_KIND_PAYMENT:
      crm_client_card_show_payment (self->card, crm_search_result_get_item_id (result));
      break;

    case CRM_SEARCH_KIND_DOCUMENT:
      crm_client_card_show_document (self->card, crm_search_result_get_item_id (result));
      break;

    default:
      break;
    }
}

static void
search_show_list_cb (CrmWindow *self)
{
  self->list_requested = TRUE;
  update_list_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
search_view_stop_cb (CrmWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Down in the entry goes to the first result, as in GNOME's other
 * search pages. */
static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      CrmWindow             *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "search") == 0)
    return crm_search_view_focus_first (self->search_view);

  return GDK_EVENT_PROPAGATE;
}

void
crm_window_setup_search (CrmWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  crm_search_view_set_store (self->search_view, self->store);
  crm_search_view_set_client_list (self->search_view, self->clients);

  /* Before the entry's text moves its cursor on the key. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb),
                           self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

void
crm_window_class_add_search (GtkWidgetClass *widget_class)
{
  g_type_ensure (CRM_TYPE_SEARCH_VIEW);

  gtk_widget_class_bind_template_child (widget_class, CrmWindow, list_title);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, tag_filter_button);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, tag_filter_label);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, search_view);
  gtk_widget_class_bind_template_callback (widget_class, search_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_show_list_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_view_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_filter_clear_cb);
}
