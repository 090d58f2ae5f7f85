/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-agenda-item.h"
#include "mv-core-resources.h"
#include "mv-council.h"
#include "mv-councils.h"
#include "mv-dates.h"
#include "mv-document.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-fixed-item.h"
#include "mv-meeting.h"
#include "mv-member-user-group.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-sample-content.h"
#include "mv-sample.h"
#include "mv-user-group.h"

#define SAMPLE_PREFIX "/io/github/medvirke/Medvirke/sample/"

/* The sample council (DOMAIN.md) and the large archive for benchmarks come
 * from one builder: a council, its people, and years of meetings whose
 * agendas are drawn from the sample's items. */

typedef struct
{
  MvStore       *store;
  MvInspectFunc  inspect;
  GDate         *today;
  GHashTable    *organisations;  /* short name → MvOrganisation */
  GHashTable    *user_groups;    /* name → MvUserGroup */
  GHashTable    *infos;          /* file → MvDocumentInfo, inspected once */
  GHashTable    *blobs;          /* file → GBytes */
} Builder;

static const char * const demo_places[] = {
  "Eksempelby", "Fjordvik", "Nordmo", "Sørstrand", "Vestli", "Østbygd", "Åsen", "Bekkestad",
  "Lia", "Havnøy", "Furuvik", "Dalen",
};

static int
enum_value (GType       type,
            const char *nick,
            int         fallback)
{
  int value;

  return mv_enum_from_nick (type, nick, &value) ? value : fallback;
}

static char *
date_string_offset (const GDate *date,
                    int          days)
{
  GDate d = *date;

  if (days >= 0)
    g_date_add_days (&d, days);
  else
    g_date_subtract_days (&d, -days);
  return mv_date_format (&d);
}

/* The second Tuesday of the month: when this sample council meets. */
static void
second_tuesday (GDate      *date,
                int         year,
                GDateMonth  month)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, month, year);
  while (g_date_get_weekday (date) != G_DATE_TUESDAY)
    g_date_add_days (date, 1);
  g_date_add_days (date, 7);
}

static gboolean
insert_new (MvStore   *store,
            gpointer   record,
            GError   **error)
{
  g_autoptr(GObject) owned = record;

  return mv_store_insert (store, owned, error);
}

static gboolean
add_organisations (Builder  *b,
                   GError  **error)
{
  for (guint i = 0; i < mv_sample_n_organisations; i++)
    {
      const MvSampleOrganisation *o = &mv_sample_organisations[i];
      g_autoptr(MvOrganisation) org = NULL;

      org = g_object_new (MV_TYPE_ORGANISATION,
                          "name", o->name,
                          "short-name", o->short_name,
                          "kind", enum_value (MV_TYPE_ORGANISATION_KIND, o->kind,
                                              MV_ORGANISATION_KIND_OTHER),
                          "areas", o->areas,
                          "contact", o->contact,
                          NULL);
      if (!mv_store_insert (b->store, org, error))
        return FALSE;
      g_hash_table_insert (b->organisations, (gpointer) o->short_name, org);
    }
  return TRUE;
}

static gboolean
find_user_groups (Builder  *b,
                  GError  **error)
{
  GListModel *groups = mv_store_get_model (b->store, MV_TYPE_USER_GROUP);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MvUserGroup) group = g_list_model_get_item (groups, i);

      g_hash_table_insert (b->user_groups, (gpointer) mv_user_group_get_name (group), group);
    }

  for (guint i = 0; mv_sample_user_groups[i] != NULL; i++)
    {
      g_autoptr(MvUserGroup) group = NULL;

      if (g_hash_table_contains (b->user_groups, mv_sample_user_groups[i]))
        continue;

      group = g_object_new (MV_TYPE_USER_GROUP, "name", mv_sample_user_groups[i],
                            "position", i, NULL);
      if (!mv_store_insert (b->store, group, error))
        return FALSE;
      g_hash_table_insert (b->user_groups, (gpointer) mv_user_group_get_name (group), group);
    }
  return TRUE;
}

static MvCouncil *
add_council (Builder     *b,
             const char  *name,
             const char  *nav_unit,
             GError     **error)
{
  g_autoptr(MvCouncil) council = NULL;

  council = g_object_new (MV_TYPE_COUNCIL,
                          "name", name,
                          "nav-unit", nav_unit,
                          "mandate", mv_sample_council_mandate,
                          "default-place", mv_sample_council_place,
                          "reserve-youth-seat", TRUE,
                          "honorarium-rate", 800,
                          "secretariat-name", mv_sample_secretariat_name,
                          "secretariat-email", mv_sample_secretariat_email,
                          "secretariat-phone", mv_sample_secretariat_phone,
                          NULL);
  if (!mv_store_insert (b->store, council, error) ||
      !mv_council_add_default_fixed_items (b->store, council, error))
    return NULL;

  return g_steal_pointer (&council);
}

static gboolean
add_members (Builder    *b,
             MvCouncil  *council,
             GError    **error)
{
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < mv_sample_n_members; i++)
    {
      const MvSampleMember *m = &mv_sample_members[i];
      MvOrganisation *org = g_hash_table_lookup (b->organisations, m->organisation);
      g_autofree char *start = date_string_offset (b->today, m->term_start_days);
      g_autofree char *end = m->term_end_days ? date_string_offset (b->today, m->term_end_days)
                                              : NULL;
      g_auto(GStrv) groups = g_strsplit (m->user_groups ? m->user_groups : "", ",", -1);
      g_autoptr(MvMember) member = NULL;

      member = g_object_new (MV_TYPE_MEMBER,
                             "council-id", mv_record_get_id (MV_RECORD (council)),
                             "name", m->name,
                             "organisation-id", org ? mv_record_get_id (MV_RECORD (org)) : NULL,
                             "role", enum_value (MV_TYPE_MEMBER_ROLE, m->role, MV_MEMBER_ROLE_MEMBER),
                             "term-start", start,
                             "term-end", end,
                             "email", m->email ? m->email : "",
                             "phone", m->phone ? m->phone : "",
                             "gender", enum_value (MV_TYPE_GENDER, m->gender, MV_GENDER_UNKNOWN),
                             "young", m->young,
                             "honorarium", m->honorarium,
                             "notes", m->notes ? m->notes : "",
                             NULL);
      if (!mv_store_insert (b->store, member, error))
        return FALSE;
      g_hash_table_insert (by_name, (gpointer) m->name, member);

      for (guint j = 0; groups[j] != NULL; j++)
        {
          MvUserGroup *group = g_hash_table_lookup (b->user_groups, g_strstrip (groups[j]));

          if (group == NULL)
            continue;
          if (!insert_new (b->store,
                           g_object_new (MV_TYPE_MEMBER_USER_GROUP,
                                         "member-id", mv_record_get_id (MV_RECORD (member)),
                                         "user-group-id", mv_record_get_id (MV_RECORD (group)),
                                         NULL),
                           error))
            return FALSE;
        }
    }

  /* Deputies may be listed before the member they stand in for. */
  for (guint i = 0; i < mv_sample_n_members; i++)
    {
      const MvSampleMember *m = &mv_sample_members[i];
      MvMember *deputy = g_hash_table_lookup (by_name, m->name);
      MvMember *member = m->deputy_for ? g_hash_table_lookup (by_name, m->deputy_for) : NULL;

      if (member != NULL &&
          !mv_store_set (b->store, deputy, error,
                         "deputy-for", mv_record_get_id (MV_RECORD (member)), NULL))
        return FALSE;
    }

  return TRUE;
}

static const MvDocumentInfo *
inspect_sample (Builder     *b,
                const char  *file,
                GBytes     **bytes,
                GError     **error)
{
  MvDocumentInfo *info = NULL;

  *bytes = g_hash_table_lookup (b->blobs, file);
  if (*bytes == NULL)
    {
      g_autofree char *path = g_strconcat (SAMPLE_PREFIX, file, NULL);

      *bytes = g_resource_lookup_data (mv_core_get_resource (), path,
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (*bytes == NULL)
        return NULL;
      g_hash_table_insert (b->blobs, (gpointer) file, *bytes);
    }

  if (b->inspect == NULL)
    return NULL;

  info = g_hash_table_lookup (b->infos, file);
  if (info == NULL)
    {
      if (!b->inspect (*bytes, NULL, &info, error))
        return NULL;
      g_hash_table_insert (b->infos, (gpointer) file, info);
    }
  return info;
}

static gboolean
attach_documents (Builder      *b,
                  const char   *item_key,
                  MvAgendaItem *item,
                  GError      **error)
{
  for (guint i = 0; i < mv_sample_n_documents; i++)
    {
      const MvSampleDocument *d = &mv_sample_documents[i];
      const MvDocumentInfo *info;
      GBytes *bytes = NULL;
      g_autoptr(GError) local_error = NULL;
      MvDocument *document;

      if (g_strcmp0 (d->item, item_key) != 0)
        continue;

      info = inspect_sample (b, d->file, &bytes, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      document = mv_store_attach_bytes (b->store, MV_RECORD (item), d->file, "application/pdf",
                                        bytes, info, MV_ATTACH_FLAGS_NONE, error);
      if (document == NULL ||
          !mv_store_set (b->store, document, error, "title", d->title, "public", d->public, NULL))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  int          number;     /* the year's running number so far */
  int          year;
  MvMeeting   *previous;
} Numbering;

static gboolean
add_item (Builder             *b,
          MvCouncil           *council,
          MvMeeting           *meeting,
          const GDate         *meeting_date,
          Numbering           *numbering,
          int                  position,
          const MvSampleItem  *s,
          MvFixedItem         *fixed,
          GError             **error)
{
  g_autoptr(MvAgendaItem) item = NULL;
  MvMeetingStatus status = meeting ? mv_meeting_get_status (meeting) : MV_MEETING_STATUS_PLANNED;
  gboolean held = status == MV_MEETING_STATUS_HELD || status == MV_MEETING_STATUS_MINUTES_APPROVED;

  item = g_object_new (MV_TYPE_AGENDA_ITEM,
                       "council-id", mv_record_get_id (MV_RECORD (council)),
                       "meeting-id", meeting ? mv_record_get_id (MV_RECORD (meeting)) : NULL,
                       "position", position,
                       NULL);

  if (meeting != NULL)
    g_object_set (item,
                  "number-year", numbering->year,
                  "number", ++numbering->number,
                  "number-fixed", status != MV_MEETING_STATUS_PLANNED,
                  NULL);

  if (s == NULL)
    {
      g_object_set (item,
                    "title", mv_fixed_item_get_title (fixed),
                    "kind", mv_fixed_item_get_kind (fixed),
                    "fixed-kind", mv_fixed_item_get_fixed_kind (fixed),
                    "duration-minutes", mv_fixed_item_get_duration_minutes (fixed),
                    "raised-by", MV_RAISED_BY_COUNCIL,
                    "presenter", mv_fixed_item_get_fixed_kind (fixed) == MV_FIXED_KIND_REPORTS
                                 ? "Brukerrepresentantene" : "Leder",
                    NULL);
      if (mv_fixed_item_get_fixed_kind (fixed) == MV_FIXED_KIND_APPROVE_MINUTES &&
          numbering->previous)
        g_object_set (item, "linked-meeting-id", mv_record_get_id (MV_RECORD (numbering->previous)),
                      NULL);
      if (held)
        g_object_set (item, "conclusion", mv_fixed_item_get_fixed_kind (fixed) == MV_FIXED_KIND_REPORTS
                                          ? "Orienteringene ble tatt til etterretning."
                                          : "Godkjent.", NULL);
    }
  else
    {
      MvOrganisation *org = s->organisation ? g_hash_table_lookup (b->organisations,
                                                                   s->organisation) : NULL;
      int kind = enum_value (MV_TYPE_ITEM_KIND, s->kind, MV_ITEM_KIND_INFORMATION);

      g_object_set (item,
                    "title", s->title,
                    "kind", kind,
                    "raised-by", enum_value (MV_TYPE_RAISED_BY, s->raised_by, MV_RAISED_BY_NONE),
                    "raised-by-organisation-id", org ? mv_record_get_id (MV_RECORD (org)) : NULL,
                    "presenter", s->presenter ? s->presenter : "",
                    "duration-minutes", s->minutes,
                    "background", s->background ? s->background : "",
                    "proposed-resolution", s->proposed_resolution ? s->proposed_resolution : "",
                    "conclusion", held && s->conclusion ? s->conclusion : "",
                    "public", s->public,
                    NULL);

      if (kind == MV_ITEM_KIND_INPUT && s->nav_decision_days != 0)
        {
          g_autofree char *decision = NULL;

          decision = meeting_date ? date_string_offset (meeting_date, s->nav_decision_days)
                                  : date_string_offset (b->today, 60 + s->nav_decision_days);
          g_object_set (item, "nav-decision-date", decision, NULL);
        }
    }

  if (!mv_store_insert (b->store, item, error))
    return FALSE;

  return s == NULL || attach_documents (b, s->key, item, error);
}

static gboolean
add_meeting (Builder    *b,
             MvCouncil  *council,
             int         year,
             guint       index,
             Numbering  *numbering,
             gboolean    with_documents,
             GError    **error)
{
  const MvSampleMeeting *sm = &mv_sample_meetings[index];
  g_autoptr(MvMeeting) meeting = NULL;
  g_autoptr(GPtrArray) fixed = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *notice = NULL;
  MvMeetingStatus status;
  GDate date, next;
  int position = 0;

  second_tuesday (&date, year, sm->month);
  status = g_date_compare (&date, b->today) >= 0 ? MV_MEETING_STATUS_PLANNED
                                                 : MV_MEETING_STATUS_MINUTES_APPROVED;
  /* The last meeting held has minutes still to approve. */
  if (status == MV_MEETING_STATUS_MINUTES_APPROVED)
    {
      if (index + 1 < mv_sample_n_meetings)
        second_tuesday (&next, year, mv_sample_meetings[index + 1].month);
      else
        second_tuesday (&next, year + 1, mv_sample_meetings[0].month);
      if (g_date_compare (&next, b->today) >= 0)
        status = MV_MEETING_STATUS_HELD;
    }

  starts = mv_date_time_format (&date, 10 * 60);
  ends = mv_date_time_format (&date, 13 * 60);
  deadline = date_string_offset (&date, -21);
  notice = date_string_offset (&date, -14);

  meeting = g_object_new (MV_TYPE_MEETING,
                          "council-id", mv_record_get_id (MV_RECORD (council)),
                          "starts-at", starts,
                          "ends-at", ends,
                          "place", sm->place ? sm->place : mv_sample_council_place,
                          "theme", sm->theme ? sm->theme : "",
                          "status", status,
                          "case-deadline", deadline,
                          "notice-date", notice,
                          NULL);
  if (!mv_store_insert (b->store, meeting, error))
    return FALSE;

  if (numbering->year != year)
    {
      numbering->year = year;
      numbering->number = 0;
    }

  /* The council's fixed items open the agenda, "any other business" (the
   * last of them) closes it. */
  fixed = mv_council_list_fixed_items (b->store, council);
  for (guint f = 0; f + 1 < fixed->len; f++)
    if (!add_item (b, council, meeting, &date, numbering, position++, NULL,
                   g_ptr_array_index (fixed, f), error))
      return FALSE;

  for (guint i = 0; i < mv_sample_n_items; i++)
    {
      const MvSampleItem *s = &mv_sample_items[i];

      if (s->meeting != (int) index)
        continue;

      if (with_documents)
        {
          if (!add_item (b, council, meeting, &date, numbering, position++, s, NULL, error))
            return FALSE;
        }
      else
        {
          /* In the large archive every year reuses the items; the documents
           * only every third year, to keep the file's size in proportion. */
          MvSampleItem copy = *s;

          copy.key = NULL;
          if (!add_item (b, council, meeting, &date, numbering, position++, &copy, NULL, error))
            return FALSE;
        }
    }

  if (fixed->len > 0 &&
      !add_item (b, council, meeting, &date, numbering, position++, NULL,
                 g_ptr_array_index (fixed, fixed->len - 1), error))
    return FALSE;

  g_set_object (&numbering->previous, meeting);
  return TRUE;
}

static gboolean
add_backlog (Builder    *b,
             MvCouncil  *council,
             GError    **error)
{
  Numbering none = { 0 };
  int position = 0;

  for (guint i = 0; i < mv_sample_n_items; i++)
    if (mv_sample_items[i].meeting < 0 &&
        !add_item (b, council, NULL, NULL, &none, position++, &mv_sample_items[i], NULL,
                     error))
      return FALSE;

  return TRUE;
}

static gboolean
build (MvStore        *store,
       guint           years,
       guint           councils,
       MvInspectFunc   inspect,
       GError        **error)
{
  g_autoptr(GHashTable) organisations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) user_groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) infos = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) mv_document_info_free);
  g_autoptr(GHashTable) blobs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) g_bytes_unref);
  Builder b = { store, inspect, NULL, organisations, user_groups, infos, blobs };
  GDate today;
  int this_year;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);

  if (!mv_store_is_empty (store))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_EMPTY,
                   _("“%s” already holds a council; the sample goes only into an empty file"),
                   mv_store_get_path (store));
      return FALSE;
    }

  mv_date_set_today (&today);
  this_year = g_date_get_year (&today);
  b.today = &today;

  if (!mv_store_begin (store, error))
    return FALSE;

  if (!add_organisations (&b, error) || !find_user_groups (&b, error))
    goto failed;

  for (guint c = 0; c < councils; c++)
    {
      g_autofree char *name = NULL;
      g_autofree char *unit = NULL;
      g_autoptr(MvCouncil) council = NULL;
      Numbering numbering = { 0 };

      if (councils == 1)
        {
          name = g_strdup (mv_sample_council_name);
          unit = g_strdup (mv_sample_council_nav_unit);
        }
      else
        {
          const char *place = demo_places[c % G_N_ELEMENTS (demo_places)];
          guint round = c / G_N_ELEMENTS (demo_places);

          name = round ? g_strdup_printf ("Brukerutvalget NAV %s %u", place, round + 1)
                       : g_strdup_printf ("Brukerutvalget NAV %s", place);
          unit = g_strdup_printf ("NAV %s", place);
        }

      council = add_council (&b, name, unit, error);
      if (council == NULL)
        goto failed;

      if (!add_members (&b, council, error))
        goto failed;

      for (guint y = 0; y < years; y++)
        {
          int year = this_year - (int) years + 1 + (int) y;
          gboolean with_documents = y + 1 == years || (years - 1 - y) % 3 == 0;

          for (guint m = 0; m < mv_sample_n_meetings; m++)
            if (!add_meeting (&b, council, year, m, &numbering, with_documents, error))
              {
                g_clear_object (&numbering.previous);
                goto failed;
              }
        }
      g_clear_object (&numbering.previous);

      if (!add_backlog (&b, council, error))
        goto failed;
    }

  return mv_store_commit (store, error);

failed:
  mv_store_rollback (store);
  return FALSE;
}

/**
 * mv_sample_create:
 * @inspect: (nullable): reads page count and text of the sample PDFs
 *
 * Fills an empty file with the sample council "Brukerutvalget NAV
 * Eksempelby": organisations, members, this year's meetings, items and the
 * sample documents. All or nothing.
 */
gboolean
mv_sample_create (MvStore        *store,
                  MvInspectFunc   inspect,
                  GError        **error)
{
  return build (store, 1, 1, inspect, error);
}

/**
 * mv_sample_create_demo:
 *
 * Fills an empty file with @councils councils of @years years each, for
 * benchmarks.
 */
gboolean
mv_sample_create_demo (MvStore        *store,
                       guint           years,
                       guint           councils,
                       MvInspectFunc   inspect,
                       GError        **error)
{
  g_return_val_if_fail (years >= 1 && councils >= 1, FALSE);

  return build (store, years, councils, inspect, error);
}
