/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "mv-agenda-item.h"
#include "mv-document.h"
#include "mv-meeting.h"
#include "mv-search.h"

/* A title hit counts ten times a hit in the text. The columns are kind,
 * id, council_id, page (unindexed), title, body. */
#define RANK_SQL "bm25(search, 0.0, 0.0, 0.0, 0.0, 10.0, 1.0)"
#define MAX_WORDS 16
/* The markers snippet() puts around a hit, swapped for the caller's after
 * the text has been escaped; they cannot be in indexed text as words. */
#define HIT_OPEN '\x01'
#define HIT_CLOSE '\x02'
#define CUT '\x03'

/* Every matching row, best first. The rowid is only used within this one
 * read, to find the row again for its snippet. */
static const char matches_sql[] =
  "SELECT rowid, kind, id, page, " RANK_SQL " AS score FROM search"
  " WHERE search MATCH ?1 AND (?2 IS NULL OR council_id = ?2)"
  " ORDER BY score";

/* The snippet from the text (column 5: an item's background, proposed
 * resolution and conclusion, a document's page), as the title is shown
 * beside it anyway; from the title only when there is no text. */
static const char snippet_sql[] =
  "SELECT title, snippet(search, 5, char(1), char(2), ?3, ?4),"
  "       snippet(search, 4, char(1), char(2), ?3, ?4) FROM search"
  " WHERE search MATCH ?1 AND rowid = ?2";

void
mv_search_result_free (MvSearchResult *result)
{
  if (result == NULL)
    return;

  g_free (result->id);
  g_free (result->council_id);
  g_free (result->item_id);
  g_free (result->meeting_id);
  g_free (result->title);
  g_free (result->snippet);
  g_free (result);
}

const char *
mv_search_kind_to_string (MvSearchKind kind)
{
  return kind == MV_SEARCH_KIND_DOCUMENT ? "document" : "item";
}

/* What the tokenizer (unicode61) counts as part of a word. */
static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/**
 * mv_search_build_query:
 *
 * Turns what a user typed into an FTS5 query that cannot fail: the words,
 * each a quoted prefix term, everything else left out.
 */
char *
mv_search_build_query (const char *text)
{
  g_autofree char *normalised = NULL;
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  guint n_words = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  normalised = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  for (const char *p = normalised; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && is_word_char (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0 && n_words < MAX_WORDS)
        {
          /* No quote can be in a word; doubled all the same, as FTS5
           * escapes them, should the idea of a word ever widen. */
          g_autofree char *escaped = NULL;
          g_auto(GStrv) parts = g_strsplit (word->str, "\"", -1);

          escaped = g_strjoinv ("\"\"", parts);
          g_string_append_printf (query, "%s\"%s\"*", query->len ? " " : "", escaped);
          n_words++;
        }
      g_string_truncate (word, 0);

      if (c == 0)
        break;
    }

  if (query->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* The snippet as the caller wants it: markers of its own, the text escaped
 * for markup if asked, line breaks and runs of spaces as one space. */
static char *
finish_snippet (const char            *raw,
                const MvSearchOptions *options,
                const char            *open_marker,
                const char            *close_marker,
                const char            *ellipsis)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = raw ? raw : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (*p == HIT_OPEN || *p == HIT_CLOSE || *p == CUT)
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append (out, *p == HIT_OPEN ? open_marker
                                : *p == HIT_CLOSE ? close_marker : ellipsis);
          continue;
        }
      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;

      if (options != NULL && options->escape_markup)
        {
          g_autofree char *escaped = g_markup_escape_text (p, g_utf8_next_char (p) - p);

          g_string_append (out, escaped);
        }
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
fill_snippet (MvStore               *store,
              const char            *query,
              gint64                 rowid,
              const MvSearchOptions *options,
              MvSearchResult        *result,
              GError               **error)
{
  const char *open_marker = options && options->open_marker ? options->open_marker : "[";
  const char *close_marker = options && options->close_marker ? options->close_marker : "]";
  const char *ellipsis = options && options->ellipsis ? options->ellipsis : "…";
  guint words = options && options->snippet_words ? MIN (options->snippet_words, 64) : 12;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = mv_store_prepare (store, snippet_sql, error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, rowid);
  sqlite3_bind_text (stmt, 3, "\x03", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, (int) words);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      result->title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      /* The markers and the ellipsis went through as control characters,
       * so that the caller's are not escaped as text. */
      result->snippet = finish_snippet ((const char *) sqlite3_column_text (stmt, 1), options,
                                        open_marker, close_marker, ellipsis);
      if (*result->snippet == '\0')
        {
          g_free (result->snippet);
          result->snippet = finish_snippet ((const char *) sqlite3_column_text (stmt, 2), options,
                                            open_marker, close_marker, ellipsis);
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return mv_store_set_sqlite_error (store, rc, error);
  if (result->title == NULL)
    result->title = g_strdup ("");
  if (result->snippet == NULL)
    result->snippet = g_strdup ("");
  return TRUE;
}

static void
fill_owner (MvStore        *store,
            MvSearchResult *result)
{
  MvAgendaItem *item = NULL;

  if (result->kind == MV_SEARCH_KIND_DOCUMENT)
    {
      MvDocument *document = mv_store_lookup (store, MV_TYPE_DOCUMENT, result->id);

      if (document == NULL)
        return;
      result->council_id = g_strdup (mv_document_get_council_id (document));
      result->item_id = g_strdup (mv_document_get_item_id (document));
      result->meeting_id = g_strdup (mv_document_get_meeting_id (document));
      item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, result->item_id);
    }
  else
    {
      item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, result->id);
      result->item_id = g_strdup (result->id);
      if (item != NULL)
        result->council_id = g_strdup (mv_agenda_item_get_council_id (item));
    }

  if (result->meeting_id == NULL && item != NULL)
    result->meeting_id = g_strdup (mv_agenda_item_get_meeting_id (item));
}

static gboolean
is_live (MvStore    *store,
         const char *kind,
         const char *id)
{
  MvDocument *document;

  if (!g_str_equal (kind, "document"))
    return mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, id) != NULL;

  if (!(document = mv_store_lookup (store, MV_TYPE_DOCUMENT, id)))
    return FALSE;
  if (mv_document_get_item_id (document) != NULL &&
      !mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, mv_document_get_item_id (document)))
    return FALSE;
  if (mv_document_get_meeting_id (document) != NULL &&
      !mv_store_lookup (store, MV_TYPE_MEETING, mv_document_get_meeting_id (document)))
    return FALSE;
  return TRUE;
}

/**
 * mv_search:
 * @council_id: (nullable): only this council's items and documents
 * @text: what the user typed
 * @options: (nullable): markers and limits
 *
 * Searches item texts and document text: each word a prefix, all words
 * needed; a hit in a title ranks above a hit in the text. One result per
 * item and per document, a document's at its best page.
 *
 * Returns: (transfer full): the results, best first; empty for a query
 *   without words. %NULL only when the file cannot be read.
 */
GPtrArray *
mv_search (MvStore               *store,
           const char            *council_id,
           const char            *text,
           const MvSearchOptions *options,
           GError               **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) mv_search_result_free);
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GArray) rowids = NULL;
  g_autofree char *query = NULL;
  guint max = options && options->max_results ? options->max_results : 50;
  sqlite3_stmt *stmt;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);

  if (!(query = mv_search_build_query (text)))
    return g_steal_pointer (&results);

  if (!(stmt = mv_store_prepare (store, matches_sql, error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  if (council_id != NULL)
    sqlite3_bind_text (stmt, 2, council_id, -1, SQLITE_TRANSIENT);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while (results->len < max && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 1);
      const char *id = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *key = g_strconcat (kind, ":", id, NULL);
      MvSearchResult *result;
      gint64 rowid;

      /* Best first: a document's first row is its best page. */
      if (g_hash_table_contains (seen, key))
        continue;
      /* The triggers keep deleted items and documents out of the index;
       * a document of a removed item or meeting is left out here, with
       * the store's live lists (a lookup in memory, not a query a row). */
      if (!is_live (store, kind, id))
        continue;
      g_hash_table_add (seen, g_steal_pointer (&key));

      result = g_new0 (MvSearchResult, 1);
      result->kind = g_str_equal (kind, "document") ? MV_SEARCH_KIND_DOCUMENT
                                                    : MV_SEARCH_KIND_ITEM;
      result->id = g_strdup (id);
      result->page = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? 0
                                                                  : sqlite3_column_int (stmt, 3);
      result->rank = sqlite3_column_double (stmt, 4);
      rowid = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (rowids, rowid);
      g_ptr_array_add (results, result);
    }
  if (results->len < max && rc != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      mv_store_set_sqlite_error (store, rc, error);
      return NULL;
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < results->len; i++)
    {
      MvSearchResult *result = g_ptr_array_index (results, i);

      if (!fill_snippet (store, query, g_array_index (rowids, gint64, i), options, result, error))
        return NULL;
      fill_owner (store, result);
    }

  return g_steal_pointer (&results);
}
