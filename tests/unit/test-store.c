/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "mv-agenda-item.h"
#include "mv-council.h"
#include "mv-document-bytes.h"
#include "mv-document.h"
#include "mv-error.h"
#include "mv-fixed-item.h"
#include "mv-meeting.h"
#include "mv-member.h"
#include "mv-search.h"
#include "mv-sample-content.h"
#include "mv-store.h"
#include "mv-test-utils.h"
#include "mv-undo.h"
#include "mv-user-group.h"

/* The store as a user meets it: the file on disk, its rows, and the live
 * lists a view binds to. Rows are checked on a connection of our own. */

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = mv_test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "medvirke.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static MvStore *
open_store (const char   *path,
            MvStoreFlags  flags)
{
  g_autoptr(GError) error = NULL;
  MvStore *store = mv_store_open (path, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static guint
n_items (MvStore *store,
         GType    type)
{
  return g_list_model_get_n_items (mv_store_get_model (store, type));
}

static gboolean
model_contains (MvStore  *store,
                gpointer  record)
{
  GListModel *model = mv_store_get_model (store, G_OBJECT_TYPE (record));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == record)
        return TRUE;
    }
  return FALSE;
}

/* New records: the store takes a reference when it lists them. */

static MvCouncil *
add_council (MvStore    *store,
             const char *name)
{
  g_autoptr(MvCouncil) council = g_object_new (MV_TYPE_COUNCIL, "name", name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_insert (store, council, &error));
  g_assert_no_error (error);
  return council;
}

static MvMember *
add_member (MvStore    *store,
            MvCouncil  *council,
            const char *name)
{
  g_autoptr(MvMember) member = g_object_new (MV_TYPE_MEMBER,
                                             "council-id", mv_record_get_id (MV_RECORD (council)),
                                             "name", name,
                                             NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_insert (store, member, &error));
  g_assert_no_error (error);
  return member;
}

static MvMeeting *
add_meeting (MvStore    *store,
             MvCouncil  *council,
             const char *starts_at)
{
  g_autoptr(MvMeeting) meeting = g_object_new (MV_TYPE_MEETING,
                                               "council-id", mv_record_get_id (MV_RECORD (council)),
                                               "starts-at", starts_at,
                                               NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_insert (store, meeting, &error));
  g_assert_no_error (error);
  return meeting;
}

static MvAgendaItem *
add_item (MvStore    *store,
          MvCouncil  *council,
          MvMeeting  *meeting,
          const char *title)
{
  g_autoptr(MvAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;

  item = g_object_new (MV_TYPE_AGENDA_ITEM,
                       "council-id", mv_record_get_id (MV_RECORD (council)),
                       "meeting-id", meeting ? mv_record_get_id (MV_RECORD (meeting)) : NULL,
                       "title", title,
                       NULL);
  g_assert_true (mv_store_insert (store, item, &error));
  g_assert_no_error (error);
  return item;
}

static GBytes *
make_bytes (gsize   size,
            guint32 seed)
{
  guint8 *data = g_malloc (size);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (gsize i = 0; i < size; i++)
    data[i] = (guint8) g_rand_int_range (rand, 0, 256);
  return g_bytes_new_take (data, size);
}

static MvDocument *
attach (MvStore          *store,
        MvRecord         *owner,
        const char       *file_name,
        GBytes           *bytes,
        const char * const *pages)
{
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  MvDocument *document;

  if (pages != NULL)
    {
      info = g_new0 (MvDocumentInfo, 1);
      info->page_texts = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; pages[i] != NULL; i++)
        g_ptr_array_add (info->page_texts, g_strdup (pages[i]));
      info->n_pages = info->page_texts->len;
    }

  document = mv_store_attach_bytes (store, owner, file_name, "application/pdf", bytes, info,
                                    MV_ATTACH_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (MV_IS_DOCUMENT (document));
  return document;
}

static gint64
count_rows (const char *path,
            const char *sql,
            const char *id)
{
  g_autoptr(sqlite3) db = mv_test_db_open (path);

  return mv_test_db_int (db, sql, id, NULL);
}

/* ---------------------------------------------------------------------- */
/* Migration                                                               */
/* ---------------------------------------------------------------------- */

static const char * const tables[] = {
  "councils", "council_fixed_items", "organisations", "user_groups", "members",
  "member_user_groups", "member_training", "meetings", "agenda_items", "document_blobs",
  "documents", "document_pages", "attendance", "search",
};

static void
test_migrate_new_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(MvStore) store = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *journal = NULL;
  guint n_groups = g_strv_length ((char **) mv_sample_user_groups);
  GListModel *groups;

  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_assert_false (mv_store_get_read_only (store));
  g_assert_true (mv_store_is_empty (store));
  g_assert_cmpstr (mv_store_get_path (store), ==, f->path);

  /* The seeded user groups are in the list, in order. */
  groups = mv_store_get_model (store, MV_TYPE_USER_GROUP);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, n_groups);
  for (guint i = 0; i < n_groups; i++)
    {
      g_autoptr(MvUserGroup) group = g_list_model_get_item (groups, i);

      g_assert_cmpstr (mv_user_group_get_name (group), ==, mv_sample_user_groups[i]);
    }
  g_clear_object (&store);

  /* Personal data: only the owner may read the file. */
  g_assert_cmpuint (mv_test_file_mode (f->path), ==, 0600);

  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA application_id", NULL), ==, MV_APPLICATION_ID);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, MV_SCHEMA_VERSION);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA page_size", NULL), ==, 8192);
  journal = mv_test_db_text (db, "PRAGMA journal_mode", NULL);
  g_assert_cmpstr (journal, ==, "wal");

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_test_message ("table %s", tables[i]);
      g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM sqlite_schema "
                                           "WHERE type = 'table' AND name = ?1",
                                       tables[i], NULL), ==, 1);
    }

  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM user_groups", NULL), ==, n_groups);
  for (guint i = 0; i < n_groups; i++)
    {
      g_autofree char *position = g_strdup_printf ("%u", i);
      g_autofree char *name = mv_test_db_text (db, "SELECT name FROM user_groups "
                                                   "WHERE position = ?1", position, NULL);

      g_assert_cmpstr (name, ==, mv_sample_user_groups[i]);
    }
}

static void
test_migrate_reopen (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(MvCouncil) council = g_object_new (MV_TYPE_COUNCIL,
                                               "name", "Brukerutvalget NAV Testby",
                                               "level", MV_COUNCIL_LEVEL_COUNTY,
                                               "nav-unit", "NAV Testby",
                                               "language", MV_LANGUAGE_NN,
                                               "length-minutes", 150,
                                               NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *created_at = NULL;
  guint n_groups = g_strv_length ((char **) mv_sample_user_groups);
  MvCouncil *again;

  g_assert_true (mv_store_insert (store, council, &error));
  g_assert_no_error (error);
  id = g_strdup (mv_record_get_id (MV_RECORD (council)));
  created_at = g_strdup (mv_record_get_created_at (MV_RECORD (council)));
  g_assert_nonnull (id);
  g_clear_object (&council);
  g_clear_object (&store);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_assert_false (mv_store_is_empty (store));
  g_assert_cmpuint (n_items (store, MV_TYPE_COUNCIL), ==, 1);

  again = mv_store_lookup (store, MV_TYPE_COUNCIL, id);
  g_assert_nonnull (again);
  g_assert_cmpstr (mv_record_get_id (MV_RECORD (again)), ==, id);
  g_assert_cmpstr (mv_record_get_created_at (MV_RECORD (again)), ==, created_at);
  g_assert_cmpstr (mv_council_get_name (again), ==, "Brukerutvalget NAV Testby");
  g_assert_cmpint (mv_council_get_level (again), ==, MV_COUNCIL_LEVEL_COUNTY);
  g_assert_cmpstr (mv_council_get_nav_unit (again), ==, "NAV Testby");
  g_assert_cmpint (mv_council_get_language (again), ==, MV_LANGUAGE_NN);
  g_assert_cmpint (mv_council_get_length_minutes (again), ==, 150);
  g_assert_cmpstr (mv_council_get_start_time (again), ==, "10:00");

  /* The migration ran once: the user groups were not seeded again. */
  g_assert_cmpuint (n_items (store, MV_TYPE_USER_GROUP), ==, n_groups);
}

static void
test_migrate_zero_length (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MvStore) store = NULL;
  g_autoptr(sqlite3) db = NULL;

  mv_test_write_file (f->path, "");

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_assert_false (mv_store_get_read_only (store));
  g_assert_true (mv_store_is_empty (store));
  g_assert_cmpuint (n_items (store, MV_TYPE_USER_GROUP), >, 0);
  g_clear_object (&store);

  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA application_id", NULL), ==, MV_APPLICATION_ID);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, MV_SCHEMA_VERSION);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA page_size", NULL), ==, 8192);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM sqlite_schema "
                                       "WHERE type = 'table' AND name = 'councils'", NULL), ==, 1);
}

/* tests/data/schema-v1.db, made by the code of schema 1 (its commit says
 * how): the sample council and a few odd rows. Copied twice, as the file
 * to open and as the rows to compare with. */
#define V1_ITEM_BACKLOG   "6c439335-7680-4d41-bdbb-ab06199f35c0"  /* 25 minutes, «æøå» */
#define V1_ITEM_NO_TIME   "2fb37b9e-8910-4e18-8198-9ad7f27f7e5b"  /* 0 minutes */
#define V1_ITEM_DELETED   "7a7ffdfe-e6b6-4d92-8297-8bcc55b786f5"
#define V1_MEMBER_DELETED "c9d1232d-16ba-4afb-b5fc-ee78250973f1"
#define V1_FIXED_REPORTS  "1b8e14ad-3677-455f-9294-cbc2e64668f2"  /* 20 minutes */
#define V1_DOCUMENT       "cfe66d59-06be-4962-9cfe-f19d19f3a6c7"  /* "Kartlegging" */
#define V1_MEETING_HELD   "80b386f0-b73d-4621-b68b-6a4937988f85"  /* 2026-10-13, 7 items */

static char *
copy_fixture (Fixture    *f,
              const char *fixture_name,
              const char *name)
{
  g_autofree char *fixture = mv_test_data_path (fixture_name);
  g_autofree char *contents = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (fixture, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, 0600,
                                           &error));
  g_assert_no_error (error);
  return path;
}

static char *
copy_v1 (Fixture    *f,
         const char *name)
{
  return copy_fixture (f, "schema-v1.db", name);
}

/* Every row of @table is in the upgraded file as it was in the fixture
 * attached as "old" (those that match @old_where), with its rowid (the
 * lists are in rowid order), and no other: compared column by column in order, as a rebuild keeps the order,
 * a rename keeps the place and an added column comes last. */
static void
assert_same_rows_where (sqlite3    *db,
                        const char *table,
                        const char *old_where)
{
  g_autofree char *n_old = g_strdup_printf ("SELECT count(*) FROM old.%s WHERE %s", table,
                                            old_where);
  g_autofree char *n_now = g_strdup_printf ("SELECT count(*) FROM main.%s", table);
  g_autofree char *old_columns = NULL;
  g_autofree char *now_columns = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *extra = NULL;

  old_columns = mv_test_db_text (db, "SELECT group_concat(name, ', ') FROM "
                                     "(SELECT name FROM pragma_table_info(?1, 'old') ORDER BY cid)",
                                 table, NULL);
  now_columns = mv_test_db_text (db, "SELECT group_concat(name, ', ') FROM "
                                     "(SELECT name FROM pragma_table_info(?1, 'main') "
                                     " WHERE cid < (SELECT count(*) FROM "
                                     "              pragma_table_info(?1, 'old')) ORDER BY cid)",
                                 table, NULL);
  missing = g_strdup_printf ("SELECT count(*) FROM (SELECT rowid, %s FROM old.%s WHERE %s "
                             "EXCEPT SELECT rowid, %s FROM main.%s)",
                             old_columns, table, old_where, now_columns, table);
  extra = g_strdup_printf ("SELECT count(*) FROM (SELECT rowid, %s FROM main.%s "
                           "EXCEPT SELECT rowid, %s FROM old.%s WHERE %s)",
                           now_columns, table, old_columns, table, old_where);

  g_test_message ("table %s: %" G_GINT64_FORMAT " rows", table, mv_test_db_int (db, n_old, NULL));
  g_assert_cmpint (mv_test_db_int (db, n_now, NULL), ==, mv_test_db_int (db, n_old, NULL));
  g_assert_cmpint (mv_test_db_int (db, missing, NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, extra, NULL), ==, 0);
}

static void
assert_same_rows (sqlite3    *db,
                  const char *table)
{
  assert_same_rows_where (db, table, "1");
}

static void
test_migrate_from_v1 (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *original = copy_v1 (f, "schema-v1.db");
  g_autoptr(MvStore) store = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *attach = NULL;
  MvAgendaItem *item;
  MvFixedItem *fixed;
  MvMeeting *meeting;
  MvSearchResult *hit;

  g_clear_pointer (&f->path, g_free);
  f->path = copy_v1 (f, "medvirke.db");

  db = mv_test_db_open (original);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, 1);
  g_clear_pointer (&db, sqlite3_close);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_assert_false (mv_store_is_empty (store));

  /* The lists hold every row that is not deleted, and the deleted stay
   * out of them. */
  db = mv_test_db_open (original);
  for (guint i = 0; i < mv_record_types_get_n (); i++)
    {
      g_autoptr(MvRecordClass) klass = g_type_class_ref (mv_record_types_get (i));
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE deleted_at IS NULL",
                                              klass->table);
      gint64 n = mv_test_db_int (db, sql, NULL);

      g_test_message ("list %s: %" G_GINT64_FORMAT, klass->table, n);
      g_assert_cmpint (n, >, 0);
      g_assert_cmpuint (n_items (store, mv_record_types_get (i)), ==, n);
    }
  g_clear_pointer (&db, sqlite3_close);
  g_assert_null (mv_store_lookup (store, MV_TYPE_MEMBER, V1_MEMBER_DELETED));
  g_assert_null (mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, V1_ITEM_DELETED));

  /* The durations, a backlog item and an item's date as they were. */
  item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, V1_ITEM_BACKLOG);
  g_assert_nonnull (item);
  g_assert_cmpstr (mv_agenda_item_get_title (item), ==,
                   "Ventelista: tolketjenester på nynorsk – «æøå»");
  g_assert_cmpint (mv_agenda_item_get_duration_minutes (item), ==, 25);
  g_assert_cmpint (mv_agenda_item_get_kind (item), ==, MV_ITEM_KIND_DISCUSSION);
  g_assert_null (mv_agenda_item_get_meeting_id (item));
  item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, V1_ITEM_NO_TIME);
  g_assert_nonnull (item);
  g_assert_cmpint (mv_agenda_item_get_duration_minutes (item), ==, 0);
  g_assert_cmpstr (mv_agenda_item_get_nav_decision_date (item), ==, "2027-02-01");
  fixed = mv_store_lookup (store, MV_TYPE_FIXED_ITEM, V1_FIXED_REPORTS);
  g_assert_nonnull (fixed);
  g_assert_cmpint (mv_fixed_item_get_duration_minutes (fixed), ==, 20);
  g_assert_cmpint (mv_fixed_item_get_kind (fixed), ==, MV_ITEM_KIND_FIXED);

  /* Search still finds a document by a word of its text, and an item. */
  results = mv_search (store, NULL, "kartlegging", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, >, 0);
  hit = g_ptr_array_index (results, 0);
  g_assert_cmpint (hit->kind, ==, MV_SEARCH_KIND_DOCUMENT);
  g_assert_cmpstr (hit->id, ==, V1_DOCUMENT);
  g_assert_cmpint (hit->page, ==, 3);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = mv_search (store, NULL, "tolketjenester", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpstr (((MvSearchResult *) g_ptr_array_index (results, 0))->id, ==, V1_ITEM_BACKLOG);
  g_clear_pointer (&results, g_ptr_array_unref);

  problems = mv_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_object (&store);

  /* In the file: the version, and every row of every table as it was. */
  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, MV_SCHEMA_VERSION);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA application_id", NULL), ==, MV_APPLICATION_ID);
  attach = g_strdup_printf ("ATTACH DATABASE '%s' AS old", original);
  mv_test_db_exec (db, attach);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    assert_same_rows (db, tables[i]);
  /* The durations under their new name, and the old name gone. */
  g_assert_cmpint (mv_test_db_int (db, "SELECT duration_minutes FROM agenda_items WHERE id = ?1",
                                   V1_ITEM_BACKLOG, NULL), ==, 25);
  g_assert_cmpint (mv_test_db_int (db, "SELECT duration_minutes FROM agenda_items WHERE id = ?1",
                                   V1_ITEM_NO_TIME, NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT duration_minutes FROM council_fixed_items "
                                       "WHERE id = ?1", V1_FIXED_REPORTS, NULL), ==, 20);
  g_assert_cmpint (mv_test_db_int (db, "SELECT sum(duration_minutes) FROM main.agenda_items", NULL),
                   ==, mv_test_db_int (db, "SELECT sum(minutes) FROM old.agenda_items", NULL));
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM pragma_table_info('agenda_items') "
                                       "WHERE name = 'minutes'", NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM pragma_table_info"
                                       "('council_fixed_items') WHERE name = 'minutes'", NULL),
                   ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM members "
                                       "WHERE id = ?1 AND deleted_at IS NOT NULL",
                                   V1_MEMBER_DELETED, NULL), ==, 1);
  g_clear_pointer (&db, sqlite3_close);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);

  /* The rebuilt items' triggers work: a new title is found, the old one
   * no more. */
  item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, V1_ITEM_BACKLOG);
  g_assert_true (mv_store_set (store, item, &error, "title", "Skrivetolk på møtene", NULL));
  g_assert_no_error (error);
  results = mv_search (store, NULL, "skrivetolk", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = mv_search (store, NULL, "tolketjenester", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 0);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Foreign keys are on again after the migration: a purged meeting's
   * items go to the backlog. */
  meeting = mv_store_lookup (store, MV_TYPE_MEETING, V1_MEETING_HELD);
  g_assert_nonnull (meeting);
  g_assert_cmpuint (mv_store_count_items (store, V1_MEETING_HELD), ==, 7);
  g_assert_true (mv_store_purge (store, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM agenda_items "
                                        "WHERE meeting_id IS NULL AND deleted_at IS NULL", NULL),
                   ==, 7 + 7);
}

/* tests/data/schema-v2.db, made by the code of schema 2 (its commit says
 * how): the sample council, an encrypted PDF attached with its password
 * (tests/data/fortrolig.pdf, whose text schema 2 stored and indexed), a
 * removed encrypted one and a CSV. */
/* Each of @store's lists holds every row of its table in @original, the
 * file before the migration, that is not deleted. */
static void
assert_lists_hold (MvStore    *store,
                   const char *original)
{
  g_autoptr(sqlite3) db = mv_test_db_open (original);

  for (guint i = 0; i < mv_record_types_get_n (); i++)
    {
      g_autoptr(MvRecordClass) klass = g_type_class_ref (mv_record_types_get (i));
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE deleted_at IS NULL",
                                              klass->table);

      g_assert_cmpuint (n_items (store, mv_record_types_get (i)), ==,
                        mv_test_db_int (db, sql, NULL));
    }
}

#define V2_SECRET  "aeff33ed-6bf3-4474-8197-13006fddcf8f"  /* fortrolig.pdf, 2 pages */
#define V2_REMOVED "e25f5f5d-ebd3-4c03-978d-340d2718a920"  /* kryptert.pdf, removed */
#define V2_CSV     "2cbe487c-7119-4e82-b37e-ccf2566146e8"  /* medlemmer-excel.csv */
#define V2_PLAIN   "57fec080-6f8a-4df7-9ed1-f28e786897cc"  /* the notice on «kartlegging» */

/* Words of fortrolig.pdf's text that no other document has. */
static const char * const secret_words[] = { "Fjellheim", "Tordenskjold", "Kvernhusvika" };

static void
test_migrate_from_v2 (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *original = copy_fixture (f, "schema-v2.db", "schema-v2.db");
  g_autoptr(MvStore) store = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *attach = NULL;
  MvDocument *document;

  g_clear_pointer (&f->path, g_free);
  f->path = copy_fixture (f, "schema-v2.db", "medvirke.db");

  db = mv_test_db_open (original);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, 2);
  g_clear_pointer (&db, sqlite3_close);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);

  /* The lists hold every row that is not deleted. */
  assert_lists_hold (store, original);
  document = mv_store_lookup (store, MV_TYPE_DOCUMENT, V2_SECRET);
  g_assert_nonnull (document);
  g_assert_cmpstr (mv_document_get_title (document), ==, "Fortrolig personalsak");
  g_assert_cmpint (mv_document_get_page_count (document), ==, 2);
  g_assert_null (mv_store_lookup (store, MV_TYPE_DOCUMENT, V2_REMOVED));

  /* A document that was not encrypted is found by its text as before. */
  results = mv_search (store, NULL, "kartlegging", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, >, 0);
  g_assert_cmpstr (((MvSearchResult *) g_ptr_array_index (results, 0))->id, ==, V2_PLAIN);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Privacy by default: nobody chose to keep the encrypted PDF's text, so
   * search no longer finds it, and the record says its text is not kept. */
  for (guint i = 0; i < G_N_ELEMENTS (secret_words); i++)
    {
      results = mv_search (store, NULL, secret_words[i], NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (results->len, ==, 0);
      g_clear_pointer (&results, g_ptr_array_unref);
    }
  g_assert_true (mv_document_get_encrypted (document));
  g_assert_false (mv_document_get_text_stored (document));
  g_assert_true (mv_document_get_text_stored (mv_store_lookup (store, MV_TYPE_DOCUMENT,
                                                               V2_PLAIN)));
  g_assert_false (mv_document_get_text_stored (mv_store_lookup (store, MV_TYPE_DOCUMENT,
                                                                V2_CSV)));

  problems = mv_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_object (&store);

  /* In the file: the version, and every row as it was, but for the
   * encrypted documents' pages and their rows in search. */
  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, MV_SCHEMA_VERSION);
  attach = g_strdup_printf ("ATTACH DATABASE '%s' AS old", original);
  mv_test_db_exec (db, attach);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i], "document_pages"))
      assert_same_rows_where (db, tables[i], "document_id NOT IN "
                                             "(SELECT id FROM old.documents WHERE encrypted)");
    else if (g_str_equal (tables[i], "search"))
      assert_same_rows_where (db, tables[i], "kind != 'document' OR id NOT IN "
                                             "(SELECT id FROM old.documents WHERE encrypted)");
    else
      assert_same_rows (db, tables[i]);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM old.document_pages "
                                       "WHERE document_id IN (?1, ?2)", V2_SECRET, V2_REMOVED,
                                   NULL), ==, 2 + 1);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM main.document_pages "
                                       "WHERE document_id IN (?1, ?2)", V2_SECRET, V2_REMOVED,
                                   NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM main.documents "
                                       "WHERE text_stored", NULL), ==, 5);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM main.documents d WHERE text_stored "
                                       "AND NOT EXISTS (SELECT 1 FROM main.document_pages p "
                                       "                WHERE p.document_id = d.id)", NULL),
                   ==, 0);
  g_clear_pointer (&db, sqlite3_close);

  /* Nor is the text anywhere in the file's bytes (the fixture has it in
   * plain): not in the pages, not in the index, not in a freed page. */
  for (guint i = 0; i < G_N_ELEMENTS (secret_words); i++)
    {
      g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

      g_assert_true (mv_test_file_contains (original, secret_words[i]));
      g_assert_false (mv_test_file_contains (f->path, secret_words[i]));
      g_assert_false (mv_test_file_contains (wal, secret_words[i]));
    }
}

/* A file in WAL mode, as every file the app has had open is: the migration
 * goes into the -wal, and the file on its own must not keep the text
 * either once the store has it open. */
static void
test_migrate_from_v2_wal (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MvStore) store = NULL;
  g_autoptr(sqlite3) db = NULL;

  g_clear_pointer (&f->path, g_free);
  f->path = copy_fixture (f, "schema-v2.db", "medvirke.db");
  db = mv_test_db_open (f->path);
  mv_test_db_exec (db, "PRAGMA journal_mode = WAL");
  g_clear_pointer (&db, sqlite3_close);
  g_assert_true (mv_test_file_contains (f->path, secret_words[0]));

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (secret_words); i++)
    {
      g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

      g_assert_false (mv_test_file_contains (f->path, secret_words[i]));
      g_assert_false (mv_test_file_contains (wal, secret_words[i]));
    }
}

/* tests/data/schema-v3.db, made with the build before migration 4 (its
 * commit says how). */
#define V3_COUNCIL    "f53150ea-a0f2-4d93-8562-c6961585e6d4"
#define V3_SECRETARY  "76bb3e4e-31d4-4c0b-bdd3-764be6c38344"  /* Marte Sæther */
#define V3_PHONE_ONLY "793cdc36-08c7-4acc-b92b-b3ea073228c9"
#define V3_EXEMPT     "76193c23-2a79-4653-a8d1-0c19dc2529f8"  /* an item not public */
#define V3_EXEMPT_DOC "81767aa9-e8b7-4d71-81eb-6a1f56e1f0d5"  /* a document not public */

/* Migration 4: every row stays; the council's secretariat is its secretary
 * as the notice named them before; members' papers show their e-mail, and
 * an exempt item or document cites personal matters. */
static void
test_migrate_from_v3 (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *original = copy_fixture (f, "schema-v3.db", "schema-v3.db");
  g_autoptr(MvStore) store = NULL;
  g_autoptr(sqlite3) db = NULL;
  MvCouncil *council;
  MvMember *member;

  g_clear_pointer (&f->path, g_free);
  f->path = copy_fixture (f, "schema-v3.db", "medvirke.db");

  db = mv_test_db_open (original);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, 3);
  g_clear_pointer (&db, sqlite3_close);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);

  assert_lists_hold (store, original);
  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, 4);
  g_clear_pointer (&db, sqlite3_close);

  council = mv_store_lookup (store, MV_TYPE_COUNCIL, V3_COUNCIL);
  g_assert_nonnull (council);
  g_assert_cmpstr (mv_council_get_secretariat_name (council), ==, "Marte Sæther");
  g_assert_cmpstr (mv_council_get_secretariat_email (council), ==,
                   "marte.saether@nav.example.no");
  g_assert_cmpstr (mv_council_get_secretariat_phone (council), ==, "+47 474 61 905");

  member = mv_store_lookup (store, MV_TYPE_MEMBER, V3_PHONE_ONLY);
  g_assert_cmpstr (mv_member_get_phone (member), ==, "912 34 567");
  g_assert_cmpint (mv_member_get_contact_shown (member), ==, MV_CONTACT_SHOWN_EMAIL);
  g_assert_cmpint (mv_member_get_contact_shown (mv_store_lookup (store, MV_TYPE_MEMBER,
                                                                 V3_SECRETARY)),
                   ==, MV_CONTACT_SHOWN_EMAIL);

  g_assert_false (mv_agenda_item_get_public (mv_store_lookup (store, MV_TYPE_AGENDA_ITEM,
                                                              V3_EXEMPT)));
  g_assert_cmpint (mv_agenda_item_get_exempt_basis (mv_store_lookup (store,
                                                                     MV_TYPE_AGENDA_ITEM,
                                                                     V3_EXEMPT)),
                   ==, MV_EXEMPT_BASIS_OFFL_13_FVL_13);
  g_assert_false (mv_document_get_public (mv_store_lookup (store, MV_TYPE_DOCUMENT,
                                                           V3_EXEMPT_DOC)));
  g_assert_cmpint (mv_document_get_exempt_basis (mv_store_lookup (store, MV_TYPE_DOCUMENT,
                                                                  V3_EXEMPT_DOC)),
                   ==, MV_EXEMPT_BASIS_OFFL_13_FVL_13);

  /* The new columns are written and read back like the old. */
  g_assert_true (mv_store_set (store, member, NULL, "contact-shown",
                               MV_CONTACT_SHOWN_NONE, NULL));
  g_clear_object (&store);
  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_assert_cmpint (mv_member_get_contact_shown (mv_store_lookup (store, MV_TYPE_MEMBER,
                                                                 V3_PHONE_ONLY)),
                   ==, MV_CONTACT_SHOWN_NONE);
  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM members WHERE id = '"
                                   V3_PHONE_ONLY "' AND contact_shown = 'none'", NULL), ==, 1);
}

/* A file opened again is not migrated again: not a byte changes. */
static void
test_migrate_once (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MvStore) store = NULL;
  g_autoptr(MvTestFileState) before = NULL;

  g_clear_pointer (&f->path, g_free);
  f->path = copy_v1 (f, "medvirke.db");

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_clear_object (&store);
  before = mv_test_file_state (f->path);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_assert_cmpuint (n_items (store, MV_TYPE_AGENDA_ITEM), ==, 55);
  g_clear_object (&store);
  mv_test_assert_file_unchanged (before, f->path);
}

typedef struct
{
  const char *path;
  MvStore    *store;
  GError     *error;
} OpenInThread;

static gpointer
open_in_thread (gpointer data)
{
  OpenInThread *open = data;

  open->store = mv_store_open (open->path, MV_STORE_FLAGS_NONE, &open->error);
  return NULL;
}

/* Two stores opening an old file at once: one migrates, the other finds it
 * done once it has the lock (a second rebuild would fail on tables that
 * are already rebuilt, a second seed would double rows). */
static void
test_migrate_at_once (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *original = copy_v1 (f, "schema-v1.db");
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *attach = NULL;
  OpenInThread opens[2] = { { NULL } };
  GThread *threads[2];

  g_clear_pointer (&f->path, g_free);
  f->path = copy_v1 (f, "medvirke.db");

  for (guint i = 0; i < G_N_ELEMENTS (opens); i++)
    {
      opens[i].path = f->path;
      threads[i] = g_thread_new ("open", open_in_thread, &opens[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (opens); i++)
    {
      g_thread_join (threads[i]);
      g_assert_no_error (opens[i].error);
      g_assert_nonnull (opens[i].store);
      g_assert_cmpuint (n_items (opens[i].store, MV_TYPE_AGENDA_ITEM), ==, 55);
      g_clear_object (&opens[i].store);
    }

  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, MV_SCHEMA_VERSION);
  attach = g_strdup_printf ("ATTACH DATABASE '%s' AS old", original);
  mv_test_db_exec (db, attach);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    assert_same_rows (db, tables[i]);
}

static void assert_refused (const char *path,
                            MvError     code);

/* An old file that may not be written is not updated, and not opened
 * either: this build reads only its own version's tables. It is left as
 * it was. */
static void
test_migrate_read_only (Fixture       *f,
                        gconstpointer  data)
{
  g_clear_pointer (&f->path, g_free);
  f->path = copy_v1 (f, "medvirke.db");
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);

  assert_refused (f->path, MV_ERROR_READ_ONLY);
}

/* A migration that fails leaves the file at the version it had, with every
 * row: here a table in the way of migration 2's rebuild. */
static void
test_migrate_failed (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *original = copy_v1 (f, "schema-v1.db");
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autofree char *attach = NULL;

  g_clear_pointer (&f->path, g_free);
  f->path = copy_v1 (f, "medvirke.db");
  db = mv_test_db_open (f->path);
  mv_test_db_exec (db, "CREATE TABLE meetings_2 (id TEXT)");
  g_clear_pointer (&db, sqlite3_close);

  store = mv_store_open (f->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (strstr (error->message, f->path));

  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, 1);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM sqlite_schema "
                                       "WHERE name = 'councils_2'", NULL), ==, 0);
  attach = g_strdup_printf ("ATTACH DATABASE '%s' AS old", original);
  mv_test_db_exec (db, attach);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    assert_same_rows (db, tables[i]);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM pragma_foreign_key_check", NULL),
                   ==, 0);
}

/* A reference already broken in an old file (written with foreign keys
 * off) does not stop the upgrade; mv_store_check() still reports it. */
static void
test_migrate_broken_reference (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_clear_pointer (&f->path, g_free);
  f->path = copy_v1 (f, "medvirke.db");
  db = mv_test_db_open (f->path);
  mv_test_db_exec (db, "PRAGMA foreign_keys = OFF;"
                       "INSERT INTO members (id, council_id, name, created_at, updated_at) "
                       "VALUES ('foreldreløs', 'no-such-council', 'Uten utvalg', "
                       "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');");
  g_clear_pointer (&db, sqlite3_close);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  problems = mv_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "members"));
  g_clear_object (&store);

  g_assert_cmpint (count_rows (f->path, "PRAGMA user_version", NULL), ==, MV_SCHEMA_VERSION);
}

/* The enum policy (HACKING.md): no CHECK on an enumeration column, a value
 * this build does not know reads as the default and is named by the check. */
static void
test_migrate_enum_unknown (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *id = NULL;
  MvCouncil *council = add_council (store, "Brukerutvalget");
  MvAgendaItem *item = add_item (store, council, NULL, "Fra en nyere versjon");

  g_assert_true (mv_store_set (store, item, &error, "kind", MV_ITEM_KIND_DECISION, NULL));
  g_assert_no_error (error);
  id = g_strdup (mv_record_get_id (MV_RECORD (item)));
  g_clear_object (&store);

  /* As a later version with a new kind of item would write it. */
  db = mv_test_db_open (f->path);
  mv_test_db_exec (db, "UPDATE agenda_items SET kind = 'workshop'");
  g_clear_pointer (&db, sqlite3_close);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, id);
  g_assert_nonnull (item);
  g_assert_cmpint (mv_agenda_item_get_kind (item), ==, MV_ITEM_KIND_INFORMATION);

  problems = mv_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_test_message ("problem: %s", (char *) g_ptr_array_index (problems, 0));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "agenda_items"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "“workshop”"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "kind"));

  /* The store never writes what it does not know. */
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM agenda_items WHERE id = ?1 "
                                        "AND kind = 'workshop'", id), ==, 1);
}

/* ---------------------------------------------------------------------- */
/* Refusal                                                                 */
/* ---------------------------------------------------------------------- */

/* A refused file is left as it was in every byte, and nothing appears
 * beside it (no -wal, -shm or -journal). */
static void
assert_refused (const char *path,
                MvError     code)
{
  static const MvStoreFlags flags[] = { MV_STORE_FLAGS_NONE, MV_STORE_FLAGS_READ_ONLY };
  g_autoptr(MvTestFileState) before = mv_test_file_state (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *listing = mv_test_list_dir (dir);

  g_assert_nonnull (before);

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MvStore) store = mv_store_open (path, flags[i], &error);
      g_autofree char *listing_after = NULL;

      g_assert_null (store);
      g_assert_error (error, MV_ERROR, (int) code);
      g_assert_nonnull (strstr (error->message, path));

      mv_test_assert_file_unchanged (before, path);
      listing_after = mv_test_list_dir (dir);
      g_assert_cmpstr (listing_after, ==, listing);
    }
}

static void
test_refuse_foreign (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(sqlite3) db = mv_test_db_open_create (f->path);

  mv_test_db_exec (db, "PRAGMA application_id = 42;"
                       "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                       "INSERT INTO notes (text) VALUES ('not ours');");
  g_clear_pointer (&db, sqlite3_close);

  assert_refused (f->path, MV_ERROR_FOREIGN);
}

static void
test_refuse_plain_sqlite (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(sqlite3) db = mv_test_db_open_create (f->path);

  /* No application id at all: still not ours. */
  mv_test_db_exec (db, "CREATE TABLE councils (id TEXT PRIMARY KEY, name TEXT);");
  g_clear_pointer (&db, sqlite3_close);

  assert_refused (f->path, MV_ERROR_FOREIGN);
}

static void
test_refuse_text (Fixture       *f,
                  gconstpointer  data)
{
  mv_test_write_file (f->path,
                      "Referat fra møtet i brukerutvalget\n"
                      "Til stede: leder, nestleder, sekretær.\n"
                      "Sak 01/26: Godkjenning av innkalling og saksliste.\n"
                      "Sak 02/26: Godkjenning av referat fra forrige møte.\n");

  assert_refused (f->path, MV_ERROR_NOT_DATABASE);
}

static void
test_refuse_short (Fixture       *f,
                   gconstpointer  data)
{
  /* Shorter than an SQLite header, but starting like one. */
  mv_test_write_file (f->path, "SQLite format 3");

  assert_refused (f->path, MV_ERROR_NOT_DATABASE);
}

static void
test_refuse_too_new (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", MV_SCHEMA_VERSION + 1);

  add_council (store, "Fra en nyere versjon");
  g_clear_object (&store);

  db = mv_test_db_open (f->path);
  mv_test_db_exec (db, sql);
  g_clear_pointer (&db, sqlite3_close);

  assert_refused (f->path, MV_ERROR_TOO_NEW);
}

/* Also when this process has the file open already, so that the header
 * is not read with plain reads and SQLite tells the version. */
static void
test_refuse_too_new_open (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(MvStore) second = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", MV_SCHEMA_VERSION + 1);
  g_autofree char *schema = NULL;
  g_autofree char *schema_after = NULL;

  add_council (store, "Fra en nyere versjon");
  db = mv_test_db_open (f->path);
  mv_test_db_exec (db, sql);
  schema = mv_test_db_text (db, "SELECT group_concat(sql, ';') FROM sqlite_schema", NULL);

  second = mv_store_open (f->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_null (second);
  g_assert_error (error, MV_ERROR, MV_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, f->path));

  g_assert_cmpint (mv_test_db_int (db, "PRAGMA user_version", NULL), ==, MV_SCHEMA_VERSION + 1);
  schema_after = mv_test_db_text (db, "SELECT group_concat(sql, ';') FROM sqlite_schema", NULL);
  g_assert_cmpstr (schema_after, ==, schema);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM councils", NULL), ==, 1);
}

static void
test_refuse_folder (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;

  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);

  store = mv_store_open (f->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_null (store);
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_DATABASE);
  g_assert_nonnull (strstr (error->message, f->path));
}

/* ---------------------------------------------------------------------- */
/* Read-only                                                               */
/* ---------------------------------------------------------------------- */

static void
assert_writes_refused (MvStore   *store,
                       MvCouncil *council,
                       MvMember  *member)
{
  g_autoptr(MvCouncil) other = g_object_new (MV_TYPE_COUNCIL, "name", "Ny", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-1.4", 8);
  g_autoptr(MvAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (mv_store_insert (store, other, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpuint (n_items (store, MV_TYPE_COUNCIL), ==, 1);

  g_assert_false (mv_store_set (store, council, &error, "name", "Nytt navn", NULL));
  g_assert_error (error, MV_ERROR, MV_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpstr (mv_council_get_name (council), ==, "Brukerutvalget NAV Lesby");

  g_assert_false (mv_store_delete (store, member, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (mv_record_is_deleted (MV_RECORD (member)));
  g_assert_true (model_contains (store, member));

  g_assert_false (mv_store_purge (store, member, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_true (model_contains (store, member));

  g_assert_false (mv_store_begin (store, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_READ_ONLY);
  g_clear_error (&error);

  item = g_object_new (MV_TYPE_AGENDA_ITEM, "council-id", mv_record_get_id (MV_RECORD (council)),
                       "title", "Sak", NULL);
  g_assert_null (mv_store_attach_bytes (store, MV_RECORD (item), "a.pdf", NULL, bytes, NULL,
                                        MV_ATTACH_FLAGS_NONE, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, mv_store_get_path (store)));
  g_assert_cmpuint (n_items (store, MV_TYPE_DOCUMENT), ==, 0);
}

static void
make_read_only_fixture (Fixture *f)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  MvCouncil *council = add_council (store, "Brukerutvalget NAV Lesby");

  add_member (store, council, "Kari Nordmann");
}

static void
check_read_only_store (Fixture      *f,
                       MvStoreFlags  flags)
{
  g_autoptr(MvTestFileState) before = mv_test_file_state (f->path);
  g_autoptr(MvStore) store = open_store (f->path, flags);
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(MvMember) member = NULL;

  g_assert_true (mv_store_get_read_only (store));

  /* The lists are loaded as for a writable file. */
  g_assert_cmpuint (n_items (store, MV_TYPE_COUNCIL), ==, 1);
  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 1);
  g_assert_cmpuint (n_items (store, MV_TYPE_USER_GROUP), ==,
                    g_strv_length ((char **) mv_sample_user_groups));
  council = g_list_model_get_item (mv_store_get_model (store, MV_TYPE_COUNCIL), 0);
  member = g_list_model_get_item (mv_store_get_model (store, MV_TYPE_MEMBER), 0);
  g_assert_cmpstr (mv_council_get_name (council), ==, "Brukerutvalget NAV Lesby");
  g_assert_cmpstr (mv_member_get_name (member), ==, "Kari Nordmann");

  assert_writes_refused (store, council, member);

  g_clear_object (&council);
  g_clear_object (&member);
  g_clear_object (&store);
  mv_test_assert_file_unchanged (before, f->path);
}

static void
test_read_only_mode (Fixture       *f,
                     gconstpointer  data)
{
  make_read_only_fixture (f);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);

  check_read_only_store (f, MV_STORE_FLAGS_NONE);
}

static void
test_read_only_flag (Fixture       *f,
                     gconstpointer  data)
{
  make_read_only_fixture (f);
  g_assert_cmpuint (mv_test_file_mode (f->path), ==, 0600);

  check_read_only_store (f, MV_STORE_FLAGS_READ_ONLY);
}

static void
test_read_only_missing (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = mv_store_open (f->path, MV_STORE_FLAGS_READ_ONLY, &error);

  g_assert_null (store);
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

/* ---------------------------------------------------------------------- */
/* Delete, restore, purge                                                  */
/* ---------------------------------------------------------------------- */

static void
test_delete_soft (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *id = NULL;
  g_autofree char *deleted_at = NULL;
  MvCouncil *council = add_council (store, "Brukerutvalget");
  g_autoptr(MvMember) member = g_object_ref (add_member (store, council, "Ola Nordmann"));

  id = g_strdup (mv_record_get_id (MV_RECORD (member)));
  g_assert_true (mv_store_delete (store, member, &error));
  g_assert_no_error (error);

  g_assert_false (model_contains (store, member));
  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 0);
  g_assert_null (mv_store_lookup (store, MV_TYPE_MEMBER, id));
  g_assert_true (mv_record_is_deleted (MV_RECORD (member)));

  /* Still in the file, marked. */
  db = mv_test_db_open (f->path);
  deleted_at = mv_test_db_text (db, "SELECT deleted_at FROM members WHERE id = ?1", id, NULL);
  g_assert_nonnull (deleted_at);
  g_assert_cmpstr (deleted_at, ==, mv_record_get_deleted_at (MV_RECORD (member)));
  g_clear_pointer (&db, sqlite3_close);
  g_clear_object (&member);
  g_clear_object (&store);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 0);
  g_assert_null (mv_store_lookup (store, MV_TYPE_MEMBER, id));
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM members WHERE id = ?1", id), ==, 1);
}

static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  MvCouncil *council = add_council (store, "Brukerutvalget");
  MvMember *member = add_member (store, council, "Ola Nordmann");

  id = g_strdup (mv_record_get_id (MV_RECORD (member)));
  g_assert_true (mv_store_delete (store, member, &error));
  g_assert_no_error (error);
  g_assert_true (mv_store_restore (store, member, &error));
  g_assert_no_error (error);

  g_assert_true (model_contains (store, member));
  g_assert_true (mv_store_lookup (store, MV_TYPE_MEMBER, id) == member);
  g_assert_false (mv_record_is_deleted (MV_RECORD (member)));
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM members "
                                        "WHERE id = ?1 AND deleted_at IS NULL", id), ==, 1);
  g_clear_object (&store);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  member = mv_store_lookup (store, MV_TYPE_MEMBER, id);
  g_assert_nonnull (member);
  g_assert_cmpstr (mv_member_get_name (member), ==, "Ola Nordmann");
}

static void
test_purge_row (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *id_deleted = NULL;
  MvCouncil *council = add_council (store, "Brukerutvalget");
  MvMember *member = add_member (store, council, "Ola Nordmann");
  MvMember *deleted = add_member (store, council, "Kari Nordmann");

  id = g_strdup (mv_record_get_id (MV_RECORD (member)));
  id_deleted = g_strdup (mv_record_get_id (MV_RECORD (deleted)));

  /* A listed record, and one deleted first (Undo no longer possible). */
  g_assert_true (mv_store_purge (store, member, &error));
  g_assert_no_error (error);
  g_assert_true (mv_store_delete (store, deleted, &error));
  g_assert_no_error (error);
  g_assert_true (mv_store_purge (store, deleted, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 0);
  g_assert_null (mv_store_lookup (store, MV_TYPE_MEMBER, id));
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM members WHERE id = ?1", id), ==, 0);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM members WHERE id = ?1",
                               id_deleted), ==, 0);
  g_assert_cmpuint (n_items (store, MV_TYPE_COUNCIL), ==, 1);
}

static void
test_purge_council_cascade (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = make_bytes (1000, 1);
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *id = NULL;
  MvCouncil *council = add_council (store, "Brukerutvalget som legges ned");
  MvCouncil *other = add_council (store, "Brukerutvalget som består");
  MvMeeting *meeting = add_meeting (store, council, "2026-02-10T10:00");
  MvAgendaItem *item = add_item (store, council, meeting, "Sak på møtet");
  MvMember *kept;
  MvMeeting *kept_meeting;
  MvAgendaItem *kept_item;

  add_member (store, council, "Ola Nordmann");
  add_member (store, council, "Kari Nordmann");
  add_item (store, council, NULL, "Sak uten møte");
  attach (store, MV_RECORD (item), "vedlegg.pdf", bytes, NULL);
  kept = add_member (store, other, "Per Person");
  kept_meeting = add_meeting (store, other, "2026-03-10T10:00");
  kept_item = add_item (store, other, kept_meeting, "Sak i det andre utvalget");

  id = g_strdup (mv_record_get_id (MV_RECORD (council)));
  g_assert_true (mv_store_purge (store, council, &error));
  g_assert_no_error (error);

  /* The lists hold only what belongs to the other council. */
  g_assert_cmpuint (n_items (store, MV_TYPE_COUNCIL), ==, 1);
  g_assert_true (model_contains (store, other));
  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 1);
  g_assert_true (model_contains (store, kept));
  g_assert_cmpuint (n_items (store, MV_TYPE_MEETING), ==, 1);
  g_assert_true (model_contains (store, kept_meeting));
  g_assert_cmpuint (n_items (store, MV_TYPE_AGENDA_ITEM), ==, 1);
  g_assert_true (model_contains (store, kept_item));
  g_assert_cmpuint (n_items (store, MV_TYPE_DOCUMENT), ==, 0);
  g_assert_null (mv_store_lookup (store, MV_TYPE_COUNCIL, id));

  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM councils WHERE id = ?1", id, NULL),
                   ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM members WHERE council_id = ?1",
                                   id, NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM meetings WHERE council_id = ?1",
                                   id, NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM agenda_items WHERE council_id = ?1",
                                   id, NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM documents", NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM document_blobs", NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM members", NULL), ==, 1);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM meetings", NULL), ==, 1);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM agenda_items", NULL), ==, 1);
}

static void
test_purge_meeting_to_backlog (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;
  MvCouncil *council = add_council (store, "Brukerutvalget");
  MvMeeting *meeting = add_meeting (store, council, "2026-02-10T10:00");
  MvMeeting *other = add_meeting (store, council, "2026-04-14T10:00");
  MvAgendaItem *first = add_item (store, council, meeting, "Første sak");
  MvAgendaItem *second = add_item (store, council, meeting, "Andre sak");
  MvAgendaItem *elsewhere = add_item (store, council, other, "Sak på et annet møte");

  g_assert_true (mv_store_purge (store, meeting, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_items (store, MV_TYPE_MEETING), ==, 1);
  g_assert_cmpuint (n_items (store, MV_TYPE_AGENDA_ITEM), ==, 3);

  /* The same objects, now without a meeting: a view keeps its selection. */
  g_assert_true (model_contains (store, first));
  g_assert_true (model_contains (store, second));
  g_assert_null (mv_agenda_item_get_meeting_id (first));
  g_assert_null (mv_agenda_item_get_meeting_id (second));
  g_assert_cmpstr (mv_agenda_item_get_title (first), ==, "Første sak");
  g_assert_cmpstr (mv_agenda_item_get_meeting_id (elsewhere), ==,
                   mv_record_get_id (MV_RECORD (other)));

  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM agenda_items "
                                       "WHERE meeting_id IS NULL", NULL), ==, 2);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM agenda_items "
                                       "WHERE meeting_id IS NULL AND id IN (?1, ?2)",
                                   mv_record_get_id (MV_RECORD (first)),
                                   mv_record_get_id (MV_RECORD (second)), NULL), ==, 2);
}

static void
test_purge_item_document (Fixture       *f,
                          gconstpointer  data)
{
  static const char * const pages[] = { "Brukermedvirkning i praksis", NULL };
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) shared = make_bytes (5000, 2);
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, shared);
  MvCouncil *council = add_council (store, "Brukerutvalget");
  MvAgendaItem *first = add_item (store, council, NULL, "Første sak");
  MvAgendaItem *second = add_item (store, council, NULL, "Andre sak");
  MvDocument *doc_first = attach (store, MV_RECORD (first), "rapport.pdf", shared, pages);
  MvDocument *doc_second = attach (store, MV_RECORD (second), "rapport-kopi.pdf", shared, pages);
  g_autofree char *id_first = g_strdup (mv_record_get_id (MV_RECORD (doc_first)));

  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM document_blobs", NULL), ==, 1);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM search WHERE kind = 'document'",
                                   NULL), ==, 2);

  /* The other document still needs the bytes. */
  g_assert_true (mv_store_purge (store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (store, MV_TYPE_DOCUMENT), ==, 1);
  g_assert_null (mv_store_lookup (store, MV_TYPE_DOCUMENT, id_first));
  g_assert_true (model_contains (store, doc_second));
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM documents WHERE id = ?1",
                                   id_first, NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM document_pages "
                                       "WHERE document_id = ?1", id_first, NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM search WHERE id = ?1",
                                   id_first, NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM document_blobs WHERE sha256 = ?1",
                                   sha256, NULL), ==, 1);
  loaded = mv_store_load_bytes (store, doc_second, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (loaded, shared));

  /* The last document goes, and the bytes with it. */
  g_assert_true (mv_store_purge (store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (store, MV_TYPE_DOCUMENT), ==, 0);
  g_assert_cmpuint (n_items (store, MV_TYPE_AGENDA_ITEM), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM documents", NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM document_blobs", NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM search", NULL), ==, 0);
}

/* ---------------------------------------------------------------------- */
/* The lists and notifications                                             */
/* ---------------------------------------------------------------------- */

typedef struct
{
  guint emissions;
  guint position;      /* of the last emission */
  guint removed;
  guint added;
  guint total_removed;
  guint total_added;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->emissions++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  changes->total_removed += removed;
  changes->total_added += added;
}

static void
test_model_items_changed (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  MvCouncil *council = add_council (store, "Brukerutvalget");
  GListModel *members = mv_store_get_model (store, MV_TYPE_MEMBER);
  Changes changes = { 0 };
  MvMember *member;
  gulong handler;

  add_member (store, council, "Første medlem");
  handler = g_signal_connect (members, "items-changed", G_CALLBACK (on_items_changed), &changes);

  member = add_member (store, council, "Andre medlem");
  g_assert_cmpuint (changes.emissions, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);

  changes = (Changes) { 0 };
  g_object_ref (member);
  g_assert_true (mv_store_delete (store, member, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.emissions, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);

  changes = (Changes) { 0 };
  g_assert_true (mv_store_restore (store, member, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.emissions, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);

  /* A write that changes nothing in the list says nothing. */
  changes = (Changes) { 0 };
  g_assert_true (mv_store_set (store, member, &error, "name", "Nytt navn", NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.emissions, ==, 0);

  changes = (Changes) { 0 };
  g_assert_true (mv_store_purge (store, member, &error));
  g_assert_no_error (error);
  /* The purge re-reads every list after the cascade; the net change is
   * the one row. */
  g_assert_cmpuint (changes.emissions, >=, 1);
  g_assert_cmpuint (changes.total_removed, ==, 1);
  g_assert_cmpuint (changes.total_added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  g_object_unref (member);

  g_signal_handler_disconnect (members, handler);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_model_notify (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  MvCouncil *council = add_council (store, "Gammelt navn");
  guint notified = 0;
  gulong handler;

  handler = g_signal_connect (council, "notify::name", G_CALLBACK (count_notify), &notified);

  g_assert_true (mv_store_set (store, council, &error, "name", "Nytt navn", NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (mv_council_get_name (council), ==, "Nytt navn");
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM councils WHERE name = ?1",
                               "Nytt navn"), ==, 1);

  /* A name of blanks breaks a rule of the file: nothing changes. */
  g_assert_false (mv_store_set (store, council, &error, "name", "   ", NULL));
  g_assert_error (error, MV_ERROR, MV_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (mv_store_set (store, council, &error, "name", "", NULL));
  g_assert_error (error, MV_ERROR, MV_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (mv_council_get_name (council), ==, "Nytt navn");
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM councils WHERE name = ?1",
                               "Nytt navn"), ==, 1);

  /* The same value again is no change. */
  g_assert_true (mv_store_set (store, council, &error, "name", "Nytt navn", NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);

  g_signal_handler_disconnect (council, handler);
}

static void
test_model_batch_rollback (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvCouncil) added = g_object_new (MV_TYPE_COUNCIL, "name", "Nytt utvalg", NULL);
  g_autofree char *added_id = NULL;
  MvCouncil *council = add_council (store, "Brukerutvalget");
  MvMember *stays = add_member (store, council, "Ola Nordmann");
  MvMember *member = add_member (store, council, "Kari Nordmann");
  guint notified = 0;
  gulong handler;

  handler = g_signal_connect (council, "notify::name", G_CALLBACK (count_notify), &notified);

  g_assert_true (mv_store_begin (store, &error));
  g_assert_no_error (error);
  g_assert_true (mv_store_insert (store, added, &error));
  g_assert_no_error (error);
  added_id = g_strdup (mv_record_get_id (MV_RECORD (added)));
  g_assert_true (mv_store_set (store, council, &error, "name", "Endret", NULL));
  g_assert_no_error (error);
  g_assert_true (mv_store_set (store, stays, &error, "email", "ola@example.no", NULL));
  g_assert_no_error (error);
  g_assert_true (mv_store_delete (store, member, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (store, MV_TYPE_COUNCIL), ==, 2);
  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 1);
  mv_store_rollback (store);

  /* The lists are as before the batch, with the same objects. */
  g_assert_cmpuint (n_items (store, MV_TYPE_COUNCIL), ==, 1);
  g_assert_true (model_contains (store, council));
  g_assert_null (mv_store_lookup (store, MV_TYPE_COUNCIL, added_id));
  g_assert_cmpstr (mv_council_get_name (council), ==, "Brukerutvalget");
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (mv_member_get_email (stays), ==, "");

  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 2);
  g_assert_true (model_contains (store, stays));
  g_assert_true (model_contains (store, member));
  g_assert_true (mv_store_lookup (store, MV_TYPE_MEMBER,
                                  mv_record_get_id (MV_RECORD (member))) == member);
  g_assert_false (mv_record_is_deleted (MV_RECORD (member)));

  /* An Undo still offered for the deletion changes nothing now. */
  g_assert_true (mv_store_restore (store, member, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 2);

  /* And so is the file. */
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM councils WHERE id = ?1", added_id),
                   ==, 0);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM councils WHERE name = ?1",
                               "Brukerutvalget"), ==, 1);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM members WHERE deleted_at IS NULL "
                                        "AND id = ?1", mv_record_get_id (MV_RECORD (member))),
                   ==, 1);

  g_signal_handler_disconnect (council, handler);
}

/* ---------------------------------------------------------------------- */
/* Documents                                                               */
/* ---------------------------------------------------------------------- */

static void
test_documents_shared_blob (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  /* Larger than one chunk of incremental blob I/O. */
  g_autoptr(GBytes) bytes = make_bytes (2 * 1024 * 1024 + 12345, 3);
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_autofree char *id_first = NULL;
  MvCouncil *council = add_council (store, "Brukerutvalget");
  MvAgendaItem *item = add_item (store, council, NULL, "Sak med vedlegg");
  MvDocument *first = attach (store, MV_RECORD (item), "/some/folder/rapport.pdf", bytes, NULL);
  MvDocument *second = attach (store, MV_RECORD (item), "rapport.pdf", bytes, NULL);

  g_assert_true (first != second);
  g_assert_cmpstr (mv_record_get_id (MV_RECORD (first)), !=,
                   mv_record_get_id (MV_RECORD (second)));
  g_assert_cmpuint (n_items (store, MV_TYPE_DOCUMENT), ==, 2);
  g_assert_cmpstr (mv_document_get_file_name (first), ==, "rapport.pdf");
  g_assert_cmpstr (mv_document_get_title (first), ==, "rapport");
  g_assert_cmpstr (mv_document_get_sha256 (first), ==, sha256);
  g_assert_cmpstr (mv_document_get_sha256 (second), ==, sha256);
  g_assert_cmpint (mv_document_get_size (first), ==, g_bytes_get_size (bytes));
  g_assert_cmpstr (mv_document_get_item_id (first), ==, mv_record_get_id (MV_RECORD (item)));

  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM documents WHERE sha256 = ?1",
                               sha256), ==, 2);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM document_blobs WHERE sha256 = ?1",
                               sha256), ==, 1);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM document_blobs", NULL), ==, 1);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GBytes) loaded = mv_store_load_bytes (store, i ? second : first, &error);

      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (loaded, bytes));
    }

  /* Still the same bytes after the file was closed. */
  id_first = g_strdup (mv_record_get_id (MV_RECORD (first)));
  g_clear_object (&store);
  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  first = mv_store_lookup (store, MV_TYPE_DOCUMENT, id_first);
  g_assert_nonnull (first);
  {
    g_autoptr(GBytes) loaded = mv_store_load_bytes (store, first, &error);

    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (loaded, bytes));
  }
}

static void
test_documents_empty (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) loaded = NULL;
  MvCouncil *council = add_council (store, "Brukerutvalget");
  MvMeeting *meeting = add_meeting (store, council, "2026-02-10T10:00");
  MvDocument *document = attach (store, MV_RECORD (meeting), "tom.txt", bytes, NULL);

  g_assert_cmpstr (mv_document_get_meeting_id (document), ==,
                   mv_record_get_id (MV_RECORD (meeting)));
  g_assert_null (mv_document_get_item_id (document));
  loaded = mv_store_load_bytes (store, document, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (g_bytes_get_size (loaded), ==, 0);
}

static void
test_documents_search (Fixture       *f,
                       gconstpointer  data)
{
  static const char * const pages[] = {
    "Innledning om opplæring",
    "Brukermedvirkning på systemnivå i NAV-kontoret",
    NULL
  };
  static const char sql[] = "SELECT count(*) FROM search WHERE search MATCH ?1 "
                            "AND kind = 'document' AND id = ?2 AND page = 2";
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = make_bytes (100, 4);
  MvCouncil *council = add_council (store, "Brukerutvalget");
  MvAgendaItem *item = add_item (store, council, NULL, "Sak");
  g_autoptr(MvDocument) document = g_object_ref (attach (store, MV_RECORD (item), "notat.pdf",
                                                         bytes, pages));
  const char *id = mv_record_get_id (MV_RECORD (document));

  g_assert_cmpint (mv_document_get_page_count (document), ==, 2);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM document_pages "
                                        "WHERE document_id = ?1", id), ==, 2);
  {
    g_autoptr(sqlite3) db = mv_test_db_open (f->path);

    g_assert_cmpint (mv_test_db_int (db, sql, "systemnivå", id, NULL), ==, 1);

    /* A deleted document is not found; restored, it is again. */
    g_assert_true (mv_store_delete (store, document, &error));
    g_assert_no_error (error);
    g_assert_cmpint (mv_test_db_int (db, sql, "systemnivå", id, NULL), ==, 0);
    g_assert_true (mv_store_restore (store, document, &error));
    g_assert_no_error (error);
    g_assert_cmpint (mv_test_db_int (db, sql, "systemnivå", id, NULL), ==, 1);
  }
}

/* ---------------------------------------------------------------------- */
/* Whole-file operations                                                   */
/* ---------------------------------------------------------------------- */

static void
test_file_save_copy (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(MvStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (f->dir, "kopi.db", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *expected = NULL;
  GListModel *councils;
  MvCouncil *first = add_council (store, "Brukerutvalget NAV Øst");
  MvCouncil *second = add_council (store, "Brukerutvalget NAV Vest");

  add_member (store, first, "Åse Ødegård");

  /* An existing file is replaced. */
  mv_test_write_file (target, "gammel kopi");
  g_assert_true (mv_store_save_copy (store, target, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mv_test_file_mode (target), ==, 0600);

  /* No temporary file is left behind (the store's own -wal/-shm are). */
  listing = mv_test_list_dir (f->dir);
  expected = g_strjoin ("\n", "kopi.db", "medvirke.db", "medvirke.db-shm", "medvirke.db-wal",
                        NULL);
  g_assert_cmpstr (listing, ==, expected);

  copy = open_store (target, MV_STORE_FLAGS_NONE);
  councils = mv_store_get_model (copy, MV_TYPE_COUNCIL);
  g_assert_cmpuint (g_list_model_get_n_items (councils), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      MvCouncil *original = i ? second : first;
      MvCouncil *copied = mv_store_lookup (copy, MV_TYPE_COUNCIL,
                                           mv_record_get_id (MV_RECORD (original)));

      g_assert_nonnull (copied);
      g_assert_true (copied != original);
      g_assert_cmpstr (mv_council_get_name (copied), ==, mv_council_get_name (original));
    }
  g_assert_cmpuint (n_items (copy, MV_TYPE_MEMBER), ==, 1);
  g_assert_cmpuint (n_items (copy, MV_TYPE_USER_GROUP), ==, n_items (store, MV_TYPE_USER_GROUP));
}

static void
test_file_save_copy_onto_itself (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;

  add_council (store, "Brukerutvalget");
  g_assert_false (mv_store_save_copy (store, f->path, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_cmpuint (n_items (store, MV_TYPE_COUNCIL), ==, 1);
}

static void
test_file_check_fresh (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = mv_store_check (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_file_check_foreign_key (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(sqlite3) db = NULL;
  gboolean named = FALSE;

  add_member (store, add_council (store, "Brukerutvalget"), "Ola Nordmann");
  g_clear_object (&store);

  db = mv_test_db_open (f->path);
  mv_test_db_exec (db, "PRAGMA foreign_keys = OFF;"
                       "INSERT INTO members (id, council_id, name, created_at, updated_at) "
                       "VALUES ('foreldreløs', 'no-such-council', 'Uten utvalg', "
                       "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');");
  g_clear_pointer (&db, sqlite3_close);

  store = open_store (f->path, MV_STORE_FLAGS_NONE);
  problems = mv_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  for (guint i = 0; i < problems->len; i++)
    {
      g_test_message ("problem: %s", (char *) g_ptr_array_index (problems, i));
      named |= strstr (g_ptr_array_index (problems, i), "members") != NULL;
    }
  g_assert_true (named);
}

/* One undo for every kind of change: a record's columns, a deletion and a
 * record added are all put back by one mv_undo_apply(), last first. */
static void
test_undo_records (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = mv_undo_new ();
  MvCouncil *council = add_council (store, "Brukerutvalget NAV Angreby");
  MvMember *kari = add_member (store, council, "Kari Nordmann");
  MvMember *ola = add_member (store, council, "Ola Nordmann");
  MvMember *added;

  g_assert_true (mv_undo_is_empty (undo));

  mv_undo_note_record (undo, kari);
  g_assert_true (mv_store_set (store, kari, &error, "name", "Kari Normann", "email",
                               "kari@example.no", NULL));
  mv_undo_note_record (undo, ola);
  g_assert_true (mv_store_delete (store, ola, &error));
  added = add_member (store, council, "Per Hansen");
  mv_undo_note_new (undo, added);
  g_assert_false (mv_undo_is_empty (undo));
  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 2);

  g_assert_true (mv_undo_apply (undo, store, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (mv_member_get_name (kari), ==, "Kari Nordmann");
  g_assert_cmpstr (mv_member_get_email (kari), ==, "");
  g_assert_false (mv_record_is_deleted (MV_RECORD (ola)));
  g_assert_true (mv_record_is_deleted (MV_RECORD (added)));
  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 2);

  /* And in the file, as another program reads it. */
  {
    g_autoptr(sqlite3) db = mv_test_db_open (f->path);
    g_autofree char *name = mv_test_db_text (db, "SELECT name FROM members WHERE id = ?1",
                                             mv_record_get_id (MV_RECORD (kari)), NULL);

    g_assert_cmpstr (name, ==, "Kari Nordmann");
    g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM members WHERE deleted_at IS NULL",
                                     NULL), ==, 2);
    g_assert_cmpint (mv_test_db_int (db, "SELECT deleted_at IS NOT NULL FROM members "
                                         "WHERE id = ?1", mv_record_get_id (MV_RECORD (added)),
                                     NULL), ==, 1);
  }
}

/* ---------------------------------------------------------------------- */
/* Stamps and round trips                                                  */
/* ---------------------------------------------------------------------- */

/* A later exchange of changes between laptops tells what changed after
 * what by updated_at, and what was removed by deleted_at; these tests hold
 * the store to it. */

#define LONG_AGO "2001-01-01T00:00:00Z"

static char *
now_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
row_text (const char *path,
          const char *column,
          MvRecord   *record)
{
  g_autoptr(sqlite3) db = mv_test_db_open (path);
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", column,
                                          MV_RECORD_GET_CLASS (record)->table);

  return mv_test_db_text (db, sql, mv_record_get_id (record), NULL);
}

/* The row and the object both say long ago, so that a write that does not
 * stamp shows. */
static void
backdate (const char *path,
          MvRecord   *record)
{
  g_autoptr(sqlite3) db = mv_test_db_open (path);
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET updated_at = '" LONG_AGO "' "
                                          "WHERE id = ?1", MV_RECORD_GET_CLASS (record)->table);
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, mv_record_get_id (record), -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_finalize (stmt);

  g_object_set (record, "updated-at", LONG_AGO, NULL);
}

/* updated_at is the time of the write, on the object and in the row. */
static void
assert_stamped (const char *path,
                MvRecord   *record,
                const char *before)
{
  g_autofree char *after = now_stamp ();
  g_autofree char *in_file = row_text (path, "updated_at", record);
  const char *stamp = mv_record_get_updated_at (record);

  g_assert_cmpstr (stamp, ==, in_file);
  g_assert_cmpstr (stamp, >=, before);
  g_assert_cmpstr (stamp, <=, after);
}

static void
test_stamp_every_write (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvMember) member = NULL;
  g_autofree char *before = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *in_file = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  MvCouncil *council = add_council (store, "Brukerutvalget");

  /* Insert: created_at and updated_at are the store's, not the caller's. */
  member = g_object_new (MV_TYPE_MEMBER,
                         "council-id", mv_record_get_id (MV_RECORD (council)),
                         "name", "Ola Nordmann",
                         "created-at", LONG_AGO,
                         "updated-at", LONG_AGO,
                         NULL);
  before = now_stamp ();
  g_assert_true (mv_store_insert (store, member, &error));
  g_assert_no_error (error);
  assert_stamped (f->path, MV_RECORD (member), before);
  created_at = g_strdup (mv_record_get_created_at (MV_RECORD (member)));
  g_assert_cmpstr (created_at, ==, mv_record_get_updated_at (MV_RECORD (member)));
  in_file = row_text (f->path, "created_at", MV_RECORD (member));
  g_assert_cmpstr (in_file, ==, created_at);
  g_clear_pointer (&in_file, g_free);

  /* Set. */
  backdate (f->path, MV_RECORD (member));
  g_free (before);
  before = now_stamp ();
  g_assert_true (mv_store_set (store, member, &error, "email", "ola@example.no", NULL));
  g_assert_no_error (error);
  assert_stamped (f->path, MV_RECORD (member), before);

  /* Set one value, as Undo and the editors do. */
  backdate (f->path, MV_RECORD (member));
  g_free (before);
  before = now_stamp ();
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "Ola Normann");
  g_assert_true (mv_store_set_value (store, member, "name", &value, &error));
  g_assert_no_error (error);
  assert_stamped (f->path, MV_RECORD (member), before);

  /* Delete: deleted_at too, and the row stays. */
  backdate (f->path, MV_RECORD (member));
  g_free (before);
  before = now_stamp ();
  g_assert_true (mv_store_delete (store, member, &error));
  g_assert_no_error (error);
  assert_stamped (f->path, MV_RECORD (member), before);
  in_file = row_text (f->path, "deleted_at", MV_RECORD (member));
  g_assert_cmpstr (in_file, ==, mv_record_get_deleted_at (MV_RECORD (member)));
  g_assert_cmpstr (in_file, >=, before);
  g_clear_pointer (&in_file, g_free);

  /* Restore. */
  backdate (f->path, MV_RECORD (member));
  g_free (before);
  before = now_stamp ();
  g_assert_true (mv_store_restore (store, member, &error));
  g_assert_no_error (error);
  assert_stamped (f->path, MV_RECORD (member), before);
  in_file = row_text (f->path, "deleted_at", MV_RECORD (member));
  g_assert_null (in_file);
  g_assert_null (mv_record_get_deleted_at (MV_RECORD (member)));

  /* None of them touched created_at. */
  g_assert_cmpstr (mv_record_get_created_at (MV_RECORD (member)), ==, created_at);
  in_file = row_text (f->path, "created_at", MV_RECORD (member));
  g_assert_cmpstr (in_file, ==, created_at);
}

static void
set_deleted_at_elsewhere (const char *path,
                          MvRecord   *record,
                          const char *deleted_at)
{
  g_autoptr(sqlite3) db = mv_test_db_open (path);
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET deleted_at = ?1, updated_at = ?2 "
                                          "WHERE id = ?3", MV_RECORD_GET_CLASS (record)->table);
  g_autofree char *now = now_stamp ();
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (deleted_at != NULL)
    sqlite3_bind_text (stmt, 1, deleted_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, mv_record_get_id (record), -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_finalize (stmt);
}

/* A soft delete and its restore, by another program (medvirke-cli) or by
 * this store, bring back the same object – with its values, in its list,
 * the row in the file – whoever deleted and whoever restores. */
static void
test_delete_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(MvStore) store = open_store (f->path, MV_STORE_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *deleted_at = NULL;
  gboolean changed = FALSE;
  MvCouncil *council = add_council (store, "Brukerutvalget");
  g_autoptr(MvMember) member = g_object_ref (add_member (store, council, "Kari Nordmann"));

  g_assert_true (mv_store_set (store, member, &error, "email", "kari@example.no", NULL));
  g_assert_no_error (error);
  id = g_strdup (mv_record_get_id (MV_RECORD (member)));

  /* Deleted elsewhere: it leaves the list and says so. */
  set_deleted_at_elsewhere (f->path, MV_RECORD (member), "2026-05-01T10:00:00Z");
  g_assert_true (mv_store_refresh (store, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_false (model_contains (store, member));
  g_assert_null (mv_store_lookup (store, MV_TYPE_MEMBER, id));
  g_assert_cmpstr (mv_record_get_deleted_at (MV_RECORD (member)), ==, "2026-05-01T10:00:00Z");

  /* Restored elsewhere: the same object comes back. */
  set_deleted_at_elsewhere (f->path, MV_RECORD (member), NULL);
  g_assert_true (mv_store_refresh (store, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_true (mv_store_lookup (store, MV_TYPE_MEMBER, id) == member);
  g_assert_true (model_contains (store, member));
  g_assert_false (mv_record_is_deleted (MV_RECORD (member)));
  g_assert_cmpstr (mv_member_get_email (member), ==, "kari@example.no");

  /* Deleted elsewhere, restored here. */
  set_deleted_at_elsewhere (f->path, MV_RECORD (member), "2026-05-02T10:00:00Z");
  g_assert_true (mv_store_refresh (store, &changed, &error));
  g_assert_false (model_contains (store, member));
  g_assert_true (mv_store_restore (store, member, &error));
  g_assert_no_error (error);
  g_assert_true (mv_store_lookup (store, MV_TYPE_MEMBER, id) == member);
  deleted_at = row_text (f->path, "deleted_at", MV_RECORD (member));
  g_assert_null (deleted_at);

  /* Deleted here, restored elsewhere. */
  g_assert_true (mv_store_delete (store, member, &error));
  g_assert_no_error (error);
  deleted_at = row_text (f->path, "deleted_at", MV_RECORD (member));
  g_assert_cmpstr (deleted_at, ==, mv_record_get_deleted_at (MV_RECORD (member)));
  set_deleted_at_elsewhere (f->path, MV_RECORD (member), NULL);
  g_assert_true (mv_store_refresh (store, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_true (mv_store_lookup (store, MV_TYPE_MEMBER, id) == member);
  g_assert_true (model_contains (store, member));
  g_assert_false (mv_record_is_deleted (MV_RECORD (member)));
  g_assert_cmpuint (n_items (store, MV_TYPE_MEMBER), ==, 1);

  /* And the file has the one row, not deleted. */
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM members "
                                        "WHERE id = ?1 AND deleted_at IS NULL", id), ==, 1);
  g_assert_cmpint (count_rows (f->path, "SELECT count(*) FROM members", NULL), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/migrate/new-file", test_migrate_new_file);
  ADD ("/store/migrate/reopen", test_migrate_reopen);
  ADD ("/store/migrate/zero-length", test_migrate_zero_length);
  ADD ("/store/migrate/from-v1", test_migrate_from_v1);
  ADD ("/store/migrate/from-v2", test_migrate_from_v2);
  ADD ("/store/migrate/from-v2-wal", test_migrate_from_v2_wal);
  ADD ("/store/migrate/from-v3", test_migrate_from_v3);
  ADD ("/store/migrate/once", test_migrate_once);
  ADD ("/store/migrate/at-once", test_migrate_at_once);
  ADD ("/store/migrate/read-only", test_migrate_read_only);
  ADD ("/store/migrate/failed", test_migrate_failed);
  ADD ("/store/migrate/broken-reference", test_migrate_broken_reference);
  ADD ("/store/migrate/enum-unknown", test_migrate_enum_unknown);
  ADD ("/store/refuse/foreign", test_refuse_foreign);
  ADD ("/store/refuse/plain-sqlite", test_refuse_plain_sqlite);
  ADD ("/store/refuse/text", test_refuse_text);
  ADD ("/store/refuse/short", test_refuse_short);
  ADD ("/store/refuse/too-new", test_refuse_too_new);
  ADD ("/store/refuse/too-new-open", test_refuse_too_new_open);
  ADD ("/store/refuse/folder", test_refuse_folder);
  ADD ("/store/read-only/file-mode", test_read_only_mode);
  ADD ("/store/read-only/flag", test_read_only_flag);
  ADD ("/store/read-only/missing", test_read_only_missing);
  ADD ("/store/delete/soft", test_delete_soft);
  ADD ("/store/delete/restore", test_delete_restore);
  ADD ("/store/delete/round-trip", test_delete_round_trip);
  ADD ("/store/stamp/every-write", test_stamp_every_write);
  ADD ("/store/purge/row", test_purge_row);
  ADD ("/store/purge/council-cascade", test_purge_council_cascade);
  ADD ("/store/purge/meeting-to-backlog", test_purge_meeting_to_backlog);
  ADD ("/store/purge/item-document", test_purge_item_document);
  ADD ("/store/model/items-changed", test_model_items_changed);
  ADD ("/store/model/notify", test_model_notify);
  ADD ("/store/model/batch-rollback", test_model_batch_rollback);
  ADD ("/store/documents/shared-blob", test_documents_shared_blob);
  ADD ("/store/documents/empty", test_documents_empty);
  ADD ("/store/documents/search", test_documents_search);
  ADD ("/store/file/save-copy", test_file_save_copy);
  ADD ("/store/file/save-copy-onto-itself", test_file_save_copy_onto_itself);
  ADD ("/store/file/check-fresh", test_file_check_fresh);
  ADD ("/store/file/check-foreign-key", test_file_check_foreign_key);
  ADD ("/store/undo/records", test_undo_records);

#undef ADD

  return g_test_run ();
}
