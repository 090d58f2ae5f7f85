/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-columns.h"
#include "mv-enum-types.h"
#include "mv-member.h"
#include "mv-members-page.h"
#include "mv-organisation.h"
#include "mv-queries.h"

struct _MvMembersPage
{
  MvSectionPage  parent_instance;

  /* Template widgets */
  GtkColumnView *column_view;
  GtkStack      *stack;
};

G_DEFINE_FINAL_TYPE (MvMembersPage, mv_members_page, MV_TYPE_SECTION_PAGE)

static char *
name_text (gpointer item,
           gpointer user_data)
{
  return g_strdup (mv_member_get_name (item));
}

static char *
role_text (gpointer item,
           gpointer user_data)
{
  return g_strdup (mv_enum_to_label (MV_TYPE_MEMBER_ROLE, mv_member_get_role (item)));
}

static char *
organisation_text (gpointer item,
                   gpointer user_data)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (user_data));
  MvOrganisation *organisation;
  const char *short_name;

  if (store == NULL)
    return NULL;

  organisation = mv_store_lookup (store, MV_TYPE_ORGANISATION,
                                  mv_member_get_organisation_id (item));
  if (organisation == NULL)
    return NULL;

  short_name = mv_organisation_get_short_name (organisation);
  return g_strdup (short_name && *short_name ? short_name
                                             : mv_organisation_get_name (organisation));
}

static char *
term_end_text (gpointer item,
               gpointer user_data)
{
  /* Translators: the end of a member's term, for g_date_time_format();
   * "%-d. %b %Y" gives "17. mars 2028" in Norwegian. */
  return mv_format_date (mv_member_get_term_end (item), _("%-d %b %Y"));
}

/* The chair first, then by role as the enum orders them, then by name. */
static int
compare_roles (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int cmp = (int) mv_member_get_role ((MvMember *) a) - (int) mv_member_get_role ((MvMember *) b);

  if (cmp != 0)
    return cmp;
  return g_utf8_collate (mv_member_get_name ((MvMember *) a), mv_member_get_name ((MvMember *) b));
}

/* Open-ended terms last. */
static int
compare_term_ends (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const char *end_a = mv_member_get_term_end ((MvMember *) a);
  const char *end_b = mv_member_get_term_end ((MvMember *) b);
  gboolean open_a = end_a == NULL || *end_a == '\0';
  gboolean open_b = end_b == NULL || *end_b == '\0';

  if (open_a || open_b)
    return open_a - open_b;
  return g_strcmp0 (end_a, end_b);
}

static gboolean
mv_members_page_filter (MvSectionPage *page,
                        MvRecord      *record)
{
  return mv_member_is_active (MV_MEMBER (record), NULL);
}

static void
mv_members_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_MEMBERS_PAGE);

  G_OBJECT_CLASS (mv_members_page_parent_class)->dispose (object);
}

static void
mv_members_page_class_init (MvMembersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MvSectionPageClass *page_class = MV_SECTION_PAGE_CLASS (klass);

  object_class->dispose = mv_members_page_dispose;

  page_class->filter = mv_members_page_filter;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-members-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, stack);
}

static void
mv_members_page_init (MvMembersPage *self)
{
  GtkColumnViewColumn *role_column;

  gtk_widget_init_template (GTK_WIDGET (self));

  mv_column_view_add_text_column (self->column_view, _("Name"), name_text, self,
                                  mv_text_sorter_new (name_text, self), MV_COLUMN_EXPAND);
  role_column =
    mv_column_view_add_text_column (self->column_view, _("Role"), role_text, self,
                                    GTK_SORTER (gtk_custom_sorter_new (compare_roles, NULL, NULL)),
                                    MV_COLUMN_DEFAULT);
  mv_column_view_add_text_column (self->column_view, _("Organisation"), organisation_text, self,
                                  mv_text_sorter_new (organisation_text, self), MV_COLUMN_EXPAND);
  mv_column_view_add_text_column (self->column_view, _("Term Ends"), term_end_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_term_ends, NULL, NULL)),
                                  MV_COLUMN_DEFAULT);
  gtk_column_view_sort_by_column (self->column_view, role_column, GTK_SORT_ASCENDING);

  mv_section_page_set_view (MV_SECTION_PAGE (self), MV_TYPE_MEMBER, self->column_view,
                            self->stack);
}
