/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

/* Runs the main loop for @ms, then lets the work that is still pending
 * run too: on a busy machine the timeout can come before idle work (a
 * view's refresh at G_PRIORITY_HIGH_IDLE), and a test would then look at
 * a view that has not caught up. Bounded, as an animation keeps the frame
 * clock pending. */
static inline void
mv_test_spin_for (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add_once (ms, (GSourceOnceFunc) g_main_loop_quit, loop);
  g_main_loop_run (loop);

  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The mapped button labelled @label (mnemonic included) in @widget's tree,
 * such as a toast's "_Undo". */
static inline GtkWidget *
mv_test_find_button (GtkWidget  *widget,
                     const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mv_test_find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}
