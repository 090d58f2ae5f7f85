/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-csv.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-member.h"
#include "mv-members.h"
#include "mv-organisation.h"
#include "mv-queries.h"
#include "mv-read-file.h"
#include "mv-registers.h"
#include "mv-store-files.h"
#include "mv-text.h"

/* ------------------------------------------------------------------------ */
/* Reading CSV                                                              */
/* ------------------------------------------------------------------------ */

void
mv_csv_record_free (MvCsvRecord *record)
{
  if (record == NULL)
    return;
  g_strfreev (record->fields);
  g_free (record->problem);
  g_free (record);
}

static char *
from_utf16 (const char *data,
            gsize       length,
            const char *charset)
{
  gsize written = 0;
  char *text = g_convert (data, length, "UTF-8", charset, NULL, &written, NULL);

  /* A NUL character: binary after all. */
  if (text != NULL && memchr (text, '\0', written) != NULL)
    g_clear_pointer (&text, g_free);
  return text;
}

/* Where a line break ends a line, as read_record() counts them: CRLF, LF
 * or CR. */
static gboolean
ends_line (const char *p,
           const char *end)
{
  return *p == '\n' || (*p == '\r' && !(p + 1 < end && p[1] == '\n'));
}

/* For text that is not valid UTF-8 throughout: whether it holds any valid
 * multi-byte UTF-8 sequence, and (in @bad_lines, ascending) the lines that
 * hold bytes that are not. @text gets the valid parts with U+FFFD for
 * each byte that is not. */
static gboolean
split_utf8 (const char *data,
            gsize       length,
            GString    *text,
            GArray     *bad_lines)
{
  const char *p = data, *end = data + length;
  gboolean multi_byte = FALSE;
  guint line = 1;

  while (p < end)
    {
      const char *valid_end;

      g_utf8_validate_len (p, end - p, &valid_end);
      for (const char *q = p; q < valid_end; q++)
        {
          if ((guchar) *q >= 0x80)
            multi_byte = TRUE;
          if (ends_line (q, end))
            line++;
        }
      g_string_append_len (text, p, valid_end - p);
      p = valid_end;
      if (p < end)
        {
          if (bad_lines->len == 0 || g_array_index (bad_lines, guint, bad_lines->len - 1) != line)
            g_array_append_val (bad_lines, line);
          g_string_append (text, "\xEF\xBF\xBD");
          p++;
        }
    }
  return multi_byte;
}

/* Excel saves "CSV (semikolondelt)" in the machine's ANSI code page, which
 * is Windows-1252 in Norway, and "CSV UTF-8" with a byte order mark. The
 * encoding is decided for the whole file, honestly: valid UTF-8 is UTF-8;
 * a file with no valid multi-byte UTF-8 sequence in it is Windows-1252
 * (whose æøå are almost never valid UTF-8 by accident); a file that is
 * UTF-8 but for some lines – pasted together from two sources – is UTF-8,
 * and those lines, in @bad_lines, are refused rather than guessed at. */
static char *
decode (GBytes      *bytes,
        const char  *file_name,
        GArray      *bad_lines,
        GError     **error)
{
  g_autoptr(GString) mixed = NULL;
  gsize length = 0;
  const char *data = bytes ? g_bytes_get_data (bytes, &length) : NULL;
  char *text;

  if (data == NULL)
    {
      data = "";
      length = 0;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  /* Excel's "Unicode text" is UTF-16 with a byte order mark, tab-separated. */
  if (length >= 2 && (guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE &&
      (text = from_utf16 (data + 2, length - 2, "UTF-16LE")) != NULL)
    return text;
  if (length >= 2 && (guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF &&
      (text = from_utf16 (data + 2, length - 2, "UTF-16BE")) != NULL)
    return text;

  if (length > 0 && memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” is not a CSV file: it holds binary data"), file_name);
      return NULL;
    }

  if (g_utf8_validate_len (data, length, NULL))
    return g_strndup (data, length);

  mixed = g_string_sized_new (length + 16);
  if (split_utf8 (data, length, mixed, bad_lines))
    return g_string_free (g_steal_pointer (&mixed), FALSE);
  g_array_set_size (bad_lines, 0);

  text = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (text == NULL)
    /* The five bytes Windows-1252 leaves undefined: read them as Latin-1
     * rather than refuse a file over one odd character. */
    text = g_convert (data, length, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
  if (text == NULL)
    g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                 _("“%s” is not a CSV file: its text cannot be read"), file_name);
  return text;
}

/* Whether a record from line @first to before @next (to @next itself for
 * the last record, which may end without a line break) is in @bad_lines.
 * Records come in line order, as @bad_lines is: @cursor keeps the place,
 * so that a file with many bad lines is looked through once. */
static gboolean
spans_bad_line (GArray   *bad_lines,
                guint    *cursor,
                guint     first,
                guint     next,
                gboolean  last)
{
  guint line;

  while (*cursor < bad_lines->len && g_array_index (bad_lines, guint, *cursor) < first)
    (*cursor)++;
  if (*cursor == bad_lines->len)
    return FALSE;
  line = g_array_index (bad_lines, guint, *cursor);
  return line < next || (last && line == next);
}

/* The separator of the first line: the candidate that occurs most outside
 * quotes; ';' (Norwegian Excel) when none or a tie. */
static char
detect_separator (const char *text)
{
  static const char candidates[] = { ';', ',', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean in_quotes = FALSE;
  guint best = 0;

  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        in_quotes = !in_quotes;
      else if (!in_quotes && (*p == '\n' || *p == '\r'))
        break;
      else if (!in_quotes)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
    }

  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

static const char *
skip_line_break (const char *p,
                 guint      *line)
{
  if (*p == '\r' && p[1] == '\n')
    p++;
  (*line)++;
  return p + 1;
}

static void
end_field (GPtrArray *fields,
           GString   *field)
{
  g_ptr_array_add (fields, g_strndup (field->str, field->len));
  g_string_truncate (field, 0);
}

/* One record from @p; returns where the next one starts. */
static const char *
read_record (const char   *p,
             char          separator,
             guint        *line,
             MvCsvRecord **out)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  MvCsvRecord *record = g_new0 (MvCsvRecord, 1);
  gboolean in_quotes = FALSE;
  gboolean quoted = FALSE;   /* the field began with a quotation mark */

  record->line = *line;

  for (;;)
    {
      char c = *p;

      if (in_quotes)
        {
          if (c == '\0')
            {
              record->problem = g_strdup (_("a quotation mark is not closed"));
              end_field (fields, field);
              break;
            }
          else if (c == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p += 2;
            }
          else if (c == '"')
            {
              in_quotes = FALSE;
              p++;
            }
          else if (c == '\r' || c == '\n')
            {
              g_string_append_c (field, '\n');
              p = skip_line_break (p, line);
            }
          else
            {
              g_string_append_c (field, c);
              p++;
            }
        }
      else if (c == '\0')
        {
          end_field (fields, field);
          break;
        }
      else if (c == '\r' || c == '\n')
        {
          end_field (fields, field);
          p = skip_line_break (p, line);
          break;
        }
      else if (c == separator)
        {
          end_field (fields, field);
          quoted = FALSE;
          p++;
        }
      else if (c == '"' && field->len == 0 && !quoted)
        {
          in_quotes = quoted = TRUE;
          p++;
        }
      else
        {
          /* Also a quotation mark inside an unquoted field, or after the
           * closing one: Excel never writes that, so keep what is there. */
          g_string_append_c (field, c);
          p++;
        }
    }

  record->n_fields = fields->len;
  g_ptr_array_add (fields, NULL);
  record->fields = (GStrv) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
  *out = record;
  return p;
}

/**
 * mv_csv_parse:
 *
 * Reads every record of a CSV file; see mv-csv.h for what it accepts.
 */
GPtrArray *
mv_csv_parse (GBytes      *bytes,
              const char  *file_name,
              char        *separator,
              GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) bad_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint bad_cursor = 0;
  const char *p;
  guint line = 1;
  char sep;

  g_return_val_if_fail (file_name != NULL, NULL);

  if (!(text = decode (bytes, file_name, bad_lines, error)))
    return NULL;

  for (p = text; *p && g_ascii_isspace (*p); p++)
    ;
  if (*p == '\0')
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("“%s” is empty"), file_name);
      return NULL;
    }

  p = text;
  /* Excel reads, and some tools write, a first line "sep=;". */
  if (g_ascii_strncasecmp (p, "sep=", 4) == 0 && p[4] != '\0' &&
      (p[5] == '\n' || p[5] == '\r' || p[5] == '\0'))
    {
      sep = p[4];
      p += 5;
      if (*p != '\0')
        p = skip_line_break (p, &line);
    }
  else
    sep = detect_separator (p);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) mv_csv_record_free);
  while (*p != '\0')
    {
      MvCsvRecord *record;

      p = read_record (p, sep, &line, &record);
      if (record->problem == NULL && spans_bad_line (bad_lines, &bad_cursor, record->line, line, *p == '\0'))
        record->problem = g_strdup (_("the line is not UTF-8 like the rest of the file, "
                                      "so its letters cannot be read"));
      g_ptr_array_add (records, record);
    }

  if (separator != NULL)
    *separator = sep;
  return g_steal_pointer (&records);
}

/* ------------------------------------------------------------------------ */
/* Values                                                                   */
/* ------------------------------------------------------------------------ */

gboolean
mv_email_is_valid (const char *address)
{
  const char *at, *domain, *last_dot;

  if (address == NULL || !g_utf8_validate (address, -1, NULL))
    return FALSE;

  for (const char *p = address; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return FALSE;
    }

  at = strchr (address, '@');
  if (at == NULL || at == address || strchr (at + 1, '@') != NULL)
    return FALSE;

  domain = at + 1;
  last_dot = strrchr (domain, '.');
  return last_dot != NULL && *domain != '.' && last_dot[1] != '\0' &&
         strstr (domain, "..") == NULL;
}

/* A term's day in a file: mv_date_parse_user() says which forms. */
char *
mv_csv_parse_date (const char *text)
{
  GDate date;

  if (!mv_date_parse_user (text, MV_DATE_INPUT_FILE, &date))
    return NULL;
  return mv_date_format (&date);
}

/* Blanks collapsed to one space, none at the ends: what a name is. The
 * apostrophe our own export (and careful spreadsheets) put before a cell
 * that would otherwise be read as a formula is not part of the text. */
static char *
clean_text (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean blank = FALSE;

  if (text != NULL && text[0] == '\'' && text[1] != '\0' && strchr ("=+-@\t\r", text[1]))
    text++;

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        blank = TRUE;
      else
        {
          if (blank && out->len > 0)
            g_string_append_c (out, ' ');
          blank = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* What two names are compared by: clean, and folded as every filter of
 * the app folds (mv_text_fold()). */
static char *
fold (const char *text)
{
  g_autofree char *clean = clean_text (text);

  return mv_text_fold (clean);
}

/* A header cell or a role word, with blanks, '-', '_' and '.' left out. */
static char *
fold_word (const char *text)
{
  g_autofree char *folded = fold (text);
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = folded; *p; p++)
    if (*p != ' ' && *p != '-' && *p != '_' && *p != '.')
      g_string_append_c (out, *p);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  const char *word;   /* as fold_word() leaves it */
  int         value;
} Word;

static gboolean
look_up_word (const Word *words,
              guint       n_words,
              const char *text,
              int        *value)
{
  g_autofree char *key = fold_word (text);

  for (guint i = 0; i < n_words; i++)
    if (g_str_equal (key, words[i].word))
      {
        *value = words[i].value;
        return TRUE;
      }
  return FALSE;
}

static const Word role_words[] = {
  { "medlem", MV_MEMBER_ROLE_MEMBER },
  { "brukerrepresentant", MV_MEMBER_ROLE_MEMBER },
  { "member", MV_MEMBER_ROLE_MEMBER },
  { "vara", MV_MEMBER_ROLE_DEPUTY },
  { "varamedlem", MV_MEMBER_ROLE_DEPUTY },
  { "vararepresentant", MV_MEMBER_ROLE_DEPUTY },
  { "deputy", MV_MEMBER_ROLE_DEPUTY },
  { "leder", MV_MEMBER_ROLE_CHAIR },
  { "leiar", MV_MEMBER_ROLE_CHAIR },
  { "chair", MV_MEMBER_ROLE_CHAIR },
  { "nestleder", MV_MEMBER_ROLE_VICE_CHAIR },
  { "nestleiar", MV_MEMBER_ROLE_VICE_CHAIR },
  { "vicechair", MV_MEMBER_ROLE_VICE_CHAIR },
  { "sekretær", MV_MEMBER_ROLE_SECRETARY },
  { "sekretaer", MV_MEMBER_ROLE_SECRETARY },
  { "secretary", MV_MEMBER_ROLE_SECRETARY },
  { "navleder", MV_MEMBER_ROLE_NAV_LEADER },
  { "navleiar", MV_MEMBER_ROLE_NAV_LEADER },
  { "navleader", MV_MEMBER_ROLE_NAV_LEADER },
  { "navansatt", MV_MEMBER_ROLE_NAV_STAFF },
  { "navtilsett", MV_MEMBER_ROLE_NAV_STAFF },
  { "navstaff", MV_MEMBER_ROLE_NAV_STAFF },
  { "observatør", MV_MEMBER_ROLE_OBSERVER },
  { "observator", MV_MEMBER_ROLE_OBSERVER },
  { "observer", MV_MEMBER_ROLE_OBSERVER },
};

static const Word gender_words[] = {
  { "", MV_GENDER_UNKNOWN },
  { "ukjent", MV_GENDER_UNKNOWN },
  { "ikkeoppgitt", MV_GENDER_UNKNOWN },
  { "unknown", MV_GENDER_UNKNOWN },
  { "kvinne", MV_GENDER_FEMALE },
  { "k", MV_GENDER_FEMALE },
  { "female", MV_GENDER_FEMALE },
  { "f", MV_GENDER_FEMALE },
  { "mann", MV_GENDER_MALE },
  { "m", MV_GENDER_MALE },
  { "male", MV_GENDER_MALE },
  { "annet", MV_GENDER_OTHER },
  { "anna", MV_GENDER_OTHER },
  { "other", MV_GENDER_OTHER },
};

static const Word yes_no_words[] = {
  { "", FALSE },
  { "nei", FALSE },
  { "n", FALSE },
  { "no", FALSE },
  { "0", FALSE },
  { "false", FALSE },
  { "usant", FALSE },
  { "ja", TRUE },
  { "j", TRUE },
  { "yes", TRUE },
  { "y", TRUE },
  { "x", TRUE },
  { "1", TRUE },
  { "true", TRUE },
  { "sant", TRUE },
};

/* ------------------------------------------------------------------------ */
/* The member list                                                          */
/* ------------------------------------------------------------------------ */

typedef enum
{
  COL_NAME,
  COL_ORGANISATION,
  COL_ROLE,
  COL_EMAIL,
  COL_PHONE,
  COL_TERM_START,
  COL_TERM_END,
  COL_DEPUTY_FOR,
  COL_GENDER,
  COL_YOUNG,
  COL_USER_GROUPS,
  N_COLUMNS
} Column;

static const Word column_words[] = {
  { "navn", COL_NAME },
  { "namn", COL_NAME },
  { "name", COL_NAME },
  { "organisasjon", COL_ORGANISATION },
  { "organisation", COL_ORGANISATION },
  { "organization", COL_ORGANISATION },
  { "rolle", COL_ROLE },
  { "role", COL_ROLE },
  { "epost", COL_EMAIL },
  { "epostadresse", COL_EMAIL },
  { "email", COL_EMAIL },
  { "telefon", COL_PHONE },
  { "tlf", COL_PHONE },
  { "mobil", COL_PHONE },
  { "phone", COL_PHONE },
  { "fra", COL_TERM_START },
  { "termstart", COL_TERM_START },
  { "til", COL_TERM_END },
  { "termend", COL_TERM_END },
  { "varafor", COL_DEPUTY_FOR },
  { "deputyfor", COL_DEPUTY_FOR },
  { "kjønn", COL_GENDER },
  { "kjonn", COL_GENDER },
  { "gender", COL_GENDER },
  { "under30", COL_YOUNG },
  { "ung", COL_YOUNG },
  { "young", COL_YOUNG },
  { "brukergrupper", COL_USER_GROUPS },
  { "brukergruppe", COL_USER_GROUPS },
  { "brukargrupper", COL_USER_GROUPS },
  { "brukargruppe", COL_USER_GROUPS },
  { "usergroups", COL_USER_GROUPS },
  { "usergroup", COL_USER_GROUPS },
};

typedef enum
{
  ROW_REJECTED,
  ROW_EXISTING,
  ROW_NEW,
} RowState;

typedef struct
{
  guint           line;
  RowState        state;
  GPtrArray      *problems;       /* of char* */
  char           *name;
  char           *name_key;       /* fold (name) */
  char           *organisation;   /* as written, cleaned; "" for none */
  MvOrganisation *existing_org;   /* (unowned) the organisation it names, if there is one */
  char           *org_key;        /* the organisation's id, "" or "new:" + its folded name;
                                   * NAV_KEY for a NAV representative */
  gboolean        nav;            /* the organisation is a NAV unit: none is made */
  gboolean        nav_role_set;   /* … and the role became NAV staff */
  MvMemberRole    role;
  char           *email;
  char           *phone;
  char           *term_start;     /* as written, cleaned; "" for none */
  char           *term_end;
  char           *deputy_for;     /* the name as written, or NULL */
  MvMember       *deputy_target;  /* (unowned) a member of the store */
  gpointer        deputy_row;     /* (unowned) a Row of the file */
  MvGender        gender;
  gboolean        young;
  GPtrArray      *user_group_ids; /* of char*: the user groups named, each once */
  MvMember       *member;         /* the record made for a new row */
} Row;

/* The organisation part of a member's key when they represent NAV: one
 * NAV unit or another, with an organisation of the file or without. */
#define NAV_KEY "nav:"

static void
row_free (Row *row)
{
  g_ptr_array_unref (row->problems);
  g_free (row->name);
  g_free (row->name_key);
  g_free (row->organisation);
  g_free (row->org_key);
  g_free (row->email);
  g_free (row->phone);
  g_free (row->term_start);
  g_free (row->term_end);
  g_free (row->deputy_for);
  g_ptr_array_unref (row->user_group_ids);
  g_clear_object (&row->member);
  g_free (row);
}

static void
rejection_free (MvImportRejection *rejection)
{
  g_free (rejection->reason);
  g_free (rejection);
}

static void
note_free (MvImportNote *note)
{
  g_free (note->name);
  g_free (note->text);
  g_free (note);
}

void
mv_import_report_free (MvImportReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->rejections);
  g_ptr_array_unref (report->notes);
  g_ptr_array_unref (report->created_organisations);
  g_ptr_array_unref (report->ignored_columns);
  g_free (report);
}

static void
reject (Row  *row,
        char *reason)
{
  row->state = ROW_REJECTED;
  g_ptr_array_add (row->problems, reason);
}

static const char *
cell (MvCsvRecord *record,
      const int    columns[N_COLUMNS],
      Column       column)
{
  int index = columns[column];

  if (index < 0 || (guint) index >= record->n_fields)
    return "";
  return record->fields[index];
}

static gboolean
record_is_blank (MvCsvRecord *record)
{
  for (guint i = 0; i < record->n_fields; i++)
    {
      g_autofree char *clean = clean_text (record->fields[i]);

      if (*clean != '\0')
        return FALSE;
    }
  return record->problem == NULL;
}

/* The organisations by folded name and short name. */
static GHashTable *
index_organisations (MvStore *store)
{
  GListModel *orgs = mv_store_get_model (store, MV_TYPE_ORGANISATION);
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(MvOrganisation) org = g_list_model_get_item (orgs, i);
      const char *names[] = { mv_organisation_get_name (org),
                              mv_organisation_get_short_name (org) };

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        {
          g_autofree char *key = fold (names[j]);

          if (*key != '\0' && !g_hash_table_contains (index, key))
            g_hash_table_insert (index, g_steal_pointer (&key), org);
        }
    }
  return index;
}

/* The user groups by folded name. */
static GHashTable *
index_user_groups (MvStore *store)
{
  GListModel *groups = mv_store_get_model (store, MV_TYPE_USER_GROUP);
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MvUserGroup) group = g_list_model_get_item (groups, i);
      g_autofree char *key = fold (mv_user_group_get_name (group));

      if (*key != '\0' && !g_hash_table_contains (index, key))
        g_hash_table_insert (index, g_steal_pointer (&key), group);
    }
  return index;
}

/* Whether an organisation's folded name is a NAV unit: the council's own
 * (@nav_unit_key, folded; may be empty), NAV itself, or "NAV Something" –
 * which is how every NAV office, county and directorate is named. */
static gboolean
is_nav_unit (const char *key,
             const char *nav_unit_key)
{
  return *key != '\0' &&
         ((*nav_unit_key != '\0' && g_str_equal (key, nav_unit_key)) ||
          g_str_equal (key, "nav") || g_str_has_prefix (key, "nav "));
}

/* Whether a member of the council may be the one a NAV row of the file
 * names: they have no organisation (as a NAV row is written), or a NAV
 * unit's – also a user organisation that an earlier import made of one. */
static gboolean
member_is_nav (MvStore    *store,
               MvMember   *member,
               const char *nav_unit_key)
{
  const char *org_id = mv_member_get_organisation_id (member);
  MvOrganisation *org = org_id ? mv_store_lookup (store, MV_TYPE_ORGANISATION, org_id) : NULL;
  g_autofree char *name = NULL;
  g_autofree char *short_name = NULL;

  if (org == NULL)
    return TRUE;
  if (mv_organisation_get_kind (org) == MV_ORGANISATION_KIND_NAV)
    return TRUE;
  name = fold (mv_organisation_get_name (org));
  short_name = fold (mv_organisation_get_short_name (org));
  return is_nav_unit (name, nav_unit_key) || is_nav_unit (short_name, nav_unit_key);
}

static char *
member_key (const char *name_key,
            const char *org_key)
{
  return g_strconcat (name_key, "\x1f", org_key, NULL);
}

/* The user groups a cell names, separated by ',' or ';': their ids into
 * @row, or a reason for each name that is none of them. */
static void
read_user_groups (Row        *row,
                  const char *text,
                  GHashTable *groups)
{
  g_auto(GStrv) names = g_strsplit_set (text, ",;", -1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *name = clean_text (names[i]);
      g_autofree char *key = fold (name);
      MvUserGroup *group;
      const char *id;

      if (*key == '\0')
        continue;
      if (!(group = g_hash_table_lookup (groups, key)))
        {
          reject (row, g_strdup_printf (_("“%s” is not one of the user groups"), name));
          continue;
        }
      id = mv_record_get_id (MV_RECORD (group));
      if (!g_ptr_array_find_with_equal_func (row->user_group_ids, id, g_str_equal, NULL))
        g_ptr_array_add (row->user_group_ids, g_strdup (id));
    }
}

static Row *
read_row (MvStore     *store,
          MvCouncil   *council,
          MvCsvRecord *record,
          const int    columns[N_COLUMNS],
          GHashTable  *orgs,
          GHashTable  *groups,
          const char  *nav_unit_key)
{
  g_autoptr(MvMemberEdit) edit = mv_member_edit_new ();
  g_autoptr(GPtrArray) problems = NULL;
  guint first = 0;
  Row *row = g_new0 (Row, 1);
  const char *role_text = cell (record, columns, COL_ROLE);
  g_autofree char *role_clean = clean_text (role_text);
  g_autofree char *start_text = clean_text (cell (record, columns, COL_TERM_START));
  g_autofree char *end_text = clean_text (cell (record, columns, COL_TERM_END));
  g_autofree char *gender_text = clean_text (cell (record, columns, COL_GENDER));
  g_autofree char *young_text = clean_text (cell (record, columns, COL_YOUNG));
  g_autofree char *deputy_for = clean_text (cell (record, columns, COL_DEPUTY_FOR));
  char *reason;
  int value;

  row->line = record->line;
  row->state = ROW_NEW;
  row->problems = g_ptr_array_new_with_free_func (g_free);
  row->user_group_ids = g_ptr_array_new_with_free_func (g_free);
  row->name = clean_text (cell (record, columns, COL_NAME));
  row->name_key = fold (row->name);
  row->organisation = clean_text (cell (record, columns, COL_ORGANISATION));
  row->email = clean_text (cell (record, columns, COL_EMAIL));
  row->phone = clean_text (cell (record, columns, COL_PHONE));
  row->deputy_for = *deputy_for ? g_steal_pointer (&deputy_for) : NULL;

  row->term_start = g_steal_pointer (&start_text);
  row->term_end = g_steal_pointer (&end_text);

  if (record->problem != NULL)
    reject (row, g_strdup (record->problem));

  /* The checks of the member form and the CLI; the role is a word of the
   * file's own, and its reason comes after the name's. */
  edit->name = g_strdup (row->name);
  edit->term_start = g_strdup (row->term_start);
  edit->term_end = g_strdup (row->term_end);
  edit->email = g_strdup (row->email);
  edit->phone = g_strdup (row->phone);
  problems = mv_members_check (store, council, NULL, edit, MV_MEMBER_WORDING_LIST);
  if (problems->len > 0 &&
      ((MvMemberProblem *) g_ptr_array_index (problems, 0))->field == MV_MEMBER_FIELD_NAME)
    reject (row, g_strdup (((MvMemberProblem *) g_ptr_array_index (problems, first++))->reason));

  if (*role_clean == '\0')
    row->role = row->deputy_for ? MV_MEMBER_ROLE_DEPUTY : MV_MEMBER_ROLE_MEMBER;
  else if (look_up_word (role_words, G_N_ELEMENTS (role_words), role_clean, &value))
    row->role = value;
  else
    reject (row, g_strdup_printf (_("“%s” is not a role"), role_clean));

  for (guint i = first; i < problems->len; i++)
    reject (row, g_strdup (((MvMemberProblem *) g_ptr_array_index (problems, i))->reason));

  if (look_up_word (gender_words, G_N_ELEMENTS (gender_words), gender_text, &value))
    row->gender = value;
  else
    reject (row, g_strdup_printf (_("“%s” is not a gender"), gender_text));

  if (look_up_word (yes_no_words, G_N_ELEMENTS (yes_no_words), young_text, &value))
    row->young = value;
  else
    reject (row, g_strdup_printf (_("“%s” is neither yes nor no"), young_text));

  read_user_groups (row, cell (record, columns, COL_USER_GROUPS), groups);

  /* A new organisation is made from the cell: refused here, by the row,
   * rather than by the store in the middle of the import. */
  if ((reason = mv_text_length_problem (_("Organisation"), row->organisation, MV_TEXT_NAME_MAX)))
    reject (row, g_steal_pointer (&reason));

  if (*row->organisation == '\0')
    row->org_key = g_strdup ("");
  else
    {
      g_autofree char *key = fold (row->organisation);

      row->existing_org = g_hash_table_lookup (orgs, key);
      row->nav = is_nav_unit (key, nav_unit_key) ||
                 (row->existing_org != NULL &&
                  mv_organisation_get_kind (row->existing_org) == MV_ORGANISATION_KIND_NAV);
      if (row->nav)
        {
          /* Never a user organisation for NAV, also not one an earlier
           * import made: an organisation of the kind NAV, or none. */
          if (row->existing_org != NULL &&
              mv_organisation_get_kind (row->existing_org) != MV_ORGANISATION_KIND_NAV)
            row->existing_org = NULL;
          row->org_key = g_strdup (NAV_KEY);
        }
      else
        row->org_key = row->existing_org
                       ? g_strdup (mv_record_get_id (MV_RECORD (row->existing_org)))
                       : g_strconcat ("new:", key, NULL);
    }

  /* NAV's people take part without representing the users: a NAV row
   * that says no more than "member" is NAV staff, so that the coverage
   * does not count them among the user representatives. */
  if (row->nav && row->role == MV_MEMBER_ROLE_MEMBER)
    {
      row->role = MV_MEMBER_ROLE_NAV_STAFF;
      row->nav_role_set = TRUE;
    }

  return row;
}

/* Finds whom each new deputy row stands in for: a member of the council
 * or a new row of the file. A row that loses its target because that row
 * was rejected is rejected in turn, so this runs until nothing changes. */
static void
resolve_deputies (GPtrArray *rows,
                  GPtrArray *members)
{
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;

      for (guint i = 0; i < rows->len; i++)
        {
          Row *row = g_ptr_array_index (rows, i);
          g_autofree char *key = NULL;
          MvMember *target = NULL;
          Row *target_row = NULL;
          guint n = 0;

          if (row->state != ROW_NEW || row->deputy_for == NULL)
            continue;

          key = fold (row->deputy_for);
          for (guint j = 0; j < members->len; j++)
            {
              MvMember *member = g_ptr_array_index (members, j);
              g_autofree char *name = fold (mv_member_get_name (member));

              if (g_str_equal (name, key))
                {
                  target = member;
                  n++;
                }
            }
          for (guint j = 0; j < rows->len; j++)
            {
              Row *other = g_ptr_array_index (rows, j);

              if (other->state == ROW_NEW && g_str_equal (other->name_key, key))
                {
                  target_row = other;
                  n++;
                }
            }

          if (n == 0)
            reject (row, g_strdup_printf (_("“%s” is not a member of the council"),
                                          row->deputy_for));
          else if (n > 1)
            reject (row, g_strdup_printf (_("more than one member is called “%s”"),
                                          row->deputy_for));
          else if (target_row == row)
            reject (row, g_strdup (_("a member cannot be their own deputy")));
          else
            {
              row->deputy_target = target_row ? NULL : target;
              row->deputy_row = target_row;
              continue;
            }
          changed = TRUE;
        }
    }
}

static gboolean
write_rows (MvStore         *store,
            MvCouncil       *council,
            GPtrArray       *rows,
            MvImportReport  *report,
            GError         **error)
{
  g_autoptr(GHashTable) new_orgs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_object_unref);

  if (!mv_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      MvOrganisation *org = row->existing_org;
      g_autoptr(MvMemberEdit) edit = NULL;
      MvMember *member;

      if (row->state != ROW_NEW)
        continue;

      if (org == NULL && *row->organisation != '\0' && !row->nav)
        {
          org = g_hash_table_lookup (new_orgs, row->org_key);
          if (org == NULL)
            {
              MvOrganisationFields fields;

              mv_organisation_fields_init (&fields, NULL);
              fields.name = row->organisation;
              if (!(org = mv_organisations_insert (store, &fields, NULL, error)))
                goto failed;
              g_hash_table_insert (new_orgs, g_strdup (row->org_key), g_object_ref (org));
              g_ptr_array_add (report->created_organisations, g_strdup (row->organisation));
            }
        }

      edit = mv_member_edit_new ();
      edit->name = g_strdup (row->name);
      edit->organisation_id = g_strdup (org ? mv_record_get_id (MV_RECORD (org)) : NULL);
      edit->role = row->role;
      edit->deputy_for = g_strdup (row->deputy_target
                                   ? mv_record_get_id (MV_RECORD (row->deputy_target)) : NULL);
      edit->term_start = g_strdup (row->term_start);
      edit->term_end = g_strdup (row->term_end);
      edit->email = g_strdup (row->email);
      edit->phone = g_strdup (row->phone);
      edit->gender = row->gender;
      edit->young = row->young;
      for (guint j = 0; j < row->user_group_ids->len; j++)
        g_ptr_array_add (edit->user_group_ids, g_strdup (g_ptr_array_index (row->user_group_ids, j)));
      if (!(member = mv_members_write (store, council, NULL, edit, NULL, error)))
        goto failed;
      row->member = g_object_ref (member);
      report->n_added++;
    }

  /* Rows that stand in for a row of the file, now that it has an id. */
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      Row *target = row->deputy_row;

      if (row->state == ROW_NEW && target != NULL &&
          !mv_store_set (store, row->member, error,
                         "deputy-for", mv_record_get_id (MV_RECORD (target->member)), NULL))
        goto failed;
    }

  if (mv_store_commit (store, error))
    return TRUE;

failed:
  mv_store_rollback (store);
  return FALSE;
}

static int
compare_rejections (gconstpointer a,
                    gconstpointer b)
{
  const MvImportRejection *ra = *(MvImportRejection **) a;
  const MvImportRejection *rb = *(MvImportRejection **) b;

  return (ra->line > rb->line) - (ra->line < rb->line);
}

static void
add_note (MvImportReport   *report,
          Row              *row,
          MvImportNoteKind  kind,
          char             *text)
{
  MvImportNote *note = g_new0 (MvImportNote, 1);

  note->line = row->line;
  note->kind = kind;
  note->name = g_strdup (row->name);
  note->text = text;
  g_ptr_array_add (report->notes, note);
}

/* What the secretary should know of the rows just added, in the order of
 * the file: a NAV unit that was not made an organisation, a term that is
 * already over. */
static void
note_rows (MvImportReport *report,
           GPtrArray      *rows)
{
  g_autofree char *today = mv_date_today ();

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      g_autofree char *end = NULL;

      if (row->state != ROW_NEW)
        continue;

      if (row->nav && row->existing_org == NULL)
        add_note (report, row, MV_IMPORT_NOTE_NAV,
                  row->nav_role_set
                  /* Translators: a note on an imported row; the first %s is
                   * the member's name, the second the organisation as written. */
                  ? g_strdup_printf (_("%s – “%s” is NAV, not a user organisation: "
                                       "added as NAV staff, without an organisation"),
                                     row->name, row->organisation)
                  : g_strdup_printf (_("%s – “%s” is NAV, not a user organisation: "
                                       "added without an organisation"),
                                     row->name, row->organisation));
      else if (row->nav && row->nav_role_set)
        add_note (report, row, MV_IMPORT_NOTE_NAV,
                  g_strdup_printf (_("%s – “%s” is NAV: added as NAV staff"),
                                   row->name, row->organisation));

      end = mv_csv_parse_date (row->term_end);
      if (end != NULL && strcmp (end, today) < 0)
        {
          g_autofree char *day = mv_date_format_user (end, MV_DATE_STYLE_SHORT);

          /* Translators: a note on an imported row; %s is the member's name,
           * then the day, as "10. feb. 2026". */
          add_note (report, row, MV_IMPORT_NOTE_TERM_ENDED,
                    g_strdup_printf (_("%s – the term ended %s"), row->name, day));
        }
    }
}

/**
 * mv_import_members_csv:
 *
 * See mv-csv.h.
 */
MvImportReport *
mv_import_members_csv (MvStore     *store,
                       MvCouncil   *council,
                       GBytes      *bytes,
                       const char  *file_name,
                       GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GHashTable) orgs = NULL;
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree char *nav_unit_key = NULL;
  g_autoptr(MvImportReport) report = NULL;
  int columns[N_COLUMNS];
  MvCsvRecord *header = NULL;
  guint first = 0, n_known = 0;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  if (!(records = mv_csv_parse (bytes, file_name, NULL, error)))
    return NULL;

  report = g_new0 (MvImportReport, 1);
  report->rejections = g_ptr_array_new_with_free_func ((GDestroyNotify) rejection_free);
  report->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);
  report->created_organisations = g_ptr_array_new_with_free_func (g_free);
  report->ignored_columns = g_ptr_array_new_with_free_func (g_free);

  /* The header: the first record that is not blank. */
  for (first = 0; first < records->len; first++)
    if (!record_is_blank (g_ptr_array_index (records, first)))
      break;
  if (first == records->len)
    {
      /* Only separators, or only Excel's "sep=" line. */
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("“%s” is empty"), file_name);
      return NULL;
    }
  header = g_ptr_array_index (records, first);

  for (guint c = 0; c < N_COLUMNS; c++)
    columns[c] = -1;
  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *clean = clean_text (header->fields[i]);
      int column;

      if (*clean == '\0')
        continue;
      if (look_up_word (column_words, G_N_ELEMENTS (column_words), clean, &column) &&
          columns[column] < 0)
        {
          columns[column] = (int) i;
          n_known++;
        }
      else
        g_ptr_array_add (report->ignored_columns, g_steal_pointer (&clean));
    }

  if (n_known == 0)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” has no header row: the first line must name the columns, "
                     "such as navn;organisasjon;rolle"), file_name);
      return NULL;
    }
  if (columns[COL_NAME] < 0)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” has no column for the name (navn)"), file_name);
      return NULL;
    }

  orgs = index_organisations (store);
  groups = index_user_groups (store);
  nav_unit_key = fold (mv_council_get_nav_unit (council));
  members = mv_store_list_members (store, council, TRUE);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);
      g_autofree char *name_key = fold (mv_member_get_name (member));
      const char *org_id = mv_member_get_organisation_id (member);

      g_hash_table_add (seen, member_key (name_key, org_id ? org_id : ""));
      if (member_is_nav (store, member, nav_unit_key))
        g_hash_table_add (seen, member_key (name_key, NAV_KEY));
    }

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  for (guint i = first + 1; i < records->len; i++)
    {
      MvCsvRecord *record = g_ptr_array_index (records, i);
      Row *row;
      g_autofree char *key = NULL;
      g_autofree char *other_key = NULL;

      if (record_is_blank (record))
        continue;

      row = read_row (store, council, record, columns, orgs, groups, nav_unit_key);
      g_ptr_array_add (rows, row);
      if (row->state == ROW_REJECTED)
        continue;

      key = member_key (row->name_key, row->org_key);
      /* A NAV row is written without an organisation, or with NAV's:
       * the same member as a row without one. */
      if (*row->org_key == '\0' || g_str_equal (row->org_key, NAV_KEY))
        other_key = member_key (row->name_key, *row->org_key == '\0' ? NAV_KEY : "");
      if (g_hash_table_contains (seen, key) || (other_key && g_hash_table_contains (seen, other_key)))
        {
          row->state = ROW_EXISTING;
          report->n_existing++;
        }
      else
        {
          g_hash_table_add (seen, g_steal_pointer (&key));
          if (other_key != NULL)
            g_hash_table_add (seen, g_steal_pointer (&other_key));
        }
    }

  resolve_deputies (rows, members);

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      MvImportRejection *rejection;

      if (row->state == ROW_REJECTED)
        {
          g_ptr_array_add (row->problems, NULL);
          rejection = g_new0 (MvImportRejection, 1);
          rejection->line = row->line;
          /* Translators: between the reasons a row of a CSV file is refused */
          rejection->reason = g_strjoinv (_("; "), (char **) row->problems->pdata);
          g_ptr_array_add (report->rejections, rejection);
          g_ptr_array_remove_index (row->problems, row->problems->len - 1);
        }
    }
  g_ptr_array_sort (report->rejections, compare_rejections);

  for (guint i = 0; i < rows->len; i++)
    if (((Row *) g_ptr_array_index (rows, i))->state == ROW_NEW)
      {
        if (!write_rows (store, council, rows, report, error))
          return NULL;
        note_rows (report, rows);
        break;
      }

  return g_steal_pointer (&report);
}

/* A member list is a few hundred rows; a file larger than this is not one. */
#define CSV_SIZE_LIMIT (64 * 1024 * 1024)

/**
 * mv_import_members_csv_file:
 * @file_name: (nullable): the name to use in messages; by default the file's
 *
 * Reads @file and imports it (mv_import_members_csv()). Refuses what is not
 * a member list to read: a folder, a pipe or device that could block the
 * import for ever, a file too large, and the open Medvirke file itself
 * (reading it would drop this process's locks on it, mv-store-files.c).
 */
MvImportReport *
mv_import_members_csv_file (MvStore    *store,
                            MvCouncil  *council,
                            GFile      *file,
                            const char *file_name,
                            GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = file_name != NULL ? g_strdup (file_name) : g_file_get_parse_name (file);
  path = g_file_get_path (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("“%s” cannot be read: %s"),
                   name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("“%s” is a folder, not a file"), name);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” is not a regular file; save the member list as a file first"), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > CSV_SIZE_LIMIT)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” is too large to be a member list"), name);
      return NULL;
    }
  if (path != NULL && !mv_store_file_check_not_live (path, error))
    return NULL;

  /* Never blocks: the file may have become a pipe since it was looked at. */
  if (!(bytes = mv_read_regular_file (file, name, CSV_SIZE_LIMIT, NULL, error)))
    return NULL;

  return mv_import_members_csv (store, council, bytes, name, error);
}
