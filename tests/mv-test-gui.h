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
