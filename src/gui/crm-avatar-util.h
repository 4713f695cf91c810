/* crm-avatar-util.h: turning picture files into stored avatars, and showing
 * stored avatars that follow the store.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

/* The side of the square picture an avatar is stored as, in pixels. */
#define CRM_AVATAR_SIDE 256

#define CRM_AVATAR_ERROR (crm_avatar_error_quark ())

typedef enum {
  CRM_AVATAR_ERROR_NOT_A_PICTURE,
  CRM_AVATAR_ERROR_TOO_LARGE,
} CrmAvatarError;

GQuark      crm_avatar_error_quark   (void);

void        crm_avatar_scale_async   (GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
GBytes     *crm_avatar_scale_finish  (GAsyncResult        *result,
                                      GError             **error);

GdkTexture *crm_avatar_texture_new   (GBytes              *png);

GBytes     *crm_avatar_get           (CrmStore            *store,
                                      GObject             *owner);
gboolean    crm_avatar_set           (CrmStore            *store,
                                      GObject             *owner,
                                      GBytes              *png,
                                      GError             **error);

void        crm_avatar_follow        (AdwAvatar           *avatar,
                                      CrmStore            *store,
                                      GObject             *owner);

G_END_DECLS
