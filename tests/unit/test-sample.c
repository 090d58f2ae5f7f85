/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <poppler.h>
#include <string.h>

#include "mv-agenda-item.h"
#include "mv-council.h"
#include "mv-document.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-fixed-item.h"
#include "mv-meeting.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-sample-content.h"
#include "mv-sample.h"
#include "mv-store.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* The sample council as the welcome page's "Explore the sample council"
 * makes it: what is in the lists, in the file and in the search index. */

typedef MvTestStore Fixture;

static void
fixture_set_up_empty (Fixture       *f,
                      gconstpointer  data)
{
  mv_test_store_set_up (f, MV_TEST_STORE_EMPTY);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  mv_test_store_set_up (f, MV_TEST_STORE_SAMPLE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (f);
}

static guint
n_items (MvStore *store,
         GType    type)
{
  return g_list_model_get_n_items (mv_store_get_model (store, type));
}

/* Today and a day relative to it, as ISO dates: how the file stores them. */
static char *
iso_day (int offset_days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, offset_days);

  return g_date_time_format (day, "%Y-%m-%d");
}

static int
this_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

static MvCouncil *
the_council (MvStore *store)
{
  g_autoptr(GError) error = NULL;
  MvCouncil *council = mv_store_find_council (store, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (council);
  return council;
}

static void
test_council (Fixture       *f,
              gconstpointer  data)
{
  MvCouncil *council;
  GListModel *fixed = mv_store_get_model (f->store, MV_TYPE_FIXED_ITEM);

  g_assert_cmpuint (n_items (f->store, MV_TYPE_COUNCIL), ==, 1);
  g_assert_false (mv_store_is_empty (f->store));
  council = the_council (f->store);
  g_assert_cmpstr (mv_council_get_name (council), ==, "Brukerutvalget NAV Eksempelby");
  g_assert_cmpstr (mv_council_get_nav_unit (council), ==, "NAV Eksempelby");

  /* The fixed items every new agenda starts with, "Eventuelt" among them. */
  g_assert_cmpuint (g_list_model_get_n_items (fixed), >=, 1);
  {
    gboolean has_aob = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (fixed); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (fixed, i);
        g_autofree char *title = NULL;
        g_autofree char *council_id = NULL;

        g_object_get (item, "title", &title, "council-id", &council_id, NULL);
        g_assert_cmpstr (council_id, ==, mv_record_get_id (MV_RECORD (council)));
        has_aob |= g_str_equal (title, "Eventuelt");
      }
    g_assert_true (has_aob);
  }
}

static void
test_organisations (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *organisations = mv_store_get_model (f->store, MV_TYPE_ORGANISATION);

  g_assert_cmpuint (g_list_model_get_n_items (organisations), ==, mv_sample_n_organisations);
  for (guint i = 0; i < mv_sample_n_organisations; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (organisations); j++)
        {
          g_autoptr(MvOrganisation) org = g_list_model_get_item (organisations, j);

          found |= g_str_equal (mv_organisation_get_short_name (org),
                                mv_sample_organisations[i].short_name);
        }
      g_assert_true (found);
    }
}

static void
test_members (Fixture       *f,
              gconstpointer  data)
{
  GListModel *members = mv_store_get_model (f->store, MV_TYPE_MEMBER);
  g_autofree char *today = iso_day (0);
  g_autofree char *in_90_days = iso_day (90);
  guint n = g_list_model_get_n_items (members);
  guint ending_soon = 0;
  guint chairs = 0;

  g_assert_cmpuint (n, ==, mv_sample_n_members);
  g_assert_cmpuint (n, >=, 10);
  g_assert_cmpuint (n, <=, 14);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MvMember) member = g_list_model_get_item (members, i);
      const char *end = mv_member_get_term_end (member);

      if (end != NULL && strcmp (end, today) >= 0 && strcmp (end, in_90_days) <= 0)
        {
          g_test_message ("%s: term ends %s", mv_member_get_name (member), end);
          ending_soon++;
        }
      if (mv_member_get_role (member) == MV_MEMBER_ROLE_CHAIR)
        chairs++;
    }

  /* One whose term ends soon, so that the reminder has something to show. */
  g_assert_cmpuint (ending_soon, ==, 1);
  g_assert_cmpuint (chairs, ==, 1);
}

static void
test_meetings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) meetings = mv_store_list_meetings (f->store, the_council (f->store), 0);
  g_autofree char *today = iso_day (0);
  g_autofree char *year = g_strdup_printf ("%04d-", this_year ());

  g_assert_cmpuint (meetings->len, ==, 6);
  g_assert_cmpuint (n_items (f->store, MV_TYPE_MEETING), ==, 6);

  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *date = mv_meeting_dup_date (meeting);
      MvMeetingStatus status = mv_meeting_get_status (meeting);

      g_test_message ("%s: %s", date, mv_enum_to_nick (MV_TYPE_MEETING_STATUS, status));
      g_assert_true (g_str_has_prefix (date, year));
      if (strcmp (date, today) < 0)
        g_assert_true (status == MV_MEETING_STATUS_HELD ||
                       status == MV_MEETING_STATUS_MINUTES_APPROVED);
      else
        g_assert_cmpint (status, ==, MV_MEETING_STATUS_PLANNED);
    }
}

static void
test_items (Fixture       *f,
            gconstpointer  data)
{
  GListModel *items = mv_store_get_model (f->store, MV_TYPE_AGENDA_ITEM);
  GEnumClass *kinds = g_type_class_ref (MV_TYPE_ITEM_KIND);
  g_autofree guint *per_kind = g_new0 (guint, kinds->n_values);
  guint n = g_list_model_get_n_items (items);
  guint not_public = 0;

  g_assert_cmpuint (n, >=, 30);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MvAgendaItem) item = g_list_model_get_item (items, i);

      per_kind[mv_agenda_item_get_kind (item)]++;
      if (!mv_agenda_item_get_public (item))
        not_public++;
    }

  for (guint k = 0; k < kinds->n_values; k++)
    {
      g_test_message ("%s: %u", kinds->values[k].value_nick, per_kind[k]);
      g_assert_cmpuint (per_kind[k], >=, 1);
    }
  g_assert_cmpuint (kinds->n_values, ==, 6);
  g_assert_cmpuint (not_public, >=, 1);

  /* Some items wait in the backlog. */
  {
    g_autoptr(GPtrArray) backlog = mv_store_list_backlog (f->store, the_council (f->store));

    g_assert_cmpuint (backlog->len, >=, 1);
  }

  g_type_class_unref (kinds);
}

static const struct
{
  const char *file;
  int         pages;
} sample_pages[] = {
  { "fafo-modell-for-brukermedvirkning-i-nav.pdf", 2 },
  { "felles-moteplasser-0-24-samarbeidet.pdf", 1 },
  { "brus-prosjektet-sluttrapport.pdf", 15 },
  { "ffo-fem-aktive-organisasjoner-i-nav.pdf", 6 },
  { "notat-kartlegging-brukerorganisasjoner-2015.pdf", 3 },
};

static char *
sample_file (const char *name)
{
  const char *dir = g_getenv ("MEDVIRKE_SAMPLE_DIR");

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static int
poppler_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  int pages;

  g_assert_no_error (error);
  pages = poppler_document_get_n_pages (document);
  g_object_unref (document);
  return pages;
}

static void
test_documents (Fixture       *f,
                gconstpointer  data)
{
  GListModel *documents = mv_store_get_model (f->store, MV_TYPE_DOCUMENT);
  guint not_public = 0;

  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, G_N_ELEMENTS (sample_pages));

  for (guint i = 0; i < G_N_ELEMENTS (sample_pages); i++)
    {
      g_autofree char *path = sample_file (sample_pages[i].file);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) stored = NULL;
      g_autoptr(GError) error = NULL;
      MvDocument *document = NULL;
      gsize length;

      for (guint j = 0; j < g_list_model_get_n_items (documents); j++)
        {
          g_autoptr(MvDocument) d = g_list_model_get_item (documents, j);

          if (g_str_equal (mv_document_get_file_name (d), sample_pages[i].file))
            {
              g_assert_null (document);
              document = d;
            }
        }
      g_assert_nonnull (document);

      g_test_message ("%s: %d pages", sample_pages[i].file,
                      mv_document_get_page_count (document));
      g_assert_cmpint (poppler_pages (path), ==, sample_pages[i].pages);
      g_assert_cmpint (mv_document_get_page_count (document), ==, sample_pages[i].pages);
      g_assert_cmpstr (mv_document_get_mime_type (document), ==, "application/pdf");
      g_assert_nonnull (mv_store_lookup (f->store, MV_TYPE_AGENDA_ITEM,
                                         mv_document_get_item_id (document)));

      /* The bytes the user gets back are the file's. */
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      stored = mv_store_load_bytes (f->store, document, &error);
      g_assert_no_error (error);
      g_assert_cmpmem (g_bytes_get_data (stored, NULL), g_bytes_get_size (stored),
                       contents, length);
      g_assert_cmpint (mv_document_get_size (document), ==, length);

      if (!mv_document_get_public (document))
        not_public++;
    }

  g_assert_cmpuint (not_public, >=, 1);
}

/* Search the file as any SQLite client would. */
static gint64
count_matches (const char *path,
               const char *query,
               const char *kind)
{
  g_autoptr(sqlite3) db = mv_test_db_open (path);

  if (kind == NULL)
    return mv_test_db_int (db, "SELECT count(*) FROM search WHERE search MATCH ?1", query, NULL);
  return mv_test_db_int (db, "SELECT count(*) FROM search WHERE search MATCH ?1 AND kind = ?2",
                         query, kind, NULL);
}

static void
test_search_document_text (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->path);
  g_autofree char *file = NULL;

  g_assert_cmpint (count_matches (f->path, "brukermedvirkning", "document"), >=, 1);

  /* The hit names the document, and a page of it. */
  file = mv_test_db_text (db, "SELECT d.file_name FROM search s JOIN documents d ON d.id = s.id "
                              "WHERE search MATCH ?1 AND s.kind = 'document' AND s.page >= 1 "
                              "ORDER BY d.file_name LIMIT 1", "brukermedvirkning", NULL);
  g_assert_true (g_str_has_suffix (file, ".pdf"));

  /* Words from the sample's agenda items are found too. */
  g_assert_cmpint (count_matches (f->path, "brukermedvirkning", "item"), >=, 1);
}

static void
test_search_diacritics (Fixture       *f,
                        gconstpointer  data)
{
  /* "systemnivå" is in the BRUS report's text; "møteplasser" in two
   * documents. With the letter folded they are other words. */
  g_assert_cmpint (count_matches (f->path, "systemnivå", "document"), >=, 1);
  g_assert_cmpint (count_matches (f->path, "systemniva", NULL), ==, 0);
  g_assert_cmpint (count_matches (f->path, "møteplasser", "document"), >=, 1);
  g_assert_cmpint (count_matches (f->path, "moteplasser", NULL), ==, 0);
}

static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  MvCouncil *council = the_council (f->store);
  g_autoptr(GPtrArray) meetings = mv_store_list_meetings (f->store, council, 0);
  g_autoptr(GPtrArray) backlog = mv_store_list_backlog (f->store, council);
  int expected = 0;

  for (guint i = 0; i < meetings->len; i++)
    {
      g_autoptr(GPtrArray) agenda = mv_store_list_agenda (f->store, g_ptr_array_index (meetings, i));

      g_assert_cmpuint (agenda->len, >=, 2);
      for (guint j = 0; j < agenda->len; j++)
        {
          MvAgendaItem *item = g_ptr_array_index (agenda, j);

          expected++;
          g_assert_cmpint (mv_agenda_item_get_number (item), ==, expected);
          g_assert_cmpint (mv_agenda_item_get_number_year (item), ==, this_year ());
        }
    }

  /* "Sak 01/26" opens the year. */
  {
    g_autoptr(GPtrArray) first = mv_store_list_agenda (f->store, g_ptr_array_index (meetings, 0));
    g_autofree char *number = mv_agenda_item_dup_number (g_ptr_array_index (first, 0));
    g_autofree char *label = g_strdup_printf ("01/%02d", this_year () % 100);

    g_assert_cmpstr (number, ==, label);
  }

  /* Items not yet on a meeting have no number. */
  for (guint i = 0; i < backlog->len; i++)
    {
      g_autofree char *number = mv_agenda_item_dup_number (g_ptr_array_index (backlog, i));

      g_assert_cmpint (mv_agenda_item_get_number (g_ptr_array_index (backlog, i)), ==, 0);
      g_assert_cmpstr (number, ==, "");
    }
}

static void
test_not_empty (Fixture       *f,
                gconstpointer  data)
{
  static const char * const tables[] = {
    "councils", "organisations", "members", "meetings", "agenda_items", "documents",
    "document_blobs", "user_groups",
  };
  GType types[] = {
    MV_TYPE_COUNCIL, MV_TYPE_ORGANISATION, MV_TYPE_MEMBER, MV_TYPE_MEETING,
    MV_TYPE_AGENDA_ITEM, MV_TYPE_DOCUMENT,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = mv_test_db_open (f->path);
  gint64 rows[G_N_ELEMENTS (tables)];
  guint listed[G_N_ELEMENTS (types)];

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strconcat ("SELECT count(*) FROM ", tables[i], NULL);

      rows[i] = mv_test_db_int (db, sql, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    listed[i] = n_items (f->store, types[i]);

  g_assert_false (mv_sample_create (f->store, mv_pdf_inspect, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_EMPTY);
  g_assert_nonnull (strstr (error->message, f->path));
  g_clear_error (&error);
  g_assert_false (mv_sample_create_demo (f->store, 1, 2, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_EMPTY);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strconcat ("SELECT count(*) FROM ", tables[i], NULL);

      g_test_message ("%s: %" G_GINT64_FORMAT, tables[i], rows[i]);
      g_assert_cmpint (mv_test_db_int (db, sql, NULL), ==, rows[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_assert_cmpuint (n_items (f->store, types[i]), ==, listed[i]);
}

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *last_year = g_strdup_printf ("%04d-", this_year () - 1);
  g_autofree char *year = g_strdup_printf ("%04d-", this_year ());
  GListModel *councils = mv_store_get_model (f->store, MV_TYPE_COUNCIL);
  g_autoptr(MvCouncil) first = NULL;
  g_autoptr(MvCouncil) second = NULL;

  g_assert_true (mv_sample_create_demo (f->store, 2, 2, mv_pdf_inspect, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (councils), ==, 2);
  first = g_list_model_get_item (councils, 0);
  second = g_list_model_get_item (councils, 1);
  g_assert_cmpstr (mv_council_get_name (first), !=, mv_council_get_name (second));
  g_assert_cmpuint (n_items (f->store, MV_TYPE_MEETING), ==, 24);

  for (guint c = 0; c < 2; c++)
    {
      g_autoptr(GPtrArray) meetings = mv_store_list_meetings (f->store, c ? second : first, 0);
      guint in_last_year = 0, in_this_year = 0;

      g_assert_cmpuint (meetings->len, ==, 12);
      for (guint i = 0; i < meetings->len; i++)
        {
          const char *starts = mv_meeting_get_starts_at (g_ptr_array_index (meetings, i));

          in_last_year += g_str_has_prefix (starts, last_year);
          in_this_year += g_str_has_prefix (starts, year);
        }
      g_assert_cmpuint (in_last_year, ==, 6);
      g_assert_cmpuint (in_this_year, ==, 6);
    }

  /* Numbers start again at 1 in each year. */
  {
    g_autoptr(GPtrArray) meetings = mv_store_list_meetings (f->store, first, this_year ());
    g_autoptr(GPtrArray) agenda = mv_store_list_agenda (f->store, g_ptr_array_index (meetings, 0));

    g_assert_cmpint (mv_agenda_item_get_number (g_ptr_array_index (agenda, 0)), ==, 1);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, setup, func) \
  g_test_add (path, Fixture, NULL, setup, func, fixture_tear_down)

  ADD ("/sample/council", fixture_set_up, test_council);
  ADD ("/sample/organisations", fixture_set_up, test_organisations);
  ADD ("/sample/members", fixture_set_up, test_members);
  ADD ("/sample/meetings", fixture_set_up, test_meetings);
  ADD ("/sample/items", fixture_set_up, test_items);
  ADD ("/sample/documents", fixture_set_up, test_documents);
  ADD ("/sample/search/document-text", fixture_set_up, test_search_document_text);
  ADD ("/sample/search/diacritics", fixture_set_up, test_search_diacritics);
  ADD ("/sample/numbering", fixture_set_up, test_numbering);
  ADD ("/sample/not-empty", fixture_set_up, test_not_empty);
  ADD ("/sample/demo", fixture_set_up_empty, test_demo);

#undef ADD

  return g_test_run ();
}
