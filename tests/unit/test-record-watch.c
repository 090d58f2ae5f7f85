/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "mv-council.h"
#include "mv-member.h"
#include "mv-record-watch.h"
#include "mv-store.h"
#include "mv-test-utils.h"

/* MvRecordWatch as a view meets it: told once, at the next idle, however
 * many changes came, of a row added or removed and – for the lists watched
 * with their rows – of a property of any row, old or new; never again once
 * the view has stopped watching. */

typedef struct
{
  MvRecordWatch *watch;
  guint          told;
} Fixture;

static void
told_cb (gpointer user_data)
{
  Fixture *f = user_data;

  f->told++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->watch = mv_record_watch_new (told_cb, f);
  f->told = 0;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->watch, mv_record_watch_free);
}

/* Runs what the main loop has to run, as a view's main loop would. */
static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static MvCouncil *
new_council (const char *name)
{
  return g_object_new (MV_TYPE_COUNCIL, "name", name, NULL);
}

static GListStore *
new_list (guint n)
{
  GListStore *list = g_list_store_new (MV_TYPE_COUNCIL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Utvalg %u", i + 1);
      g_autoptr(MvCouncil) council = new_council (name);

      g_list_store_append (list, council);
    }
  return list;
}

static MvCouncil *
row (GListStore *list,
     guint       i)
{
  g_autoptr(MvCouncil) council = g_list_model_get_item (G_LIST_MODEL (list), i);

  return council;  /* the list keeps it */
}

/* The handlers the watch has on @instance: none once it stops watching,
 * and never two for one row, however often its list changed. */
static guint
n_handlers (gpointer       instance,
            MvRecordWatch *watch)
{
  guint n = g_signal_handlers_block_matched (instance, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                             watch);

  g_signal_handlers_unblock_matched (instance, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, watch);
  return n;
}

static void
test_once_at_idle (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListStore) list = new_list (2);
  g_autoptr(MvCouncil) third = new_council ("Utvalg 3");

  /* Adding a list tells the view, at the next idle, not at once. */
  mv_record_watch_add (f->watch, G_LIST_MODEL (list), FALSE);
  g_assert_cmpuint (f->told, ==, 0);
  drain ();
  g_assert_cmpuint (f->told, ==, 1);

  /* Three changes, one telling. */
  g_list_store_append (list, third);
  g_list_store_remove (list, 0);
  g_list_store_remove (list, 0);
  g_assert_cmpuint (f->told, ==, 1);
  drain ();
  g_assert_cmpuint (f->told, ==, 2);

  /* Nothing changed, nothing told. */
  drain ();
  g_assert_cmpuint (f->told, ==, 2);
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GListStore) with_rows = new_list (2);
  g_autoptr(GListStore) without = new_list (2);

  mv_record_watch_add (f->watch, G_LIST_MODEL (with_rows), TRUE);
  mv_record_watch_add (f->watch, G_LIST_MODEL (without), FALSE);
  drain ();
  f->told = 0;

  /* A row's property, which a filter or sorter would not see. */
  g_object_set (row (with_rows, 1), "name", "Nytt navn", NULL);
  drain ();
  g_assert_cmpuint (f->told, ==, 1);

  /* Not for a list watched without its rows. */
  g_object_set (row (without, 0), "name", "Nytt navn", NULL);
  drain ();
  g_assert_cmpuint (f->told, ==, 1);
}

static void
test_rows_added_and_removed (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GListStore) list = new_list (3);
  g_autoptr(GListStore) other = new_list (2);
  g_autoptr(MvCouncil) added = new_council ("Nytt utvalg");
  g_autoptr(MvCouncil) removed = g_object_ref (row (list, 0));

  mv_record_watch_add (f->watch, G_LIST_MODEL (list), TRUE);
  mv_record_watch_add (f->watch, G_LIST_MODEL (other), TRUE);

  /* A row added later is heard too; a row removed no more. */
  g_list_store_append (list, added);
  g_list_store_remove (list, 0);
  drain ();
  f->told = 0;

  g_object_set (added, "name", "Endret", NULL);
  drain ();
  g_assert_cmpuint (f->told, ==, 1);

  g_object_set (removed, "name", "Borte", NULL);
  drain ();
  g_assert_cmpuint (f->told, ==, 1);
  g_assert_cmpuint (n_handlers (removed, f->watch), ==, 0);

  /* Each row watched once, however often the lists changed. */
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(MvCouncil) council = new_council ("Enda et");

      g_list_store_append (other, council);
      g_list_store_append (list, council);
    }
  /* The five in both lists: once for each list they are in. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (other)); i++)
    g_assert_cmpuint (n_handlers (row (other, i), f->watch), ==, i < 2 ? 1 : 2);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_assert_cmpuint (n_handlers (row (list, i), f->watch), ==, i < 3 ? 1 : 2);
}

static void
test_flush_cancel (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListStore) list = new_list (1);

  mv_record_watch_add (f->watch, G_LIST_MODEL (list), TRUE);
  drain ();
  f->told = 0;

  /* Flush tells now, and not again at the idle. */
  g_object_set (row (list, 0), "name", "A", NULL);
  mv_record_watch_flush (f->watch);
  g_assert_cmpuint (f->told, ==, 1);
  drain ();
  g_assert_cmpuint (f->told, ==, 1);

  /* Flush tells even when nothing is pending: the view asked. */
  mv_record_watch_flush (f->watch);
  g_assert_cmpuint (f->told, ==, 2);

  /* Cancel drops what is pending. */
  g_object_set (row (list, 0), "name", "B", NULL);
  mv_record_watch_cancel (f->watch);
  drain ();
  g_assert_cmpuint (f->told, ==, 2);

  /* Queue tells as a change would. */
  mv_record_watch_queue (f->watch);
  mv_record_watch_queue (f->watch);
  drain ();
  g_assert_cmpuint (f->told, ==, 3);
}

static void
test_clear (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GListStore) list = new_list (2);
  g_autoptr(MvCouncil) council = new_council ("Nytt utvalg");

  mv_record_watch_add (f->watch, G_LIST_MODEL (list), TRUE);
  g_object_set (row (list, 0), "name", "Endret", NULL);
  mv_record_watch_clear (f->watch);
  drain ();
  g_assert_cmpuint (f->told, ==, 0);

  g_list_store_append (list, council);
  g_object_set (row (list, 1), "name", "Endret igjen", NULL);
  drain ();
  g_assert_cmpuint (f->told, ==, 0);
  g_assert_cmpuint (n_handlers (list, f->watch), ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_assert_cmpuint (n_handlers (row (list, i), f->watch), ==, 0);

  /* Watching again after a clear works as the first time. */
  mv_record_watch_add (f->watch, G_LIST_MODEL (list), TRUE);
  drain ();
  g_assert_cmpuint (f->told, ==, 1);
}

/* Freed with a change pending (a view disposed at once): never told, and
 * the lists and rows it watched carry no handler of it. */
static void
test_free_pending (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListStore) list = new_list (2);
  MvRecordWatch *watch = f->watch;

  mv_record_watch_add (f->watch, G_LIST_MODEL (list), TRUE);
  g_object_set (row (list, 0), "name", "Endret", NULL);
  g_clear_pointer (&f->watch, mv_record_watch_free);
  drain ();
  g_assert_cmpuint (f->told, ==, 0);

  g_assert_cmpuint (n_handlers (list, watch), ==, 0);
  g_assert_cmpuint (n_handlers (row (list, 0), watch), ==, 0);
  g_object_set (row (list, 1), "name", "Endret igjen", NULL);
  g_list_store_remove (list, 0);
  drain ();
  g_assert_cmpuint (f->told, ==, 0);
}

/* On the store's own lists, as the views use it: what this store writes
 * and what another program wrote, once the store has refreshed. */
static void
test_store_lists (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "medvirke.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = mv_store_open (path, MV_STORE_FLAGS_NONE, &error);
  g_autoptr(MvCouncil) council = new_council ("Brukerutvalget");
  g_autoptr(MvMember) member = NULL;
  g_autoptr(sqlite3) db = NULL;
  gboolean changed = FALSE;

  g_assert_no_error (error);
  g_assert_true (mv_store_insert (store, council, &error));
  g_assert_no_error (error);

  mv_record_watch_add (f->watch, mv_store_get_model (store, MV_TYPE_MEMBER), TRUE);
  drain ();
  f->told = 0;

  member = g_object_new (MV_TYPE_MEMBER,
                         "council-id", mv_record_get_id (MV_RECORD (council)),
                         "name", "Kari Nordmann",
                         NULL);
  g_assert_true (mv_store_insert (store, member, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (f->told, ==, 1);

  g_assert_true (mv_store_set (store, member, &error, "email", "kari@example.no", NULL));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (f->told, ==, 2);

  /* medvirke-cli renames her meanwhile. */
  db = mv_test_db_open (path);
  mv_test_db_exec (db, "UPDATE members SET name = 'Kari Normann'");
  g_clear_pointer (&db, sqlite3_close);
  drain ();
  g_assert_cmpuint (f->told, ==, 2);
  g_assert_true (mv_store_refresh (store, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  drain ();
  g_assert_cmpuint (f->told, ==, 3);

  g_assert_true (mv_store_delete (store, member, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (f->told, ==, 4);

  g_clear_pointer (&f->watch, mv_record_watch_free);
  g_clear_object (&store);
  mv_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/record-watch/once-at-idle", test_once_at_idle);
  ADD ("/record-watch/rows", test_rows);
  ADD ("/record-watch/rows-added-and-removed", test_rows_added_and_removed);
  ADD ("/record-watch/flush-cancel", test_flush_cancel);
  ADD ("/record-watch/clear", test_clear);
  ADD ("/record-watch/free-pending", test_free_pending);
  ADD ("/record-watch/store-lists", test_store_lists);

#undef ADD

  return g_test_run ();
}
