/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <cairo-pdf.h>
#include <glib/gstdio.h>
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

/* Case documents as the secretary attaches them: real PDFs from the sample,
 * bad files from tests/data, through the API and through medvirke-cli.
 *
 * tests/data: kryptert.pdf is felles-moteplasser-0-24-samarbeidet.pdf after
 * "qpdf --encrypt hemmelig hemmelig 256 --" (AES-256, password hemmelig);
 * fortrolig.pdf is two pages written by hand with words no sample has
 * ("Tordenskjold Fjellheim", "Kvernhusvika"), encrypted the same way with
 * "qpdf --encrypt hemmelig eier 256 --";
 * skadet.pdf is the first 400 bytes of a real PDF and base64 noise;
 * ikke-pdf.pdf is text; tom.pdf is empty. */

typedef struct
{
  MvTestStore   ts;
  MvAgendaItem *item;
} Fixture;

static const char * const samples[] = {
  "brus-prosjektet-sluttrapport.pdf",
  "fafo-modell-for-brukermedvirkning-i-nav.pdf",
  "felles-moteplasser-0-24-samarbeidet.pdf",
  "ffo-fem-aktive-organisasjoner-i-nav.pdf",
  "notat-kartlegging-brukerorganisasjoner-2015.pdf",
};
static const int sample_pages[] = { 15, 2, 1, 6, 3 };
/* None has a title of its own: each is named by its first page's first
 * heading – the section's number off, a title over lines joined, a web
 * page's navigation and a memo's header lines skipped. */
static const char * const sample_titles[] = {
  "BRUS-prosjektet",
  "Modell for brukermedvirkning i NAV - evaluering og videreutvikling",
  "Felles møteplasser med brukerorganisasjoner i 0–24-samarbeidet",
  "5 aktive organisasjoner i NAV",
  "Oppsummering - kartlegging av direktoratenes praksis for samarbeid med brukerorganisasjoner",
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(MvAgendaItem) item = NULL;

  mv_test_store_set_up (&f->ts, MV_TEST_STORE_EMPTY);

  council = g_object_new (MV_TYPE_COUNCIL, "name", "Brukerutvalget NAV Eksempelby", NULL);
  g_assert_true (mv_store_insert (f->ts.store, council, &error));
  g_assert_no_error (error);
  item = g_object_new (MV_TYPE_AGENDA_ITEM,
                       "council-id", mv_record_get_id (MV_RECORD (council)),
                       "title", "Ungdomsgarantien", NULL);
  g_assert_true (mv_store_insert (f->ts.store, item, &error));
  g_assert_no_error (error);
  f->ts.council = g_object_ref (council);
  f->item = item;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (&f->ts);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);

  return mv_test_db_int (db, sql, NULL);
}

typedef struct
{
  gint64 documents, blobs, pages, search;
} Counts;

static Counts
counts (Fixture *f)
{
  Counts c = {
    count (f, "SELECT count(*) FROM documents"),
    count (f, "SELECT count(*) FROM document_blobs"),
    count (f, "SELECT count(*) FROM document_pages"),
    count (f, "SELECT count(*) FROM search"),
  };
  return c;
}

static void
assert_counts_equal (Counts a,
                     Counts b)
{
  g_assert_cmpint (a.documents, ==, b.documents);
  g_assert_cmpint (a.blobs, ==, b.blobs);
  g_assert_cmpint (a.pages, ==, b.pages);
  g_assert_cmpint (a.search, ==, b.search);
}

/* Inspect + attach, as the CLI does; NULL with @error set on refusal. */
static MvDocument *
attach_path_full (Fixture        *f,
                  const char     *path,
                  const char     *password,
                  guint64         limit,
                  MvAttachFlags   flags,
                  GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *mime = NULL;
  g_autofree char *name = g_path_get_basename (path);

  if (!mv_documents_inspect_file (file, password, limit, mv_pdf_inspect, NULL,
                                  &mime, &info, &bytes, error))
    return NULL;
  return mv_documents_attach_full (f->ts.store, MV_RECORD (f->item), name, NULL, mime, bytes,
                                   info, flags, error);
}

static MvDocument *
attach_path (Fixture     *f,
             const char  *path,
             const char  *password,
             guint64      limit,
             GError     **error)
{
  return attach_path_full (f, path, password, limit, MV_ATTACH_FLAGS_NONE, error);
}

/* Words of fortrolig.pdf's text that no other document has. */
static const char * const secret_words[] = { "Fjellheim", "Tordenskjold", "Kvernhusvika" };

/* Whether the file, its -wal included, holds any of them: what someone
 * with the file and without the password reads. */
static gboolean
file_has_secret (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (secret_words); i++)
    if (mv_test_file_contains (path, secret_words[i]) ||
        mv_test_file_contains (wal, secret_words[i]))
      return TRUE;
  return FALSE;
}

static guint
n_hits (MvStore    *store,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = mv_search (store, NULL, text, NULL, &error);

  g_assert_no_error (error);
  return results->len;
}

/* A PDF made here: @title in its metadata (or none), then each line of
 * @lines in its type size ("20|Referat" is 20 pt; 10 pt without). */
static char *
make_titled_pdf (Fixture            *f,
                 const char         *name,
                 const char         *title,
                 const char * const *lines)
{
  char *path = g_build_filename (f->ts.dir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  double y = 72;

  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *bar = strchr (lines[i], '|');
      double size = bar ? g_ascii_strtod (lines[i], NULL) : 10;

      cairo_set_font_size (cr, size);
      y += size * 1.5;
      cairo_move_to (cr, 72, y);
      cairo_show_text (cr, bar ? bar + 1 : lines[i]);
    }
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

static void
assert_default_title (Fixture            *f,
                      const char         *name,
                      const char         *title,
                      const char * const *lines,
                      const char         *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_titled_pdf (f, name, title, lines);
  MvDocument *document = attach_path (f, path, NULL, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  if (g_strcmp0 (mv_document_get_title (document), expected) != 0)
    g_error ("%s: the title is “%s”, not “%s”", name, mv_document_get_title (document), expected);
}

/* A document is named by the PDF's own title, or when that says nothing,
 * by its first heading; by its file name only when it has no text. */
static void
test_default_title (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GString) long_line = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *locked = mv_test_data_path ("kryptert.pdf");
  MvDocument *document;

  {
    const char * const lines[] = { "Innledning", NULL };

    assert_default_title (f, "arsmelding.pdf", "Årsmelding 2026 for brukerutvalget", lines,
                          "Årsmelding 2026 for brukerutvalget");
  }
  {
    /* Word's own, and the larger type's first line after a letterhead and
     * a date line. */
    const char * const lines[] = { "NAV Eksempelby", "Dato: 01.02.2027", "20|Referat fra møtet",
                                   "20|i brukerutvalget", "Til stede: alle", NULL };

    assert_default_title (f, "referat.pdf", "Microsoft Word - referat 2027.docx", lines,
                          "Referat fra møtet i brukerutvalget");
  }
  {
    /* The file name as its title; a memo's header with its subject. */
    const char * const lines[] = { "Til: Brukerutvalget", "Fra: Sekretariatet",
                                   "Emne: Budsjett for 2027.", "Bakgrunn", NULL };

    assert_default_title (f, "notat-budsjett.pdf", "notat-budsjett", lines, "Budsjett for 2027");
  }
  {
    const char * const lines[] = { NULL };

    assert_default_title (f, "skannet side 4.pdf", "Untitled", lines, "skannet side 4");
  }

  /* A first line that goes on over the next ones is cut at a word, with an
   * ellipsis. */
  for (int i = 0; i < 7; i++)
    g_string_append (long_line, "ordene ");
  g_string_append (long_line, "og");
  {
    const char * const lines[] = { "Dette er en lang innledning om", long_line->str,
                                   long_line->str, long_line->str, long_line->str, NULL };
    g_autofree char *path = make_titled_pdf (f, "lang.pdf", NULL, lines);

    document = attach_path (f, path, NULL, 0, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (mv_document_get_title (document),
                                     "Dette er en lang innledning om ordene ordene"));
    g_assert_true (g_str_has_suffix (mv_document_get_title (document), "ordene…"));
    g_assert_cmpint (g_utf8_strlen (mv_document_get_title (document), -1), <=, 121);
  }

  /* An encrypted PDF's heading was read with the password, and a title
   * would stay in the file when its text goes: never. */
  document = attach_path (f, locked, "hemmelig", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mv_document_get_title (document), ==, "kryptert");
  document = attach_path_full (f, locked, "hemmelig", 0, MV_ATTACH_FLAGS_STORE_TEXT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mv_document_get_title (document), ==, "kryptert");
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = mv_test_sample_path (samples[i]);
      g_autofree char *original = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) loaded = NULL;
      gsize length;
      MvDocument *document = attach_path (f, path, NULL, 0, &error);

      g_assert_no_error (error);
      g_assert_nonnull (document);
      g_assert_cmpstr (mv_document_get_file_name (document), ==, samples[i]);
      g_assert_cmpstr (mv_document_get_mime_type (document), ==, "application/pdf");
      g_assert_cmpint (mv_document_get_page_count (document), ==, sample_pages[i]);
      g_assert_cmpstr (mv_document_get_title (document), ==, sample_titles[i]);
      g_assert_true (mv_document_get_public (document));

      g_assert_true (g_file_get_contents (path, &original, &length, NULL));
      loaded = mv_store_load_bytes (f->ts.store, document, &error);
      g_assert_no_error (error);
      g_assert_cmpmem (g_bytes_get_data (loaded, NULL), g_bytes_get_size (loaded),
                       original, length);
    }

  g_assert_cmpint (count (f, "SELECT count(*) FROM document_pages"), ==, 15 + 2 + 1 + 6 + 3);
}

static void
test_dedupe (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = mv_test_sample_path (samples[1]);
  g_autoptr(GError) error = NULL;
  MvDocument *first = attach_path (f, path, NULL, 0, &error);
  MvDocument *second;

  g_assert_no_error (error);
  second = attach_path (f, path, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_true (first != second);
  g_assert_cmpint (count (f, "SELECT count(*) FROM documents"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM document_blobs"), ==, 1);
}

typedef struct
{
  const char *file;
  const char *password;
  guint64     limit;
  int         code;
  const char *reason;
} BadFile;

static const BadFile bad_files[] = {
  { "kryptert.pdf", NULL, 0, MV_ERROR_ENCRYPTED, "“kryptert.pdf” asks for a password" },
  { "kryptert.pdf", "feil", 0, MV_ERROR_ENCRYPTED,
    "“kryptert.pdf” asks for a password, and the one given does not open it" },
  { "skadet.pdf", NULL, 0, MV_ERROR_BAD_DOCUMENT, "“skadet.pdf”: The PDF cannot be read" },
  { "ikke-pdf.pdf", NULL, 0, MV_ERROR_BAD_DOCUMENT,
    "“ikke-pdf.pdf” is not a PDF file: it does not begin with %PDF" },
  { "tom.pdf", NULL, 0, MV_ERROR_BAD_DOCUMENT, "“tom.pdf” is empty" },
  { "kryptert.pdf", "hemmelig", 1000, MV_ERROR_INVALID,
    /* g_format_size() puts a no-break space before the unit. */
    "“kryptert.pdf” is 19.5\u00a0kB; the limit is 1 kB" },
};

static void
test_bad_files (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *good = mv_test_sample_path (samples[2]);
  g_autoptr(GError) error = NULL;
  Counts before;

  /* Something in the file already, so that "unchanged" means something. */
  g_assert_nonnull (attach_path (f, good, NULL, 0, &error));
  g_assert_no_error (error);
  before = counts (f);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = mv_test_data_path (bad_files[i].file);
      g_autoptr(GError) bad_error = NULL;

      g_test_message ("%s (password %s, limit %" G_GUINT64_FORMAT ")", bad_files[i].file,
                      bad_files[i].password, bad_files[i].limit);
      g_assert_null (attach_path (f, path, bad_files[i].password, bad_files[i].limit,
                                  &bad_error));
      g_assert_error (bad_error, MV_ERROR, bad_files[i].code);
      if (!g_str_has_prefix (bad_error->message, bad_files[i].reason))
        g_error ("“%s” does not begin with “%s”", bad_error->message, bad_files[i].reason);
      assert_counts_equal (before, counts (f));
      g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (f->ts.store,
                                                                      MV_TYPE_DOCUMENT)), ==, 1);
    }
}

static void
test_size_limit_message (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (140 * 1000 * 1000), 140 * 1000 * 1000);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autofree char *mime = NULL;

  g_assert_false (mv_documents_inspect_bytes ("x.pdf", bytes, NULL, 0, mv_pdf_inspect,
                                              &mime, &info, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“x.pdf” is 140 MB; the limit is 100 MB");
}

static void
test_password (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = mv_test_data_path ("fortrolig.pdf");
  g_autofree char *plain = mv_test_sample_path (samples[3]);
  g_autofree char *original = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(sqlite3) db = NULL;
  gsize length;
  MvDocument *document = attach_path (f, path, "hemmelig", 0, &error);
  MvDocument *other;
  const char *id;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  id = mv_record_get_id (MV_RECORD (document));
  g_assert_cmpint (mv_document_get_page_count (document), ==, 2);
  g_assert_true (mv_document_get_encrypted (document));
  g_assert_false (mv_document_get_text_stored (document));

  /* Stored as it came, still encrypted. */
  g_assert_true (g_file_get_contents (path, &original, &length, NULL));
  loaded = mv_store_load_bytes (f->ts.store, document, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (loaded, NULL), g_bytes_get_size (loaded), original, length);

  /* Nobody chose to store its text: search does not find it, and the text
   * is nowhere in the file – not in the pages, not in the index, not in
   * the bytes. */
  for (guint i = 0; i < G_N_ELEMENTS (secret_words); i++)
    g_assert_cmpuint (n_hits (f->ts.store, secret_words[i]), ==, 0);
  db = mv_test_db_open (f->ts.path);
  g_assert_cmpint (mv_test_db_int (db, "SELECT encrypted FROM documents WHERE id = ?1", id, NULL),
                   ==, 1);
  g_assert_cmpint (mv_test_db_int (db, "SELECT text_stored FROM documents WHERE id = ?1", id,
                                   NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM document_pages WHERE document_id = ?1",
                                   id, NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM search WHERE id = ?1", id, NULL),
                   ==, 0);
  g_assert_false (file_has_secret (f->ts.path));

  /* A password given for a file that needs none does not mark it. */
  other = attach_path (f, plain, "hemmelig", 0, &error);
  g_assert_no_error (error);
  g_assert_false (mv_document_get_encrypted (other));
  g_assert_true (mv_document_get_text_stored (other));
  g_assert_cmpint (mv_test_db_int (db, "SELECT encrypted FROM documents WHERE id = ?1",
                                   mv_record_get_id (MV_RECORD (other)), NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT text_stored FROM documents WHERE id = ?1",
                                   mv_record_get_id (MV_RECORD (other)), NULL), ==, 1);
}

/* The user chose to store the text: it is found, and readable in the file;
 * turned off again it leaves the file; turned on later it needs the
 * password. */
static void
test_password_store_text (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = mv_test_data_path ("fortrolig.pdf");
  g_autofree char *plain = mv_test_sample_path (samples[3]);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(sqlite3) db = NULL;
  MvDocument *document;
  MvDocument *other;
  MvSearchResult *hit;
  const char *id;

  document = attach_path_full (f, path, "hemmelig", 0, MV_ATTACH_FLAGS_STORE_TEXT, &error);
  g_assert_no_error (error);
  id = mv_record_get_id (MV_RECORD (document));
  g_assert_true (mv_document_get_encrypted (document));
  g_assert_true (mv_document_get_text_stored (document));

  results = mv_search (f->ts.store, NULL, "fjellheim", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  hit = g_ptr_array_index (results, 0);
  g_assert_cmpstr (hit->id, ==, id);
  g_assert_cmpint (hit->page, ==, 1);
  g_assert_cmpstr (hit->snippet, ==, "Fortrolig personalsak for Tordenskjold [Fjellheim]");
  g_clear_pointer (&results, g_ptr_array_unref);
  g_assert_cmpuint (n_hits (f->ts.store, "kvernhusvika"), ==, 1);
  db = mv_test_db_open (f->ts.path);
  g_assert_cmpint (mv_test_db_int (db, "SELECT text_stored FROM documents WHERE id = ?1", id,
                                   NULL), ==, 1);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM document_pages WHERE document_id = ?1",
                                   id, NULL), ==, 2);
  g_assert_true (file_has_secret (f->ts.path));

  /* Off again: out of search, out of the file's bytes, the -wal's too. */
  g_assert_true (mv_documents_set_text_stored (f->ts.store, document, FALSE, NULL, mv_pdf_inspect,
                                               &error));
  g_assert_no_error (error);
  g_assert_false (mv_document_get_text_stored (document));
  for (guint i = 0; i < G_N_ELEMENTS (secret_words); i++)
    g_assert_cmpuint (n_hits (f->ts.store, secret_words[i]), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT text_stored FROM documents WHERE id = ?1", id,
                                   NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM document_pages WHERE document_id = ?1",
                                   id, NULL), ==, 0);
  g_clear_pointer (&db, sqlite3_close);
  g_assert_false (file_has_secret (f->ts.path));

  /* On again: only with the password. */
  g_assert_false (mv_documents_set_text_stored (f->ts.store, document, TRUE, NULL, mv_pdf_inspect,
                                                &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_ENCRYPTED);
  g_assert_cmpstr (error->message, ==, "“fortrolig.pdf” asks for a password");
  g_clear_error (&error);
  g_assert_false (mv_documents_set_text_stored (f->ts.store, document, TRUE, "feil",
                                                mv_pdf_inspect, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_ENCRYPTED);
  g_assert_cmpstr (error->message, ==,
                   "“fortrolig.pdf” asks for a password, and the one given does not open it");
  g_clear_error (&error);
  g_assert_false (mv_document_get_text_stored (document));
  g_assert_false (file_has_secret (f->ts.path));

  g_assert_true (mv_documents_set_text_stored (f->ts.store, document, TRUE, "hemmelig",
                                               mv_pdf_inspect, &error));
  g_assert_no_error (error);
  g_assert_true (mv_document_get_text_stored (document));
  g_assert_cmpuint (n_hits (f->ts.store, "fjellheim"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM document_pages"), ==, 2);

  /* A document that is not encrypted keeps its text. */
  other = attach_path (f, plain, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_false (mv_documents_set_text_stored (f->ts.store, other, FALSE, NULL, mv_pdf_inspect,
                                                &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“ffo-fem-aktive-organisasjoner-i-nav.pdf” is not "
                   "protected by a password; only an encrypted PDF’s text can be left out of "
                   "search");
  g_assert_true (mv_document_get_text_stored (other));
}

static void
test_norwegian_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;
  static const char match[] = "SELECT count(*) FROM search s JOIN documents d ON d.id = s.id "
                              "WHERE search MATCH ?1 AND d.file_name = ?2";

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = mv_test_sample_path (samples[i]);

      g_assert_nonnull (attach_path (f, path, NULL, 0, &error));
      g_assert_no_error (error);
    }

  /* Words pdftotext finds in the samples: å, ø and æ are letters of their
   * own, so the folded spellings find nothing. */
  db = mv_test_db_open (f->ts.path);
  g_assert_cmpint (mv_test_db_int (db, match, "systemnivå", samples[0], NULL), >=, 1);
  g_assert_cmpint (mv_test_db_int (db, match, "møteplasser", samples[2], NULL), >=, 1);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM search WHERE search MATCH ?1",
                                   "brukerråd", NULL), >=, 1);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM search WHERE search MATCH ?1",
                                   "brukerrad", NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM search WHERE search MATCH ?1",
                                   "være", NULL), >=, 1);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM search WHERE search MATCH ?1",
                                   "vaere", NULL), ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM search WHERE search MATCH ?1",
                                   "systemniva", NULL), ==, 0);
}

static void
test_other_types (Fixture       *f,
                  gconstpointer  data)
{
  /* A DOCX is a zip; its name says what it is. Stored, listed, no pages. */
  static const char docx[] = "PK\x03\x04 not really zipped, but named as a Word file";
  g_autoptr(GBytes) bytes = g_bytes_new_static (docx, sizeof docx - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autofree char *mime = NULL;
  MvDocument *document;

  g_assert_true (mv_documents_inspect_bytes ("Referat fra møtet.docx", bytes, NULL, 0,
                                             mv_pdf_inspect, &mime, &info, &error));
  g_assert_no_error (error);
  g_assert_null (info);
  g_assert_cmpstr (mime, !=, "application/pdf");
  document = mv_documents_attach (f->ts.store, MV_RECORD (f->item), "Referat fra møtet.docx",
                                  "Referat", mime, bytes, info, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mv_document_get_title (document), ==, "Referat");
  g_assert_cmpint (mv_document_get_page_count (document), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM document_pages"), ==, 0);

  listed = mv_documents_list (f->ts.store, MV_RECORD (f->item));
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_true (g_ptr_array_index (listed, 0) == (gpointer) document);
}

static void
test_exempt_and_remove (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = mv_test_sample_path (samples[4]);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvDocument) document = g_object_ref (attach_path (f, path, NULL, 0, &error));
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);
  const char *id = mv_record_get_id (MV_RECORD (document));

  g_assert_no_error (error);
  g_assert_true (mv_store_set (f->ts.store, document, &error, "public", FALSE, NULL));
  g_assert_no_error (error);
  g_assert_cmpint (mv_test_db_int (db, "SELECT public FROM documents WHERE id = ?1", id, NULL),
                   ==, 0);

  g_assert_true (mv_store_delete (f->ts.store, document, &error));
  g_assert_no_error (error);
  listed = mv_documents_list (f->ts.store, NULL);
  g_assert_cmpuint (listed->len, ==, 0);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM search WHERE id = ?1", id, NULL),
                   ==, 0);
}

/* --- The async attach, with a main loop as in the app ---------------------- */

typedef struct
{
  GMainLoop *loop;
  GPtrArray *progress;   /* of char*: "index/n name id-or-reason" */
  GPtrArray *documents;
  gboolean   ok;
  GError    *error;
  GThread   *main_thread;
} AsyncRun;

static void
on_progress (GFile        *file,
             guint         index,
             guint         n_files,
             MvDocument   *document,
             const GError *error,
             gpointer      user_data)
{
  AsyncRun *run = user_data;
  g_autofree char *name = g_file_get_basename (file);

  /* The store is only touched on its own thread. */
  g_assert_true (g_thread_self () == run->main_thread);
  g_ptr_array_add (run->progress,
                   g_strdup_printf ("%u/%u %s %s", index + 1, n_files, name,
                                    document ? "stored" : error->message));
}

static void
on_attached (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->ok = mv_documents_attach_files_finish (MV_STORE (source), result, &run->documents,
                                              &run->error);
  g_main_loop_quit (run->loop);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  GFile *files[G_N_ELEMENTS (samples) + 1];
  AsyncRun run = { 0 };
  g_autofree char *bad = mv_test_data_path ("ikke-pdf.pdf");

  run.loop = g_main_loop_new (NULL, FALSE);
  run.progress = g_ptr_array_new_with_free_func (g_free);
  run.main_thread = g_thread_self ();
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = mv_test_sample_path (samples[i]);

      files[i] = g_file_new_for_path (path);
    }

  mv_documents_attach_files_async (f->ts.store, MV_RECORD (f->item), files, G_N_ELEMENTS (samples),
                                   NULL, 0, mv_pdf_inspect, NULL, on_progress, &run, NULL,
                                   on_attached, &run);
  g_main_loop_run (run.loop);

  g_assert_no_error (run.error);
  g_assert_true (run.ok);
  g_assert_cmpuint (run.progress->len, ==, 5);
  for (guint i = 0; i < run.progress->len; i++)
    {
      g_autofree char *expected = g_strdup_printf ("%u/5 %s stored", i + 1, samples[i]);

      g_assert_cmpstr (g_ptr_array_index (run.progress, i), ==, expected);
    }
  g_assert_cmpuint (run.documents->len, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (f->ts.store, MV_TYPE_DOCUMENT)),
                    ==, 5);
  g_assert_cmpint (count (f, "SELECT count(*) FROM document_pages"), ==, 27);

  /* A worker's connection stored them; the documents handed back are the
   * store's own live objects, and the store's search finds their text. */
  for (guint i = 0; i < run.documents->len; i++)
    {
      MvDocument *document = g_ptr_array_index (run.documents, i);

      g_assert_true (mv_store_lookup (f->ts.store, MV_TYPE_DOCUMENT,
                                      mv_record_get_id (MV_RECORD (document))) == document);
      g_assert_cmpint (mv_document_get_page_count (document), ==, sample_pages[i]);
    }
  {
    g_autoptr(GPtrArray) results = mv_search (f->ts.store, NULL, "brukermedvirkning", NULL, NULL);

    g_assert_nonnull (results);
    g_assert_cmpuint (results->len, >, 0);
  }

  /* A bad file among good ones: the others are stored, the bad one named. */
  g_clear_pointer (&run.documents, g_ptr_array_unref);
  g_ptr_array_set_size (run.progress, 0);
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    g_object_unref (files[i]);
  files[0] = g_file_new_for_path (bad);
  {
    g_autofree char *path = mv_test_sample_path (samples[2]);

    files[1] = g_file_new_for_path (path);
  }
  mv_documents_attach_files_async (f->ts.store, MV_RECORD (f->item), files, 2, NULL, 0,
                                   mv_pdf_inspect, NULL, on_progress, &run, NULL,
                                   on_attached, &run);
  g_main_loop_run (run.loop);
  g_assert_false (run.ok);
  g_assert_error (run.error, MV_ERROR, MV_ERROR_BAD_DOCUMENT);
  g_assert_cmpuint (run.documents->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (run.progress, 0), ==,
                   "1/2 ikke-pdf.pdf “ikke-pdf.pdf” is not a PDF file: it does not begin with %PDF");
  g_assert_cmpstr (g_ptr_array_index (run.progress, 1), ==,
                   "2/2 felles-moteplasser-0-24-samarbeidet.pdf stored");

  g_object_unref (files[0]);
  g_object_unref (files[1]);
  g_clear_error (&run.error);
  g_clear_pointer (&run.documents, g_ptr_array_unref);
  g_ptr_array_unref (run.progress);
  g_main_loop_unref (run.loop);
}

static void
test_async_cancelled (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = mv_test_sample_path (samples[0]);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GFile *files[] = { file, file, file };
  AsyncRun run = { 0 };

  run.loop = g_main_loop_new (NULL, FALSE);
  run.progress = g_ptr_array_new_with_free_func (g_free);
  run.main_thread = g_thread_self ();
  g_cancellable_cancel (cancellable);
  mv_documents_attach_files_async (f->ts.store, MV_RECORD (f->item), files, 3, NULL, 0,
                                   mv_pdf_inspect, cancellable, on_progress, &run, NULL,
                                   on_attached, &run);
  g_main_loop_run (run.loop);
  g_assert_false (run.ok);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (count (f, "SELECT count(*) FROM documents"), ==, 0);

  g_clear_error (&run.error);
  g_clear_pointer (&run.documents, g_ptr_array_unref);
  g_ptr_array_unref (run.progress);
  g_main_loop_unref (run.loop);
}

/* --- medvirke-cli ---------------------------------------------------------- */

typedef MvTestRun Run;

static void
run_cli (Run        *run,
         const char *db,
         ...) G_GNUC_NULL_TERMINATED;

static void
run_cli (Run        *run,
         const char *db,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db);
  va_start (args, db);
  for (const char *arg = va_arg (args, const char *); arg; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  mv_test_run_cli (run, NULL, (const char * const *) argv->pdata);
}

static char **
lines (const char *text)
{
  g_autofree char *copy = g_strdup (text);

  g_assert_true (g_str_has_suffix (copy, "\n"));
  copy[strlen (copy) - 1] = '\0';
  return g_strsplit (copy, "\n", -1);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *item_id = g_strdup (mv_record_get_id (MV_RECORD (f->item)));
  g_autofree char *fafo = mv_test_sample_path (samples[1]);
  g_autofree char *brus = mv_test_sample_path (samples[0]);
  g_autofree char *fake = mv_test_data_path ("ikke-pdf.pdf");
  g_autofree char *encrypted = mv_test_data_path ("kryptert.pdf");
  g_autofree char *target = g_build_filename (f->ts.dir, "ut.pdf", NULL);
  g_autofree char *original = NULL;
  g_autofree char *extracted = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) rows = NULL;
  g_auto(GStrv) header = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  gsize original_length, extracted_length;
  Run run = { 0 };

  /* The CLI opens the file itself. */
  g_clear_object (&f->ts.store);

  run_cli (&run, f->ts.path, "attach", item_id, fafo, fake, brus, NULL);
  g_assert_cmpint (run.status, ==, 1);
  ids = lines (run.out);
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_true (g_uuid_string_is_valid (ids[0]));
  g_assert_true (g_uuid_string_is_valid (ids[1]));
  {
    g_autofree char *expected = g_strdup_printf ("%s: “ikke-pdf.pdf” is not a PDF file: it does "
                                                 "not begin with %%PDF\n", fake);

    g_assert_cmpstr (run.err, ==, expected);
  }

  run_cli (&run, f->ts.path, "attach", item_id, encrypted, "--password", "hemmelig",
           "--title", "Møteplasser", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  run_cli (&run, f->ts.path, "documents", "--item", item_id, NULL);
  g_assert_cmpint (run.status, ==, 0);
  rows = lines (run.out);
  g_assert_cmpuint (g_strv_length (rows), ==, 4);
  g_assert_cmpstr (rows[0], ==, "id\ttitle\tfile_name\tpages\tsize\tpublic\ttext_stored");
  for (guint i = 1; rows[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (rows[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 7);
    }
  {
    g_autofree char *expected = g_strdup_printf ("%s\t%s\t"
                                                 "fafo-modell-for-brukermedvirkning-i-nav.pdf\t"
                                                 "2\t19676\tyes\tyes", ids[0], sample_titles[1]);

    g_assert_cmpstr (rows[1], ==, expected);
  }
  g_assert_true (g_str_has_suffix (rows[3], "\tMøteplasser\tkryptert.pdf\t1\t19534\tyes\tno"));

  /* Extract: the bytes as they were attached. */
  run_cli (&run, f->ts.path, "extract", ids[0], "-o", target, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (fafo, &original, &original_length, NULL));
  g_assert_true (g_file_get_contents (target, &extracted, &extracted_length, NULL));
  g_assert_cmpmem (original, original_length, extracted, extracted_length);

  /* A failure leaves the target as it was. */
  before = mv_test_file_state (target);
  run_cli (&run, f->ts.path, "extract", "no-such-id", "-o", target, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "medvirke-cli: No document has the id “no-such-id”\n");
  mv_test_assert_file_unchanged (before, target);

  run_cli (&run, f->ts.path, "extract", ids[0], NULL);
  g_assert_cmpint (run.status, ==, 2);

  /* An exempt document comes out for its owner's eyes alone. */
  run_cli (&run, f->ts.path, "set-public", ids[0], "no", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (g_unlink (target), ==, 0);
  run_cli (&run, f->ts.path, "extract", ids[0], "-o", target, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (mv_test_file_mode (target), ==, 0600);

  run_cli (&run, f->ts.path, "documents", "--item", "nope", NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_cli (&run, f->ts.path, "attach", "nope", fafo, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "medvirke-cli: No item has the id “nope”\n");

  run_cli (&run, f->ts.path, "documents", NULL);
  header = lines (run.out);
  g_assert_cmpuint (g_strv_length (header), ==, 4);
  mv_test_run_clear (&run);
}

/* The rows of "search QUERY" after its header. */
static guint
cli_hits (Fixture    *f,
          const char *query,
          char      **first)
{
  g_auto(MvTestRun) run = { 0 };
  g_auto(GStrv) rows = NULL;

  run_cli (&run, f->ts.path, "search", query, NULL);
  g_assert_cmpint (run.status, ==, 0);
  rows = lines (run.out);
  g_assert_cmpstr (rows[0], ==, "kind\tid\ttitle\tpage\tsnippet");
  if (first != NULL)
    *first = g_strdup (rows[1]);
  return g_strv_length (rows) - 1;
}

/* An encrypted PDF through medvirke-cli: without --store-text search never
 * finds it and its text is nowhere in the file; with it, or with
 * store-text yes and the password later, it is found. */
static void
test_cli_encrypted (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *item_id = g_strdup (mv_record_get_id (MV_RECORD (f->item)));
  g_autofree char *secret = mv_test_data_path ("fortrolig.pdf");
  g_autofree char *doc_id = NULL;
  g_autofree char *hit = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) rows = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  g_auto(MvTestRun) run = { 0 };

  g_clear_object (&f->ts.store);

  run_cli (&run, f->ts.path, "attach", item_id, secret, "--password", "hemmelig", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  doc_id = g_strstrip (g_strdup (run.out));
  g_assert_true (g_uuid_string_is_valid (doc_id));

  for (guint i = 0; i < G_N_ELEMENTS (secret_words); i++)
    g_assert_cmpuint (cli_hits (f, secret_words[i], NULL), ==, 0);
  g_assert_false (file_has_secret (f->ts.path));

  run_cli (&run, f->ts.path, "documents", NULL);
  g_assert_cmpint (run.status, ==, 0);
  rows = lines (run.out);
  g_assert_cmpuint (g_strv_length (rows), ==, 2);
  expected = g_strdup_printf ("%s\tfortrolig\tfortrolig.pdf\t2\t1778\tyes\tno", doc_id);
  g_assert_cmpstr (rows[1], ==, expected);
  g_clear_pointer (&rows, g_strfreev);
  g_clear_pointer (&expected, g_free);

  /* Later, with the password only; a refusal writes nothing. */
  before = mv_test_file_state (f->ts.path);
  run_cli (&run, f->ts.path, "store-text", doc_id, "yes", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "medvirke-cli: “fortrolig.pdf” asks for a password\n");
  run_cli (&run, f->ts.path, "store-text", doc_id, "yes", "--password", "feil", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "medvirke-cli: “fortrolig.pdf” asks for a password, and the one "
                                "given does not open it\n");
  run_cli (&run, f->ts.path, "store-text", doc_id, "kanskje", NULL);
  g_assert_cmpint (run.status, ==, 2);
  mv_test_assert_file_unchanged (before, f->ts.path);

  run_cli (&run, f->ts.path, "store-text", doc_id, "yes", "--password", "hemmelig", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpuint (cli_hits (f, "fjellheim", &hit), ==, 1);
  expected = g_strdup_printf ("document\t%s\tfortrolig\t1\tFortrolig personalsak for "
                              "Tordenskjold [Fjellheim]", doc_id);
  g_assert_cmpstr (hit, ==, expected);
  g_clear_pointer (&hit, g_free);
  g_clear_pointer (&expected, g_free);
  g_assert_true (file_has_secret (f->ts.path));

  run_cli (&run, f->ts.path, "store-text", doc_id, "no", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (cli_hits (f, "fjellheim", NULL), ==, 0);
  g_assert_false (file_has_secret (f->ts.path));

  /* --store-text at attach: found at once, and "documents" says so. */
  g_clear_pointer (&doc_id, g_free);
  run_cli (&run, f->ts.path, "attach", item_id, secret, "--password", "hemmelig", "--store-text",
           NULL);
  g_assert_cmpint (run.status, ==, 0);
  doc_id = g_strstrip (g_strdup (run.out));
  g_assert_cmpuint (cli_hits (f, "kvernhusvika", &hit), ==, 1);
  g_assert_true (g_str_has_prefix (hit, "document\t"));
  g_assert_nonnull (strstr (hit, doc_id));
  run_cli (&run, f->ts.path, "documents", NULL);
  rows = lines (run.out);
  g_assert_cmpuint (g_strv_length (rows), ==, 3);
  g_assert_true (g_str_has_suffix (rows[1], "\tno"));
  g_assert_true (g_str_has_prefix (rows[2], doc_id));
  g_assert_true (g_str_has_suffix (rows[2], "\tyes"));
}

/* Pages drawn for the preview: the size follows the scale, the page is
 * painted (not blank), and a protected PDF asks for its password. */
static void
test_render (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = mv_test_sample_path ("fafo-modell-for-brukermedvirkning-i-nav.pdf");
  g_autofree char *encrypted = mv_test_data_path ("kryptert.pdf");
  g_autofree char *damaged = mv_test_data_path ("skadet.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(MvPdfRenderer) renderer = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  double width, height;
  const guchar *pixels;
  gboolean inked = FALSE;
  int stride;

  mapped = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (mapped);
  renderer = mv_pdf_renderer_new (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mv_pdf_renderer_get_n_pages (renderer), ==, 2);
  g_assert_true (mv_pdf_renderer_get_page_size (renderer, 0, &width, &height));
  g_assert_cmpfloat (width, >, 500);
  g_assert_cmpfloat (height, >, width);
  g_assert_false (mv_pdf_renderer_get_page_size (renderer, 2, &width, &height));

  surface = mv_pdf_renderer_render (renderer, 1, 0.5, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) (width * 0.5 + 0.5));
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, (int) (height * 0.5 + 0.5));
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface) && !inked; y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (((const guint32 *) (pixels + y * stride))[x] != 0xffffffff)
        {
          inked = TRUE;
          break;
        }
  g_assert_true (inked);
  cairo_surface_destroy (surface);

  g_assert_null (mv_pdf_renderer_render (renderer, 7, 1, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT);
  g_clear_error (&error);
  g_clear_pointer (&renderer, mv_pdf_renderer_free);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&mapped, g_mapped_file_unref);

  mapped = g_mapped_file_new (encrypted, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (mapped);
  g_assert_null (mv_pdf_renderer_new (bytes, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_ENCRYPTED);
  g_clear_error (&error);
  g_assert_null (mv_pdf_renderer_new (bytes, "feil", &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_ENCRYPTED);
  g_clear_error (&error);
  renderer = mv_pdf_renderer_new (bytes, "hemmelig", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mv_pdf_renderer_get_n_pages (renderer), ==, 1);
  g_clear_pointer (&renderer, mv_pdf_renderer_free);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&mapped, g_mapped_file_unref);

  mapped = g_mapped_file_new (damaged, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (mapped);
  g_assert_null (mv_pdf_renderer_new (bytes, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/documents/round-trip", test_round_trip);
  ADD ("/documents/default-title", test_default_title);
  ADD ("/documents/dedupe", test_dedupe);
  ADD ("/documents/bad-files", test_bad_files);
  ADD ("/documents/size-limit-message", test_size_limit_message);
  ADD ("/documents/password", test_password);
  ADD ("/documents/password-store-text", test_password_store_text);
  ADD ("/documents/norwegian-text", test_norwegian_text);
  ADD ("/documents/other-types", test_other_types);
  ADD ("/documents/exempt-and-remove", test_exempt_and_remove);
  ADD ("/documents/async", test_async);
  ADD ("/documents/async-cancelled", test_async_cancelled);
  ADD ("/documents/cli", test_cli);
  ADD ("/documents/cli-encrypted", test_cli_encrypted);
  ADD ("/documents/render", test_render);

  return g_test_run ();
}
