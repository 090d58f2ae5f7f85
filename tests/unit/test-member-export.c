/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "mv-council.h"
#include "mv-councils.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-member-export.h"
#include "mv-member.h"
#include "mv-member-user-group.h"
#include "mv-organisation.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-store.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-user-group.h"

/* The member list as the secretary gets it: the XLSX read back cell by cell
 * from its XML (unzip, no office suite), under the C and the Norwegian
 * numeric locale; the CSV byte by byte; failures that leave files alone; and
 * `medvirke-cli export-members`. */

static const char * const headers[] = {
  "Name", "Role", "Organisation", "User groups", "Deputy for", "Term start", "Term end",
  "E-mail", "Phone", "Under 30", "Honorarium", "Notes",
};

static const char csv_header[] =
  "navn;rolle;organisasjon;brukergrupper;vara for;fra;til;e-post;telefon;under 30;honorar;merknad";

/* The sample council, made once; the tests only read it. */
static char *shared_dir;
static char *shared_db;
static MvStore *shared_store;
static MvCouncil *shared_council;

/* ---------------------------------------------------------------------- */
/* A small XML tree (GMarkup), enough to read the parts of an XLSX         */
/* ---------------------------------------------------------------------- */

typedef struct _Node Node;
struct _Node
{
  char       *name;
  GHashTable *attrs;
  GString    *text;
  GPtrArray  *children;
  Node       *parent;
};

static void
node_free (Node *node)
{
  g_free (node->name);
  g_hash_table_unref (node->attrs);
  g_string_free (node->text, TRUE);
  g_ptr_array_unref (node->children);
  g_free (node);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Node, node_free)

static Node *
node_new (const char  *name,
          const char **names,
          const char **values,
          Node        *parent)
{
  Node *node = g_new0 (Node, 1);

  node->name = g_strdup (name);
  node->attrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; names && names[i]; i++)
    g_hash_table_insert (node->attrs, g_strdup (names[i]), g_strdup (values[i]));
  node->text = g_string_new (NULL);
  node->children = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  node->parent = parent;
  return node;
}

static void
xml_start (GMarkupParseContext  *context,
           const char           *name,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  Node **current = user_data;
  Node *node = node_new (name, names, values, *current);

  g_ptr_array_add ((*current)->children, node);
  *current = node;
}

static void
xml_end (GMarkupParseContext  *context,
         const char           *name,
         gpointer              user_data,
         GError              **error)
{
  Node **current = user_data;

  *current = (*current)->parent;
}

static void
xml_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 len,
          gpointer              user_data,
          GError              **error)
{
  Node **current = user_data;

  g_string_append_len ((*current)->text, text, len);
}

/* A well-formed document, or the test fails naming the part. */
static Node *
parse_xml (const char *xml,
           const char *part)
{
  static const GMarkupParser parser = { xml_start, xml_end, xml_text, NULL, NULL };
  g_autoptr(GError) error = NULL;
  Node *root = node_new ("#document", NULL, NULL, NULL);
  Node *current = root;
  GMarkupParseContext *context = g_markup_parse_context_new (&parser, 0, &current, NULL);

  if (!g_markup_parse_context_parse (context, xml, -1, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    g_error ("%s is not well-formed XML: %s", part, error->message);
  g_markup_parse_context_free (context);
  g_assert_true (current == root);
  return root;
}

static Node *
node_find (Node       *node,
           const char *name)
{
  if (g_str_equal (node->name, name))
    return node;
  for (guint i = 0; i < node->children->len; i++)
    {
      Node *found = node_find (g_ptr_array_index (node->children, i), name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static Node *
node_child (Node *node,
            guint index)
{
  g_assert_cmpuint (index, <, node->children->len);
  return g_ptr_array_index (node->children, index);
}

static const char *
node_attr (Node       *node,
           const char *name)
{
  return g_hash_table_lookup (node->attrs, name);
}

/* The text of every <t> below @node: a shared string, plain or rich. */
static void
collect_t (Node    *node,
           GString *out)
{
  if (g_str_equal (node->name, "t"))
    g_string_append_len (out, node->text->str, node->text->len);
  for (guint i = 0; i < node->children->len; i++)
    collect_t (g_ptr_array_index (node->children, i), out);
}

/* ---------------------------------------------------------------------- */
/* Reading an XLSX                                                          */
/* ---------------------------------------------------------------------- */

/* unzip reads a part's name as a wildcard: "[Content_Types].xml". */
static char *
unzip_pattern (const char *part)
{
  g_autoptr(GString) pattern = g_string_new (NULL);

  for (const char *p = part; p && *p; p++)
    {
      if (*p == '[' || *p == '*' || *p == '?')
        g_string_append_printf (pattern, "[%c]", *p);
      else
        g_string_append_c (pattern, *p);
    }
  return g_string_free (g_steal_pointer (&pattern), FALSE);
}

static char *
run_unzip (const char *option,
           const char *path,
           const char *part)
{
  g_autofree char *pattern = unzip_pattern (part);
  const char *argv[] = { "unzip", option, path, part ? pattern : NULL, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *unzip = g_find_program_in_path ("unzip");
  int wait_status = 0;

  if (unzip == NULL)
    g_error ("unzip is missing; build-aux/deps test installs it");

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &wait_status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    g_error ("unzip %s %s %s failed: %s", option, path, part ? part : "", err);
  return out;
}

typedef struct
{
  char       *sheet_xml;
  char       *styles_xml;
  Node       *sheet;
  Node       *workbook;
  Node       *core;
  Node       *styles;
  GPtrArray  *strings;   /* the shared strings */
  GHashTable *cells;     /* "A1" → <c> node */
} Xlsx;

static void
xlsx_free (Xlsx *x)
{
  g_free (x->sheet_xml);
  g_free (x->styles_xml);
  node_free (x->sheet);
  node_free (x->workbook);
  node_free (x->core);
  node_free (x->styles);
  g_ptr_array_unref (x->strings);
  g_hash_table_unref (x->cells);
  g_free (x);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Xlsx, xlsx_free)

static void
index_cells (Xlsx *x,
             Node *node)
{
  if (g_str_equal (node->name, "c"))
    g_hash_table_insert (x->cells, g_strdup (node_attr (node, "r")), node);
  for (guint i = 0; i < node->children->len; i++)
    index_cells (x, g_ptr_array_index (node->children, i));
}

/* Opens the file as a spreadsheet program would: a sound ZIP whose every
 * XML part is well-formed; then the parts we read. */
static Xlsx *
xlsx_open (const char *path)
{
  g_autofree char *test = run_unzip ("-t", path, NULL);
  g_autofree char *listing = run_unzip ("-Z1", path, NULL);
  g_auto(GStrv) parts = g_strsplit (listing, "\n", -1);
  g_autofree char *workbook_xml = NULL;
  g_autofree char *core_xml = NULL;
  g_autofree char *strings_xml = NULL;
  g_autoptr(Node) strings = NULL;
  Node *sst;
  Xlsx *x = g_new0 (Xlsx, 1);

  g_assert_nonnull (strstr (test, "No errors detected"));
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *xml = NULL;

      if (!g_str_has_suffix (parts[i], ".xml") && !g_str_has_suffix (parts[i], ".rels"))
        continue;
      xml = run_unzip ("-p", path, parts[i]);
      node_free (parse_xml (xml, parts[i]));
    }

  x->sheet_xml = run_unzip ("-p", path, "xl/worksheets/sheet1.xml");
  x->styles_xml = run_unzip ("-p", path, "xl/styles.xml");
  workbook_xml = run_unzip ("-p", path, "xl/workbook.xml");
  core_xml = run_unzip ("-p", path, "docProps/core.xml");
  strings_xml = run_unzip ("-p", path, "xl/sharedStrings.xml");

  x->sheet = parse_xml (x->sheet_xml, "sheet1.xml");
  x->styles = parse_xml (x->styles_xml, "styles.xml");
  x->workbook = parse_xml (workbook_xml, "workbook.xml");
  x->core = parse_xml (core_xml, "core.xml");
  strings = parse_xml (strings_xml, "sharedStrings.xml");

  x->strings = g_ptr_array_new_with_free_func (g_free);
  sst = node_find (strings, "sst");
  g_assert_nonnull (sst);
  for (guint i = 0; i < sst->children->len; i++)
    {
      GString *text = g_string_new (NULL);

      collect_t (node_child (sst, i), text);
      g_ptr_array_add (x->strings, g_string_free (text, FALSE));
    }

  x->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index_cells (x, x->sheet);
  return x;
}

static char *
cell_ref (char  column,
          guint row)
{
  return g_strdup_printf ("%c%u", column, row);
}

static Node *
xlsx_cell (Xlsx *x,
           char  column,
           guint row)
{
  g_autofree char *ref = cell_ref (column, row);

  return g_hash_table_lookup (x->cells, ref);
}

/* The text a cell shows; "" for a blank or missing one. Fails on a number. */
static const char *
xlsx_text (Xlsx *x,
           char  column,
           guint row)
{
  Node *cell = xlsx_cell (x, column, row);
  const char *type;
  Node *value;

  if (cell == NULL)
    return "";
  type = node_attr (cell, "t");
  value = node_find (cell, "v");
  if (type == NULL && value == NULL)
    return "";
  g_assert_cmpstr (type, ==, "s");
  g_assert_nonnull (value);
  return g_ptr_array_index (x->strings, g_ascii_strtoull (value->text->str, NULL, 10));
}

/* The cell format <xf> of a cell. */
static Node *
xlsx_xf (Xlsx *x,
         Node *cell)
{
  Node *xfs = node_find (x->styles, "cellXfs");
  const char *s = node_attr (cell, "s");

  g_assert_nonnull (xfs);
  return node_child (xfs, s ? g_ascii_strtoull (s, NULL, 10) : 0);
}

static Node *
styles_item (Xlsx       *x,
             const char *list,
             Node       *xf,
             const char *id_attr)
{
  Node *items = node_find (x->styles, list);

  g_assert_nonnull (items);
  return node_child (items, g_ascii_strtoull (node_attr (xf, id_attr), NULL, 10));
}

static const char *
xlsx_number_format (Xlsx *x,
                    Node *xf)
{
  Node *formats = node_find (x->styles, "numFmts");
  const char *id = node_attr (xf, "numFmtId");

  if (formats == NULL)
    return NULL;
  for (guint i = 0; i < formats->children->len; i++)
    if (g_strcmp0 (node_attr (node_child (formats, i), "numFmtId"), id) == 0)
      return node_attr (node_child (formats, i), "formatCode");
  return NULL;
}

static const char *
xlsx_row_attr (Xlsx       *x,
               guint       row,
               const char *attr)
{
  Node *data = node_find (x->sheet, "sheetData");
  g_autofree char *r = g_strdup_printf ("%u", row);

  for (guint i = 0; i < data->children->len; i++)
    if (g_strcmp0 (node_attr (node_child (data, i), "r"), r) == 0)
      return node_attr (node_child (data, i), attr);
  return NULL;
}

static gboolean
xf_wraps (Node *xf)
{
  Node *alignment = node_find (xf, "alignment");

  return alignment != NULL && g_strcmp0 (node_attr (alignment, "wrapText"), "1") == 0;
}

/* A number as the XML holds it: digits and a '.', never the ',' of nb_NO. */
static double
assert_c_number (const char *text)
{
  char *end = NULL;
  double value;

  g_assert_nonnull (text);
  g_assert_null (strchr (text, ','));
  value = g_ascii_strtod (text, &end);
  g_assert_true (end != text && *end == '\0');
  return value;
}

/* Days since 30.12.1899, as Excel counts dates from March 1900 on. */
static double
excel_serial (const char *iso)
{
  GDate epoch, date;
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (&epoch, 1);
  g_date_clear (&date, 1);
  g_date_set_dmy (&epoch, 30, 12, 1899);
  g_date_set_dmy (&date, d, m, y);
  return g_date_days_between (&epoch, &date);
}

static char *
ddmmyyyy (const char *iso)
{
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  return g_strdup_printf ("%02d.%02d.%04d", d, m, y);
}

static const char *
organisation_of (MvStore  *store,
                 MvMember *member)
{
  MvOrganisation *org = mv_store_lookup (store, MV_TYPE_ORGANISATION,
                                         mv_member_get_organisation_id (member));

  if (org == NULL)
    return "";
  return *mv_organisation_get_short_name (org) ? mv_organisation_get_short_name (org)
                                               : mv_organisation_get_name (org);
}

static char *
today_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%d.%m.%Y");
}

static char *
utc_date_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
export_ok (MvStore    *store,
           MvCouncil  *council,
           gboolean    all,
           const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_export_members (store, council, all, path, &error));
  g_assert_no_error (error);
}

/* Everything a user sees in the sample's member list, cell by cell. */
static void
check_sample_xlsx (const char *path,
                   const char *today_before,
                   const char *utc_before)
{
  g_autoptr(Xlsx) x = xlsx_open (path);
  g_autoptr(GPtrArray) members = mv_store_list_members (shared_store, shared_council, FALSE);
  g_autofree char *today_after = today_string ();
  g_autofree char *utc_after = utc_date_string ();
  g_autofree char *as_of_before = g_strdup_printf ("As of %s", today_before);
  g_autofree char *as_of_after = g_strdup_printf ("As of %s", today_after);
  g_autofree char *filter = g_strdup_printf ("A5:L%u", 5 + members->len);
  g_autoptr(GRegex) comma_number = g_regex_new ("=\"-?[0-9]+,[0-9]+\"", 0, 0, NULL);
  const char *council_name = mv_council_get_name (shared_council);
  Node *node, *xf, *sheet;
  const char *created;
  gboolean seen_deputy = FALSE;

  /* The sheet and what prints on every page. */
  sheet = node_find (x->workbook, "sheet");
  g_assert_cmpstr (node_attr (sheet, "name"), ==, "Members");
  node = node_find (x->workbook, "definedNames");
  g_assert_nonnull (node);
  {
    gboolean titles = FALSE;

    for (guint i = 0; i < node->children->len; i++)
      if (g_strcmp0 (node_attr (node_child (node, i), "name"), "_xlnm.Print_Titles") == 0)
        {
          g_assert_cmpstr (node_child (node, i)->text->str, ==, "Members!$5:$5");
          titles = TRUE;
        }
    g_assert_true (titles);
  }

  /* The title block. */
  g_assert_cmpstr (xlsx_text (x, 'A', 1), ==, council_name);
  g_assert_cmpstr (xlsx_text (x, 'A', 2), ==, mv_council_get_nav_unit (shared_council));
  if (!g_str_equal (xlsx_text (x, 'A', 3), as_of_before))
    g_assert_cmpstr (xlsx_text (x, 'A', 3), ==, as_of_after);

  /* The header row: bold, on a fill, with a line under it. */
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    g_assert_cmpstr (xlsx_text (x, 'A' + c, 5), ==, headers[c]);
  xf = xlsx_xf (x, xlsx_cell (x, 'A', 5));
  g_assert_nonnull (node_find (styles_item (x, "fonts", xf, "fontId"), "b"));
  g_assert_cmpstr (node_attr (node_find (styles_item (x, "fills", xf, "fillId"), "patternFill"),
                              "patternType"), ==, "solid");
  g_assert_nonnull (node_attr (node_find (styles_item (x, "borders", xf, "borderId"), "bottom"),
                               "style"));

  /* One row per member, in the order of the members list, and no more. */
  g_assert_cmpuint (members->len, >=, 10);
  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);
      guint row = 6 + i;
      const char *start = mv_member_get_term_start (member);
      MvMember *deputy_for = mv_store_lookup (shared_store, MV_TYPE_MEMBER,
                                              mv_member_get_deputy_for (member));
      Node *date;
      double serial;

      g_assert_cmpstr (xlsx_text (x, 'A', row), ==, mv_member_get_name (member));
      g_assert_cmpstr (xlsx_text (x, 'B', row), ==,
                       mv_enum_to_label (MV_TYPE_MEMBER_ROLE, mv_member_get_role (member)));
      g_assert_cmpstr (xlsx_text (x, 'C', row), ==, organisation_of (shared_store, member));
      g_assert_cmpstr (xlsx_text (x, 'H', row), ==, mv_member_get_email (member));
      g_assert_cmpstr (xlsx_text (x, 'I', row), ==, mv_member_get_phone (member));
      g_assert_cmpstr (xlsx_text (x, 'J', row), ==, mv_member_get_young (member) ? "Yes" : "No");
      if (deputy_for != NULL)
        {
          g_assert_cmpstr (xlsx_text (x, 'E', row), ==, mv_member_get_name (deputy_for));
          seen_deputy = TRUE;
        }

      /* The term start is a real date: a serial number in a dd.mm.yyyy cell. */
      g_assert_nonnull (start);
      date = xlsx_cell (x, 'F', row);
      g_assert_nonnull (date);
      g_assert_true (node_attr (date, "t") == NULL || g_str_equal (node_attr (date, "t"), "n"));
      serial = assert_c_number (node_find (date, "v")->text->str);
      g_assert_cmpfloat (serial, ==, excel_serial (start));
      xf = xlsx_xf (x, date);
      g_assert_cmpstr (xlsx_number_format (x, xf), ==, "dd.mm.yyyy");
      g_assert_cmpstr (node_attr (xf, "applyNumberFormat"), ==, "1");
    }
  g_assert_null (xlsx_cell (x, 'A', 6 + members->len));
  g_assert_true (seen_deputy);

  /* What the chair's row says. */
  g_assert_cmpstr (xlsx_text (x, 'A', 6), ==, "Kari Haugen");
  g_assert_cmpstr (xlsx_text (x, 'B', 6), ==, "Chair");
  g_assert_cmpstr (xlsx_text (x, 'C', 6), ==, "FFO");
  g_assert_cmpstr (xlsx_text (x, 'D', 6), ==,
                   "Personer med funksjonsnedsettelse, Langtidssyke, Arbeidssøkere");
  g_assert_cmpstr (xlsx_text (x, 'K', 6), ==, "Yes");
  /* Two lines of user groups: the row is made high enough for them. */
  g_assert_true (xf_wraps (xlsx_xf (x, xlsx_cell (x, 'D', 6))));
  g_assert_cmpfloat (assert_c_number (xlsx_row_attr (x, 6, "ht")), >=, 30);
  g_assert_cmpstr (xlsx_row_attr (x, 6, "customHeight"), ==, "1");

  /* Numbers with a '.' whatever the locale. */
  node = node_find (x->sheet, "cols");
  g_assert_nonnull (node);
  g_assert_cmpuint (node->children->len, ==, G_N_ELEMENTS (headers));
  for (guint i = 0; i < node->children->len; i++)
    {
      double width = assert_c_number (node_attr (node_child (node, i), "width"));

      g_assert_cmpfloat (width, >, 8);
      g_assert_cmpfloat (width, <, 60);
    }
  /* The name column fits the longest name. */
  {
    double width = assert_c_number (node_attr (node_child (node, 0), "width"));

    for (guint i = 0; i < members->len; i++)
      g_assert_cmpfloat (width, >=, g_utf8_strlen (mv_member_get_name (g_ptr_array_index (members, i)), -1));
  }
  node = node_find (x->sheet, "pageMargins");
  g_assert_cmpstr (node_attr (node, "left"), ==, "0.7");
  g_assert_cmpstr (node_attr (node, "right"), ==, "0.7");
  g_assert_cmpstr (node_attr (node, "top"), ==, "0.75");
  g_assert_cmpstr (node_attr (node, "bottom"), ==, "0.75");
  g_assert_cmpstr (node_attr (node, "header"), ==, "0.3");
  g_assert_cmpstr (node_attr (node, "footer"), ==, "0.3");
  g_assert_false (g_regex_match (comma_number, x->sheet_xml, 0, NULL));
  g_assert_false (g_regex_match (comma_number, x->styles_xml, 0, NULL));

  /* The header stays in view, the table can be filtered. */
  node = node_find (x->sheet, "pane");
  g_assert_nonnull (node);
  g_assert_cmpstr (node_attr (node, "state"), ==, "frozen");
  g_assert_cmpstr (node_attr (node, "ySplit"), ==, "5");
  g_assert_cmpstr (node_attr (node, "topLeftCell"), ==, "A6");
  g_assert_null (node_attr (node, "xSplit"));
  node = node_find (x->sheet, "autoFilter");
  g_assert_nonnull (node);
  g_assert_cmpstr (node_attr (node, "ref"), ==, filter);

  /* A4 landscape, one page wide. OOXML's default fitToWidth is 1, and
   * libxlsxwriter leaves a default out. */
  node = node_find (x->sheet, "pageSetup");
  g_assert_nonnull (node);
  g_assert_cmpstr (node_attr (node, "paperSize"), ==, "9");
  g_assert_cmpstr (node_attr (node, "orientation"), ==, "landscape");
  g_assert_true (node_attr (node, "fitToWidth") == NULL ||
                 g_str_equal (node_attr (node, "fitToWidth"), "1"));
  g_assert_cmpstr (node_attr (node, "fitToHeight"), ==, "0");
  g_assert_cmpstr (node_attr (node_find (x->sheet, "pageSetUpPr"), "fitToPage"), ==, "1");

  /* Header and footer: the council, the pages, and no picture code. */
  node = node_find (x->sheet, "oddHeader");
  g_assert_nonnull (node);
  g_assert_nonnull (strstr (node->text->str, council_name));
  g_assert_null (strstr (node->text->str, "&G"));
  node = node_find (x->sheet, "oddFooter");
  g_assert_nonnull (node);
  g_assert_nonnull (strstr (node->text->str, "Page &P of &N"));
  g_assert_null (strstr (node->text->str, "&G"));

  /* The document's properties. */
  g_assert_cmpstr (node_find (x->core, "dc:creator")->text->str, ==, council_name);
  g_assert_nonnull (strstr (node_find (x->core, "dc:title")->text->str, council_name));
  created = node_find (x->core, "dcterms:created")->text->str;
  g_assert_true (g_str_has_prefix (created, utc_before) || g_str_has_prefix (created, utc_after));
}

static void
export_and_check_sample (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "medlemmer.xlsx", NULL);
  g_autofree char *today = today_string ();
  g_autofree char *utc = utc_date_string ();
  g_autofree char *listing = NULL;

  export_ok (shared_store, shared_council, FALSE, path);
  listing = mv_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "medlemmer.xlsx");
  check_sample_xlsx (path, today, utc);

  mv_test_remove_tree (dir);
}

static void
test_xlsx_c_locale (void)
{
  g_assert_nonnull (setlocale (LC_ALL, "C"));
  export_and_check_sample ();
}

/* After gtk_init() the numeric locale is the user's; under nb_NO
 * libxlsxwriter would write "0,7" (TECH-NOTES.md). */
static void
test_xlsx_norwegian_locale (void)
{
  char number[16];

  if (setlocale (LC_ALL, "nb_NO.UTF-8") == NULL)
    g_error ("The nb_NO.UTF-8 locale is missing; build-aux/deps test makes it");
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  export_and_check_sample ();

  /* The export gave the thread its locale back. */
  g_snprintf (number, sizeof number, "%.1f", 0.5);
  g_assert_cmpstr (number, ==, "0,5");
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  g_assert_nonnull (setlocale (LC_ALL, "C"));
}

/* ---------------------------------------------------------------------- */
/* A council of our own: an '&' in its name, notes over several lines, a   */
/* former member                                                           */
/* ---------------------------------------------------------------------- */

static const char notes[] = "Første linje; med semikolon\nAndre linje med \"sitat\"\nTredje linje";

typedef MvTestStore Own;

static void
own_set_up (Own           *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvOrganisation) org = NULL;
  g_autoptr(MvMember) ase = NULL;
  g_autoptr(MvMember) former = NULL;
  g_autoptr(MvMember) deputy = NULL;

  mv_test_store_set_up_named (f, "eget.db", MV_TEST_STORE_EMPTY);
  mv_test_store_add_council (f, "Brukerrådet Sør & Vest", "NAV Sør & Vest");

  org = g_object_new (MV_TYPE_ORGANISATION, "name", "Norges Blindeforbund", "short-name", "",
                      NULL);
  g_assert_true (mv_store_insert (f->store, org, &error));
  g_assert_no_error (error);

  ase = g_object_new (MV_TYPE_MEMBER,
                      "council-id", mv_record_get_id (MV_RECORD (f->council)),
                      "name", "Åse Øvrebø",
                      "organisation-id", mv_record_get_id (MV_RECORD (org)),
                      "role", MV_MEMBER_ROLE_MEMBER,
                      "term-start", "2024-01-15",
                      "term-end", "2099-12-31",
                      "email", "ase@example.no",
                      "phone", "+47 400 00 000",
                      "young", TRUE,
                      "honorarium", TRUE,
                      "notes", notes,
                      NULL);
  g_assert_true (mv_store_insert (f->store, ase, &error));
  g_assert_no_error (error);

  deputy = g_object_new (MV_TYPE_MEMBER,
                         "council-id", mv_record_get_id (MV_RECORD (f->council)),
                         "name", "Bjørn Vara",
                         "role", MV_MEMBER_ROLE_DEPUTY,
                         "deputy-for", mv_record_get_id (MV_RECORD (ase)),
                         "term-start", "2024-01-15",
                         "phone", "-1",
                         "notes", "=1+2;\"x\"",
                         NULL);
  g_assert_true (mv_store_insert (f->store, deputy, &error));
  g_assert_no_error (error);

  former = g_object_new (MV_TYPE_MEMBER,
                         "council-id", mv_record_get_id (MV_RECORD (f->council)),
                         "name", "Tidligere Medlem",
                         "role", MV_MEMBER_ROLE_MEMBER,
                         "term-start", "2018-01-01",
                         "term-end", "2020-12-31",
                         NULL);
  g_assert_true (mv_store_insert (f->store, former, &error));
  g_assert_no_error (error);
}

static void
own_tear_down (Own           *f,
               gconstpointer  data)
{
  mv_test_store_tear_down (f);
}

static void
test_xlsx_own (Own           *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "medlemmer.xlsx", NULL);
  g_autofree char *all_path = g_build_filename (f->dir, "alle.XLSX", NULL);
  g_autoptr(Xlsx) x = NULL;
  g_autoptr(Xlsx) all = NULL;
  Node *node;

  export_ok (f->store, f->council, FALSE, path);
  x = xlsx_open (path);

  /* Members first, then deputies; the former member is not there. */
  g_assert_cmpstr (xlsx_text (x, 'A', 6), ==, "Åse Øvrebø");
  g_assert_cmpstr (xlsx_text (x, 'A', 7), ==, "Bjørn Vara");
  g_assert_null (xlsx_cell (x, 'A', 8));
  g_assert_cmpstr (xlsx_text (x, 'C', 6), ==, "Norges Blindeforbund");
  g_assert_cmpstr (xlsx_text (x, 'E', 7), ==, "Åse Øvrebø");
  g_assert_cmpstr (xlsx_text (x, 'J', 6), ==, "Yes");
  g_assert_cmpstr (xlsx_text (x, 'J', 7), ==, "No");
  g_assert_cmpfloat (assert_c_number (node_find (xlsx_cell (x, 'G', 6), "v")->text->str), ==,
                     excel_serial ("2099-12-31"));
  /* No end date: an empty cell, not a zero date. */
  g_assert_cmpstr (xlsx_text (x, 'G', 7), ==, "");

  /* The notes as written, wrapped, on a row tall enough for three lines. */
  g_assert_cmpstr (xlsx_text (x, 'L', 6), ==, notes);
  g_assert_true (xf_wraps (xlsx_xf (x, xlsx_cell (x, 'L', 6))));
  g_assert_cmpfloat (assert_c_number (xlsx_row_attr (x, 6, "ht")), >=, 45);
  g_assert_cmpstr (xlsx_row_attr (x, 6, "customHeight"), ==, "1");
  /* A one-line row keeps the default height. */
  g_assert_null (xlsx_row_attr (x, 7, "ht"));
  /* The XLSX holds text cells: a formula stays text, as written. */
  g_assert_cmpstr (xlsx_text (x, 'L', 7), ==, "=1+2;\"x\"");
  g_assert_cmpuint (mv_test_file_mode (path), ==, 0600);

  /* '&' in the council's name is printed as such: "&&" in the header. */
  node = node_find (x->sheet, "oddHeader");
  g_assert_nonnull (strstr (node->text->str, "Brukerrådet Sør && Vest"));
  g_assert_cmpstr (xlsx_text (x, 'A', 1), ==, "Brukerrådet Sør & Vest");
  g_assert_cmpstr (node_attr (node_find (x->sheet, "autoFilter"), "ref"), ==, "A5:L7");

  /* With --all, and an extension in capitals. */
  export_ok (f->store, f->council, TRUE, all_path);
  all = xlsx_open (all_path);
  g_assert_cmpstr (xlsx_text (all, 'A', 6), ==, "Tidligere Medlem");
  g_assert_cmpstr (xlsx_text (all, 'A', 7), ==, "Åse Øvrebø");
  g_assert_cmpstr (xlsx_text (all, 'A', 8), ==, "Bjørn Vara");
  g_assert_true (g_str_has_suffix (xlsx_text (all, 'A', 3), "including former members"));
}

/* An empty council still makes a sound file: the header and nothing under it. */
static void
test_xlsx_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "tom.db", NULL);
  g_autofree char *path = g_build_filename (dir, "tom.xlsx", NULL);
  g_autoptr(MvStore) store = mv_store_open (db, MV_STORE_FLAGS_NONE, &error);
  MvCouncil *council;
  g_autoptr(Xlsx) x = NULL;

  g_assert_no_error (error);
  council = mv_council_create (store, "Tomt utvalg", "", NULL, &error);
  g_assert_no_error (error);

  export_ok (store, council, TRUE, path);
  x = xlsx_open (path);
  g_assert_cmpstr (xlsx_text (x, 'A', 5), ==, "Name");
  g_assert_null (xlsx_cell (x, 'A', 6));
  g_assert_cmpstr (node_attr (node_find (x->sheet, "autoFilter"), "ref"), ==, "A5:L5");

  g_clear_object (&store);
  mv_test_remove_tree (dir);
}

/* ---------------------------------------------------------------------- */
/* CSV                                                                      */
/* ---------------------------------------------------------------------- */

/* RFC 4180 with ';': records end in CRLF, a bare CR or LF outside quotes
 * fails the test. Returns the records, each a GStrv. */
static GPtrArray *
parse_csv (const char *data,
           gsize       len)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE, was_quoted = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (quoted)
        {
          if (c == '"' && i + 1 < len && data[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
          continue;
        }

      if (c == '"')
        {
          g_assert_cmpuint (field->len, ==, 0);
          g_assert_false (was_quoted);
          quoted = was_quoted = TRUE;
        }
      else if (c == ';' || c == '\r')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          if (c == '\r')
            {
              if (i + 1 >= len || data[i + 1] != '\n')
                g_error ("a CR without an LF at byte %" G_GSIZE_FORMAT, i);
              i++;
              g_ptr_array_add (fields, NULL);
              g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
              fields = g_ptr_array_new_with_free_func (g_free);
            }
        }
      else if (c == '\n')
        g_error ("a line ends in a bare LF at byte %" G_GSIZE_FORMAT, i);
      else
        {
          g_assert_false (was_quoted);
          g_string_append_c (field, c);
        }
    }

  /* The last record ends in CRLF too. */
  g_assert_false (quoted);
  g_assert_cmpuint (fields->len, ==, 0);
  g_assert_cmpuint (field->len, ==, 0);
  return rows;
}

static GPtrArray *
read_csv (const char  *path,
          char       **contents_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;
  GPtrArray *rows;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (contents, len, NULL));

  /* A BOM, so that Excel reads it as UTF-8; then the header. */
  g_assert_cmpuint (len, >, 3);
  g_assert_cmpmem (contents, 3, "\xEF\xBB\xBF", 3);
  g_assert_true (g_str_has_prefix (contents + 3, csv_header));
  g_assert_true (g_str_has_prefix (contents + 3 + strlen (csv_header), "\r\n"));

  rows = parse_csv (contents + 3, len - 3);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, i)), ==, G_N_ELEMENTS (headers));
  if (contents_out)
    *contents_out = g_steal_pointer (&contents);
  return rows;
}

#define CSV(rows, i, j) (((char **) g_ptr_array_index ((rows), (i)))[(j)])

static void
test_csv_sample (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "medlemmer.csv", NULL);
  g_autoptr(GPtrArray) members = mv_store_list_members (shared_store, shared_council, FALSE);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *listing = NULL;

  export_ok (shared_store, shared_council, FALSE, path);
  listing = mv_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "medlemmer.csv");

  rows = read_csv (path, NULL);
  g_assert_cmpuint (rows->len, ==, members->len + 1);
  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);
      g_autofree char *start = ddmmyyyy (mv_member_get_term_start (member));
      const char *raw = mv_member_get_phone (member);
      /* "+47 …" would be a formula to a spreadsheet: it gets an apostrophe. */
      g_autofree char *phone = g_strconcat (raw && raw[0] == '+' ? "'" : "", raw ? raw : "", NULL);

      g_assert_cmpstr (CSV (rows, i + 1, 0), ==, mv_member_get_name (member));
      g_assert_cmpstr (CSV (rows, i + 1, 2), ==, organisation_of (shared_store, member));
      g_assert_cmpstr (CSV (rows, i + 1, 5), ==, start);
      g_assert_cmpstr (CSV (rows, i + 1, 7), ==, mv_member_get_email (member));
      g_assert_cmpstr (CSV (rows, i + 1, 8), ==, phone);
    }

  /* The words are Norwegian whatever the UI speaks. */
  g_assert_cmpstr (CSV (rows, 1, 0), ==, "Kari Haugen");
  g_assert_cmpstr (CSV (rows, 1, 1), ==, "Leder");
  g_assert_cmpstr (CSV (rows, 1, 3), ==,
                   "Personer med funksjonsnedsettelse, Langtidssyke, Arbeidssøkere");
  g_assert_cmpstr (CSV (rows, 1, 9), ==, "nei");
  g_assert_cmpstr (CSV (rows, 1, 10), ==, "ja");

  mv_test_remove_tree (dir);
}

static void
test_csv_own (Own           *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "medlemmer.csv", NULL);
  g_autofree char *all_path = g_build_filename (f->dir, "alle.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) all = NULL;

  export_ok (f->store, f->council, FALSE, path);
  rows = read_csv (path, &contents);
  g_assert_cmpuint (rows->len, ==, 3);

  g_assert_cmpstr (CSV (rows, 1, 0), ==, "Åse Øvrebø");
  g_assert_cmpstr (CSV (rows, 1, 1), ==, "Medlem");
  g_assert_cmpstr (CSV (rows, 1, 2), ==, "Norges Blindeforbund");
  g_assert_cmpstr (CSV (rows, 1, 5), ==, "15.01.2024");
  g_assert_cmpstr (CSV (rows, 1, 6), ==, "31.12.2099");
  /* A spreadsheet would run "+47 …" as a formula. */
  g_assert_cmpstr (CSV (rows, 1, 8), ==, "'+47 400 00 000");
  g_assert_cmpstr (CSV (rows, 1, 9), ==, "ja");
  g_assert_cmpstr (CSV (rows, 1, 10), ==, "ja");
  /* The notes come back whole: quoted, with their line breaks and quotes. */
  g_assert_cmpstr (CSV (rows, 1, 11), ==, notes);
  g_assert_nonnull (strstr (contents, ";\"Første linje; med semikolon\nAndre linje med "
                                      "\"\"sitat\"\"\nTredje linje\"\r\n"));

  g_assert_cmpstr (CSV (rows, 2, 0), ==, "Bjørn Vara");
  g_assert_cmpstr (CSV (rows, 2, 1), ==, "Vararepresentant");
  g_assert_cmpstr (CSV (rows, 2, 4), ==, "Åse Øvrebø");
  g_assert_cmpstr (CSV (rows, 2, 6), ==, "");
  g_assert_cmpstr (CSV (rows, 2, 8), ==, "'-1");
  /* A formula in the notes is text with an apostrophe, also when quoted. */
  g_assert_cmpstr (CSV (rows, 2, 11), ==, "'=1+2;\"x\"");
  g_assert_nonnull (strstr (contents, ";\"'=1+2;\"\"x\"\"\"\r\n"));
  /* Phones and e-mail addresses: the owner's alone, whatever the umask. */
  g_assert_cmpuint (mv_test_file_mode (path), ==, 0600);

  export_ok (f->store, f->council, TRUE, all_path);
  all = read_csv (all_path, NULL);
  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpstr (CSV (all, 1, 0), ==, "Tidligere Medlem");
  g_assert_cmpstr (CSV (all, 1, 5), ==, "01.01.2018");
  g_assert_cmpstr (CSV (all, 1, 6), ==, "31.12.2020");
}

/* ---------------------------------------------------------------------- */
/* Failures: a message naming the file, and nothing touched                */
/* ---------------------------------------------------------------------- */

typedef gboolean (*ExportFunc) (MvStore *, MvCouncil *, gboolean, const char *, GError **);

static void
assert_export_fails (ExportFunc  func,
                     const char *path,
                     int         code,
                     const char *needle)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (func (shared_store, shared_council, FALSE, path, &error));
  g_assert_error (error, MV_ERROR, code);
  g_test_message ("%s: %s", path, error->message);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_error_extension (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *old = g_build_filename (dir, "medlemmer.xls", NULL);
  g_autofree char *bare = g_build_filename (dir, "medlemmer", NULL);
  g_autofree char *dot = g_build_filename (dir, ".xlsx", NULL);
  g_autoptr(MvTestFileState) before = NULL;
  g_autofree char *listing = NULL;

  mv_test_write_file (old, "Medlemsliste fra det gamle regnearket\n");
  before = mv_test_file_state (old);

  assert_export_fails (mv_export_members, old, MV_ERROR_INVALID, "medlemmer.xls");
  assert_export_fails (mv_export_members, old, MV_ERROR_INVALID, ".xlsx or .csv");
  assert_export_fails (mv_export_members, bare, MV_ERROR_INVALID, "medlemmer");
  assert_export_fails (mv_export_members, dot, MV_ERROR_INVALID, ".xlsx");

  mv_test_assert_file_unchanged (before, old);
  listing = mv_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "medlemmer.xls");

  mv_test_remove_tree (dir);
}

static void
test_error_missing_folder (void)
{
  static const ExportFunc funcs[] = {
    mv_export_members, mv_export_members_xlsx, mv_export_members_csv,
  };
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *existing = g_build_filename (dir, "medlemmer.xlsx", NULL);
  g_autofree char *missing = g_build_filename (dir, "mangler", NULL);
  g_autoptr(MvTestFileState) before = NULL;

  mv_test_write_file (existing, "forrige liste");
  before = mv_test_file_state (existing);

  for (guint i = 0; i < G_N_ELEMENTS (funcs); i++)
    {
      g_autofree char *xlsx = g_build_filename (missing, "medlemmer.xlsx", NULL);
      g_autofree char *csv = g_build_filename (missing, "medlemmer.csv", NULL);
      g_autofree char *listing = NULL;

      assert_export_fails (funcs[i], funcs[i] == mv_export_members_csv ? csv : xlsx,
                           MV_ERROR_IO, "mangler");
      mv_test_assert_file_unchanged (before, existing);
      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
      listing = mv_test_list_dir (dir);
      g_assert_cmpstr (listing, ==, "medlemmer.xlsx");
    }

  mv_test_remove_tree (dir);
}

static void
test_error_folder (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *folder = g_build_filename (dir, "arkiv.xlsx", NULL);
  g_autofree char *csv_folder = g_build_filename (dir, "arkiv.csv", NULL);
  g_autofree char *listing = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (csv_folder, 0700), ==, 0);

  assert_export_fails (mv_export_members, folder, MV_ERROR_INVALID, "arkiv.xlsx");
  assert_export_fails (mv_export_members, csv_folder, MV_ERROR_INVALID, "arkiv.csv");
  assert_export_fails (mv_export_members, dir, MV_ERROR_INVALID, dir);

  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  listing = mv_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "arkiv.csv\narkiv.xlsx");
  g_free (listing);
  listing = mv_test_list_dir (folder);
  g_assert_cmpstr (listing, ==, "");

  mv_test_remove_tree (dir);
}

/* A second export replaces the first whole and leaves nothing beside it. */
static void
test_replace (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *xlsx = g_build_filename (dir, "medlemmer.xlsx", NULL);
  g_autofree char *csv = g_build_filename (dir, "medlemmer.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  mv_test_write_file (xlsx, "forrige liste");
  mv_test_write_file (csv, "navn\r\nGammel\r\n");
  export_ok (shared_store, shared_council, FALSE, xlsx);
  export_ok (shared_store, shared_council, FALSE, csv);

  g_file_get_contents (xlsx, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (len, >, 1000);
  g_assert_cmpmem (contents, 2, "PK", 2);
  g_free (g_steal_pointer (&contents));
  g_file_get_contents (csv, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (contents, "Gammel"));

  listing = mv_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "medlemmer.csv\nmedlemmer.xlsx");

  mv_test_remove_tree (dir);
}

/* ---------------------------------------------------------------------- */
/* medvirke-cli export-members                                             */
/* ---------------------------------------------------------------------- */

typedef MvTestRun Run;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, mv_test_run_clear)

static void
assert_cli_failed (Run        *run,
                   const char *needle)
{
  g_assert_cmpint (run->status, !=, 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  g_assert_nonnull (strstr (run->err, needle));
}

static void
test_cli (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *xlsx = g_build_filename (dir, "medlemmer.xlsx", NULL);
  g_autofree char *csv = g_build_filename (dir, "medlemmer.csv", NULL);
  g_autofree char *first_line = g_strdup_printf ("\xEF\xBB\xBF%s\r\n", csv_header);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) members = mv_store_list_members (shared_store, shared_council, TRUE);
  g_autoptr(Xlsx) x = NULL;
  g_auto(Run) to_xlsx = { 0 };
  g_auto(Run) to_csv = { 0 };
  gsize len = 0;

  /* The file holds one council: --council may be left out. */
  mv_test_run_cli_args (&to_xlsx, NULL, "--db", shared_db, "export-members", "-o", xlsx, NULL);
  g_assert_cmpint (to_xlsx.status, ==, 0);
  g_assert_cmpstr (to_xlsx.out, ==, "");
  g_assert_cmpstr (to_xlsx.err, ==, "");
  g_file_get_contents (xlsx, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (len, >, 2);
  g_assert_cmpmem (contents, 2, "PK", 2);
  x = xlsx_open (xlsx);
  g_assert_cmpstr (xlsx_text (x, 'A', 5), ==, "Name");
  g_assert_cmpstr (xlsx_text (x, 'A', 6), ==, "Kari Haugen");

  mv_test_run_cli_args (&to_csv, NULL, "--db", shared_db, "export-members", "--council",
                        mv_record_get_id (MV_RECORD (shared_council)), "--all", "--output", csv,
                        NULL);
  g_assert_cmpint (to_csv.status, ==, 0);
  g_assert_cmpstr (to_csv.out, ==, "");
  g_assert_cmpstr (to_csv.err, ==, "");
  g_free (g_steal_pointer (&contents));
  g_file_get_contents (csv, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, first_line));
  rows = read_csv (csv, NULL);
  g_assert_cmpuint (rows->len, ==, members->len + 1);

  listing = mv_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "medlemmer.csv\nmedlemmer.xlsx");

  mv_test_remove_tree (dir);
}

static void
test_cli_errors (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *txt = g_build_filename (dir, "medlemmer.txt", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "medlemmer.xlsx", NULL);
  g_autofree char *missing = g_build_filename (dir, "mangler", "medlemmer.xlsx", NULL);
  g_autofree char *no_db = g_build_filename (dir, "finnes-ikke.db", NULL);
  g_autofree char *listing = NULL;
  g_auto(Run) extension = { 0 };
  g_auto(Run) no_output = { 0 };
  g_auto(Run) council = { 0 };
  g_auto(Run) folder = { 0 };
  g_auto(Run) db = { 0 };
  g_auto(Run) extra = { 0 };

  mv_test_run_cli_args (&extension, NULL, "--db", shared_db, "export-members", "-o", txt, NULL);
  assert_cli_failed (&extension, "medlemmer.txt");

  mv_test_run_cli_args (&no_output, NULL, "--db", shared_db, "export-members", NULL);
  assert_cli_failed (&no_output, "-o");

  mv_test_run_cli_args (&council, NULL, "--db", shared_db, "export-members", "--council",
                        "tull-og-tøys", "-o", xlsx, NULL);
  assert_cli_failed (&council, "tull-og-tøys");

  mv_test_run_cli_args (&folder, NULL, "--db", shared_db, "export-members", "-o", missing, NULL);
  assert_cli_failed (&folder, "mangler");

  mv_test_run_cli_args (&db, NULL, "--db", no_db, "export-members", "-o", xlsx, NULL);
  assert_cli_failed (&db, "finnes-ikke.db");
  g_assert_false (g_file_test (no_db, G_FILE_TEST_EXISTS));

  mv_test_run_cli_args (&extra, NULL, "--db", shared_db, "export-members", "-o", xlsx, "ekstra",
                        NULL);
  assert_cli_failed (&extra, "ekstra");

  listing = mv_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "");

  mv_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* The source strings, whatever translations the machine has installed:
   * the assertions compare English headers in both locales. */
  bindtextdomain (GETTEXT_PACKAGE, "/nonexistent");
  g_unsetenv ("LANGUAGE");

  shared_dir = mv_test_make_tmp_dir ();
  shared_db = g_build_filename (shared_dir, "eksempel.db", NULL);
  shared_store = mv_store_open (shared_db, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (mv_sample_create (shared_store, mv_pdf_inspect, &error));
  g_assert_no_error (error);
  shared_council = mv_store_find_council (shared_store, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/member-export/xlsx/c-locale", test_xlsx_c_locale);
  g_test_add_func ("/member-export/xlsx/norwegian-locale", test_xlsx_norwegian_locale);
  g_test_add ("/member-export/xlsx/own-council", Own, NULL, own_set_up, test_xlsx_own,
              own_tear_down);
  g_test_add_func ("/member-export/xlsx/empty", test_xlsx_empty);
  g_test_add_func ("/member-export/csv/sample", test_csv_sample);
  g_test_add ("/member-export/csv/own-council", Own, NULL, own_set_up, test_csv_own,
              own_tear_down);
  g_test_add_func ("/member-export/error/extension", test_error_extension);
  g_test_add_func ("/member-export/error/missing-folder", test_error_missing_folder);
  g_test_add_func ("/member-export/error/folder", test_error_folder);
  g_test_add_func ("/member-export/replace", test_replace);
  g_test_add_func ("/member-export/cli/export", test_cli);
  g_test_add_func ("/member-export/cli/errors", test_cli_errors);

  status = g_test_run ();

  g_clear_object (&shared_store);
  mv_test_remove_tree (shared_dir);
  g_free (shared_dir);
  g_free (shared_db);
  return status;
}
