/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-document-words.h"
#include "mv-queries.h"
#include "mv-xlsx.h"

typedef struct
{
  const char *weekdays[7];        /* Monday first */
  const char *short_weekdays[7];  /* where the papers use a shorter form */
  const char *months[12];
  const char *short_months[12];
  const char *page_format;
  const char *page_format_xlsx;
} DocumentWords;

static const DocumentWords words_nb = {
  .weekdays = { "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag" },
  .months = { "januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "desember" },
  .page_format = "Side %d av %d",
  .page_format_xlsx = "Side &P av &N",
};

static const DocumentWords words_nn = {
  .weekdays = { "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "søndag" },
  .months = { "januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "desember" },
  .page_format = "Side %d av %d",
  .page_format_xlsx = "Side &P av &N",
};

static const DocumentWords words_en = {
  .weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" },
  .short_weekdays = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" },
  .months = { "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December" },
  .short_months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec" },
  .page_format = "Page %d of %d",
  .page_format_xlsx = "Page &P of &N",
};

static const DocumentWords *
document_words (MvLanguage language)
{
  return mv_words_for_language (language, &words_nb, &words_nn, &words_en);
}

/* The formats are the fixed ones of the callers' tables. */
char *
mv_words_printf (const char *format,
                 ...)
{
  va_list args;
  char *s;

  g_return_val_if_fail (format != NULL, NULL);

  va_start (args, format);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  s = g_strdup_vprintf (format, args);
#pragma GCC diagnostic pop
  va_end (args);
  return s;
}

const char *
mv_document_weekday (MvLanguage  language,
                     const char *iso,
                     gboolean    abbreviated)
{
  const DocumentWords *words = document_words (language);
  GDate date;
  int i;

  if (!mv_xlsx_parse_date (iso, &date))
    return "";
  i = g_date_get_weekday (&date) - 1;
  return abbreviated && words->short_weekdays[i] ? words->short_weekdays[i] : words->weekdays[i];
}

char *
mv_document_format_date (MvLanguage  language,
                         const char *iso,
                         gboolean    abbreviated)
{
  const DocumentWords *words = document_words (language);
  GDate date;
  int m;

  if (!mv_xlsx_parse_date (iso, &date))
    return g_strdup ("");
  m = g_date_get_month (&date) - 1;
  if (words == &words_en)
    return g_strdup_printf ("%d %s %04d", g_date_get_day (&date),
                            abbreviated ? words->short_months[m] : words->months[m],
                            g_date_get_year (&date));
  return g_strdup_printf ("%02d.%02d.%04d", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

char *
mv_document_today (MvLanguage language,
                   gboolean   abbreviated)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");

  return mv_document_format_date (language, iso, abbreviated);
}

char *
mv_document_format_long_date (MvLanguage   language,
                              const GDate *date)
{
  const DocumentWords *words = document_words (language);
  int weekday;
  int month;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  weekday = g_date_get_weekday (date) - 1;
  month = g_date_get_month (date) - 1;
  if (words == &words_en)
    return g_strdup_printf ("%s %d %s %d", words->weekdays[weekday], g_date_get_day (date),
                            words->months[month], g_date_get_year (date));
  return g_strdup_printf ("%s %d. %s %d", words->weekdays[weekday], g_date_get_day (date),
                          words->months[month], g_date_get_year (date));
}

char *
mv_document_format_time (MvMeeting *meeting)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);

  start = mv_meeting_dup_start_time (meeting);
  end = mv_meeting_dup_end_time (meeting);
  if (*end == '\0' || g_str_equal (start, end))
    return g_steal_pointer (&start);
  return g_strdup_printf ("%s–%s", start, end);
}

const char *
mv_document_page_format (MvLanguage language)
{
  return document_words (language)->page_format;
}

const char *
mv_document_page_format_xlsx (MvLanguage language)
{
  return document_words (language)->page_format_xlsx;
}
