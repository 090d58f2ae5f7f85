/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-dates.h"
#include "mv-error.h"
#include "mv-ical.h"
#include "mv-output.h"
#include "mv-queries.h"

/* The year plan as an iCalendar file (RFC 5545), written by hand: CRLF line
 * ends, lines folded at 75 octets without splitting a character, local
 * times with TZID=Europe/Oslo and the zone's rules in a VTIMEZONE.
 *
 * The UIDs come from the meetings' ids, and DTSTAMP is the time a meeting
 * last changed (a calendar without METHOD, RFC 5545 3.8.7.2), so that the
 * same data exports to the same file and a calendar that imports it again
 * updates its events instead of doubling them. A cancelled meeting is
 * exported with STATUS:CANCELLED so that calendars remove it. */

#define FOLD_OCTETS 75

static void
append_line (GString    *out,
             const char *line)
{
  gsize len = strlen (line);
  gsize pos = 0;
  gsize limit = FOLD_OCTETS;

  while (len - pos > limit)
    {
      gsize cut = pos + limit;

      /* Never inside a UTF-8 sequence: back up to the start of the character. */
      while (cut > pos && ((guchar) line[cut] & 0xc0) == 0x80)
        cut--;
      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      /* The leading space of a continuation line counts. */
      limit = FOLD_OCTETS - 1;
    }
  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");
}

static void G_GNUC_PRINTF (2, 3)
append_printf (GString    *out,
               const char *format,
               ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  append_line (out, line);
}

/* A TEXT value (RFC 5545 3.3.11). */
static char *
escape_text (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p++)
    {
      switch (*p)
        {
        case '\\':
        case ';':
        case ',':
          g_string_append_c (escaped, '\\');
          g_string_append_c (escaped, *p);
          break;

        case '\n':
          g_string_append (escaped, "\\n");
          break;

        case '\r':
          if (p[1] != '\n')
            g_string_append (escaped, "\\n");
          break;

        default:
          /* Control characters other than tab are not allowed in TEXT. */
          if ((guchar) *p < 0x20 && *p != '\t')
            g_string_append_c (escaped, ' ');
          else
            g_string_append_c (escaped, *p);
        }
    }
  return g_string_free (escaped, FALSE);
}

static void
append_text (GString    *out,
             const char *name,
             const char *text)
{
  g_autofree char *escaped = escape_text (text);
  g_autofree char *line = g_strconcat (name, ":", escaped, NULL);

  append_line (out, line);
}

/* "YYYY-MM-DDTHH:MM" → "YYYYMMDDTHHMM00". */
static char *
ical_local_time (const char *s)
{
  GDate date;
  int minute;

  if (!mv_date_time_parse (s, &date, &minute))
    return NULL;
  return g_strdup_printf ("%04d%02d%02dT%02d%02d00", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date), minute / 60,
                          minute % 60);
}

static char *
ical_date (const GDate *date)
{
  return g_strdup_printf ("%04d%02d%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* A stored UTC time "YYYY-MM-DDTHH:MM:SSZ" → "YYYYMMDDTHHMMSSZ"; now when
 * it cannot be read. */
static char *
ical_stamp (const char *utc)
{
  g_autoptr(GDateTime) time = mv_timestamp_parse (utc);

  if (time == NULL)
    time = g_date_time_new_now_utc ();
  return g_date_time_format (time, "%Y%m%dT%H%M%SZ");
}

static void
append_timezone (GString *out)
{
  append_line (out, "BEGIN:VTIMEZONE");
  append_line (out, "TZID:Europe/Oslo");
  append_line (out, "BEGIN:DAYLIGHT");
  append_line (out, "TZOFFSETFROM:+0100");
  append_line (out, "TZOFFSETTO:+0200");
  append_line (out, "TZNAME:CEST");
  append_line (out, "DTSTART:19700329T020000");
  append_line (out, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
  append_line (out, "END:DAYLIGHT");
  append_line (out, "BEGIN:STANDARD");
  append_line (out, "TZOFFSETFROM:+0200");
  append_line (out, "TZOFFSETTO:+0100");
  append_line (out, "TZNAME:CET");
  append_line (out, "DTSTART:19701025T030000");
  append_line (out, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
  append_line (out, "END:STANDARD");
  append_line (out, "END:VTIMEZONE");
}

static void
append_meeting (GString    *out,
                MvCouncil  *council,
                MvMeeting  *meeting)
{
  const char *id = mv_record_get_id (MV_RECORD (meeting));
  const char *theme = mv_meeting_get_theme (meeting);
  const char *deadline = mv_meeting_get_case_deadline (meeting);
  const char *name = mv_council_get_name (council);
  gboolean cancelled = mv_meeting_get_status (meeting) == MV_MEETING_STATUS_CANCELLED;
  g_autofree char *stamp = ical_stamp (mv_record_get_updated_at (MV_RECORD (meeting)));
  g_autofree char *start = ical_local_time (mv_meeting_get_starts_at (meeting));
  g_autofree char *end = ical_local_time (mv_meeting_get_ends_at (meeting));
  g_autofree char *summary = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  GDate deadline_date;

  if (start == NULL)
    return;

  summary = theme && *theme ? g_strdup_printf ("%s – %s", name, theme) : g_strdup (name);
  if (theme && *theme)
    g_string_append_printf (description, "%s\n", theme);
  if (deadline != NULL && *deadline != '\0')
    g_string_append_printf (description, _("Case deadline: %s"), deadline);

  append_line (out, "BEGIN:VEVENT");
  append_printf (out, "UID:%s@medvirke", id);
  append_printf (out, "DTSTAMP:%s", stamp);
  append_printf (out, "LAST-MODIFIED:%s", stamp);
  append_printf (out, "DTSTART;TZID=Europe/Oslo:%s", start);
  if (end != NULL)
    append_printf (out, "DTEND;TZID=Europe/Oslo:%s", end);
  append_text (out, "SUMMARY", summary);
  if (*mv_meeting_get_place (meeting) != '\0')
    append_text (out, "LOCATION", mv_meeting_get_place (meeting));
  if (description->len > 0)
    append_text (out, "DESCRIPTION", description->str);
  append_line (out, cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
  append_line (out, "END:VEVENT");

  if (mv_date_parse (deadline, &deadline_date))
    {
      g_autofree char *day = ical_date (&deadline_date);
      g_autofree char *next_day = NULL;
      g_autofree char *deadline_summary = g_strdup_printf (_("Case deadline: %s"), name);
      g_autofree char *meeting_date = mv_meeting_dup_date (meeting);
      g_autofree char *deadline_description = g_strdup_printf (_("Cases for the meeting on %s"),
                                                               meeting_date);

      g_date_add_days (&deadline_date, 1);
      next_day = ical_date (&deadline_date);

      append_line (out, "BEGIN:VEVENT");
      append_printf (out, "UID:%s-deadline@medvirke", id);
      append_printf (out, "DTSTAMP:%s", stamp);
      append_printf (out, "LAST-MODIFIED:%s", stamp);
      append_printf (out, "DTSTART;VALUE=DATE:%s", day);
      append_printf (out, "DTEND;VALUE=DATE:%s", next_day);
      append_text (out, "SUMMARY", deadline_summary);
      append_text (out, "DESCRIPTION", deadline_description);
      append_line (out, "TRANSP:TRANSPARENT");
      append_line (out, cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
      append_line (out, "END:VEVENT");
    }
}

/**
 * mv_ical_export_year:
 * @year: the meetings that start in this year
 * @path: the .ics file to write; replaced whole, or left as it was
 *
 * Writes @council's meetings of @year, with a day event for each case
 * deadline, as an iCalendar file for Outlook, GNOME Calendar and phones.
 */
gboolean
mv_ical_export_year (MvStore     *store,
                     MvCouncil   *council,
                     int          year,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(MvOutput) output = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (year < 1 || year > 9999)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%d is not a year"), year);
      return FALSE;
    }

  out = g_string_new (NULL);
  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//Medvirke//Medvirke " PACKAGE_VERSION "//EN");
  append_line (out, "CALSCALE:GREGORIAN");
  append_text (out, "X-WR-CALNAME", mv_council_get_name (council));
  append_line (out, "X-WR-TIMEZONE:Europe/Oslo");
  append_timezone (out);

  meetings = mv_store_list_meetings (store, council, year);
  for (guint i = 0; i < meetings->len; i++)
    append_meeting (out, council, g_ptr_array_index (meetings, i));

  append_line (out, "END:VCALENDAR");

  if (!(output = mv_output_new (path, error)))
    return FALSE;
  if (!mv_output_write (output, out->str, out->len, error))
    return FALSE;
  return mv_output_commit (output, error);
}
