/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the meeting packet draws on one of its pages, in the page's own
 * size as it is shown (after its /Rotate): the packet's page number
 * ("Side 12 av 40", or %NULL) and, on an attachment's page, the stamp that
 * says whose page it is ("Vedlegg 1 til sak 07/27 – side 2 av 15"). */
typedef struct
{
  double      width;
  double      height;
  const char *number;
  const char *stamp;    /* %NULL on the packet's own pages (notice, list) */
} MvPacketStampPage;

/* A PDF of one page per @pages, each as large as its page, with nothing on
 * it but those words, small and grey: the number where the notice has its
 * own footer's on the packet's own pages, and on an attachment's page both
 * close to the page's foot, below the margin a document keeps for its own
 * footer. Untagged: the packet draws each page of it over its page as an
 * artifact. */
GBytes *mv_packet_stamps_pdf (const MvPacketStampPage *pages,
                              guint                    n_pages,
                              GError                 **error);

G_END_DECLS
