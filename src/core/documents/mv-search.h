/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-store.h"

G_BEGIN_DECLS

/* Full text over items (title, background, proposed resolution,
 * conclusion) and document text, best first, one result per item and per
 * document (its best page). */

typedef enum
{
  MV_SEARCH_KIND_ITEM,
  MV_SEARCH_KIND_DOCUMENT,
} MvSearchKind;

typedef struct
{
  MvSearchKind  kind;
  char         *id;          /* of the item or the document */
  char         *council_id;
  char         *item_id;     /* a document's item, or the item itself; may be NULL */
  char         *meeting_id;  /* a document's meeting, or the item's; may be NULL */
  char         *title;
  int           page;        /* a document's best page (from 1); 0 for an item */
  char         *snippet;     /* the hit in context, the words between the markers */
  double        rank;        /* bm25: lower is better */
} MvSearchResult;

typedef struct
{
  const char *open_marker;   /* before a hit; default "[" */
  const char *close_marker;  /* after a hit; default "]" */
  const char *ellipsis;      /* where the snippet cuts the text; default "…" */
  gboolean    escape_markup; /* escape the text (not the markers) for Pango markup */
  guint       max_results;   /* 0: 50 */
  guint       snippet_words; /* 0: 12 */
} MvSearchOptions;

void        mv_search_result_free   (MvSearchResult        *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvSearchResult, mv_search_result_free)

const char *mv_search_kind_to_string (MvSearchKind          kind);

/* The FTS5 query for what a user typed: each word a quoted prefix term
 * ("ungd"*), the words ANDed; FTS syntax is ignored. NULL when there is no
 * word to look for. */
char       *mv_search_build_query   (const char            *text);

/* Returns: (transfer full) (element-type MvSearchResult): maybe empty */
GPtrArray  *mv_search               (MvStore               *store,
                                     const char            *council_id,
                                     const char            *text,
                                     const MvSearchOptions *options,
                                     GError               **error);

G_END_DECLS
