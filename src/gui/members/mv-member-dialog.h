/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-council.h"
#include "mv-member.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_MEMBER_DIALOG (mv_member_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MvMemberDialog, mv_member_dialog, MV, MEMBER_DIALOG, AdwWindow)

GtkWidget *mv_member_dialog_new        (GtkWindow      *parent,
                                        MvStore        *store,
                                        MvCouncil      *council,
                                        MvMember       *member);
MvMember  *mv_member_dialog_get_member (MvMemberDialog *self);
gboolean   mv_member_dialog_save       (MvMemberDialog *self);

/* The form's rows by the field they edit ("name", "email", "phone",
 * "gender", "young", "organisation", "new-organisation", "role",
 * "deputy-for", "term-start", "term-end", "honorarium", "notes", "course",
 * "course-date", "save", "delete"), for the tests; a user group's row by the
 * group's name. */
GtkWidget *mv_member_dialog_get_field      (MvMemberDialog *self,
                                            const char     *field);
GtkWidget *mv_member_dialog_get_user_group (MvMemberDialog *self,
                                            const char     *name);
GtkWidget *mv_member_dialog_get_error      (MvMemberDialog *self,
                                            const char     *field);
guint      mv_member_dialog_get_n_courses  (MvMemberDialog *self);

G_END_DECLS
