/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mv-context.h"

G_BEGIN_DECLS

#define MV_TYPE_SECTION_PAGE (mv_section_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (MvSectionPage, mv_section_page, MV, SECTION_PAGE, GtkWidget)

/* One section of the window: a table of the current council's records of
 * one type, or a placeholder while it has none. */
struct _MvSectionPageClass
{
  GtkWidgetClass parent_class;

  /* Whether to show @record, one of the council's; NULL shows them all. */
  gboolean (*filter)          (MvSectionPage *self,
                               MvRecord      *record);

  /* After the context's file or council changed (the page's own table
   * has followed already), and once when the context is set. */
  void     (*store_changed)   (MvSectionPage *self);
  void     (*council_changed) (MvSectionPage *self);

  /* Enables the page's actions for its file, its council and whether it
   * is shown; called when any of them changed, after store_changed and
   * council_changed. */
  void     (*update_actions)  (MvSectionPage *self);
};

void           mv_section_page_set_view     (MvSectionPage *self,
                                             GType          record_type,
                                             GtkColumnView *column_view,
                                             GtkStack      *stack);
MvContext     *mv_section_page_get_context  (MvSectionPage *self);
void           mv_section_page_set_context  (MvSectionPage *self,
                                             MvContext     *context);
MvStore       *mv_section_page_get_store    (MvSectionPage *self);
MvCouncil     *mv_section_page_get_council  (MvSectionPage *self);
GtkColumnView *mv_section_page_get_column_view (MvSectionPage *self);
void           mv_section_page_refilter     (MvSectionPage *self);

void           mv_section_page_add_actions  (MvSectionPage      *self,
                                             const char         *prefix,
                                             const GActionEntry *entries,
                                             guint               n_entries);
GActionGroup  *mv_section_page_get_actions  (MvSectionPage      *self,
                                             const char        **prefix);
void           mv_section_page_set_action_enabled (MvSectionPage *self,
                                                   const char    *name,
                                                   gboolean       enabled);
void           mv_section_page_add_shortcut (MvSectionPage      *self,
                                             guint               keyval,
                                             GdkModifierType     modifiers,
                                             const char         *action_name);
gboolean       mv_section_page_get_shown    (MvSectionPage      *self);

G_END_DECLS
