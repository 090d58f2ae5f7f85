/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-agenda.h"
#include "mv-columns.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-gui-util.h"
#include "mv-item-editor.h"
#include "mv-items-page.h"
#include "mv-meeting-util.h"
#include "mv-meeting.h"
#include "mv-queries.h"
#include "mv-record-watch.h"
#include "mv-text.h"

/* The fixed choices of the filters; the meetings, kinds and organisations
 * follow them. */
enum {
  MEETING_ALL,
  MEETING_BACKLOG,
  N_MEETING_FIXED
};

enum {
  KIND_ALL,
  N_KIND_FIXED
};

enum {
  RAISED_ANYONE,
  RAISED_NAV,
  RAISED_COUNCIL,
  N_RAISED_FIXED
};

struct _MvItemsPage
{
  MvSectionPage  parent_instance;

  MvRecordWatch *watch;          /* items whose edits may move them in or out */
  GPtrArray     *meetings;         /* of MvMeeting, after the fixed choices */
  GPtrArray     *organisations;    /* of MvOrganisation, after the fixed choices */
  GtkSelectionModel *selection;
  gboolean       filling;          /* the filters' choices are being rebuilt */
  GPtrArray     *undo_stack;       /* of Removal, the last on top */

  /* Template widgets */
  GtkColumnView *column_view;
  GtkLabel      *count_label;
  MvItemEditor  *editor;
  GtkStack      *editor_stack;
  GtkDropDown   *kind_dropdown;
  GtkDropDown   *meeting_dropdown;
  GtkDropDown   *raised_dropdown;
  GtkSearchEntry *search_entry;
  GtkStack      *stack;
  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (MvItemsPage, mv_items_page, MV_TYPE_SECTION_PAGE)

static MvStore *
get_store (MvItemsPage *self)
{
  return mv_section_page_get_store (MV_SECTION_PAGE (self));
}

static MvMeeting *
lookup_meeting (MvItemsPage  *self,
                MvAgendaItem *item)
{
  MvStore *store = get_store (self);

  if (store == NULL)
    return NULL;
  return mv_store_lookup (store, MV_TYPE_MEETING, mv_agenda_item_get_meeting_id (item));
}

static char *
number_text (gpointer item,
             gpointer user_data)
{
  g_autofree char *number = mv_agenda_item_dup_number (item);

  if (*number == '\0')
    return g_steal_pointer (&number);
  /* Translators: an agenda item's number, "07/26" being the seventh item
   * of 2026; in Norwegian "Sak %s". */
  return g_strdup_printf (_("Item %s"), number);
}

static char *
title_text (gpointer item,
            gpointer user_data)
{
  return g_strdup (mv_agenda_item_get_title (item));
}

static char *
kind_text (gpointer item,
           gpointer user_data)
{
  return g_strdup (mv_enum_to_label (MV_TYPE_ITEM_KIND, mv_agenda_item_get_kind (item)));
}

static char *
meeting_text (gpointer item,
              gpointer user_data)
{
  MvMeeting *meeting = lookup_meeting (user_data, item);

  if (meeting == NULL)
    /* Translators: where an item not yet put on a meeting's agenda waits. */
    return g_strdup (_("Backlog"));
  return mv_date_format_user (mv_meeting_get_starts_at (meeting), MV_DATE_STYLE_SHORT);
}

/* Items without a number last. */
static int
compare_numbers (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  MvAgendaItem *item_a = (MvAgendaItem *) a;
  MvAgendaItem *item_b = (MvAgendaItem *) b;
  int number_a = mv_agenda_item_get_number (item_a);
  int number_b = mv_agenda_item_get_number (item_b);

  if ((number_a <= 0) != (number_b <= 0))
    return number_a <= 0 ? 1 : -1;
  if (mv_agenda_item_get_number_year (item_a) != mv_agenda_item_get_number_year (item_b))
    return mv_agenda_item_get_number_year (item_a) - mv_agenda_item_get_number_year (item_b);
  return number_a - number_b;
}

static int
compare_kinds (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return (int) mv_agenda_item_get_kind ((MvAgendaItem *) a) -
         (int) mv_agenda_item_get_kind ((MvAgendaItem *) b);
}

/* In agenda order, meeting by meeting; the backlog last. */
static int
compare_meetings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  MvAgendaItem *item_a = (MvAgendaItem *) a;
  MvAgendaItem *item_b = (MvAgendaItem *) b;
  MvMeeting *meeting_a = lookup_meeting (user_data, item_a);
  MvMeeting *meeting_b = lookup_meeting (user_data, item_b);
  int cmp;

  if ((meeting_a == NULL) != (meeting_b == NULL))
    return meeting_a == NULL ? 1 : -1;

  if (meeting_a != NULL && meeting_a != meeting_b)
    {
      cmp = g_strcmp0 (mv_meeting_get_starts_at (meeting_a), mv_meeting_get_starts_at (meeting_b));
      if (cmp != 0)
        return cmp;
    }

  return mv_agenda_item_get_position (item_a) - mv_agenda_item_get_position (item_b);
}

/* The filter each item passes, the search aside. */
typedef struct
{
  guint meeting;  /* a choice of the meeting filter, not MEETING_ALL */
  guint kind;
  guint raised;
} Choices;

static void
item_choices (MvItemsPage  *self,
              MvAgendaItem *item,
              Choices      *choices)
{
  const char *meeting_id = mv_agenda_item_get_meeting_id (item);
  const char *organisation_id;

  choices->meeting = MEETING_BACKLOG;
  for (guint i = 0; meeting_id != NULL && i < self->meetings->len; i++)
    if (g_strcmp0 (mv_record_get_id (g_ptr_array_index (self->meetings, i)), meeting_id) == 0)
      choices->meeting = N_MEETING_FIXED + i;

  choices->kind = N_KIND_FIXED + mv_agenda_item_get_kind (item);

  choices->raised = RAISED_ANYONE;
  switch (mv_agenda_item_get_raised_by (item))
    {
    case MV_RAISED_BY_NAV:
      choices->raised = RAISED_NAV;
      break;
    case MV_RAISED_BY_COUNCIL:
      choices->raised = RAISED_COUNCIL;
      break;
    case MV_RAISED_BY_ORGANISATION:
      organisation_id = mv_record_get_string (MV_RECORD (item), "raised-by-organisation-id");
      for (guint i = 0; i < self->organisations->len; i++)
        if (g_strcmp0 (mv_record_get_id (g_ptr_array_index (self->organisations, i)),
                       organisation_id) == 0)
          choices->raised = N_RAISED_FIXED + i;
      break;
    case MV_RAISED_BY_NONE:
    default:
      break;
    }
}

static gboolean
matches_search (MvItemsPage  *self,
                MvAgendaItem *item)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  g_autofree char *number = NULL;

  if (mv_is_blank (text))
    return TRUE;

  needle = mv_text_fold (g_strstrip (g_strdup (text)));
  number = mv_agenda_item_dup_number (item);
  return mv_text_contains_folded (mv_agenda_item_get_title (item), needle) ||
         mv_text_contains_folded (mv_agenda_item_get_presenter (item), needle) ||
         mv_text_contains_folded (mv_agenda_item_get_background (item), needle) ||
         mv_text_contains_folded (mv_agenda_item_get_proposed_resolution (item), needle) ||
         mv_text_contains_folded (mv_agenda_item_get_conclusion (item), needle) ||
         mv_text_contains_folded (number, needle);
}

static gboolean
choice_matches (guint selected,
                guint all,
                guint choice)
{
  return selected == all || selected == GTK_INVALID_LIST_POSITION || selected == choice;
}

static gboolean
mv_items_page_filter (MvSectionPage *page,
                      MvRecord      *record)
{
  MvItemsPage *self = MV_ITEMS_PAGE (page);
  MvAgendaItem *item = MV_AGENDA_ITEM (record);
  Choices choices;

  item_choices (self, item, &choices);
  return choice_matches (gtk_drop_down_get_selected (self->meeting_dropdown), MEETING_ALL,
                         choices.meeting) &&
         choice_matches (gtk_drop_down_get_selected (self->kind_dropdown), KIND_ALL,
                         choices.kind) &&
         choice_matches (gtk_drop_down_get_selected (self->raised_dropdown), RAISED_ANYONE,
                         choices.raised) &&
         matches_search (self, item);
}

/* "Label (n)" for each choice of a filter. */
static char *
choice_label (const char *label,
              guint       count)
{
  /* Translators: a choice of a filter and how many items it shows. */
  return g_strdup_printf (_("%s (%u)"), label, count);
}

/* Replaces the filter's choices only when their text changed, and chooses
 * @selected. */
static void
set_choices (MvItemsPage *self,
             GtkDropDown *dropdown,
             GPtrArray   *labels,
             guint        selected)
{
  GListModel *old = gtk_drop_down_get_model (dropdown);
  gboolean same = old != NULL && g_list_model_get_n_items (old) == labels->len;

  for (guint i = 0; same && i < labels->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (old), i),
                      g_ptr_array_index (labels, i)) == 0;

  self->filling = TRUE;
  if (!same)
    {
      g_autoptr(GtkStringList) list = NULL;

      g_ptr_array_add (labels, NULL);
      list = gtk_string_list_new ((const char * const *) labels->pdata);
      g_ptr_array_remove_index (labels, labels->len - 1);
      gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
    }
  if (gtk_drop_down_get_selected (dropdown) != selected)
    gtk_drop_down_set_selected (dropdown, selected < labels->len ? selected : 0);
  self->filling = FALSE;
}

/* The meetings and organisations to choose from, each with its count. A
 * meeting that leaves the list takes the filter back to all meetings. */
static void
update_choices (MvItemsPage *self)
{
  MvStore *store = get_store (self);
  MvCouncil *council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  guint selected_meeting = gtk_drop_down_get_selected (self->meeting_dropdown);
  guint selected_raised = gtk_drop_down_get_selected (self->raised_dropdown);
  guint selected_kind;
  g_autoptr(MvMeeting) kept_meeting = NULL;
  g_autoptr(MvOrganisation) kept_organisation = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *meeting_counts = NULL;
  g_autofree guint *raised_counts = NULL;
  g_autofree char *count = NULL;
  guint kind_counts[N_KIND_FIXED + MV_ITEM_KIND_AOB + 1] = { 0 };
  guint n_items = 0;
  guint n_shown = 0;

  if (selected_meeting >= N_MEETING_FIXED &&
      selected_meeting - N_MEETING_FIXED < self->meetings->len)
    kept_meeting = g_object_ref (g_ptr_array_index (self->meetings,
                                                    selected_meeting - N_MEETING_FIXED));
  if (selected_raised >= N_RAISED_FIXED &&
      selected_raised - N_RAISED_FIXED < self->organisations->len)
    kept_organisation = g_object_ref (g_ptr_array_index (self->organisations,
                                                         selected_raised - N_RAISED_FIXED));

  g_ptr_array_set_size (self->meetings, 0);
  g_ptr_array_set_size (self->organisations, 0);
  if (store != NULL && council != NULL)
    {
      g_autoptr(GPtrArray) meetings = mv_store_list_meetings (store, council, 0);
      GListModel *organisations = mv_store_get_model (store, MV_TYPE_ORGANISATION);
      GListModel *all_items = mv_store_get_model (store, MV_TYPE_AGENDA_ITEM);
      const char *council_id = mv_record_get_id (MV_RECORD (council));

      for (guint i = 0; i < meetings->len; i++)
        g_ptr_array_add (self->meetings, g_object_ref (g_ptr_array_index (meetings, i)));
      for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
        g_ptr_array_add (self->organisations, g_list_model_get_item (organisations, i));
      g_ptr_array_sort (self->organisations, mv_compare_organisation_names);

      items = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (all_items); i++)
        {
          g_autoptr(MvAgendaItem) item = g_list_model_get_item (all_items, i);

          if (g_strcmp0 (mv_agenda_item_get_council_id (item), council_id) == 0)
            g_ptr_array_add (items, g_steal_pointer (&item));
        }
    }

  /* Each filter counts the items the other filters let through. */
  meeting_counts = g_new0 (guint, N_MEETING_FIXED + self->meetings->len);
  raised_counts = g_new0 (guint, N_RAISED_FIXED + self->organisations->len);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      gboolean search = matches_search (self, item);
      gboolean meeting_ok, kind_ok, raised_ok;
      Choices choices;

      item_choices (self, item, &choices);
      meeting_ok = kept_meeting == NULL
                   ? choice_matches (selected_meeting, MEETING_ALL, choices.meeting)
                   : g_strcmp0 (mv_agenda_item_get_meeting_id (item),
                                mv_record_get_id (MV_RECORD (kept_meeting))) == 0;
      kind_ok = choice_matches (gtk_drop_down_get_selected (self->kind_dropdown), KIND_ALL,
                                choices.kind);
      raised_ok = kept_organisation == NULL
                  ? choice_matches (selected_raised, RAISED_ANYONE, choices.raised)
                  : choices.raised >= N_RAISED_FIXED &&
                    g_ptr_array_index (self->organisations,
                                       choices.raised - N_RAISED_FIXED) == kept_organisation;

      n_items++;
      if (!search)
        continue;
      if (kind_ok && raised_ok)
        {
          meeting_counts[MEETING_ALL]++;
          meeting_counts[choices.meeting]++;
        }
      if (meeting_ok && raised_ok)
        {
          kind_counts[KIND_ALL]++;
          kind_counts[choices.kind]++;
        }
      if (meeting_ok && kind_ok)
        {
          raised_counts[RAISED_ANYONE]++;
          if (choices.raised != RAISED_ANYONE)
            raised_counts[choices.raised]++;
        }
      if (meeting_ok && kind_ok && raised_ok)
        n_shown++;
    }

  g_ptr_array_add (labels, choice_label (_("All Meetings"), meeting_counts[MEETING_ALL]));
  g_ptr_array_add (labels, choice_label (_("Backlog"), meeting_counts[MEETING_BACKLOG]));
  for (guint i = 0; i < self->meetings->len; i++)
    {
      g_autofree char *label = mv_meeting_dup_label (g_ptr_array_index (self->meetings, i));

      g_ptr_array_add (labels, choice_label (label, meeting_counts[N_MEETING_FIXED + i]));
    }
  if (kept_meeting != NULL && g_ptr_array_find (self->meetings, kept_meeting, &selected_meeting))
    selected_meeting += N_MEETING_FIXED;
  else if (kept_meeting != NULL || selected_meeting == GTK_INVALID_LIST_POSITION)
    selected_meeting = MEETING_ALL;
  set_choices (self, self->meeting_dropdown, labels, selected_meeting);

  g_ptr_array_set_size (labels, 0);
  g_ptr_array_add (labels, choice_label (_("All Kinds"), kind_counts[KIND_ALL]));
  for (int kind = MV_ITEM_KIND_FIXED; kind <= MV_ITEM_KIND_AOB; kind++)
    g_ptr_array_add (labels, choice_label (mv_enum_to_label (MV_TYPE_ITEM_KIND, kind),
                                           kind_counts[N_KIND_FIXED + kind]));
  selected_kind = gtk_drop_down_get_selected (self->kind_dropdown);
  set_choices (self, self->kind_dropdown, labels,
               selected_kind < labels->len ? selected_kind : KIND_ALL);

  g_ptr_array_set_size (labels, 0);
  /* Translators: the filter that shows the items whoever raised them. */
  g_ptr_array_add (labels, choice_label (_("Raised by Anyone"), raised_counts[RAISED_ANYONE]));
  g_ptr_array_add (labels, choice_label (mv_enum_to_label (MV_TYPE_RAISED_BY, MV_RAISED_BY_NAV),
                                         raised_counts[RAISED_NAV]));
  g_ptr_array_add (labels, choice_label (mv_enum_to_label (MV_TYPE_RAISED_BY,
                                                           MV_RAISED_BY_COUNCIL),
                                         raised_counts[RAISED_COUNCIL]));
  for (guint i = 0; i < self->organisations->len; i++)
    g_ptr_array_add (labels, choice_label (mv_organisation_get_name (g_ptr_array_index (
                                             self->organisations, i)),
                                           raised_counts[N_RAISED_FIXED + i]));
  if (kept_organisation != NULL &&
      g_ptr_array_find (self->organisations, kept_organisation, &selected_raised))
    selected_raised += N_RAISED_FIXED;
  else if (kept_organisation != NULL || selected_raised == GTK_INVALID_LIST_POSITION)
    selected_raised = RAISED_ANYONE;
  set_choices (self, self->raised_dropdown, labels, selected_raised);

  /* Translators: how many of the council's items the filters show. */
  count = g_strdup_printf (ngettext ("%u of %u item", "%u of %u items", n_items), n_shown,
                           n_items);
  gtk_label_set_text (self->count_label, count);

  if (n_items == 0)
    {
      adw_status_page_set_title (self->status_page, _("No Agenda Items Yet"));
      adw_status_page_set_description (self->status_page,
                                       _("Items for the council’s meetings, and those not yet "
                                         "on a meeting, are listed here."));
    }
  else
    {
      adw_status_page_set_title (self->status_page, _("No Matching Items"));
      adw_status_page_set_description (self->status_page,
                                       _("Change the search or the filters to see more."));
    }
}

static void
refresh (gpointer user_data)
{
  MvItemsPage *self = user_data;
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  update_choices (self);
  mv_section_page_refilter (MV_SECTION_PAGE (self));
  /* An item moved or renumbered elsewhere changes its place in the list. */
  if (sorter != NULL)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
filter_changed_cb (MvItemsPage *self)
{
  if (self->filling)
    return;

  update_choices (self);
  mv_section_page_refilter (MV_SECTION_PAGE (self));
}

static void
update_actions (MvItemsPage *self)
{
  MvStore *store = get_store (self);
  gboolean writable = store != NULL && !mv_store_get_read_only (store);
  gboolean shown = store != NULL &&
                   mv_section_page_get_council (MV_SECTION_PAGE (self)) != NULL &&
                   mv_section_page_get_shown (MV_SECTION_PAGE (self));

  mv_section_page_set_action_enabled (MV_SECTION_PAGE (self), "add", shown && writable);
  mv_section_page_set_action_enabled (MV_SECTION_PAGE (self), "filter", shown);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "items.remove-item",
                                 writable && mv_item_editor_get_item (self->editor) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "items.remove-selected",
                                 writable && mv_item_editor_get_item (self->editor) != NULL);
}

static void
selection_changed_cb (MvItemsPage *self)
{
  GObject *item = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (self->selection));

  mv_item_editor_set_item (self->editor, item ? MV_AGENDA_ITEM (item) : NULL);
  gtk_stack_set_visible_child_name (self->editor_stack, item ? "editor" : "none");
  update_actions (self);
}

static void
model_notify_cb (MvItemsPage *self)
{
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  g_set_object (&self->selection, gtk_column_view_get_model (self->column_view));
  if (self->selection != NULL)
    g_signal_connect_swapped (self->selection, "notify::selected-item",
                              G_CALLBACK (selection_changed_cb), self);
  selection_changed_cb (self);
}

static void
store_changed (MvSectionPage *page)
{
  MvItemsPage *self = MV_ITEMS_PAGE (page);
  MvStore *store = get_store (self);

  mv_record_watch_clear (self->watch);
  mv_item_editor_set_store (self->editor, store);
  g_ptr_array_set_size (self->undo_stack, 0);
  /* An edit changes the record in place, which the filter does not see. */
  if (store != NULL)
    {
      mv_record_watch_add (self->watch, mv_store_get_model (store, MV_TYPE_AGENDA_ITEM), TRUE);
      mv_record_watch_add (self->watch, mv_store_get_model (store, MV_TYPE_MEETING), TRUE);
      mv_record_watch_add (self->watch, mv_store_get_model (store, MV_TYPE_ORGANISATION), FALSE);
    }
  mv_record_watch_queue (self->watch);
}

static void
council_changed (MvSectionPage *page)
{
  MvItemsPage *self = MV_ITEMS_PAGE (page);

  mv_record_watch_queue (self->watch);
}

/* An item removed here, and how to bring it back. */
typedef struct
{
  MvAgendaItem *item;
  MvUndo *undo;
} Removal;

static void
removal_free (gpointer data)
{
  Removal *removal = data;

  g_object_unref (removal->item);
  mv_undo_free (removal->undo);
  g_free (removal);
}

static void
remove_item (MvItemsPage  *self,
             MvAgendaItem *item)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  MvUndo *undo = NULL;
  Removal *removal;

  mv_item_editor_flush (self->editor);
  if (!mv_agenda_remove_item (get_store (self), item, &undo, &error))
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Remove the Item"), error->message);
      return;
    }
  removal = g_new0 (Removal, 1);
  removal->item = g_object_ref (item);
  removal->undo = undo;
  g_ptr_array_add (self->undo_stack, removal);
  /* Translators: the toast after removing an agenda item, named by its title. */
  message = g_strdup_printf (_("“%s” removed"), mv_agenda_item_get_title (item));
  mv_widget_offer_undo (GTK_WIDGET (self), message, (MvWidgetUndoFunc) mv_items_page_undo);
}

static void
remove_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MvItemsPage *self = MV_ITEMS_PAGE (widget);
  MvAgendaItem *item = mv_item_editor_get_item (self->editor);

  if (item != NULL && get_store (self) != NULL)
    remove_item (self, item);
}

/* Delete in the list; elsewhere the key belongs to the fields. */
static void
remove_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MvItemsPage *self = MV_ITEMS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && (focus == GTK_WIDGET (self->column_view) ||
                        gtk_widget_is_ancestor (focus, GTK_WIDGET (self->column_view))))
    remove_item_action (widget, action_name, parameter);
}

static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (ellipsize != NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 6);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  ellipsize)
{
  GtkStringObject *choice = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (choice));
}

/* The chosen filter is cut to the width there is; the list of choices
 * shows them whole. */
static void
set_up_dropdown (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_choice_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_choice_cb), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_choice_cb), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (bind_choice_cb), NULL);
  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

static void
mv_items_page_dispose (GObject *object)
{
  MvItemsPage *self = MV_ITEMS_PAGE (object);
  GtkWidget *child;

  g_clear_pointer (&self->watch, mv_record_watch_free);
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_func (self->column_view, model_notify_cb, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  g_clear_object (&self->selection);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_ITEMS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);

  G_OBJECT_CLASS (mv_items_page_parent_class)->dispose (object);
}

static void
section_update_actions (MvSectionPage *page)
{
  update_actions (MV_ITEMS_PAGE (page));
}

static void
add_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  mv_items_page_add_item (MV_ITEMS_PAGE (user_data));
}

static void
filter_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  mv_items_page_focus_search (MV_ITEMS_PAGE (user_data));
}

/* The section's commands, offered by the window as items.…; Ctrl+N and
 * Shift+Ctrl+F are its own while it is shown. */
static const GActionEntry action_entries[] = {
  { .name = "add", .activate = add_activated },
  { .name = "filter", .activate = filter_activated },
};

static void
mv_items_page_class_init (MvItemsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MvSectionPageClass *page_class = MV_SECTION_PAGE_CLASS (klass);

  object_class->dispose = mv_items_page_dispose;
  page_class->store_changed = store_changed;
  page_class->council_changed = council_changed;
  page_class->update_actions = section_update_actions;
  page_class->filter = mv_items_page_filter;

  g_type_ensure (MV_TYPE_ITEM_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-items-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, raised_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "items.remove-item", NULL, remove_item_action);
  gtk_widget_class_install_action (widget_class, "items.remove-selected", NULL,
                                   remove_selected_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "items.remove-selected",
                                       NULL);
}

static void
mv_items_page_init (MvItemsPage *self)
{
  GtkColumnViewColumn *meeting_column;

  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  set_up_dropdown (self->meeting_dropdown);
  set_up_dropdown (self->kind_dropdown);
  set_up_dropdown (self->raised_dropdown);

  self->watch = mv_record_watch_new (refresh, self);
  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  self->organisations = g_ptr_array_new_with_free_func (g_object_unref);
  self->undo_stack = g_ptr_array_new_with_free_func (removal_free);

  mv_column_view_add_text_column (self->column_view, _("Number"), number_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_numbers, NULL, NULL)),
                                  MV_COLUMN_DEFAULT);
  mv_column_view_add_text_column (self->column_view, _("Title"), title_text, self,
                                  mv_text_sorter_new (title_text, self), MV_COLUMN_EXPAND);
  mv_column_view_add_text_column (self->column_view, _("Kind"), kind_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_kinds, NULL, NULL)),
                                  MV_COLUMN_DEFAULT);
  meeting_column =
    mv_column_view_add_text_column (self->column_view, _("Meeting"), meeting_text, self,
                                    GTK_SORTER (gtk_custom_sorter_new (compare_meetings, self,
                                                                       NULL)),
                                    MV_COLUMN_DEFAULT);
  gtk_column_view_sort_by_column (self->column_view, meeting_column, GTK_SORT_ASCENDING);

  g_signal_connect_swapped (self->column_view, "notify::model", G_CALLBACK (model_notify_cb),
                            self);

  mv_section_page_add_actions (MV_SECTION_PAGE (self), "items",
                               action_entries, G_N_ELEMENTS (action_entries));
  mv_section_page_add_shortcut (MV_SECTION_PAGE (self), GDK_KEY_n, GDK_CONTROL_MASK, "items.add");
  mv_section_page_add_shortcut (MV_SECTION_PAGE (self), GDK_KEY_f,
                                GDK_CONTROL_MASK | GDK_SHIFT_MASK, "items.filter");

  mv_section_page_set_view (MV_SECTION_PAGE (self), MV_TYPE_AGENDA_ITEM, self->column_view,
                            self->stack);
  update_choices (self);
  update_actions (self);
}

/* GtkColumnView has no scroll_to() before GTK 4.12; its list has the action. */
static void
scroll_to (MvItemsPage *self,
           guint        position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

/**
 * mv_items_page_add_item:
 *
 * Makes a new item – on the agenda of the meeting the list shows, else in
 * the backlog – and puts the cursor in its title.
 *
 * Returns: (transfer none) (nullable): the new item
 */
MvAgendaItem *
mv_items_page_add_item (MvItemsPage *self)
{
  MvStore *store;
  MvCouncil *council;
  MvMeeting *meeting = NULL;
  MvAgendaItem *item;
  guint selected;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MV_IS_ITEMS_PAGE (self), NULL);

  store = get_store (self);
  council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  if (store == NULL || council == NULL)
    return NULL;

  selected = gtk_drop_down_get_selected (self->meeting_dropdown);
  if (selected >= N_MEETING_FIXED && selected - N_MEETING_FIXED < self->meetings->len)
    {
      MvMeetingStatus status;

      meeting = g_ptr_array_index (self->meetings, selected - N_MEETING_FIXED);
      status = mv_meeting_get_status (meeting);
      if (status != MV_MEETING_STATUS_PLANNED && status != MV_MEETING_STATUS_NOTICE_SENT)
        meeting = NULL;
    }

  item = mv_agenda_add_item (store, council, meeting, _("New item"), MV_ITEM_KIND_DISCUSSION,
                             15, NULL, NULL, NULL, &error);
  if (item == NULL)
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Add the Item"), error->message);
      return NULL;
    }

  mv_items_page_select_item (self, item);
  mv_item_editor_focus_title (self->editor);
  return item;
}

/**
 * mv_items_page_focus_title:
 *
 * Puts the cursor in the title of the item the editor shows.
 */
void
mv_items_page_focus_title (MvItemsPage *self)
{
  g_return_if_fail (MV_IS_ITEMS_PAGE (self));

  mv_item_editor_focus_title (self->editor);
}

static gboolean
select_shown (MvItemsPage  *self,
              MvAgendaItem *item)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  /* Counted and filtered now rather than at the next idle. */
  mv_record_watch_flush (self->watch);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MvAgendaItem) shown = g_list_model_get_item (model, i);

      if (shown == item)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (self->selection), i);
          scroll_to (self, i);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * mv_items_page_select_item:
 *
 * Selects @item in the list and edits it; the filters make way if they
 * hide it.
 */
gboolean
mv_items_page_select_item (MvItemsPage  *self,
                           MvAgendaItem *item)
{
  g_return_val_if_fail (MV_IS_ITEMS_PAGE (self), FALSE);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (item), FALSE);

  if (select_shown (self, item))
    return TRUE;

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->meeting_dropdown, MEETING_ALL);
  gtk_drop_down_set_selected (self->kind_dropdown, KIND_ALL);
  gtk_drop_down_set_selected (self->raised_dropdown, RAISED_ANYONE);
  self->filling = FALSE;
  return select_shown (self, item);
}

void
mv_items_page_focus_search (MvItemsPage *self)
{
  g_return_if_fail (MV_IS_ITEMS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * mv_items_page_undo:
 *
 * Brings back the item removed last, and selects it.
 */
gboolean
mv_items_page_undo (MvItemsPage *self)
{
  Removal *removal;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (MV_IS_ITEMS_PAGE (self), FALSE);

  if (get_store (self) == NULL || self->undo_stack->len == 0)
    return FALSE;

  removal = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  update_actions (self);
  ok = mv_undo_apply (removal->undo, get_store (self), &error);
  if (ok)
    mv_items_page_select_item (self, removal->item);
  else
    mv_widget_show_error (GTK_WIDGET (self), _("Could Not Undo"), error->message);
  removal_free (removal);
  return ok;
}

MvItemEditor *
mv_items_page_get_editor (MvItemsPage *self)
{
  g_return_val_if_fail (MV_IS_ITEMS_PAGE (self), NULL);

  return self->editor;
}
