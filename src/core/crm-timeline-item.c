/* crm-timeline-item.c: one line of a client's timeline.
 *
 * A small immutable summary made by CrmTimeline when a row is shown; the
 * record itself is opened through the store by its id.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-core-enums.h"
#include "crm-timeline-item.h"

struct _CrmTimelineItem
{
  GObject          parent_instance;

  CrmTimelineKind  kind;
  gint64           record_id;
  gint64           client_id;
  GDateTime       *time;
  char            *icon_name;
  char            *title;
  char            *subtitle;
};

G_DEFINE_FINAL_TYPE (CrmTimelineItem, crm_timeline_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_RECORD_ID,
  PROP_CLIENT_ID,
  PROP_TIME,
  PROP_ICON_NAME,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_timeline_item_finalize (GObject *object)
{
  CrmTimelineItem *self = (CrmTimelineItem *)object;

  g_clear_pointer (&self->time, g_date_time_unref);
  g_free (self->icon_name);
  g_free (self->title);
  g_free (self->subtitle);

  G_OBJECT_CLASS (crm_timeline_item_parent_class)->finalize (object);
}

static void
crm_timeline_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrmTimelineItem *self = CRM_TIMELINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_RECORD_ID:
      g_value_set_int64 (value, self->record_id);
      break;

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_TIME:
      g_value_set_boxed (value, self->time);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_timeline_item_class_init (CrmTimelineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = crm_timeline_item_finalize;
  object_class->get_property = crm_timeline_item_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CRM_TYPE_TIMELINE_KIND, CRM_TIMELINE_KIND_MESSAGE, ro);
  properties[PROP_RECORD_ID] = g_param_spec_int64 ("record-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CLIENT_ID] = g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TIME] = g_param_spec_boxed ("time", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, "", ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", ro);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_timeline_item_init (CrmTimelineItem *self)
{
}

/**
 * crm_timeline_item_new:
 *
 * Returns: (transfer full): a new item
 */
CrmTimelineItem *
crm_timeline_item_new (CrmTimelineKind  kind,
                       gint64           record_id,
                       gint64           client_id,
                       GDateTime       *time,
                       const char      *icon_name,
                       const char      *title,
                       const char      *subtitle)
{
  CrmTimelineItem *self = g_object_new (CRM_TYPE_TIMELINE_ITEM, NULL);

  self->kind = kind;
  self->record_id = record_id;
  self->client_id = client_id;
  self->time = time ? g_date_time_ref (time) : NULL;
  self->icon_name = g_strdup (icon_name ? icon_name : "");
  self->title = g_strdup (title ? title : "");
  self->subtitle = g_strdup (subtitle ? subtitle : "");

  return self;
}

CrmTimelineKind
crm_timeline_item_get_kind (CrmTimelineItem *self)
{
  g_return_val_if_fail (CRM_IS_TIMELINE_ITEM (self), CRM_TIMELINE_KIND_MESSAGE);
  return self->kind;
}

gint64
crm_timeline_item_get_record_id (CrmTimelineItem *self)
{
  g_return_val_if_fail (CRM_IS_TIMELINE_ITEM (self), 0);
  return self->record_id;
}

gint64
crm_timeline_item_get_client_id (CrmTimelineItem *self)
{
  g_return_val_if_fail (CRM_IS_TIMELINE_ITEM (self), 0);
  return self->client_id;
}

/**
 * crm_timeline_item_get_time:
 *
 * Returns: (transfer none) (nullable): when it happened
 */
GDateTime *
crm_timeline_item_get_time (CrmTimelineItem *self)
{
  g_return_val_if_fail (CRM_IS_TIMELINE_ITEM (self), NULL);
  return self->time;
}

const char *
crm_timeline_item_get_icon_name (CrmTimelineItem *self)
{
  g_return_val_if_fail (CRM_IS_TIMELINE_ITEM (self), NULL);
  return self->icon_name;
}

const char *
crm_timeline_item_get_title (CrmTimelineItem *self)
{
  g_return_val_if_fail (CRM_IS_TIMELINE_ITEM (self), NULL);
  return self->title;
}

const char *
crm_timeline_item_get_subtitle (CrmTimelineItem *self)
{
  g_return_val_if_fail (CRM_IS_TIMELINE_ITEM (self), NULL);
  return self->subtitle;
}

/**
 * crm_timeline_kind_to_label:
 *
 * Returns: the translated name of @kind, for the filter
 */
const char *
crm_timeline_kind_to_label (CrmTimelineKind kind)
{
  switch (kind)
    {
    case CRM_TIMELINE_KIND_MESSAGE:
      /* Translators: a kind of timeline entry */
      return _("Conversations");
    case CRM_TIMELINE_KIND_NOTE:
      /* Translators: a kind of timeline entry */
      return _("Notes");
    case CRM_TIMELINE_KIND_BOOKING:
      /* Translators: a kind of timeline entry */
      return _("Bookings");
    case CRM_TIMELINE_KIND_INVOICE:
      /* Translators: a kind of timeline entry */
      return _("Invoices");
    case CRM_TIMELINE_KIND_PAYMENT:
      /* Translators: a kind of timeline entry */
      return _("Payments");
    case CRM_TIMELINE_KIND_DOCUMENT:
      /* Translators: a kind of timeline entry */
      return _("Documents");
    default:
      return "";
    }
}
