/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

/* How long a test waits for what it then asserts: generous, as a busy
 * machine (two builds beside the tests) can be slow, and a wait that
 * holds returns at once. */
#define MV_TEST_TIMEOUT_MS 5000

/* For what a worker thread does (reading, rendering a PDF), which two
 * builds beside the tests can slow down much more. */
#define MV_TEST_WORKER_TIMEOUT_MS 30000

/* Runs the work that is pending now (idle callbacks, a view's refresh at
 * G_PRIORITY_HIGH_IDLE, a queued resize) without waiting for more. For a
 * step whose effect is no condition to wait for. Bounded, as an animation
 * keeps the frame clock pending. */
static inline void
mv_test_run_pending (void)
{
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

typedef gboolean (*MvTestCondition) (gpointer user_data);

static inline gboolean
mv_test_wake_ (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* One turn of the main loop while waiting until @deadline; FALSE once it
 * has passed. The wake-up every 20 ms makes the caller test its condition
 * again even when nothing else happens. */
static inline gboolean
mv_test_wait_step_ (gint64 deadline)
{
  guint wake;

  if (g_get_monotonic_time () >= deadline)
    return FALSE;

  wake = g_timeout_add (20, mv_test_wake_, NULL);
  g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return TRUE;
}

static inline gint64
mv_test_deadline_ (guint timeout_ms)
{
  return g_get_monotonic_time () + (gint64) timeout_ms * G_TIME_SPAN_MILLISECOND;
}

/* Runs the main loop until @condition holds, for at most @timeout_ms;
 * returns whether it held. */
static inline gboolean
mv_test_wait_until (MvTestCondition condition,
                    gpointer        user_data,
                    guint           timeout_ms)
{
  gint64 deadline = mv_test_deadline_ (timeout_ms);
  gboolean held;

  while (!(held = condition (user_data)) && mv_test_wait_step_ (deadline))
    ;
  return held;
}

/* Runs the main loop until the expression @expr holds, for at most
 * MV_TEST_TIMEOUT_MS; when it does not, the test fails with the
 * expression in the message. @expr is evaluated again after every turn of
 * the loop, so it must have no side effects. */
#define mv_test_wait_for(expr) mv_test_wait_for_within (expr, MV_TEST_TIMEOUT_MS)

/* The same for at most @timeout_ms, such as MV_TEST_WORKER_TIMEOUT_MS. */
#define mv_test_wait_for_within(expr, timeout_ms) \
  G_STMT_START { \
    gint64 mv_deadline_ = mv_test_deadline_ (timeout_ms); \
    gboolean mv_held_; \
    while (!(mv_held_ = !!(expr)) && mv_test_wait_step_ (mv_deadline_)) \
      ; \
    if (!mv_held_) \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, \
                           "timed out after " G_STRINGIFY (timeout_ms) \
                           " ms waiting for: " #expr); \
  } G_STMT_END

/* Waits until @widget is mapped (shown on screen, its parents too). */
#define mv_test_wait_mapped(widget) \
  mv_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (widget)))

/* Waits until @widget is no longer mapped. */
#define mv_test_wait_unmapped(widget) \
  mv_test_wait_for (!gtk_widget_get_mapped (GTK_WIDGET (widget)))

/* Waits until @widget is visible. */
#define mv_test_wait_visible(widget) \
  mv_test_wait_for (gtk_widget_get_visible (GTK_WIDGET (widget)))

/* Waits until @model has @n items. */
#define mv_test_wait_n_items(model, n) \
  mv_test_wait_for (g_list_model_get_n_items (G_LIST_MODEL (model)) == (guint) (n))

/* Waits until @label shows @text. */
#define mv_test_wait_label_text(label, text) \
  mv_test_wait_for (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), (text)) == 0)

/* Waits until @stack shows its child @name. */
#define mv_test_wait_stack_child(stack, name) \
  mv_test_wait_for (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), \
                               (name)) == 0)

/* Waits until the object a weak pointer @pointer (a variable's address,
 * set up with g_object_add_weak_pointer) points at is gone. */
#define mv_test_wait_finalized(pointer) \
  mv_test_wait_for (*(pointer) == NULL)

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

static inline gboolean
mv_test_has_toplevel_ (gpointer type)
{
  return mv_test_find_toplevel ((GType) GPOINTER_TO_SIZE (type)) != NULL;
}

static inline gboolean
mv_test_lacks_toplevel_ (gpointer type)
{
  return mv_test_find_toplevel ((GType) GPOINTER_TO_SIZE (type)) == NULL;
}

/* Waits until a visible toplevel window of @type is there and returns
 * it; the test fails, naming the type, when none comes. */
#define mv_test_wait_toplevel(type) \
  mv_test_wait_toplevel_ ((type), __FILE__, __LINE__, G_STRFUNC)

static inline GtkWindow *
mv_test_wait_toplevel_ (GType       type,
                        const char *file,
                        int         line,
                        const char *func)
{
  if (!mv_test_wait_until (mv_test_has_toplevel_, GSIZE_TO_POINTER (type), MV_TEST_TIMEOUT_MS))
    {
      g_autofree char *message = g_strdup_printf ("timed out waiting for a %s window",
                                                  g_type_name (type));

      g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
    }
  return mv_test_find_toplevel (type);
}

/* Waits until no visible toplevel window of @type is left. */
#define mv_test_wait_no_toplevel(type) \
  G_STMT_START { \
    if (!mv_test_wait_until (mv_test_lacks_toplevel_, GSIZE_TO_POINTER (type), \
                             MV_TEST_TIMEOUT_MS)) \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, \
                           "timed out waiting for no " #type " window"); \
  } G_STMT_END

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

static inline void
mv_test_note_clicked_ (GtkButton *button,
                       gpointer   user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Activates @button as Enter or Space does and waits until it has
 * clicked: GTK clicks a button activated by the keyboard 250 ms later.
 * The button may be gone afterwards (a dialog's). */
static inline void
mv_test_activate_button (GtkWidget *button)
{
  GtkWidget *alive = button;
  gboolean clicked = FALSE;
  gulong handler;

  g_assert_true (GTK_IS_BUTTON (button));
  g_object_add_weak_pointer (G_OBJECT (button), (gpointer *) &alive);
  handler = g_signal_connect (button, "clicked", G_CALLBACK (mv_test_note_clicked_), &clicked);
  gtk_widget_activate (button);
  mv_test_wait_for (clicked);
  if (alive != NULL)
    {
      g_signal_handler_disconnect (alive, handler);
      g_object_remove_weak_pointer (G_OBJECT (alive), (gpointer *) &alive);
    }
}

/* gtk_test_init() for a test that sees the app as a secretary does: in
 * bokmål (MEDVIRKE_LOCALEDIR's catalogue, whose words are longer) and
 * with the application's style sheet, as AdwApplication loads it. */
static inline void
mv_test_init_norwegian (int    *argc,
                        char ***argv)
{
  g_autoptr(GtkCssProvider) css = NULL;

  g_setenv ("LANGUAGE", "nb", TRUE);
  gtk_test_init (argc, argv, NULL);
  setlocale (LC_ALL, "nb_NO.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDVIRKE_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();

  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/medvirke/Medvirke/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* The first widget under @widget (itself included) that @match accepts. */
static inline GtkWidget *
mv_test_find_widget (GtkWidget     *widget,
                     gboolean     (*match) (GtkWidget     *widget,
                                            gconstpointer  data),
                     gconstpointer  data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mv_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}
