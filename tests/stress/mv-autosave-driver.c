/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>

#include <adwaita.h>

#include "mv-agenda-item.h"
#include "mv-item-editor.h"
#include "mv-store.h"

/* The GUI's autosave as the app runs it, for test-kill-stress --gui to
 * SIGKILL: the item editor of the agenda section on the file FILE, showing
 * the item ITEM. It types PREFIX #1, #2, … into the presenter field, one
 * after the other, each time waiting until the editor's timer has saved
 * it, and prints "saved<TAB>ITEM<TAB>VALUE" for each save that has
 * returned – the write is then in the file – until it is killed.
 *
 * Usage: mv-autosave-driver FILE ITEM PREFIX */

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  MvAgendaItem *item;
  GtkWidget *window, *editor;
  GtkEditable *presenter;

  if (argc != 4)
    {
      fprintf (stderr, "Usage: mv-autosave-driver FILE ITEM PREFIX\n");
      return 2;
    }

  gtk_init ();
  adw_init ();

  store = mv_store_open (argv[1], MV_STORE_FLAGS_NONE, &error);
  if (store == NULL)
    {
      fprintf (stderr, "mv-autosave-driver: %s\n", error->message);
      return 1;
    }
  item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, argv[2]);
  if (item == NULL)
    {
      fprintf (stderr, "mv-autosave-driver: no item %s\n", argv[2]);
      return 1;
    }

  editor = g_object_new (MV_TYPE_ITEM_EDITOR, NULL);
  mv_item_editor_set_store (MV_ITEM_EDITOR (editor), store);
  mv_item_editor_set_item (MV_ITEM_EDITOR (editor), item);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  presenter = GTK_EDITABLE (gtk_widget_get_template_child (editor, MV_TYPE_ITEM_EDITOR,
                                                           "presenter_row"));
  g_assert (presenter != NULL);

  /* The loop wakes every 20 ms to look again, even if nothing happens. */
  g_timeout_add (20, wake_cb, NULL);
  for (guint n = 1;; n++)
    {
      g_autofree char *value = g_strdup_printf ("%s #%u", argv[3], n);

      gtk_editable_set_text (presenter, value);
      /* The editor's timer saves; when the item shows the value, the save
       * has returned (it runs whole inside one turn of the loop). */
      while (g_strcmp0 (mv_agenda_item_get_presenter (item), value) != 0)
        g_main_context_iteration (NULL, TRUE);
      printf ("saved\t%s\t%s\n", argv[2], value);
      fflush (stdout);
    }

  return 0;
}
