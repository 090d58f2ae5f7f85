/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mv-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MvApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* build-aux/run and the tests point this at the build's translations. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDVIRKE_LOCALEDIR") ? g_getenv ("MEDVIRKE_LOCALEDIR")
                                                                   : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = mv_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
