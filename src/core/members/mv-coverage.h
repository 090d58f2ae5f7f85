/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mv-council.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-store.h"
#include "mv-user-group.h"

G_BEGIN_DECLS

/* The council's composition on one day, as the coverage panel and
 * "medvirke-cli coverage" show it: which user groups have a voice, who
 * holds the seats, whether the young and both genders are there, and the
 * terms and deputies the secretariat must see to.
 *
 * "Active" is mv_member_is_active(): the term has not ended on the day.
 * The user representatives are the chairs, vice-chairs, members and
 * deputies; the secretary, NAV's leader and staff and observers take part
 * but do not represent the users, so they count for neither the youth seat
 * nor the gender balance. */

/* Terms that end within this many days are listed. */
#define MV_COVERAGE_ENDING_DAYS 90

typedef enum
{
  MV_GENDER_BALANCE_NOT_APPLICABLE,   /* fewer than two to judge */
  MV_GENDER_BALANCE_MET,
  MV_GENDER_BALANCE_NOT_MET,
  MV_GENDER_BALANCE_UNKNOWN,          /* someone's gender is not given */
} MvGenderBalanceStatus;

/* Likestillings- og diskrimineringsloven § 28: with four or more, each
 * gender holds at least 40 %; with two or three, both genders are there.
 * The rule applies to the members and, on its own, to the deputies
 * ("gjelder også for varamedlemmer"), so each gets a balance. A gender of
 * "other" counts towards the whole but towards neither share. */
typedef struct
{
  MvGenderBalanceStatus status;
  guint                 n_female;
  guint                 n_male;
  guint                 n_other;
  guint                 n_unknown;
} MvGenderBalance;

typedef struct
{
  MvUserGroup *group;
  GPtrArray   *members;    /* of MvMember*: active members who speak for the group,
                            * by role then name; empty when nobody does */
} MvCoverageGroup;

typedef struct
{
  MvOrganisation *organisation;   /* NULL: members without an organisation */
  guint           n_members;      /* active chairs, vice-chairs and members */
  guint           n_deputies;     /* active deputies */
} MvCoverageSeats;

typedef struct
{
  MvCouncil       *council;
  GDate            day;

  GPtrArray       *groups;          /* of MvCoverageGroup*, every user group in order */
  GPtrArray       *uncovered;       /* of MvUserGroup*: groups no active member speaks for */

  GPtrArray       *seats;           /* of MvCoverageSeats*, by organisation name; only
                                     * organisations with a member or deputy */

  GPtrArray       *young_members;   /* of MvMember*: active chairs, vice-chairs and
                                     * members under 30 */
  GPtrArray       *young_deputies;  /* of MvMember*: active deputies under 30 */
  gboolean         youth_seat_reserved;  /* the council's setting */
  gboolean         youth_seat_empty;     /* reserved, and no young member: a warning */

  MvGenderBalance  gender_members;  /* active chairs, vice-chairs and members */
  MvGenderBalance  gender_deputies; /* active deputies */

  GPtrArray       *ending;          /* of MvMember*: active, term ends within
                                     * MV_COVERAGE_ENDING_DAYS days, soonest first */
  GPtrArray       *ended;           /* of MvMember*: term ended, still in the register */
  GPtrArray       *without_deputy;  /* of MvMember*: active chairs, vice-chairs and
                                     * members no active deputy stands in for */
} MvCoverage;

/* @day: (nullable): the day to judge by; %NULL for today */
MvCoverage *mv_coverage_compute       (MvStore     *store,
                                       MvCouncil   *council,
                                       GDate       *day);
void        mv_coverage_free          (MvCoverage  *coverage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvCoverage, mv_coverage_free)

/* How many facts call for action: uncovered groups, an empty youth seat,
 * each balance not met, ending and ended terms, members without deputy. */
guint       mv_coverage_count_warnings (MvCoverage *coverage);

/* The 40 % rule for these counts. */
MvGenderBalanceStatus mv_gender_balance_judge (guint n_female,
                                               guint n_male,
                                               guint n_other,
                                               guint n_unknown);

/* The panel as text, one fact per line: "Label: facts", translated, dates
 * as YYYY-MM-DD. Returns: (transfer full) */
char       *mv_coverage_to_text       (MvCoverage  *coverage);

G_END_DECLS
