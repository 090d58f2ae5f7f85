/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mv-enums.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* The meeting packet: one PDF with the notice and agenda first, then every
 * PDF attachment of the agenda's items in agenda order (the meeting's own
 * documents before the items'), each from a new page.
 *
 * The attachments' pages are copied as PDF objects with libqpdf, not drawn
 * again: their text, fonts, page sizes and links (also those to their own
 * pages) stay as they were, and it is much faster than drawing every page
 * again with poppler (tests/bench/run-packet-bench measures both). Named
 * destinations, the attachments' own bookmarks and their structure tags
 * are not carried over: the packet is tagged only where the notice is. The
 * packet's outline keeps the notice's own bookmarks and adds "Vedlegg" (en
 * "Attachments") with one bookmark per item that has attachments and under
 * it one per document.
 *
 * Attachments that cannot go in – other formats than PDF, PDFs that ask
 * for a password (Medvirke does not keep passwords), damaged ones – are
 * listed on a page after the notice with the reason, and in
 * MvPacketResult.left_out. A packet in which nothing could go in is still
 * made: the notice alone.
 *
 * The public version leaves out the items that are not public and every
 * document that is not public, and uses the notice's public version. */

typedef struct
{
  char *heading;    /* the item's bookmark, e.g. "Sak 07/27 Budsjett" */
  char *title;      /* the document's title */
  char *file_name;
  char *reason;     /* in the council's document language */
} MvPacketOmission;

typedef struct
{
  guint      n_pages;         /* of the whole packet */
  guint      n_notice_pages;
  guint      n_list_pages;    /* the page(s) that list what was left out, or 0 */
  guint      n_attachments;   /* that went in */
  GPtrArray *left_out;        /* of MvPacketOmission */
} MvPacketResult;

void            mv_packet_result_free   (MvPacketResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvPacketResult, mv_packet_result_free)

/* One attachment for mv_packet_merge(), in the order they go in. */
typedef struct
{
  const char *heading;      /* the bookmark it goes under */
  const char *title;        /* its own bookmark; the file name if empty */
  const char *file_name;
  const char *mime_type;    /* anything but application/pdf is listed only */
  GBytes     *bytes;
} MvPacketPart;

/* The fixed words of a packet, in the council's document language. */
typedef struct
{
  const char *notice;        /* the notice's bookmark when it has none */
  const char *attachments;   /* the bookmark over the items' bookmarks */
  const char *left_out;      /* the heading of the list of left-out attachments */
  const char *left_out_intro;
  const char *not_pdf;       /* the reasons */
  const char *encrypted;
  const char *damaged;
  const char *no_pages;
  const char *page_format;   /* "Side %d av %d" */
} MvPacketWords;

/* @fraction 0…1 and what is being done (translated, for the UI). Called on
 * the thread that builds the packet. */
typedef void (*MvPacketProgressFunc) (double      fraction,
                                      const char *what,
                                      gpointer    user_data);

/* The merge alone: @notice (a PDF) then @parts (of MvPacketPart*), written
 * to @path through MvOutput. Runs on any thread; touches no store. */
MvPacketResult *mv_packet_merge          (GBytes                *notice,
                                          GPtrArray             *parts,
                                          const MvPacketWords   *words,
                                          const char            *title,
                                          const char            *path,
                                          MvPacketProgressFunc   progress,
                                          gpointer               progress_data,
                                          GCancellable          *cancellable,
                                          GError               **error);

/* The meeting's packet from @store: on the thread that owns @store. In
 * the council's document language. */
MvPacketResult *mv_packet_export         (MvStore               *store,
                                          MvMeeting             *meeting,
                                          gboolean               public_only,
                                          const char            *path,
                                          MvPacketProgressFunc   progress,
                                          gpointer               progress_data,
                                          GCancellable          *cancellable,
                                          GError               **error);
/* The same in @language, nb, nn or en, or MV_AGENDA_COUNCIL_LANGUAGE
 * (mv-agenda-export.h) for the council's: the notice, the bookmarks, the
 * list of what was left out and the title. */
MvPacketResult *mv_packet_export_full    (MvStore               *store,
                                          MvMeeting             *meeting,
                                          MvLanguage             language,
                                          gboolean               public_only,
                                          const char            *path,
                                          MvPacketProgressFunc   progress,
                                          gpointer               progress_data,
                                          GCancellable          *cancellable,
                                          GError               **error);

G_END_DECLS
