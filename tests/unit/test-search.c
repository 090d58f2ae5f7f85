/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <sys/wait.h>

#include "mv-agenda-item.h"
#include "mv-council.h"
#include "mv-document.h"
#include "mv-documents.h"
#include "mv-error.h"
#include "mv-meeting.h"
#include "mv-pdf.h"
#include "mv-search.h"
#include "mv-store.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* Search as the secretary types it: prefixes, Norwegian letters, titles
 * before text, one result per item and per document. */

typedef struct
{
  MvTestStore   ts;
  MvCouncil *other_council;
} Fixture;

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

static MvAgendaItem *
add_item (Fixture    *f,
          MvCouncil  *council,
          const char *title,
          const char *background)
{
  g_autoptr(MvAgendaItem) item = g_object_new (MV_TYPE_AGENDA_ITEM,
                                               "council-id",
                                               mv_record_get_id (MV_RECORD (council)),
                                               "title", title,
                                               "background", background,
                                               NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_insert (f->ts.store, item, &error));
  g_assert_no_error (error);
  return item;
}

static MvDocument *
attach_sample (Fixture      *f,
               MvAgendaItem *item,
               const char   *name)
{
  g_autofree char *path = mv_test_sample_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mime = NULL;
  MvDocument *document;

  g_assert_true (mv_documents_inspect_file (file, NULL, 0, mv_pdf_inspect, NULL, &mime, &info,
                                            &bytes, &error));
  g_assert_no_error (error);
  document = mv_documents_attach (f->ts.store, MV_RECORD (item), name, NULL, mime, bytes, info,
                                  &error);
  g_assert_no_error (error);
  return document;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  mv_test_store_set_up (&f->ts, MV_TEST_STORE_EMPTY);
  f->ts.council = g_object_ref (add_council (f->ts.store, "Brukerutvalget NAV Eksempelby"));
  f->other_council = add_council (f->ts.store, "Brukerutvalget NAV Vest");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (&f->ts);
}

static GPtrArray *
search (Fixture    *f,
        const char *council_id,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *results = mv_search (f->ts.store, council_id, text, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static MvSearchResult *
result_at (GPtrArray *results,
           guint      i)
{
  g_assert_cmpuint (i, <, results->len);
  return g_ptr_array_index (results, i);
}

static gboolean
found (GPtrArray  *results,
       const char *id)
{
  for (guint i = 0; i < results->len; i++)
    if (g_str_equal (result_at (results, i)->id, id))
      return TRUE;
  return FALSE;
}

static void
test_query (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "ungd", "\"ungd\"*" },
    { "  Ungdom   garanti ", "\"Ungdom\"* \"garanti\"*" },
    { "\"sak\" OR (møte*) NEAR/2 title:x -y ^z", "\"sak\"* \"OR\"* \"møte\"* \"NEAR\"* \"2\"* "
                                                   "\"title\"* \"x\"* \"y\"* \"z\"*" },
    { "NAV-kontoret", "\"NAV\"* \"kontoret\"*" },
    /* "å" as a + combining ring, composed. */
    { "systemniva\xcc\x8a", "\"systemnivå\"*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = mv_search_build_query (cases[i].in);

      g_assert_cmpstr (query, ==, cases[i].out);
    }
  g_assert_null (mv_search_build_query (""));
  g_assert_null (mv_search_build_query(" \"*()^:- "));
  g_assert_null (mv_search_build_query ("\xff\xfe"));
}

static void
test_never_errors (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const inputs[] = {
    "", "\"", "\"\"", "*", "(", ")", "AND", "OR", "NOT", "NEAR(", "a OR", "title:", "-x",
    "^", "{title body}: x", "\"unbalanced", "x\"y", "'; DROP TABLE search; --", "\x01\x02",
  };

  add_item (f, f->ts.council, "Sak om AND og OR", "");
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GPtrArray) results = search (f, NULL, inputs[i]);
    }
  {
    g_autoptr(GPtrArray) results = search (f, NULL, "AND OR");

    g_assert_cmpuint (results->len, ==, 1);
  }
}

static void
test_prefix (Fixture       *f,
             gconstpointer  data)
{
  MvAgendaItem *item = add_item (f, f->ts.council, "Ungdomsgarantien – erfaringer", "");
  g_autoptr(GPtrArray) results = search (f, NULL, "ungd");
  g_autoptr(GPtrArray) upper = search (f, NULL, "UNGDOMSG erfar");
  g_autoptr(GPtrArray) none = search (f, NULL, "ungdx");

  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (result_at (results, 0)->kind, ==, MV_SEARCH_KIND_ITEM);
  g_assert_cmpstr (result_at (results, 0)->id, ==, mv_record_get_id (MV_RECORD (item)));
  g_assert_cmpint (result_at (results, 0)->page, ==, 0);
  g_assert_cmpstr (result_at (results, 0)->snippet, ==, "[Ungdomsgarantien] – erfaringer");
  g_assert_cmpuint (upper->len, ==, 1);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_title_above_body (Fixture       *f,
                       gconstpointer  data)
{
  MvAgendaItem *body = add_item (f, f->ts.council, "Orientering fra NAV",
                                 "NAV orienterte om budsjettet for neste år og om tiltak.");
  MvAgendaItem *title = add_item (f, f->ts.council, "Budsjettet for neste år",
                                  "Orientering om tiltak og bemanning.");
  g_autoptr(GPtrArray) results = search (f, NULL, "budsjett");

  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpstr (result_at (results, 0)->id, ==, mv_record_get_id (MV_RECORD (title)));
  g_assert_cmpstr (result_at (results, 1)->id, ==, mv_record_get_id (MV_RECORD (body)));
  g_assert_cmpfloat (result_at (results, 0)->rank, <, result_at (results, 1)->rank);
  g_assert_cmpstr (result_at (results, 1)->snippet, ==,
                   "NAV orienterte om [budsjettet] for neste år og om tiltak.");
}

static void
test_documents_grouped (Fixture       *f,
                        gconstpointer  data)
{
  MvAgendaItem *item = add_item (f, f->ts.council, "Rapporter", "");
  MvDocument *brus = attach_sample (f, item, "brus-prosjektet-sluttrapport.pdf");
  MvDocument *ffo = attach_sample (f, item, "ffo-fem-aktive-organisasjoner-i-nav.pdf");
  g_autoptr(GPtrArray) results = search (f, NULL, "systemnivå");
  g_autoptr(GPtrArray) folded = search (f, NULL, "systemniva");
  g_autoptr(GPtrArray) prefix = search (f, NULL, "opplær");
  g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);
  guint n_brus = 0;

  /* "systemnivå" is on many pages of the BRUS report: one result. */
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(DISTINCT page) FROM search WHERE "
                                       "search MATCH 'systemnivå' AND id = ?1",
                                   mv_record_get_id (MV_RECORD (brus)), NULL), >, 1);
  for (guint i = 0; i < results->len; i++)
    {
      MvSearchResult *result = result_at (results, i);

      g_assert_cmpint (result->kind, ==, MV_SEARCH_KIND_DOCUMENT);
      g_assert_cmpint (result->page, >=, 1);
      g_assert_nonnull (strstr (result->snippet, "[systemnivå]"));
      g_assert_cmpstr (result->item_id, ==, mv_record_get_id (MV_RECORD (item)));
      if (g_str_equal (result->id, mv_record_get_id (MV_RECORD (brus))))
        n_brus++;
    }
  g_assert_cmpuint (n_brus, ==, 1);
  g_assert_true (found (results, mv_record_get_id (MV_RECORD (ffo))));
  g_assert_cmpuint (results->len, ==, 2);

  /* å is a letter of its own; æ in a prefix too. */
  g_assert_cmpuint (folded->len, ==, 0);
  g_assert_cmpuint (prefix->len, >=, 1);
}

static void
test_deleted (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvAgendaItem) item = g_object_ref (add_item (f, f->ts.council, "Brukerråd i kommunen",
                                                         ""));
  MvAgendaItem *holder = add_item (f, f->ts.council, "Vedlegg", "");
  g_autoptr(MvDocument) document = g_object_ref (attach_sample (
    f, holder, "felles-moteplasser-0-24-samarbeidet.pdf"));
  const char *item_id = mv_record_get_id (MV_RECORD (item));
  const char *document_id = mv_record_get_id (MV_RECORD (document));

  {
    g_autoptr(GPtrArray) results = search (f, NULL, "brukerråd");
    g_autoptr(GPtrArray) documents = search (f, NULL, "møteplasser");

    g_assert_true (found (results, item_id));
    g_assert_true (found (documents, document_id));
  }

  g_assert_true (mv_store_delete (f->ts.store, item, &error));
  g_assert_true (mv_store_delete (f->ts.store, document, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) results = search (f, NULL, "brukerråd");
    g_autoptr(GPtrArray) documents = search (f, NULL, "møteplasser");

    g_assert_false (found (results, item_id));
    g_assert_false (found (documents, document_id));
  }

  /* Restored, found again; a document of a removed item is not found. */
  g_assert_true (mv_store_restore (f->ts.store, item, &error));
  g_assert_true (mv_store_restore (f->ts.store, document, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) results = search (f, NULL, "brukerråd");
    g_autoptr(GPtrArray) documents = search (f, NULL, "møteplasser");

    g_assert_true (found (results, item_id));
    g_assert_true (found (documents, document_id));
  }
  g_assert_true (mv_store_delete (f->ts.store, holder, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) documents = search (f, NULL, "møteplasser");

    g_assert_false (found (documents, document_id));
  }
}

static void
test_council (Fixture       *f,
              gconstpointer  data)
{
  MvAgendaItem *here = add_item (f, f->ts.council, "Tilgjengelighet på nav.no", "");
  MvAgendaItem *there = add_item (f, f->other_council, "Tilgjengelighet i publikumsmottaket",
                                  "");
  g_autoptr(GPtrArray) all = search (f, NULL, "tilgjengelig");
  g_autoptr(GPtrArray) one = search (f, mv_record_get_id (MV_RECORD (f->other_council)),
                                     "tilgjengelig");

  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpstr (result_at (one, 0)->id, ==, mv_record_get_id (MV_RECORD (there)));
  g_assert_true (found (all, mv_record_get_id (MV_RECORD (here))));
}

static void
test_markers (Fixture       *f,
              gconstpointer  data)
{
  MvSearchOptions markup = { "<b>", "</b>", "…", TRUE, 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;

  add_item (f, f->ts.council, "Tolk & <skjema>", "Tolketjenesten & skjemaene <for> søknader");
  results = mv_search (f->ts.store, NULL, "tolk", &markup, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  /* The hit in the text, not the title again. */
  g_assert_cmpstr (result_at (results, 0)->snippet, ==,
                   "<b>Tolketjenesten</b> &amp; skjemaene &lt;for&gt; søknader");
}

/* An item's snippet is the text around the hit, from its background or
 * proposed resolution, with the hit marked – never its title again. */
static void
test_item_snippet (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MvAgendaItem *item = add_item (f, f->ts.council, "Ungdomsgarantien",
                                 "Bakgrunn: NAV Eksempelby har fulgt opp 140 unge under "
                                 "ungdomsgarantien i år, og ventetiden er blitt kortere.");
  g_autoptr(GPtrArray) background = NULL;
  g_autoptr(GPtrArray) resolution = NULL;
  g_autoptr(GPtrArray) title = NULL;

  g_assert_true (mv_store_set (f->ts.store, item, &error, "proposed-resolution",
                               "Brukerutvalget ber om en ny orientering om ventetiden i mars.",
                               NULL));
  g_assert_no_error (error);

  background = search (f, NULL, "ungdomsgar");
  g_assert_cmpuint (background->len, ==, 1);
  g_assert_cmpstr (result_at (background, 0)->title, ==, "Ungdomsgarantien");
  g_assert_cmpstr (result_at (background, 0)->snippet, ==,
                   "…NAV Eksempelby har fulgt opp 140 unge under [ungdomsgarantien] i år, og…");

  resolution = search (f, NULL, "orientering");
  g_assert_cmpuint (resolution->len, ==, 1);
  g_assert_nonnull (strstr (result_at (resolution, 0)->snippet, "ny [orientering] om"));
  g_assert_null (strstr (result_at (resolution, 0)->snippet, "Ungdomsgarantien"));

  /* A hit in the title alone: the text begins the snippet. */
  g_assert_true (mv_store_set (f->ts.store, item, &error, "title", "Køordningen", NULL));
  g_assert_no_error (error);
  title = search (f, NULL, "køordn");
  g_assert_cmpuint (title->len, ==, 1);
  g_assert_true (g_str_has_prefix (result_at (title, 0)->snippet, "Bakgrunn: NAV Eksempelby har"));
}

/* --- medvirke-cli search ----------------------------------------------------- */

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  MvAgendaItem *title = add_item (f, f->ts.council, "Ungdom og arbeid", "");
  MvAgendaItem *body = add_item (f, f->ts.council, "Orientering",
                                 "Tiltak for ungdom\tmed\nlinjeskift.");
  MvAgendaItem *holder = add_item (f, f->ts.council, "Vedlegg", "");
  MvDocument *document = attach_sample (f, holder, "felles-moteplasser-0-24-samarbeidet.pdf");
  g_autofree char *title_id = g_strdup (mv_record_get_id (MV_RECORD (title)));
  g_autofree char *body_id = g_strdup (mv_record_get_id (MV_RECORD (body)));
  g_autofree char *document_id = g_strdup (mv_record_get_id (MV_RECORD (document)));
  const char *args[] = { "--db", f->ts.path, "search", "ungdom", NULL };
  g_auto(MvTestRun) run = { 0 };
  g_auto(GStrv) rows = NULL;

  g_clear_object (&f->ts.store);
  mv_test_run_cli (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  rows = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 5);   /* header, 3 rows, "" after the last \n */
  g_assert_cmpstr (rows[0], ==, "kind\tid\ttitle\tpage\tsnippet");
  for (guint i = 1; i < 4; i++)
    {
      g_auto(GStrv) fields = g_strsplit (rows[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 5);
    }
  {
    g_autofree char *first = g_strdup_printf ("item\t%s\tUngdom og arbeid\t\t[Ungdom] og arbeid",
                                              title_id);
    g_autofree char *second = g_strdup_printf ("item\t%s\tOrientering\t\tTiltak for [ungdom] "
                                               "med linjeskift.", body_id);

    g_assert_cmpstr (rows[1], ==, first);
    /* The document's text has "ungdom" once on its only page. */
    g_assert_true (g_str_has_prefix (rows[2], second) || g_str_has_prefix (rows[3], second));
  }
  {
    g_autofree char *doc_prefix = g_strdup_printf ("document\t%s\t", document_id);

    g_assert_true (g_str_has_prefix (rows[2], doc_prefix) ||
                   g_str_has_prefix (rows[3], doc_prefix));
    g_assert_nonnull (strstr (run.out, "\t1\t…"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/search/query", test_query);
  ADD ("/search/never-errors", test_never_errors);
  ADD ("/search/prefix", test_prefix);
  ADD ("/search/title-above-body", test_title_above_body);
  ADD ("/search/item-snippet", test_item_snippet);
  ADD ("/search/documents-grouped", test_documents_grouped);
  ADD ("/search/deleted", test_deleted);
  ADD ("/search/council", test_council);
  ADD ("/search/markers", test_markers);
  ADD ("/search/cli", test_cli);

  return g_test_run ();
}
