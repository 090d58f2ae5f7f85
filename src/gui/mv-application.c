/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-application.h"
#include "mv-cache.h"
#include "mv-store.h"
#include "mv-window.h"

struct _MvApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (MvApplication, mv_application, ADW_TYPE_APPLICATION)

static MvWindow *
get_window (MvApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (MV_IS_WINDOW (window))
    return MV_WINDOW (window);

  return mv_window_new (GTK_APPLICATION (self), NULL);
}

/* Opens @path, or shows why not; a window that has no file yet falls back
 * to the default file so that it is never left without one when that can
 * be helped. */
static void
open_path (MvApplication *self,
           MvWindow      *window,
           const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fallback = NULL;

  if (path != NULL && mv_window_open_path (window, path, &error))
    return;

  if (error != NULL)
    mv_window_show_error (window, _("Could Not Open the File"), error->message);

  if (mv_window_get_store (window) != NULL)
    return;

  fallback = mv_store_default_path ();
  if (g_strcmp0 (path, fallback) == 0)
    return;

  g_clear_error (&error);
  if (!mv_window_open_path (window, fallback, &error))
    mv_window_show_error (window, _("Could Not Open the File"), error->message);
}

static void
mv_application_activate (GApplication *app)
{
  MvApplication *self = MV_APPLICATION (app);
  MvWindow *window = get_window (self);

  gtk_window_present (GTK_WINDOW (window));

  if (mv_window_get_store (window) == NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-file");

      /* A file that was moved or deleted since is not made anew. */
      if (*last == '\0' || !g_file_test (last, G_FILE_TEST_EXISTS))
        g_clear_pointer (&last, g_free);

      open_path (self, window, last);
    }
}

static void
mv_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  MvApplication *self = MV_APPLICATION (app);
  MvWindow *window = get_window (self);
  g_autofree char *path = NULL;

  gtk_window_present (GTK_WINDOW (window));

  /* One window holds one file: the first one given is opened. */
  path = g_file_get_path (files[0]);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (files[0]);
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a local file; copy it to this computer first"), uri);

      mv_window_show_error (window, _("Could Not Open the File"), message);
    }

  open_path (self, window, path);
}

static void
mv_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.new-file", { "<Control><Shift>n", NULL } },
    { "win.open-file", { "<Control>o", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
    { "win.show-section::members", { "<Alt>1", NULL } },
    { "win.show-section::year-plan", { "<Alt>2", NULL } },
    { "win.show-section::items", { "<Alt>3", NULL } },
    { "win.show-section::documents", { "<Alt>4", NULL } },
  };

  G_APPLICATION_CLASS (mv_application_parent_class)->startup (app);

  /* What a killed app left in the cache goes now. */
  mv_cache_clear ();

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);

  gtk_window_set_default_icon_name (APPLICATION_ID);
}

static void
mv_application_shutdown (GApplication *app)
{
  /* Opened documents (exempt ones among them) and outgoing notices do not
   * outlive the app. */
  mv_cache_clear ();

  G_APPLICATION_CLASS (mv_application_parent_class)->shutdown (app);
}

static void
mv_application_dispose (GObject *object)
{
  MvApplication *self = MV_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mv_application_parent_class)->dispose (object);
}

static void
mv_application_class_init (MvApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mv_application_dispose;

  app_class->activate = mv_application_activate;
  app_class->open = mv_application_open;
  app_class->startup = mv_application_startup;
  app_class->shutdown = mv_application_shutdown;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "Medvirke-utviklerne", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Medvirke"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", "Medvirke-utviklerne",
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Prepare the meetings of a NAV office’s user council"),
                         /* Translators: your names, one per line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Closing each window lets it save its size. */
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }
}

static void
mv_application_init (MvApplication *self)
{
  static const GActionEntry actions[] = {
    { "about", about_action },
    { "quit", quit_action },
  };

  self->settings = g_settings_new (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
}

MvApplication *
mv_application_new (void)
{
  return g_object_new (MV_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/medvirke/Medvirke",
                       NULL);
}
