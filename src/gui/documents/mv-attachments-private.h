/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-attachments.h"

G_BEGIN_DECLS

/* The parts the tests look at as a user would. */
GtkListBox *mv_attachments_get_list          (MvAttachments *self);
GtkListBox *mv_attachments_get_progress_list (MvAttachments *self);
GtkWidget  *mv_attachments_get_attach_button (MvAttachments *self);

G_END_DECLS
