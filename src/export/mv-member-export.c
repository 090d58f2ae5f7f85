/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-member-export.h"
#include "mv-member-user-group.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-output.h"
#include "mv-queries.h"
#include "mv-user-group.h"
#include "mv-xlsx.h"

enum
{
  COL_NAME,
  COL_ROLE,
  COL_ORGANISATION,
  COL_USER_GROUPS,
  COL_DEPUTY_FOR,
  COL_TERM_START,
  COL_TERM_END,
  COL_EMAIL,
  COL_PHONE,
  COL_YOUNG,
  COL_HONORARIUM,
  COL_NOTES,
  N_COLUMNS
};

typedef struct
{
  const char *header;      /* translated for the XLSX */
  const char *csv_header;  /* a file format: the words our CSV import knows */
  double      max_width;   /* in characters; a longer text wraps or is cut */
  gboolean    wrap;
} Column;

static const Column columns[N_COLUMNS] = {
  [COL_NAME] = { N_("Name"), "navn", 32, FALSE },
  [COL_ROLE] = { N_("Role"), "rolle", 20, FALSE },
  [COL_ORGANISATION] = { N_("Organisation"), "organisasjon", 36, FALSE },
  [COL_USER_GROUPS] = { N_("User groups"), "brukergrupper", 40, TRUE },
  [COL_DEPUTY_FOR] = { N_("Deputy for"), "vara for", 28, FALSE },
  [COL_TERM_START] = { N_("Term start"), "fra", 14, FALSE },
  [COL_TERM_END] = { N_("Term end"), "til", 14, FALSE },
  [COL_EMAIL] = { N_("E-mail"), "e-post", 44, FALSE },
  [COL_PHONE] = { N_("Phone"), "telefon", 18, FALSE },
  [COL_YOUNG] = { N_("Under 30"), "under 30", 12, FALSE },
  [COL_HONORARIUM] = { N_("Honorarium"), "honorar", 14, FALSE },
  [COL_NOTES] = { N_("Notes"), "merknad", 50, TRUE },
};

/* The CSV's role words, as the Norwegian UI says them (po/nb.po), in the order
 * of MvMemberRole: the file reads the same whatever the UI language. */
static const char * const csv_roles[] = {
  "Leder", "Nestleder", "Medlem", "Vararepresentant", "Sekretær", "NAV-leder", "NAV-ansatt",
  "Observatør",
};

/* libxlsxwriter refuses a header or footer over 255 bytes: the council's
 * name and the date line share it. */
#define HEADER_NAME_MAX_BYTES  160
#define HEADER_AS_OF_MAX_BYTES 80

/* The title block takes rows 0–2, then a blank row, then the header. */
#define TITLE_ROW     0
#define UNIT_ROW      1
#define AS_OF_ROW     2
#define HEADER_ROW    4
#define FIRST_ROW     (HEADER_ROW + 1)

typedef struct
{
  char     *text[N_COLUMNS];   /* valid UTF-8; dates as stored (YYYY-MM-DD) */
  gboolean  young;
  gboolean  honorarium;
  MvMemberRole role;
} Row;

static void
row_free (Row *row)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    g_free (row->text[i]);
  g_free (row);
}

static char *
valid_text (const char *s)
{
  return g_utf8_make_valid (s ? s : "", -1);
}

static const char *
organisation_name (MvStore    *store,
                   const char *id)
{
  const char *label = mv_store_organisation_label (store, id);

  return label ? label : "";
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  MvUserGroup *ga = *(MvUserGroup **) a;
  MvUserGroup *gb = *(MvUserGroup **) b;
  int cmp = mv_user_group_get_position (ga) - mv_user_group_get_position (gb);

  return cmp ? cmp : g_utf8_collate (mv_user_group_get_name (ga), mv_user_group_get_name (gb));
}

/* member id → GPtrArray of MvUserGroup (borrowed from the store). */
static GHashTable *
collect_user_groups (MvStore *store)
{
  GListModel *links = mv_store_get_model (store, MV_TYPE_MEMBER_USER_GROUP);
  GHashTable *by_member = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MvMemberUserGroup) link = g_list_model_get_item (links, i);
      const char *member_id = mv_member_user_group_get_member_id (link);
      MvUserGroup *group = mv_store_lookup (store, MV_TYPE_USER_GROUP,
                                            mv_member_user_group_get_user_group_id (link));
      GPtrArray *groups;

      if (group == NULL || member_id == NULL)
        continue;
      groups = g_hash_table_lookup (by_member, member_id);
      if (groups == NULL)
        {
          groups = g_ptr_array_new ();
          g_hash_table_insert (by_member, g_strdup (member_id), groups);
        }
      g_ptr_array_add (groups, group);
    }

  return by_member;
}

static char *
join_groups (GPtrArray *groups)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  if (groups == NULL)
    return g_strdup ("");

  g_ptr_array_sort (groups, compare_groups);
  for (guint i = 0; i < groups->len; i++)
    {
      if (i > 0)
        g_string_append (joined, ", ");
      g_string_append (joined, mv_user_group_get_name (g_ptr_array_index (groups, i)));
    }
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* The rows both formats write, in the order of mv_store_list_members(). */
static GPtrArray *
collect_rows (MvStore   *store,
              MvCouncil *council,
              gboolean   all)
{
  g_autoptr(GPtrArray) members = mv_store_list_members (store, council, all);
  g_autoptr(GHashTable) groups = collect_user_groups (store);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);
      MvMember *deputy_for = mv_store_lookup (store, MV_TYPE_MEMBER,
                                              mv_member_get_deputy_for (member));
      g_autofree char *joined = join_groups (g_hash_table_lookup (groups,
                                                                  mv_record_get_id (MV_RECORD (member))));
      Row *row = g_new0 (Row, 1);

      row->role = mv_member_get_role (member);
      row->young = mv_member_get_young (member);
      row->honorarium = mv_record_get_boolean (MV_RECORD (member), "honorarium");
      row->text[COL_NAME] = valid_text (mv_member_get_name (member));
      row->text[COL_ROLE] = valid_text (mv_enum_to_label (MV_TYPE_MEMBER_ROLE, row->role));
      row->text[COL_ORGANISATION] =
        valid_text (organisation_name (store, mv_member_get_organisation_id (member)));
      row->text[COL_USER_GROUPS] = valid_text (joined);
      row->text[COL_DEPUTY_FOR] = valid_text (deputy_for ? mv_member_get_name (deputy_for) : "");
      row->text[COL_TERM_START] = valid_text (mv_member_get_term_start (member));
      row->text[COL_TERM_END] = valid_text (mv_member_get_term_end (member));
      /* Every field, whatever the member's contact-shown: this list is the
       * secretariat's own register (the CSV reads back in), written 0600,
       * not a paper sent out. A paper that names members honours the
       * choice (mv_document_member_contact()). */
      row->text[COL_EMAIL] = valid_text (mv_member_get_email (member));
      row->text[COL_PHONE] = valid_text (mv_member_get_phone (member));
      row->text[COL_YOUNG] = valid_text (row->young ? _("Yes") : _("No"));
      row->text[COL_HONORARIUM] = valid_text (row->honorarium ? _("Yes") : _("No"));
      row->text[COL_NOTES] = valid_text (mv_record_get_string (MV_RECORD (member), "notes"));
      g_ptr_array_add (rows, row);
    }

  return rows;
}

/* DD.MM.YYYY; what is not a date stays as it was. */
static char *
format_date (const char *iso)
{
  GDate date;

  if (!mv_xlsx_parse_date (iso, &date))
    return g_strdup (iso ? iso : "");
  return mv_date_format_entry (&date);
}

/* ------------------------------------------------------------------------ */
/* XLSX                                                                     */
/* ------------------------------------------------------------------------ */

/* The longest line of @s, in characters: what a column needs to show it. */
static glong
text_width (const char *s)
{
  glong widest = 0;
  const char *line = s;

  while (line != NULL)
    {
      const char *end = strchr (line, '\n');
      glong n = end ? g_utf8_strlen (line, end - line) : g_utf8_strlen (line, -1);

      widest = MAX (widest, n);
      line = end ? end + 1 : NULL;
    }
  return widest;
}

static gboolean
write_xlsx (const char  *file,
            const char  *target,
            MvCouncil   *council,
            GPtrArray   *rows,
            gboolean     all,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *council_name = valid_text (mv_council_get_name (council));
  g_autofree char *nav_unit = valid_text (mv_council_get_nav_unit (council));
  g_autofree char *header_name = NULL;
  g_autofree char *header_as_of = NULL;
  g_autofree char *page_header = NULL;
  g_autofree char *page_footer = NULL;
  g_autofree char *doc_title = NULL;
  /* Translators: the footer of each printed page of the member list; keep
   * "&P" (the page) and "&N" (the number of pages) as they are. */
  const char *page_of = _("Page &P of &N");
  /* Translators: the name of the spreadsheet's sheet: at most 31 characters,
   * none of [ ] : * ? / \ */
  const char *sheet_name = _("Members");
  lxw_doc_properties properties = { 0 };
  lxw_format *title_format, *header_format, *text_format, *wrap_format, *date_format;
  lxw_row_t last_row;
  double widths[N_COLUMNS];
  MvXlsxSheet sheet;
  GDate day;

  mv_date_set_today (&day);
  today = mv_date_format_entry (&day);
  /* Translators: under the council's name in the member list; %s is
   * today's date (DD.MM.YYYY). */
  as_of = g_strdup_printf (all ? _("As of %s, including former members") : _("As of %s"), today);
  /* Translators: the spreadsheet's title; %s is the council's name. */
  doc_title = g_strdup_printf (_("Members of %s"), council_name);
  header_name = mv_xlsx_escape_header_footer (council_name, HEADER_NAME_MAX_BYTES);
  header_as_of = mv_xlsx_escape_header_footer (as_of, HEADER_AS_OF_MAX_BYTES);
  /* &G wants an image and crashes libxlsxwriter 1.1.4 without one. */
  if (strstr (page_of, "&G") != NULL || strstr (page_of, "&g") != NULL ||
      strlen (page_of) > 60)
    page_of = "Page &P of &N";
  page_header = g_strdup_printf ("&L%s&R%s", header_name, header_as_of);
  page_footer = g_strdup_printf ("&C%s", page_of);

  /* A translation may hold a character a sheet name cannot have. */
  if (!mv_xlsx_sheet_open (&sheet, file, sheet_name, "Members", target, error))
    return FALSE;

  title_format = workbook_add_format (sheet.workbook);
  format_set_bold (title_format);
  format_set_font_size (title_format, 14);

  header_format = workbook_add_format (sheet.workbook);
  format_set_bold (header_format);
  format_set_bottom (header_format, LXW_BORDER_THIN);
  format_set_bg_color (header_format, 0xDDEBF7);

  text_format = workbook_add_format (sheet.workbook);
  format_set_align (text_format, LXW_ALIGN_VERTICAL_TOP);

  wrap_format = workbook_add_format (sheet.workbook);
  format_set_align (wrap_format, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (wrap_format);

  date_format = workbook_add_format (sheet.workbook);
  format_set_num_format (date_format, "dd.mm.yyyy");
  format_set_align (date_format, LXW_ALIGN_LEFT);
  format_set_align (date_format, LXW_ALIGN_VERTICAL_TOP);

  properties.title = doc_title;
  properties.author = council_name;
  properties.company = nav_unit;
  properties.created = (time_t) g_date_time_to_unix (now);
  mv_xlsx_check (&sheet, workbook_set_properties (sheet.workbook, &properties));

  /* The title block. */
  mv_xlsx_write_text (&sheet, TITLE_ROW, 0, council_name, title_format);
  mv_xlsx_check (&sheet, worksheet_set_row (sheet.sheet, TITLE_ROW, 20, NULL));
  mv_xlsx_write_text (&sheet, UNIT_ROW, 0, nav_unit, NULL);
  mv_xlsx_write_text (&sheet, AS_OF_ROW, 0, as_of, NULL);

  /* Wide enough for the header with its filter button and the longest
   * line below it, up to the column's maximum. */
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      const char *header = _(columns[c].header);
      double width = g_utf8_strlen (header, -1) + 4;

      mv_xlsx_write_text (&sheet, HEADER_ROW, c, header, header_format);
      for (guint r = 0; r < rows->len; r++)
        {
          Row *row = g_ptr_array_index (rows, r);

          if (c == COL_TERM_START || c == COL_TERM_END)
            width = MAX (width, 12);
          else
            width = MAX (width, text_width (row->text[c]) + 2);
        }
      widths[c] = MIN (width, columns[c].max_width);
      mv_xlsx_check (&sheet, worksheet_set_column (sheet.sheet, c, c, widths[c],
                                           columns[c].wrap ? wrap_format : text_format));
    }

  for (guint r = 0; r < rows->len; r++)
    {
      Row *row = g_ptr_array_index (rows, r);
      lxw_row_t xr = FIRST_ROW + r;
      guint lines = 1;

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (c == COL_TERM_START || c == COL_TERM_END)
            mv_xlsx_write_date (&sheet, xr, c, row->text[c], date_format, text_format);
          else
            mv_xlsx_write_text (&sheet, xr, c, row->text[c],
                                columns[c].wrap ? wrap_format : text_format);

          if (columns[c].wrap)
            lines = MAX (lines, mv_xlsx_wrapped_lines (row->text[c], widths[c]));
        }

      mv_xlsx_fit_row (&sheet, xr, lines);
    }

  last_row = rows->len > 0 ? FIRST_ROW + rows->len - 1 : HEADER_ROW;
  mv_xlsx_set_table_layout (&sheet, HEADER_ROW, FIRST_ROW, last_row, N_COLUMNS - 1, page_header,
                            page_footer);

  return mv_xlsx_sheet_close (&sheet, target, error);
}

/**
 * mv_export_members_xlsx:
 * @all: also members whose term has ended
 * @path: the file to write
 *
 * Returns: whether @path now holds the member list
 */
gboolean
mv_export_members_xlsx (MvStore     *store,
                        MvCouncil   *council,
                        gboolean     all,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(MvOutput) output = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  MvXlsxLocale locale;
  gboolean ok;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Phones and e-mail addresses: for the owner's eyes. */
  if (!(output = mv_output_new_full (path, MV_OUTPUT_PRIVATE, error)))
    return FALSE;

  rows = collect_rows (store, council, all);

  if (!mv_xlsx_numeric_locale_push (&locale, error))
    return FALSE;
  ok = write_xlsx (mv_output_get_path (output), path, council, rows, all, error);
  mv_xlsx_numeric_locale_pop (&locale);

  return ok && mv_output_commit (output, error);
}

/* ------------------------------------------------------------------------ */
/* CSV                                                                      */
/* ------------------------------------------------------------------------ */

/* Quoted when it holds the separator, a quote or a line break. A cell
 * that a spreadsheet would run as a formula (= + - @, or a tab or CR that
 * some strip before looking) gets a leading apostrophe: a name typed as
 * "=HYPERLINK(…)" stays text when the list is opened in Excel. Our import
 * takes the apostrophe off again. */
static void
append_field (GString    *line,
              const char *field)
{
  gboolean formula = field[0] != '\0' && strchr ("=+-@\t\r", field[0]) != NULL;

  if (strpbrk (field, ";\"\r\n") == NULL)
    {
      if (formula)
        g_string_append_c (line, '\'');
      g_string_append (line, field);
      return;
    }

  g_string_append_c (line, '"');
  if (formula)
    g_string_append_c (line, '\'');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

static GString *
build_csv (GPtrArray *rows)
{
  GString *csv = g_string_new ("\xEF\xBB\xBF");

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (c > 0)
        g_string_append_c (csv, ';');
      append_field (csv, columns[c].csv_header);
    }
  g_string_append (csv, "\r\n");

  for (guint r = 0; r < rows->len; r++)
    {
      Row *row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          g_autofree char *date = NULL;
          const char *field = row->text[c];

          switch (c)
            {
            case COL_ROLE:
              if ((guint) row->role < G_N_ELEMENTS (csv_roles))
                field = csv_roles[row->role];
              break;
            case COL_TERM_START:
            case COL_TERM_END:
              field = date = format_date (row->text[c]);
              break;
            case COL_YOUNG:
              field = row->young ? "ja" : "nei";
              break;
            case COL_HONORARIUM:
              field = row->honorarium ? "ja" : "nei";
              break;
            default:
              break;
            }

          if (c > 0)
            g_string_append_c (csv, ';');
          append_field (csv, field);
        }
      g_string_append (csv, "\r\n");
    }

  return csv;
}

static gboolean
write_all (const char  *file,
           const char  *target,
           GString     *contents,
           GError     **error)
{
  gsize done = 0;
  int fd = g_open (file, O_WRONLY | O_TRUNC | O_CLOEXEC, 0);

  if (fd < 0)
    goto failed;

  while (done < contents->len)
    {
      gssize n = write (fd, contents->str + done, contents->len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          errno = saved_errno;
          goto failed;
        }
      done += n;
    }

  if (fsync (fd) != 0 || close (fd) != 0)
    goto failed;
  return TRUE;

failed:
  {
    int saved_errno = errno;

    g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write “%s”: %s"), target,
                 g_strerror (saved_errno));
  }
  return FALSE;
}

/**
 * mv_export_members_csv:
 * @all: also members whose term has ended
 * @path: the file to write
 *
 * Returns: whether @path now holds the member list
 */
gboolean
mv_export_members_csv (MvStore     *store,
                       MvCouncil   *council,
                       gboolean     all,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(MvOutput) output = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) csv = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(output = mv_output_new_full (path, MV_OUTPUT_PRIVATE, error)))
    return FALSE;

  rows = collect_rows (store, council, all);
  csv = build_csv (rows);

  return write_all (mv_output_get_path (output), path, csv, error) &&
         mv_output_commit (output, error);
}

/**
 * mv_export_members:
 * @all: also members whose term has ended
 * @path: the file to write; its extension (.xlsx or .csv) says the format
 *
 * Returns: whether @path now holds the member list
 */
gboolean
mv_export_members (MvStore     *store,
                   MvCouncil   *council,
                   gboolean     all,
                   const char  *path,
                   GError     **error)
{
  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (mv_has_extension (path, ".xlsx"))
    return mv_export_members_xlsx (store, council, all, path, error);
  if (mv_has_extension (path, ".csv"))
    return mv_export_members_csv (store, council, all, path, error);

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("Cannot export the members to “%s”: the file name must end in .xlsx or .csv"),
               path);
  return FALSE;
}
