/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-dates.h"
#include "mv-document-words.h"
#include "mv-queries.h"

typedef struct
{
  const char *page_format;
  const char *page_format_xlsx;
} DocumentWords;

static const DocumentWords words_nb = {
  .page_format = "Side %d av %d",
  .page_format_xlsx = "Side &P av &N",
};

static const DocumentWords words_nn = {
  .page_format = "Side %d av %d",
  .page_format_xlsx = "Side &P av &N",
};

static const DocumentWords words_en = {
  .page_format = "Page %d of %d",
  .page_format_xlsx = "Page &P of &N",
};

static const DocumentWords *
document_words (MvLanguage language)
{
  return mv_words_for_language (language, &words_nb, &words_nn, &words_en);
}

void
mv_document_member_contact (MvMember    *member,
                            const char **email,
                            const char **phone)
{
  MvContactShown shown;

  g_return_if_fail (MV_IS_MEMBER (member));
  g_return_if_fail (email != NULL && phone != NULL);

  shown = mv_member_get_contact_shown (member);
  *email = mv_member_get_email (member);
  *phone = mv_member_get_phone (member);
  if (mv_is_blank (*email) || (shown != MV_CONTACT_SHOWN_EMAIL &&
                               shown != MV_CONTACT_SHOWN_EMAIL_PHONE))
    *email = NULL;
  if (mv_is_blank (*phone) || (shown != MV_CONTACT_SHOWN_PHONE &&
                               shown != MV_CONTACT_SHOWN_EMAIL_PHONE))
    *phone = NULL;
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

char *
mv_document_format_time (MvMeeting *meeting)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);

  start = mv_meeting_dup_start_time (meeting);
  end = mv_meeting_dup_end_time (meeting);
  /* A meeting of a whole day ends as it starts: the papers give its start. */
  return mv_time_range_format (start, g_str_equal (start, end) ? NULL : end);
}

const char *
mv_document_page_format (MvLanguage language)
{
  return document_words (language)->page_format;
}

const char *
mv_document_language_tag (MvLanguage language)
{
  switch (language)
    {
    case MV_LANGUAGE_NN:
      return "nn-NO";
    case MV_LANGUAGE_EN:
      return "en-GB";
    case MV_LANGUAGE_NB:
    default:
      return "nb-NO";
    }
}

const char *
mv_document_page_format_xlsx (MvLanguage language)
{
  return document_words (language)->page_format_xlsx;
}
