/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mv-enums.h"

G_BEGIN_DECLS

/* The names of the enums' values in a council's papers, in its document
 * language (nb, nn or en), in one table for every paper. They are not
 * gettext messages: the language of the papers is a setting of the council
 * and has nothing to do with the UI's locale, whose names are
 * mv_enum_to_label()'s. A new value of an enum gets its three names here
 * and its label in mv-enums.c. */

/* Which of three things, one per document language, belongs to
 * @language; @nb for an unknown one. */
gconstpointer  mv_words_for_language            (MvLanguage     language,
                                                 gconstpointer  nb,
                                                 gconstpointer  nn,
                                                 gconstpointer  en);

/* "Vedtakssak" for MV_ITEM_KIND_DECISION in nb; "" for a value without a
 * name (MV_RAISED_BY_NONE) or out of range. Known: MvItemKind, MvRaisedBy,
 * MvMemberRole, MvMeetingKind ("Ordinært", for a column), MvMeetingStatus,
 * MvExemptBasis ("offl. § 14"). */
const char    *mv_enum_to_document_label        (GType          enum_type,
                                                 int            value,
                                                 MvLanguage     language);

/* A meeting kind as the name of a meeting, "Ekstraordinært møte"; "" out of
 * range. */
const char    *mv_meeting_kind_to_document_name (MvMeetingKind  kind,
                                                 MvLanguage     language);

G_END_DECLS
