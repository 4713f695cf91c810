/* crm-avatar-button.h: a client's or contact's avatar, with a menu to
 * choose or remove its photo.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_AVATAR_BUTTON (crm_avatar_button_get_type ())

G_DECLARE_FINAL_TYPE (CrmAvatarButton, crm_avatar_button, CRM, AVATAR_BUTTON, AdwBin)

GtkWidget  *crm_avatar_button_new          (void);
void        crm_avatar_button_set_store    (CrmAvatarButton  *self,
                                            CrmStore         *store);
void        crm_avatar_button_set_owner    (CrmAvatarButton  *self,
                                            GObject          *owner);
GObject    *crm_avatar_button_get_owner    (CrmAvatarButton  *self);
void        crm_avatar_button_set_text     (CrmAvatarButton  *self,
                                            const char       *text);
const char *crm_avatar_button_get_text     (CrmAvatarButton  *self);
void        crm_avatar_button_set_size     (CrmAvatarButton  *self,
                                            int               size);
int         crm_avatar_button_get_size     (CrmAvatarButton  *self);
void        crm_avatar_button_set_read_only (CrmAvatarButton *self,
                                             gboolean         read_only);
void        crm_avatar_button_set_deferred (CrmAvatarButton  *self,
                                            gboolean          deferred);
gboolean    crm_avatar_button_get_deferred (CrmAvatarButton  *self);
gboolean    crm_avatar_button_get_loading  (CrmAvatarButton  *self);
gboolean    crm_avatar_button_get_has_image (CrmAvatarButton *self);
AdwAvatar  *crm_avatar_button_get_avatar   (CrmAvatarButton  *self);

void        crm_avatar_button_set_file     (CrmAvatarButton  *self,
                                            GFile            *file);
void        crm_avatar_button_remove       (CrmAvatarButton  *self);
gboolean    crm_avatar_button_apply        (CrmAvatarButton  *self,
                                            GObject          *owner,
                                            GError          **error);

G_END_DECLS
