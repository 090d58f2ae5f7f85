/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-council.h"
#include "mv-meeting.h"
#include "mv-store.h"
#include "mv-undo.h"

G_BEGIN_DECLS

/* The year plan: a year's meetings from a pattern, shown as a
 * preview before anything is stored, and the single-meeting operations
 * (create, move, cancel) that keep a meeting's deadlines in step with its
 * date.
 *
 * Months. A pattern names its months, or a count of meetings spread evenly
 * over the eleven working months Jan–Jun and Aug–Dec (July is the common
 * holiday). Meeting i of n (i = 0 … n−1) falls in working month
 * floor ((2i + 1) · 11 / 2n), counted from 0 = January to 10 = December
 * without July: the middle of its equal share of the working year.
 *
 *    n  months
 *    1  Jun
 *    2  Mar Oct
 *    3  Feb Jun Nov
 *    4  Feb May Aug Nov
 *    5  Feb Apr Jun Sep Nov
 *    6  Jan Mar May Aug Oct Dec
 *    7  Jan Mar Apr Jun Sep Oct Dec
 *    8  Jan Mar Apr May Aug Sep Oct Dec
 *    9  Jan Feb Apr May Jun Aug Sep Nov Dec
 *   10  every working month but June
 *   11  every working month
 *
 * Day. The week of the month 1–4 always exists. Week 5 means the fifth
 * such weekday where the month has one and the last one where it has only
 * four; the planned meeting says so (last_instead), so that a preview can
 * show it. MV_WEEK_LAST is the last such weekday of the month.
 *
 * Flags. A planned date that is a public holiday carries the holiday's
 * name (mv_holiday_name()); a date in July carries "July holiday"; so do
 * its case deadline and notice date, whose day the secretariat must work.
 * The plan keeps such dates: the secretary sees the flag and moves the
 * meeting. mv_year_plan_check_holidays() refuses a plan with a meeting on
 * a public holiday, for a caller (the CLI) that shows no preview.
 *
 * Conflicts. A meeting that is not cancelled occupies its date: storing a
 * plan is refused whole when the council already has a meeting on any of
 * the planned dates, and a single meeting is refused on a date and start
 * time already taken. Cancelled meetings stay in the file (the calendar
 * export tells calendars to remove them) and never block a date. */

#define MV_WEEK_LAST (-1)

/* How a year's meetings fall; pointers are borrowed. */
typedef struct
{
  int                  year;
  guint                count;    /* 1–11 meetings spread over the year; 0 when @months is set */
  guint                months;   /* explicit months: bit (1 << m) for month m (1–12) */
  GDateWeekday         weekday;
  int                  week;     /* 1–5, or MV_WEEK_LAST */
  const char          *start;    /* "HH:MM"; NULL for the council's start time */
  int                  minutes;  /* the meeting's length; 0 for the council's */
  const char          *place;    /* NULL or "" for the council's default place */
  const char * const  *themes;   /* NULL, or NULL-terminated: one per meeting in date order */
} MvYearPattern;

typedef struct
{
  GDate        date;
  char        *starts_at;      /* "YYYY-MM-DDTHH:MM", local time (Europe/Oslo) */
  char        *ends_at;
  char        *place;
  char        *theme;
  char        *case_deadline;  /* "YYYY-MM-DD" */
  char        *notice_date;
  const char  *flag;           /* translated holiday name, "July holiday", or NULL */
  const char  *deadline_flag;  /* the same for the case deadline */
  const char  *notice_flag;    /* the same for the notice date */
  gboolean     last_instead;   /* week 5 asked for, the month has four: the last is used */
} MvPlannedMeeting;

typedef struct
{
  char      *council_id;
  GPtrArray *meetings;         /* of MvPlannedMeeting, in date order; a preview may
                                * remove entries, and moves a date after storing it
                                * (mv_meeting_move()) */
} MvYearPlan;

/* Why a meeting on @date needs a second look. */
const char *mv_date_flag             (const GDate       *date);
/* The flags of @pm's date, case deadline and notice date, after a change. */
void        mv_planned_meeting_update_flags (MvPlannedMeeting *pm);
/* A sentence on the deadlines that fall on a holiday, or NULL. */
char       *mv_planned_meeting_describe_deadlines (const MvPlannedMeeting *pm);

/* The pattern's parts. */
guint       mv_year_plan_spread      (guint              count);
gboolean    mv_date_nth_weekday      (int                year,
                                      GDateMonth         month,
                                      GDateWeekday       weekday,
                                      int                week,
                                      GDate             *date,
                                      gboolean          *last_instead);

/* The deadline arithmetic: the case deadline @deadline_days and the notice
 * date @notice_days before the meeting, as "YYYY-MM-DD". */
void        mv_meeting_deadlines     (const GDate       *meeting_date,
                                      int                deadline_days,
                                      int                notice_days,
                                      char             **case_deadline,
                                      char             **notice_date);

MvYearPlan *mv_year_plan_new         (MvCouncil         *council,
                                      const MvYearPattern *pattern,
                                      GError           **error);
void        mv_year_plan_free        (MvYearPlan        *plan);
gboolean    mv_year_plan_check_holidays (MvYearPlan     *plan,
                                      GError           **error);
gboolean    mv_year_plan_check       (MvStore           *store,
                                      MvCouncil         *council,
                                      MvYearPlan        *plan,
                                      GError           **error);
gboolean    mv_year_plan_store       (MvStore           *store,
                                      MvCouncil         *council,
                                      MvYearPlan        *plan,
                                      GError           **error);
gboolean    mv_year_plan_store_full  (MvStore           *store,
                                      MvCouncil         *council,
                                      MvYearPlan        *plan,
                                      MvUndo           **undo,
                                      GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvYearPlan, mv_year_plan_free)

/* One meeting at a time, as the year plan page edits them. */
MvMeeting  *mv_meeting_create        (MvStore           *store,
                                      MvCouncil         *council,
                                      const GDate       *date,
                                      const char        *start,
                                      int                minutes,
                                      const char        *place,
                                      const char        *theme,
                                      GError           **error);
gboolean    mv_meeting_move          (MvStore           *store,
                                      MvMeeting         *meeting,
                                      const GDate       *date,
                                      const char        *start,
                                      GError           **error);
gboolean    mv_meeting_cancel        (MvStore           *store,
                                      MvMeeting         *meeting,
                                      MvMeeting         *move_items_to,
                                      GError           **error);

/* What mv_meeting_update() changes; a field left as MV_MEETING_EDIT_INIT
 * has it stays as it is. Pointers are borrowed. */
typedef struct
{
  const GDate *date;       /* the new day */
  const char  *start;      /* "HH:MM" */
  const char  *end;        /* "HH:MM" on the meeting's day, after its start */
  int          minutes;    /* the length, 1–1440; 0 keeps it; not with @end */
  const char  *place;
  const char  *theme;
  int          kind;       /* an MvMeetingKind; −1 keeps it */
  int          status;     /* an MvMeetingStatus but cancelled; −1 keeps it */
} MvMeetingEdit;

#define MV_MEETING_EDIT_INIT { NULL, NULL, NULL, 0, NULL, NULL, -1, -1 }

gboolean    mv_meeting_update        (MvStore           *store,
                                      MvMeeting         *meeting,
                                      const MvMeetingEdit *edit,
                                      MvUndo           **undo,
                                      GError           **error);
gboolean    mv_meeting_set_status    (MvStore           *store,
                                      MvMeeting         *meeting,
                                      MvMeetingStatus    status,
                                      MvUndo           **undo,
                                      GError           **error);

G_END_DECLS
