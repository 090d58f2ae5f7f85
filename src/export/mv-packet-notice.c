/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "mv-agenda-item.h"
#include "mv-packet-notice.h"
#include "mv-pdf-writer.h"
#include "mv-queries.h"

/* FIXME: a stand-in until the notice's exporter (mv-agenda-export) lands:
 * a heading and the agenda's items. */
GBytes *
mv_packet_notice_pdf (MvStore    *store,
                      MvMeeting  *meeting,
                      gboolean    public_only,
                      GError    **error)
{
  g_autoptr(MvPdfWriter) writer = mv_pdf_writer_new ();
  g_autoptr(GPtrArray) items = mv_store_list_agenda (store, meeting);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = mv_meeting_dup_date (meeting);
  g_autofree char *heading = g_strdup_printf ("Innkalling %s", date);
  g_autofree char *tmp = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  gboolean ok;
  int fd;

  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *number = mv_agenda_item_dup_number (item);

      if (public_only && !mv_agenda_item_get_public (item))
        continue;
      g_ptr_array_add (lines, g_strdup_printf ("Sak %s %s", number,
                                               mv_agenda_item_get_title (item)));
    }
  g_ptr_array_add (lines, NULL);

  mv_pdf_writer_add_heading (writer, 1, heading, FALSE);
  mv_pdf_writer_add_list (writer, (const char * const *) lines->pdata);

  if ((fd = g_file_open_tmp ("medvirke-notice-XXXXXX.pdf", &tmp, error)) < 0)
    return NULL;
  close (fd);
  ok = mv_pdf_writer_save (writer, tmp, error) &&
       g_file_get_contents (tmp, &contents, &length, error);
  g_unlink (tmp);
  if (!ok)
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}
