/* crm-message.c: a conversation entry: a mail, a call, a meeting, …
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-core-enums.h"
#include "crm-entity-private.h"
#include "crm-message-private.h"

struct _CrmMessage
{
  GObject              parent_instance;

  gint64               id;
  gint64               client_id;
  gint64               contact_id;
  gint64               author_id;
  char                *author_name;
  CrmMessageChannel    channel;
  CrmMessageDirection  direction;
  char                *subject;
  char                *body;
  GDateTime           *occurred;
  GDateTime           *created;
};

G_DEFINE_FINAL_TYPE (CrmMessage, crm_message, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_CONTACT_ID,
  PROP_AUTHOR_ID,
  PROP_AUTHOR_NAME,
  PROP_CHANNEL,
  PROP_DIRECTION,
  PROP_SUBJECT,
  PROP_BODY,
  PROP_OCCURRED,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_message_finalize (GObject *object)
{
  CrmMessage *self = (CrmMessage *)object;

  g_free (self->author_name);
  g_free (self->subject);
  g_free (self->body);
  g_clear_pointer (&self->occurred, g_date_time_unref);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (crm_message_parent_class)->finalize (object);
}

static void
crm_message_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrmMessage *self = CRM_MESSAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;

    case PROP_AUTHOR_ID:
      g_value_set_int64 (value, self->author_id);
      break;

    case PROP_AUTHOR_NAME:
      g_value_set_string (value, self->author_name);
      break;

    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;

    case PROP_DIRECTION:
      g_value_set_enum (value, self->direction);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_OCCURRED:
      g_value_set_boxed (value, self->occurred);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_message_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrmMessage *self = CRM_MESSAGE (object);

  switch (prop_id)
    {
    case PROP_CONTACT_ID:
      if (self->contact_id != g_value_get_int64 (value))
        {
          self->contact_id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_CHANNEL:
      if (self->channel != (CrmMessageChannel) g_value_get_enum (value))
        {
          self->channel = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_DIRECTION:
      if (self->direction != (CrmMessageDirection) g_value_get_enum (value))
        {
          self->direction = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SUBJECT:
      if (crm_set_string (&self->subject, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_BODY:
      if (crm_set_string (&self->body, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_OCCURRED:
      if (crm_set_date_time (&self->occurred, g_value_get_boxed (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_message_class_init (CrmMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = crm_message_finalize;
  object_class->get_property = crm_message_get_property;
  object_class->set_property = crm_message_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CLIENT_ID] = g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CONTACT_ID] = g_param_spec_int64 ("contact-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_AUTHOR_ID] = g_param_spec_int64 ("author-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_AUTHOR_NAME] = g_param_spec_string ("author-name", NULL, NULL, "", ro);
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, CRM_TYPE_MESSAGE_CHANNEL,
                       CRM_MESSAGE_CHANNEL_EMAIL, rw);
  properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL, CRM_TYPE_MESSAGE_DIRECTION,
                       CRM_MESSAGE_DIRECTION_IN, rw);
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, "", rw);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, "", rw);
  properties[PROP_OCCURRED] = g_param_spec_boxed ("occurred", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_message_init (CrmMessage *self)
{
  self->author_name = g_strdup ("");
  self->subject = g_strdup ("");
  self->body = g_strdup ("");
}

/**
 * crm_message_new:
 *
 * Returns: (transfer full): a draft entry, to be filled with g_object_set()
 *   and stored with crm_store_log_message()
 */
CrmMessage *
crm_message_new (CrmMessageChannel   channel,
                 CrmMessageDirection direction)
{
  return g_object_new (CRM_TYPE_MESSAGE,
                       "channel", channel,
                       "direction", direction,
                       NULL);
}

void
crm_message_set_stored (CrmMessage *self,
                        gint64      id,
                        gint64      client_id,
                        gint64      author_id,
                        const char *author_name,
                        GDateTime  *created)
{
  self->id = id;
  self->client_id = client_id;
  self->author_id = author_id;
  crm_set_string (&self->author_name, author_name);
  crm_set_date_time (&self->created, created);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
  g_object_thaw_notify (G_OBJECT (self));
}

gint64
crm_message_get_id (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), 0);
  return self->id;
}

gint64
crm_message_get_client_id (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), 0);
  return self->client_id;
}

gint64
crm_message_get_contact_id (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), 0);
  return self->contact_id;
}

gint64
crm_message_get_author_id (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), 0);
  return self->author_id;
}

const char *
crm_message_get_author_name (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), NULL);
  return self->author_name;
}

CrmMessageChannel
crm_message_get_channel (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), CRM_MESSAGE_CHANNEL_OTHER);
  return self->channel;
}

CrmMessageDirection
crm_message_get_direction (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), CRM_MESSAGE_DIRECTION_IN);
  return self->direction;
}

const char *
crm_message_get_subject (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), NULL);
  return self->subject;
}

const char *
crm_message_get_body (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), NULL);
  return self->body;
}

/**
 * crm_message_get_occurred:
 *
 * Returns: (transfer none) (nullable): when the conversation took place
 */
GDateTime *
crm_message_get_occurred (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), NULL);
  return self->occurred;
}

/**
 * crm_message_get_created:
 *
 * Returns: (transfer none) (nullable): when it was logged, in UTC
 */
GDateTime *
crm_message_get_created (CrmMessage *self)
{
  g_return_val_if_fail (CRM_IS_MESSAGE (self), NULL);
  return self->created;
}

/**
 * crm_message_channel_to_label:
 *
 * Returns: the translated name of @channel
 */
const char *
crm_message_channel_to_label (CrmMessageChannel channel)
{
  switch (channel)
    {
    case CRM_MESSAGE_CHANNEL_EMAIL:
      /* Translators: how a conversation took place */
      return _("E-mail");
    case CRM_MESSAGE_CHANNEL_PHONE:
      /* Translators: how a conversation took place */
      return _("Phone");
    case CRM_MESSAGE_CHANNEL_MEETING:
      /* Translators: how a conversation took place */
      return _("Meeting");
    case CRM_MESSAGE_CHANNEL_SMS:
      /* Translators: how a conversation took place: a text message */
      return _("SMS");
    case CRM_MESSAGE_CHANNEL_OTHER:
      /* Translators: how a conversation took place */
      return _("Other");
    default:
      return "";
    }
}

/**
 * crm_message_channel_to_icon_name:
 *
 * Returns: a symbolic icon name for @channel, from the standard icon theme
 */
const char *
crm_message_channel_to_icon_name (CrmMessageChannel channel)
{
  switch (channel)
    {
    case CRM_MESSAGE_CHANNEL_EMAIL:
      return "mail-unread-symbolic";
    case CRM_MESSAGE_CHANNEL_PHONE:
      return "call-start-symbolic";
    case CRM_MESSAGE_CHANNEL_MEETING:
      return "system-users-symbolic";
    case CRM_MESSAGE_CHANNEL_SMS:
      return "mail-send-symbolic";
    case CRM_MESSAGE_CHANNEL_OTHER:
    default:
      return "user-available-symbolic";
    }
}
