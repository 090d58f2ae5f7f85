/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-member.h"
#include "mv-section-page.h"

G_BEGIN_DECLS

#define MV_TYPE_MEMBERS_PAGE (mv_members_page_get_type ())

G_DECLARE_FINAL_TYPE (MvMembersPage, mv_members_page, MV, MEMBERS_PAGE, MvSectionPage)

void       mv_members_page_add_member         (MvMembersPage *self);
void       mv_members_page_edit_member        (MvMembersPage *self,
                                               MvMember      *member);
gboolean   mv_members_page_delete_member      (MvMembersPage *self,
                                               MvMember      *member);
gboolean   mv_members_page_select_member      (MvMembersPage *self,
                                               MvMember      *member);
void       mv_members_page_focus_search       (MvMembersPage *self);
void       mv_members_page_show_organisations (MvMembersPage *self);
void       mv_members_page_edit_user_groups   (MvMembersPage *self);
void       mv_members_page_import             (MvMembersPage *self);
gboolean   mv_members_page_import_file        (MvMembersPage *self,
                                               GFile         *file);
void       mv_members_page_export             (MvMembersPage *self);
gboolean   mv_members_page_export_to          (MvMembersPage *self,
                                               const char    *path,
                                               GError       **error);

G_END_DECLS
