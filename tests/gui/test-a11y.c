/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mv-backup-dialog.h"
#include "mv-council-dialog.h"
#include "mv-council-setup.h"
#include "mv-export-dialog.h"
#include "mv-gui-util.h"
#include "mv-meeting-dialog.h"
#include "mv-member-dialog.h"
#include "mv-members-page-private.h"
#include "mv-organisations-dialog.h"
#include "mv-plan-year-dialog.h"
#include "mv-queries.h"
#include "mv-search-bar-private.h"
#include "mv-test-gui.h"
#include "mv-test-store.h"
#include "mv-user-groups-dialog.h"
#include "mv-window-private.h"
#include "mv-year-plan-page.h"

/* What a screen reader hears, in bokmål: buttons named by their plain
 * words once ("Ny sak", not "_Ny sak Ny sak"), dialogs by their title,
 * the search bar's close button by what it does. Runs with GTK_A11Y=test. */

typedef struct
{
  MvTestStore ts;
  MvWindow   *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  mv_test_store_set_up (&fixture->ts, MV_TEST_STORE_SAMPLE);
  fixture->window = mv_window_new (NULL, fixture->ts.store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  mv_test_run_pending ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mv_test_run_pending ();
  mv_test_store_tear_down (&fixture->ts);
}

/* @accessible's label as GTK holds it, or NULL when it has none. GTK 4.8
 * has no getter; the check against a value no label has returns the value
 * it found. */
static char *
dup_accessible_label (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
}

/* Whether @name is the same words twice ("Ny sak Ny sak"). */
static gboolean
is_doubled (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name, " ", -1);
  guint n = g_strv_length (words);

  if (n < 2 || n % 2 != 0)
    return FALSE;
  for (guint i = 0; i < n / 2; i++)
    if (g_strcmp0 (words[i], words[i + n / 2]) != 0)
      return FALSE;
  return TRUE;
}

/* Every button, toggle button and check button under @root: its name has
 * no mnemonic underscore and does not say its words twice; a button
 * showing a mnemonic label or an AdwButtonContent has a name at all. */
static guint
check_buttons (GtkWidget  *root,
               const char *where)
{
  guint checked = 0;

  if (GTK_IS_BUTTON (root) || GTK_IS_CHECK_BUTTON (root))
    {
      g_autofree char *label = dup_accessible_label (root);
      g_autofree char *shown = NULL;
      gboolean underline = FALSE;
      GtkWidget *child = GTK_IS_BUTTON (root) ? gtk_button_get_child (GTK_BUTTON (root)) : NULL;

      g_object_get (root, "label", &shown, "use-underline", &underline, NULL);
      if (label != NULL)
        {
          g_test_message ("%s: %s «%s»", where, G_OBJECT_TYPE_NAME (root), label);
          if (strchr (label, '_') != NULL || is_doubled (label))
            g_error ("%s: %s named «%s»", where, G_OBJECT_TYPE_NAME (root), label);
        }
      if ((shown != NULL && underline) || ADW_IS_BUTTON_CONTENT (child))
        {
          if (label == NULL)
            g_error ("%s: %s «%s» has no name", where, G_OBJECT_TYPE_NAME (root),
                     shown != NULL ? shown : "");
        }
      checked++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    checked += check_buttons (child, where);
  return checked;
}

/* A dialog has a title in the window's own name, a translated one (not
 * its type's name), and its buttons read right. */
static void
check_dialog (GtkWidget *dialog)
{
  const char *title;
  g_autofree char *name = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  mv_test_wait_mapped (dialog);
  title = gtk_window_get_title (GTK_WINDOW (dialog));
  g_test_message ("%s: «%s»", G_OBJECT_TYPE_NAME (dialog), title);
  g_assert_nonnull (title);
  g_assert_cmpstr (title, !=, "");
  g_assert_false (g_str_has_prefix (title, "Mv"));
  name = dup_accessible_label (dialog);
  g_assert_cmpstr (name, ==, title);
  g_assert_cmpuint (check_buttons (dialog, G_OBJECT_TYPE_NAME (dialog)), >, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  mv_test_run_pending ();
}

static void
test_buttons (Fixture       *fixture,
              gconstpointer  data)
{
  static const char *sections[] = { "members", "year-plan", "items", "documents" };

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      MvSectionPage *page = mv_window_get_section_page (fixture->window, sections[i]);

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s",
                                  sections[i]);
      mv_test_wait_mapped (page);
    }
  g_assert_cmpuint (check_buttons (GTK_WIDGET (fixture->window), "window"), >, 10);
}

/* Every drop-down's toggle button, where the focus goes, is labelled by
 * its drop-down, not read as "GtkToggleButton". */
static guint
check_drop_downs (GtkWidget *root)
{
  guint n = 0;

  if (GTK_IS_DROP_DOWN (root) && gtk_widget_get_mapped (root))
    {
      GtkWidget *toggle = mv_drop_down_get_toggle (root);

      g_assert_nonnull (toggle);
      gtk_test_accessible_assert_relation (toggle, GTK_ACCESSIBLE_RELATION_LABELLED_BY, root,
                                           NULL);
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += check_drop_downs (child);
  return n;
}

static void
test_drop_downs (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char *sections[] = { "members", "year-plan", "items", "documents" };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      MvSectionPage *page = mv_window_get_section_page (fixture->window, sections[i]);

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s",
                                  sections[i]);
      mv_test_wait_mapped (page);
      n += check_drop_downs (GTK_WIDGET (page));
    }
  /* The members' and the items' filters at least. */
  g_assert_cmpuint (n, >=, 4);
}

static void
test_dialogs (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWindow *parent = GTK_WINDOW (fixture->window);
  MvStore *store = fixture->ts.store;
  MvCouncil *council = fixture->ts.council;
  g_autoptr(GPtrArray) meetings = mv_store_list_meetings (store, council, 0);
  g_autoptr(GPtrArray) members = mv_store_list_members (store, council, FALSE);
  MvMeeting *meeting = g_ptr_array_index (meetings, 0);
  GtkWidget *dialog;

  dialog = mv_meeting_dialog_new (parent, store, council, NULL, 2026);
  check_dialog (dialog);
  dialog = mv_meeting_dialog_new (parent, store, council, NULL, 2026);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Nytt møte");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = mv_meeting_dialog_new (parent, store, council, meeting, 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Rediger møte");
  check_dialog (dialog);

  check_dialog (mv_plan_year_dialog_new (parent, store, council, 2027));
  check_dialog (mv_member_dialog_new (parent, store, council, NULL));
  check_dialog (mv_member_dialog_new (parent, store, council, g_ptr_array_index (members, 0)));
  check_dialog (mv_organisations_dialog_new (parent, store, council));
  check_dialog (mv_user_groups_dialog_new (parent, store));
  check_dialog (GTK_WIDGET (mv_export_dialog_new (parent, store, meeting)));
  check_dialog (mv_council_setup_new (parent, store, council));
  check_dialog (mv_backup_dialog_new (parent, fixture->ts.path));
  check_dialog (mv_council_dialog_new (parent));
}

/* The search bar's close button says what it does. */
static void
test_search_close (Fixture       *fixture,
                   gconstpointer  data)
{
  MvSearchBar *bar = mv_window_get_search_bar (fixture->window);
  GtkWidget *close_button = mv_search_bar_get_close_button (bar);

  g_assert_nonnull (close_button);
  gtk_test_accessible_assert_property (close_button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Lukk søket");
}

/* A field the meeting form refuses is invalid to a screen reader, with
 * the reason as its description, and valid again once it is corrected. */
static void
test_invalid_field (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *dialog = mv_meeting_dialog_new (GTK_WINDOW (fixture->window), fixture->ts.store,
                                             fixture->ts.council, NULL, 2027);
  GtkWidget *date = mv_meeting_dialog_get_field (MV_MEETING_DIALOG (dialog), "date");

  gtk_window_present (GTK_WINDOW (dialog));
  mv_test_wait_mapped (dialog);
  gtk_test_accessible_assert_state (date, GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_FALSE);

  mv_meeting_dialog_set_date (MV_MEETING_DIALOG (dialog), "31.02.2027");
  g_assert_false (mv_meeting_dialog_save (MV_MEETING_DIALOG (dialog)));
  gtk_test_accessible_assert_state (date, GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (date, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       mv_meeting_dialog_get_error (MV_MEETING_DIALOG (dialog)));

  mv_meeting_dialog_set_date (MV_MEETING_DIALOG (dialog), "09.03.2027");
  gtk_test_accessible_assert_state (date, GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_FALSE);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (date),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  gtk_window_destroy (GTK_WINDOW (dialog));
  mv_test_run_pending ();
}

static double
luminance (const guchar *bgra)
{
  double rgb[3] = { bgra[2], bgra[1], bgra[0] };

  for (guint i = 0; i < 3; i++)
    {
      double c = rgb[i] / 255.0;

      rgb[i] = c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/* The contrast of @label's text with its background as drawn: @area (an
 * ancestor that paints the background) rendered by the window's renderer,
 * and within @label's bounds the lightest and the darkest pixel compared
 * by WCAG's formula. */
static double
rendered_contrast (GtkWidget *label,
                   GtkWidget *area)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (area);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (area);
  int height = gtk_widget_get_height (area);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  graphene_rect_t bounds;
  double lightest = 0, darkest = 1;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (area)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  g_assert_true (gtk_widget_compute_bounds (label, area, &bounds));

  for (int y = MAX (0, (int) bounds.origin.y); y < MIN (height, (int) (bounds.origin.y + bounds.size.height)); y++)
    for (int x = MAX (0, (int) bounds.origin.x); x < MIN (width, (int) (bounds.origin.x + bounds.size.width)); x++)
      {
        const guchar *pixel = pixels + ((gsize) y * width + x) * 4;
        double l = luminance (pixel);

        g_assert_cmpint (pixel[3], ==, 255);
        lightest = MAX (lightest, l);
        darkest = MIN (darkest, l);
      }
  return (lightest + 0.05) / (darkest + 0.05);
}

/* A mapped label, not empty, with the style class @css_class. */
static gboolean
is_label_of_class (GtkWidget     *widget,
                   gconstpointer  css_class)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         gtk_widget_has_css_class (widget, css_class) &&
         *gtk_label_get_text (GTK_LABEL (widget)) != '\0';
}

/* The coverage panel's explanations and the year plan's past meetings
 * measure at least 4.5:1 (WCAG 2.1 AA) in the light style, as drawn. */
static void
test_contrast (Fixture       *fixture,
               gconstpointer  data)
{
  MvSectionPage *members = mv_window_get_section_page (fixture->window, "members");
  MvSectionPage *year_plan = mv_window_get_section_page (fixture->window, "year-plan");
  GtkWidget *panel = GTK_WIDGET (mv_members_page_get_coverage_panel (MV_MEMBERS_PAGE (members)));
  GtkWidget *label;
  double contrast;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1366, 720);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s", "members");
  mv_test_wait_mapped (members);
  gtk_widget_activate_action (GTK_WIDGET (members), "members.toggle-coverage", NULL);
  mv_test_wait_mapped (panel);
  mv_test_wait_for (mv_test_find_widget (panel, is_label_of_class, "subtitle") != NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  label = mv_test_find_widget (panel, is_label_of_class, "subtitle");
  contrast = rendered_contrast (label, gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX));
  g_test_message ("coverage «%s»: %.2f:1", gtk_label_get_text (GTK_LABEL (label)), contrast);
  g_assert_cmpfloat (contrast, >=, 4.5);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s", "year-plan");
  mv_test_wait_mapped (year_plan);
  mv_test_wait_for (mv_test_find_widget (GTK_WIDGET (year_plan), is_label_of_class,
                                         "dim-label") != NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  label = mv_test_find_widget (GTK_WIDGET (mv_section_page_get_column_view (year_plan)),
                               is_label_of_class, "dim-label");
  g_assert_nonnull (label);
  contrast = rendered_contrast (label, GTK_WIDGET (mv_section_page_get_column_view (year_plan)));
  g_test_message ("past meeting «%s»: %.2f:1", gtk_label_get_text (GTK_LABEL (label)), contrast);
  g_assert_cmpfloat (contrast, >=, 4.5);
}

/* The number in the metainfo's <requires> display_length for @side. */
static int
metainfo_display_length (const char *side)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                 "io.github.medvirke.Medvirke.metainfo.xml.in",
                                                 NULL);
  g_autofree char *text = NULL;
  g_autofree char *tag = g_strdup_printf ("<display_length compare=\"ge\" side=\"%s\">", side);
  const char *requires, *found;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  requires = strstr (text, "<requires>");
  g_assert_nonnull (requires);
  found = strstr (requires, tag);
  g_assert_nonnull (found);
  g_assert_true (found < strstr (requires, "</requires>"));
  return atoi (found + strlen (tag));
}

/* The metainfo states the screen the window really needs: its measured
 * minimum width as the longest side, its minimum height as the shortest. */
static void
test_metainfo_size (Fixture       *fixture,
                    gconstpointer  data)
{
  int width, height;

  gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_VERTICAL, width,
                      &height, NULL, NULL, NULL);
  g_test_message ("minimum %d × %d", width, height);
  g_assert_cmpint (metainfo_display_length ("longest"), ==, width);
  g_assert_cmpint (metainfo_display_length ("shortest"), ==, height);
}

int
main (int   argc,
      char *argv[])
{
  mv_test_init_norwegian (&argc, &argv);

  g_test_add ("/a11y/buttons", Fixture, NULL, fixture_set_up, test_buttons, fixture_tear_down);
  g_test_add ("/a11y/dialogs", Fixture, NULL, fixture_set_up, test_dialogs, fixture_tear_down);
  g_test_add ("/a11y/drop-downs", Fixture, NULL, fixture_set_up, test_drop_downs,
              fixture_tear_down);
  g_test_add ("/a11y/search-close", Fixture, NULL, fixture_set_up, test_search_close,
              fixture_tear_down);

  g_test_add ("/a11y/invalid-field", Fixture, NULL, fixture_set_up, test_invalid_field,
              fixture_tear_down);
  g_test_add ("/a11y/contrast", Fixture, NULL, fixture_set_up, test_contrast, fixture_tear_down);
  g_test_add ("/a11y/metainfo-size", Fixture, NULL, fixture_set_up, test_metainfo_size,
              fixture_tear_down);

  return g_test_run ();
}
