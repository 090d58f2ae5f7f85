/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-council.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* The store fixture the tests share: a temporary folder, a Medvirke file
 * in it opened as @store, and (with the flags) a council or the sample.
 * A test's own fixture holds one as its first member, or is one
 * (typedef MvTestStore Fixture). */

typedef enum
{
  MV_TEST_STORE_EMPTY   = 0,
  /* A council made as the app makes one (mv_council_create), named
   * MV_TEST_COUNCIL_NAME for MV_TEST_COUNCIL_NAV_UNIT. */
  MV_TEST_STORE_COUNCIL = 1 << 0,
  /* The sample council (mv_sample_create), which @council is then. */
  MV_TEST_STORE_SAMPLE  = 1 << 1,
} MvTestStoreFlags;

#define MV_TEST_COUNCIL_NAME     "Brukerutvalget NAV Prøveby"
#define MV_TEST_COUNCIL_NAV_UNIT "NAV Prøveby"

typedef struct
{
  char      *dir;       /* the temporary folder, removed at tear-down */
  char      *path;      /* @dir/medvirke.db, unless set up with a name */
  MvStore   *store;
  MvCouncil *council;   /* (nullable) owned */
} MvTestStore;

void       mv_test_store_set_up        (MvTestStore      *ts,
                                        MvTestStoreFlags  flags);
/* The same with the file called @file_name in the folder. */
void       mv_test_store_set_up_named  (MvTestStore      *ts,
                                        const char       *file_name,
                                        MvTestStoreFlags  flags);
/* Makes a council as the app does; the first one made also becomes
 * @council. Returns it (owned by the store's list). */
MvCouncil *mv_test_store_add_council   (MvTestStore      *ts,
                                        const char       *name,
                                        const char       *nav_unit);
/* Closes the store (the test may have closed or replaced it already),
 * drops the council and removes the folder. */
void       mv_test_store_tear_down     (MvTestStore      *ts);

/* As GTest fixture functions, with the flags as the test's data
 * (GINT_TO_POINTER (MV_TEST_STORE_COUNCIL)), for a fixture that is an
 * MvTestStore or begins with one. */
void       mv_test_store_fixture_set_up    (gpointer      fixture,
                                            gconstpointer data);
void       mv_test_store_fixture_tear_down (gpointer      fixture,
                                            gconstpointer data);

G_END_DECLS
