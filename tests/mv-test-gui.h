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

/* Long enough for actions, transitions and idle work to settle. */
static inline void
mv_test_spin (void)
{
  mv_test_spin_for (100);
}

typedef gboolean (*MvTestCondition) (gpointer user_data);

static inline gboolean
mv_test_wake_ (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @condition holds, for at most @timeout_ms;
 * returns whether it held. For what comes from outside the process (a
 * timer that reads another program's writes), where no fixed spin would
 * be long enough on a busy machine or short enough on an idle one. */
static inline gboolean
mv_test_wait_until (MvTestCondition condition,
                    gpointer        user_data,
                    guint           timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * G_TIME_SPAN_MILLISECOND;
  guint wake = g_timeout_add (20, mv_test_wake_, NULL);
  gboolean held;

  while (!(held = condition (user_data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
  return held;
}

/* The first visible toplevel window of @type, or NULL. */
static inline GtkWindow *
mv_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* The first label below @widget (or @widget itself) that shows @text. */
static inline GtkLabel *
mv_test_find_label (GtkWidget  *widget,
                    const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = mv_test_find_label (child, text);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* How many rows @list shows. */
static inline guint
mv_test_count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
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
