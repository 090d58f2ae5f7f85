/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#include <locale.h>
#include <string.h>

#include "mv-agenda-item.h"
#include "mv-document.h"
#include "mv-documents.h"
#include "mv-error.h"
#include "mv-meeting.h"
#include "mv-member.h"
#include "mv-packet.h"
#include "mv-pdf.h"
#include "mv-sample.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* A damaged file or document, as a disk or a copy can leave one: a flipped
 * byte inside a document's bytes is found by `check` and refused by every
 * reader; a damaged page makes the file read-only, so that nothing is
 * written into it. */

/* The sample's file, closed: each test damages it and opens it itself. */
typedef MvTestStore Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  mv_test_store_set_up (fixture, MV_TEST_STORE_SAMPLE);
  g_clear_object (&fixture->council);
  g_clear_object (&fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mv_test_store_tear_down (fixture);
}

/* The first of the sample's documents of an item on a meeting's agenda,
 * and that meeting. */
static MvDocument *
find_document (MvStore     *store,
               const char **meeting_id)
{
  GListModel *documents = mv_store_get_model (store, MV_TYPE_DOCUMENT);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(MvDocument) document = g_list_model_get_item (documents, i);
      const char *item_id = mv_document_get_item_id (document);
      MvAgendaItem *item = item_id ? mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, item_id) : NULL;

      if (item != NULL && mv_agenda_item_get_meeting_id (item) != NULL)
        {
          *meeting_id = mv_agenda_item_get_meeting_id (item);
          return document;
        }
    }

  g_assert_not_reached ();
}

static void
flip_byte_at (const char *path,
              gsize       offset)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offset, <, length);
  contents[offset] ^= 0x20;
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Flips one byte in the middle of @document's bytes where the file holds
 * them; the store must be closed (and its WAL folded into the file). */
static void
damage_document (const char *path,
                 GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length, size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *needle;
  const char *found;

  if (data == NULL || size < 1024)
    g_error ("the document is too small to damage in its middle");
  needle = data + size / 2;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  found = memmem (contents, length, needle, 64);
  if (found == NULL)
    g_error ("the file does not hold the document's bytes as they are");
  /* Once only: else the test would not know which copy it damaged. */
  g_assert_null (memmem (found + 1, length - (gsize) (found + 1 - contents), needle, 64));

  flip_byte_at (path, (found - contents) + 10);
}

static void
test_document (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *id = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *meeting_id = NULL;
  g_autofree char *out = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *packet = g_build_filename (fixture->dir, "packet.pdf", NULL);
  MvDocument *document;

  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  {
    const char *meeting;

    document = find_document (store, &meeting);
    meeting_id = g_strdup (meeting);
  }
  id = g_strdup (mv_record_get_id (MV_RECORD (document)));
  file_name = g_strdup (mv_document_get_file_name (document));
  bytes = mv_store_load_bytes (store, document, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  damage_document (fixture->path, bytes);

  /* SQLite's own check sees nothing wrong: the pages are whole. */
  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_false (mv_store_get_damaged (store));
  problems = mv_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The comparison with the SHA-256 does, and names the document. */
  problems = mv_store_check_documents (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), id));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), file_name));

  /* Opening it in the app reads its bytes through the same door. */
  document = mv_store_lookup (store, MV_TYPE_DOCUMENT, id);
  g_assert_null (mv_store_load_bytes (store, document, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, file_name));
  g_clear_error (&error);
  g_clear_object (&store);

  {
    g_auto(MvTestRun) run = { 0 };

    mv_test_run_cli_args (&run, NULL, "--db", fixture->path, "check", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.out, id));
    g_assert_nonnull (strstr (run.out, file_name));
    g_assert_nonnull (strstr (run.out, "SHA-256"));
  }
  {
    g_auto(MvTestRun) run = { 0 };

    /* --quick does not read the documents. */
    mv_test_run_cli_args (&run, NULL, "--db", fixture->path, "check", "--quick", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "ok\n");
  }
  {
    g_auto(MvTestRun) run = { 0 };

    mv_test_run_cli_args (&run, NULL, "--db", fixture->path, "extract", id, "-o", out, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, file_name));
    g_assert_nonnull (strstr (run.err, "damaged"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(MvTestRun) run = { 0 };

    mv_test_run_cli_args (&run, NULL, "--db", fixture->path, "export-packet",
                          "--meeting", meeting_id, "-o", packet, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, file_name));
    g_assert_false (g_file_test (packet, G_FILE_TEST_EXISTS));
  }
  {
    /* Nor anything half-written beside them. */
    g_autofree char *listing = mv_test_list_dir (fixture->dir);

    g_assert_null (strstr (listing, "out"));
    g_assert_null (strstr (listing, "packet"));
  }
}

/* Damages the first page of the index on the documents' SHA-256: the
 * tables stay readable, and SQLite's quick_check sees the damage. */
static void
damage_page (const char *path)
{
  g_autoptr(sqlite3) db = mv_test_db_open (path);
  gint64 page_size = mv_test_db_int (db, "PRAGMA page_size", NULL);
  gint64 root = mv_test_db_int (db, "SELECT rootpage FROM sqlite_schema "
                                    "WHERE name = 'documents_sha256'", NULL);

  g_clear_pointer (&db, sqlite3_close);
  g_assert_cmpint (root, >, 1);
  /* The page's type: no b-tree page has this one. */
  flip_byte_at (path, (root - 1) * page_size);
}

static void
test_page (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  guint n_members;

  damage_page (fixture->path);
  before = mv_test_file_state (fixture->path);

  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (mv_store_get_damaged (store));
  g_assert_true (mv_store_get_read_only (store));

  /* What can be read is there. */
  n_members = g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_MEMBER));
  g_assert_cmpuint (n_members, >, 0);

  problems = mv_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, >, 0);

  /* No write goes in: not through the store … */
  g_assert_false (mv_store_begin (store, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_clear_error (&error);
  g_clear_object (&store);

  /* … nor through the command line, which says why. */
  {
    g_auto(MvTestRun) run = { 0 };

    mv_test_run_cli_args (&run, NULL, "--db", fixture->path, "add-organisation",
                          "--name", "Funksjonshemmedes Fellesorganisasjon Agder", NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "damaged"));
    g_assert_nonnull (strstr (run.err, "nothing was written"));
  }
  {
    g_auto(MvTestRun) run = { 0 };

    mv_test_run_cli_args (&run, NULL, "--db", fixture->path, "check", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, !=, "ok\n");
  }

  mv_test_assert_file_unchanged (before, fixture->path);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autoptr(MvTestFileState) wal_state = mv_test_file_state (wal);

      g_assert_cmpint (wal_state->size, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/damage/document", Fixture, NULL, fixture_set_up, test_document,
              fixture_tear_down);
  g_test_add ("/damage/page", Fixture, NULL, fixture_set_up, test_page, fixture_tear_down);

  return g_test_run ();
}
