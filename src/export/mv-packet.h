/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mv-enums.h"
#include "mv-meeting.h"
#include "mv-output.h"
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
 * document that is not public, and uses the notice's public version.
 *
 * Every page shows the packet's own page number ("Side 12 av 40"), and
 * every page of an attachment a stamp in its bottom margin that says whose
 * page it is: "Vedlegg 2 til sak 07/27 – side 3 av 15" (en "Attachment 2
 * to item 07/27 – page 3 of 15"), "Vedlegg 1 til møtet – …" for the
 * meeting's own documents, where n counts the item's documents in the
 * packet in their order. Both are drawn over the page as a form XObject
 * inside "/Artifact BMC … EMC", after the page's own content (wrapped in
 * q … Q, so that nothing it leaves set moves them): screen readers skip
 * them, the structure tree does not have them, and the page's own content
 * and resources stay as they were. The notice and the list are made
 * without page numbers of their own. */

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
  const char *item_number;  /* "07/27" for the stamp; %NULL for none */
  gboolean    of_meeting;   /* a document of the meeting, not of an item */
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
  const char *page_format;   /* "Side %d av %d": every page's number in the packet */
  /* The stamps on the attachments' pages, with n, the item's number, the
   * page and the attachment's number of pages: "Vedlegg %d til sak %s –
   * side %d av %d"; without the item's number; for the meeting's own
   * documents. A page whose format is %NULL gets no stamp. */
  const char *stamp_item;
  const char *stamp_plain;
  const char *stamp_meeting;
} MvPacketWords;

/* @fraction 0…1 and what is being done (translated, for the UI). Called on
 * the thread that builds the packet. */
typedef void (*MvPacketProgressFunc) (double      fraction,
                                      const char *what,
                                      gpointer    user_data);

/* The merge alone: @notice (a PDF without page numbers of its own) then
 * @parts (of MvPacketPart*), written to @path through MvOutput, every page
 * numbered and stamped. Runs on any thread; touches no store. The file is
 * for the owner alone (MV_OUTPUT_PRIVATE): a packet holds contact details
 * and may hold exempt documents; mv_packet_merge_full() with
 * MV_OUTPUT_NONE for a public one. */
MvPacketResult *mv_packet_merge          (GBytes                *notice,
                                          GPtrArray             *parts,
                                          const MvPacketWords   *words,
                                          const char            *title,
                                          const char            *path,
                                          MvPacketProgressFunc   progress,
                                          gpointer               progress_data,
                                          GCancellable          *cancellable,
                                          GError               **error);
MvPacketResult *mv_packet_merge_full     (GBytes                *notice,
                                          GPtrArray             *parts,
                                          const MvPacketWords   *words,
                                          const char            *title,
                                          const char            *path,
                                          MvOutputFlags          flags,
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
