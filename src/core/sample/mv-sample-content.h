/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The sample council's content, as data. mv-sample.c turns it into records;
 * dates are given relative to the day the sample is made, so that the
 * sample always has past and future meetings and a term about to end. */

typedef struct
{
  const char *short_name;   /* key, e.g. "FFO" */
  const char *name;         /* full name */
  const char *kind;         /* nick: user-organisation, nav, municipality, other */
  const char *areas;        /* areas of competence, ", "-separated */
  const char *contact;      /* e-mail or phone of the organisation */
} MvSampleOrganisation;

typedef struct
{
  const char *name;           /* invented person name, unique */
  const char *organisation;   /* short_name of an organisation */
  const char *role;           /* nick: chair, vice-chair, member, deputy, secretary,
                               * nav-leader, nav-staff, observer */
  const char *deputy_for;     /* name of the member this deputy stands in for, or NULL */
  int         term_start_days;  /* relative to today, e.g. -400 */
  int         term_end_days;    /* relative to today, e.g. 60; 0 = no end */
  const char *email;
  const char *phone;
  const char *gender;         /* nick: unknown, female, male, other */
  gboolean    young;          /* under 30 */
  gboolean    honorarium;
  const char *user_groups;    /* names from mv_sample_user_groups, ", "-separated */
  const char *notes;
} MvSampleMember;

typedef struct
{
  int         month;          /* 1–12 in the current year; second Tuesday */
  const char *theme;
  const char *place;
} MvSampleMeeting;

typedef struct
{
  const char *key;            /* unique, referenced by documents */
  int         meeting;        /* index into mv_sample_meetings, or -1 for the backlog */
  const char *kind;           /* nick: information, discussion, input, decision, aob */
  const char *title;
  const char *raised_by;      /* nick: nav, organisation, council */
  const char *organisation;   /* short_name when raised_by is organisation, else NULL */
  const char *presenter;
  int         minutes;
  const char *background;
  const char *proposed_resolution;
  const char *conclusion;     /* for items of past meetings, else NULL */
  int         nav_decision_days;  /* input items: NAV's decision date relative to the
                                   * meeting, e.g. 30; 0 = none */
  gboolean    public;
} MvSampleItem;

typedef struct
{
  const char *file;           /* file name in src/core/sample/ */
  const char *item;           /* key of the item it is attached to */
  const char *title;
  gboolean    public;
} MvSampleDocument;

extern const char * const    mv_sample_council_name;
extern const char * const    mv_sample_council_nav_unit;
extern const char * const    mv_sample_council_mandate;
extern const char * const    mv_sample_council_place;
/* The secretariat the notice names: the sample's secretary. */
extern const char * const    mv_sample_secretariat_name;
extern const char * const    mv_sample_secretariat_email;
extern const char * const    mv_sample_secretariat_phone;

extern const char * const    mv_sample_user_groups[];   /* NULL-terminated */
extern const MvSampleOrganisation mv_sample_organisations[];
extern const guint           mv_sample_n_organisations;
extern const MvSampleMember  mv_sample_members[];
extern const guint           mv_sample_n_members;
extern const MvSampleMeeting mv_sample_meetings[];
extern const guint           mv_sample_n_meetings;
extern const MvSampleItem    mv_sample_items[];
extern const guint           mv_sample_n_items;
extern const MvSampleDocument mv_sample_documents[];
extern const guint           mv_sample_n_documents;

G_END_DECLS
