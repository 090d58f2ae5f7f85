/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mv-test-store.h"

#include "mv-councils.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-test-utils.h"

void
mv_test_store_set_up_named (MvTestStore      *ts,
                            const char       *file_name,
                            MvTestStoreFlags  flags)
{
  g_autoptr(GError) error = NULL;

  ts->dir = mv_test_make_tmp_dir ();
  ts->path = g_build_filename (ts->dir, file_name, NULL);
  ts->store = mv_store_open (ts->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ts->store);
  ts->council = NULL;

  if (flags & MV_TEST_STORE_SAMPLE)
    {
      g_assert_true (mv_sample_create (ts->store, mv_pdf_inspect, &error));
      g_assert_no_error (error);
      ts->council = g_object_ref (mv_store_find_council (ts->store, NULL, &error));
      g_assert_no_error (error);
    }
  if (flags & MV_TEST_STORE_COUNCIL)
    mv_test_store_add_council (ts, MV_TEST_COUNCIL_NAME, MV_TEST_COUNCIL_NAV_UNIT);
}

void
mv_test_store_set_up (MvTestStore      *ts,
                      MvTestStoreFlags  flags)
{
  mv_test_store_set_up_named (ts, "medvirke.db", flags);
}

MvCouncil *
mv_test_store_add_council (MvTestStore *ts,
                           const char  *name,
                           const char  *nav_unit)
{
  g_autoptr(GError) error = NULL;
  MvCouncil *council = mv_council_create (ts->store, name, nav_unit, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (council);
  if (ts->council == NULL)
    ts->council = g_object_ref (council);
  return council;
}

void
mv_test_store_tear_down (MvTestStore *ts)
{
  g_clear_object (&ts->council);
  g_clear_object (&ts->store);
  if (ts->dir != NULL)
    mv_test_remove_tree (ts->dir);
  g_clear_pointer (&ts->dir, g_free);
  g_clear_pointer (&ts->path, g_free);
}

void
mv_test_store_fixture_set_up (gpointer      fixture,
                              gconstpointer data)
{
  mv_test_store_set_up (fixture, GPOINTER_TO_INT (data));
}

void
mv_test_store_fixture_tear_down (gpointer      fixture,
                                 gconstpointer data)
{
  mv_test_store_tear_down (fixture);
}
