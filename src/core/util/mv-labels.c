/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-enum-types.h"
#include "mv-labels.h"

#define N_LANGUAGES (MV_LANGUAGE_EN + 1)
#define MAX_VALUES 10

typedef struct
{
  GType       (*get_type) (void);
  const char   *names[N_LANGUAGES][MAX_VALUES];  /* by MvLanguage, then by value */
} DocumentLabels;

static const DocumentLabels labels[] = {
  { mv_item_kind_get_type,
    { [MV_LANGUAGE_NB] = { "Fast punkt", "Orienteringssak", "Drøftingssak", "Innspillssak",
                           "Vedtakssak", "Eventuelt" },
      [MV_LANGUAGE_NN] = { "Fast punkt", "Orienteringssak", "Drøftingssak", "Innspelssak",
                           "Vedtakssak", "Eventuelt" },
      [MV_LANGUAGE_EN] = { "Standing item", "Information", "Discussion", "Input", "Decision",
                           "Any other business" } } },
  { mv_raised_by_get_type,
    { [MV_LANGUAGE_NB] = { "", "NAV", "Brukerorganisasjon", "Brukerutvalget" },
      [MV_LANGUAGE_NN] = { "", "NAV", "Brukarorganisasjon", "Brukarutvalet" },
      [MV_LANGUAGE_EN] = { "", "NAV", "User organisation", "The council" } } },
  { mv_member_role_get_type,
    { [MV_LANGUAGE_NB] = { "Leder", "Nestleder", "Medlem", "Vararepresentant", "Sekretær",
                           "NAV-leder", "NAV", "Observatør" },
      [MV_LANGUAGE_NN] = { "Leiar", "Nestleiar", "Medlem", "Vararepresentant", "Sekretær",
                           "NAV-leiar", "NAV", "Observatør" },
      [MV_LANGUAGE_EN] = { "Chair", "Vice-chair", "Member", "Deputy", "Secretary",
                           "NAV office leader", "NAV", "Observer" } } },
  { mv_meeting_kind_get_type,
    { [MV_LANGUAGE_NB] = { "Ordinært", "Ekstraordinært", "Arbeidsmøte", "Fellesmøte",
                           "Åpent møte" },
      [MV_LANGUAGE_NN] = { "Ordinært", "Ekstraordinært", "Arbeidsmøte", "Fellesmøte",
                           "Ope møte" },
      [MV_LANGUAGE_EN] = { "Ordinary", "Extraordinary", "Workshop", "Joint meeting",
                           "Open meeting" } } },
  { mv_meeting_status_get_type,
    { [MV_LANGUAGE_NB] = { "Planlagt", "Innkalling sendt", "Avholdt", "Referat godkjent",
                           "Avlyst" },
      [MV_LANGUAGE_NN] = { "Planlagt", "Innkalling send", "Halde", "Referat godkjent",
                           "Avlyst" },
      [MV_LANGUAGE_EN] = { "Planned", "Notice sent", "Held", "Minutes approved",
                           "Cancelled" } } },
  /* The law's own short forms, which a public paper cites in every
   * language. */
  { mv_exempt_basis_get_type,
    { [MV_LANGUAGE_NB] = { "offl. § 13 jf. fvl. § 13", "offl. § 13", "offl. § 14",
                           "offl. § 15", "offl. § 23", "offl. § 25" },
      [MV_LANGUAGE_NN] = { "offl. § 13 jf. fvl. § 13", "offl. § 13", "offl. § 14",
                           "offl. § 15", "offl. § 23", "offl. § 25" },
      [MV_LANGUAGE_EN] = { "offl. § 13 cf. fvl. § 13", "offl. § 13", "offl. § 14",
                           "offl. § 15", "offl. § 23", "offl. § 25" } } },
};

/* A meeting of a kind, named: the notice says "Møte: Ekstraordinært møte". */
static const DocumentLabels meeting_kind_names = {
  mv_meeting_kind_get_type,
  { [MV_LANGUAGE_NB] = { "Ordinært møte", "Ekstraordinært møte", "Arbeidsmøte", "Fellesmøte",
                         "Åpent møte" },
    [MV_LANGUAGE_NN] = { "Ordinært møte", "Ekstraordinært møte", "Arbeidsmøte", "Fellesmøte",
                         "Ope møte" },
    [MV_LANGUAGE_EN] = { "Ordinary meeting", "Extraordinary meeting", "Workshop",
                         "Joint meeting", "Open meeting" } },
};

gconstpointer
mv_words_for_language (MvLanguage    language,
                       gconstpointer nb,
                       gconstpointer nn,
                       gconstpointer en)
{
  switch (language)
    {
    case MV_LANGUAGE_NN:
      return nn;
    case MV_LANGUAGE_EN:
      return en;
    case MV_LANGUAGE_NB:
    default:
      return nb;
    }
}

static const char *
name_of (const DocumentLabels *table,
         int                   value,
         MvLanguage            language)
{
  const char * const *names = mv_words_for_language (language, table->names[MV_LANGUAGE_NB],
                                                     table->names[MV_LANGUAGE_NN],
                                                     table->names[MV_LANGUAGE_EN]);

  if (value < 0 || value >= MAX_VALUES || names[value] == NULL)
    return "";
  return names[value];
}

const char *
mv_enum_to_document_label (GType      enum_type,
                           int        value,
                           MvLanguage language)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (labels[i].get_type () == enum_type)
      return name_of (&labels[i], value, language);

  g_return_val_if_reached ("");
}

const char *
mv_meeting_kind_to_document_name (MvMeetingKind kind,
                                  MvLanguage    language)
{
  return name_of (&meeting_kind_names, kind, language);
}
