/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-agenda.h"
#include "mv-council.h"
#include "mv-notice-gaps.h"
#include "mv-queries.h"

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

GPtrArray *
mv_agenda_notice_gaps (MvStore   *store,
                       MvMeeting *meeting)
{
  GPtrArray *gaps = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) warnings = NULL;
  MvCouncil *council;

  g_return_val_if_fail (MV_IS_STORE (store), gaps);
  g_return_val_if_fail (MV_IS_MEETING (meeting), gaps);

  if (is_blank (mv_meeting_get_place (meeting)))
    g_ptr_array_add (gaps, g_strdup (_("The meeting has no place")));

  council = mv_store_lookup (store, MV_TYPE_COUNCIL, mv_meeting_get_council_id (meeting));
  if (council != NULL)
    {
      gboolean no_name = is_blank (mv_council_get_secretariat_name (council));
      gboolean no_email = is_blank (mv_council_get_secretariat_email (council));
      gboolean no_phone = is_blank (mv_council_get_secretariat_phone (council));

      if (no_name)
        g_ptr_array_add (gaps, g_strdup (_("The secretariat has no name")));
      if (no_email && no_phone)
        g_ptr_array_add (gaps, g_strdup (_("The secretariat has no e-mail or phone")));
    }

  /* The agenda's own check, so that the two never disagree on which items
   * need a presenter. */
  warnings = mv_agenda_warnings (store, meeting, NULL);
  for (guint i = 0; i < warnings->len; i++)
    {
      MvAgendaWarning *warning = g_ptr_array_index (warnings, i);
      g_autofree char *number = NULL;

      if (warning->code != MV_AGENDA_WARNING_NO_PRESENTER || warning->item == NULL)
        continue;
      number = mv_agenda_item_dup_number (warning->item);
      if (*number != '\0')
        g_ptr_array_add (gaps, g_strdup_printf (_("Item %s has no presenter"), number));
      else
        g_ptr_array_add (gaps, g_strdup_printf (_("“%s” has no presenter"),
                                                mv_agenda_item_get_title (warning->item)));
    }

  return gaps;
}
