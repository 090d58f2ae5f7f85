/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nick of each value (glib-mkenums) is what the database stores. */

typedef enum
{
  MV_COUNCIL_LEVEL_LOCAL,
  MV_COUNCIL_LEVEL_COUNTY,
  MV_COUNCIL_LEVEL_CENTRAL,
  MV_COUNCIL_LEVEL_OTHER,
} MvCouncilLevel;

typedef enum
{
  MV_LANGUAGE_NB,
  MV_LANGUAGE_NN,
  MV_LANGUAGE_EN,
} MvLanguage;

typedef enum
{
  MV_ORGANISATION_KIND_USER_ORGANISATION,
  MV_ORGANISATION_KIND_NAV,
  MV_ORGANISATION_KIND_MUNICIPALITY,
  MV_ORGANISATION_KIND_OTHER,
} MvOrganisationKind;

typedef enum
{
  MV_MEMBER_ROLE_CHAIR,
  MV_MEMBER_ROLE_VICE_CHAIR,
  MV_MEMBER_ROLE_MEMBER,
  MV_MEMBER_ROLE_DEPUTY,
  MV_MEMBER_ROLE_SECRETARY,
  MV_MEMBER_ROLE_NAV_LEADER,
  MV_MEMBER_ROLE_NAV_STAFF,
  MV_MEMBER_ROLE_OBSERVER,
} MvMemberRole;

typedef enum
{
  MV_GENDER_UNKNOWN,
  MV_GENDER_FEMALE,
  MV_GENDER_MALE,
  MV_GENDER_OTHER,
} MvGender;

typedef enum
{
  MV_MEETING_KIND_ORDINARY,
  MV_MEETING_KIND_EXTRAORDINARY,
  MV_MEETING_KIND_WORKSHOP,
  MV_MEETING_KIND_JOINT,
  MV_MEETING_KIND_OPEN,
} MvMeetingKind;

typedef enum
{
  MV_MEETING_STATUS_PLANNED,
  MV_MEETING_STATUS_NOTICE_SENT,
  MV_MEETING_STATUS_HELD,
  MV_MEETING_STATUS_MINUTES_APPROVED,
  MV_MEETING_STATUS_CANCELLED,
} MvMeetingStatus;

typedef enum
{
  MV_ITEM_KIND_FIXED,
  MV_ITEM_KIND_INFORMATION,
  MV_ITEM_KIND_DISCUSSION,
  MV_ITEM_KIND_INPUT,
  MV_ITEM_KIND_DECISION,
  MV_ITEM_KIND_AOB,
} MvItemKind;

typedef enum
{
  MV_FIXED_KIND_NONE,
  MV_FIXED_KIND_APPROVE_NOTICE,
  MV_FIXED_KIND_APPROVE_MINUTES,
  MV_FIXED_KIND_REPORTS,
  MV_FIXED_KIND_AOB,
  MV_FIXED_KIND_OTHER,
} MvFixedKind;

typedef enum
{
  MV_RAISED_BY_NONE,
  MV_RAISED_BY_NAV,
  MV_RAISED_BY_ORGANISATION,
  MV_RAISED_BY_COUNCIL,
} MvRaisedBy;

typedef enum
{
  MV_FOLLOWUP_STATUS_NONE,
  MV_FOLLOWUP_STATUS_OPEN,
  MV_FOLLOWUP_STATUS_IN_PROGRESS,
  MV_FOLLOWUP_STATUS_DONE,
} MvFollowupStatus;

typedef enum
{
  MV_ATTENDANCE_STATUS_PRESENT,
  MV_ATTENDANCE_STATUS_APOLOGIES,
  MV_ATTENDANCE_STATUS_ABSENT,
} MvAttendanceStatus;

/* Which of a member's contact details the council's papers show. */
typedef enum
{
  MV_CONTACT_SHOWN_EMAIL,
  MV_CONTACT_SHOWN_EMAIL_PHONE,
  MV_CONTACT_SHOWN_PHONE,
  MV_CONTACT_SHOWN_NONE,
} MvContactShown;

/* The legal basis on which an item or a document is exempt from public
 * disclosure (offentleglova, "offl."; forvaltningsloven, "fvl."). */
typedef enum
{
  MV_EXEMPT_BASIS_OFFL_13_FVL_13, /*< nick=offl-13-fvl-13 >*/
  MV_EXEMPT_BASIS_OFFL_13,        /*< nick=offl-13 >*/
  MV_EXEMPT_BASIS_OFFL_14,        /*< nick=offl-14 >*/
  MV_EXEMPT_BASIS_OFFL_15,        /*< nick=offl-15 >*/
  MV_EXEMPT_BASIS_OFFL_23,        /*< nick=offl-23 >*/
  MV_EXEMPT_BASIS_OFFL_25,        /*< nick=offl-25 >*/
} MvExemptBasis;

const char *mv_enum_to_nick   (GType       enum_type,
                               int         value);
gboolean    mv_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int        *value);
const char *mv_enum_to_label  (GType       enum_type,
                               int         value);

G_END_DECLS
