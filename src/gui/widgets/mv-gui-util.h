/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-member.h"
#include "mv-queries.h"
#include "mv-store.h"
#include "mv-undo.h"

G_BEGIN_DECLS

/* Small questions the member views ask of the store, and failures shown
 * over the window. Dates are mv-dates.h's, folded text mv-text.h's. */

char      *mv_member_dup_user_groups    (MvStore    *store,
                                         MvMember   *member);
GPtrArray *mv_member_list_deputies      (MvStore    *store,
                                         MvMember   *member);
char      *mv_member_dup_deputy_text    (MvStore    *store,
                                         MvMember   *member);

void       mv_widget_show_error         (GtkWidget  *widget,
                                         const char *heading,
                                         const char *message);
void       mv_widget_add_toast          (GtkWidget  *widget,
                                         AdwToast   *toast);
void       mv_row_set_error             (GtkWidget  *row,
                                         gboolean    error);
void       mv_row_set_error_reason      (GtkWidget  *row,
                                         const char *reason);
void       mv_widget_plain_mnemonics    (GtkWidget  *root);
void       mv_widget_plain_mnemonics_in_windows (void);
int        mv_compare_organisation_names (gconstpointer a,
                                          gconstpointer b);

/* Undoes the last change @widget made; FALSE when there was none. */
typedef gboolean (*MvWidgetUndoFunc) (gpointer widget);

AdwToast  *mv_widget_add_undo_toast     (GtkWidget       *widget,
                                         const char      *message,
                                         GCallback        undo_cb,
                                         gpointer         data,
                                         GClosureNotify   free_data);
GtkWidget *mv_drop_down_get_toggle      (GtkWidget       *drop_down);
AdwToast  *mv_widget_add_store_undo_toast (GtkWidget     *widget,
                                           const char    *message,
                                           MvStore       *store,
                                           MvUndo        *undo,
                                           const char    *failed);
gboolean   mv_widget_undo_last          (GtkWidget       *widget);
void       mv_widget_clear_undo         (GtkWidget       *widget);
void       mv_widget_offer_undo         (GtkWidget        *widget,
                                         const char       *message,
                                         MvWidgetUndoFunc  undo);

#define MV_MIME_TYPE_XLSX "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

GtkFileFilter *mv_file_chooser_add_filter (GtkFileChooser *chooser,
                                           const char     *name,
                                           const char     *mime_type,
                                           const char     *suffix);

G_END_DECLS
