/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mv-document-actions.h"
#include "mv-gui-util.h"
#include "mv-document-preview-private.h"
#include "mv-error.h"
#include "mv-pdf.h"

/* Points to pixels at 100 %: a page is as large as on paper at 96 dpi. */
#define POINTS_TO_PIXELS (96.0 / 72.0)
#define THUMBNAIL_WIDTH 96
#define PAGE_MARGIN 12
#define MIN_ZOOM 0.1
#define MAX_ZOOM 8.0
#define ZOOM_STEP 1.2

/* --- A page drawn at the screen's scale ------------------------------------- */

/* A texture with as many pixels as the screen has for its size: a page
 * drawn at scale 2 shows at half its pixel size, and sharp. Before it is
 * drawn, a white page of the size it will have. */

#define MV_TYPE_PAGE_PAINTABLE (mv_page_paintable_get_type ())

G_DECLARE_FINAL_TYPE (MvPagePaintable, mv_page_paintable, MV, PAGE_PAINTABLE, GObject)

struct _MvPagePaintable
{
  GObject     parent_instance;

  int         page;
  GdkTexture *texture;
  int         scale;
  double      width;
  double      height;
};

static void mv_page_paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MvPagePaintable, mv_page_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      mv_page_paintable_iface_init))

static void
mv_page_paintable_snapshot (GdkPaintable *paintable,
                            GdkSnapshot  *snapshot,
                            double        width,
                            double        height)
{
  MvPagePaintable *self = MV_PAGE_PAINTABLE (paintable);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);

  if (self->texture != NULL)
    gtk_snapshot_append_texture (GTK_SNAPSHOT (snapshot), self->texture, &bounds);
  else
    gtk_snapshot_append_color (GTK_SNAPSHOT (snapshot), &(GdkRGBA) { 1, 1, 1, 1 }, &bounds);
}

static int
mv_page_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  MvPagePaintable *self = MV_PAGE_PAINTABLE (paintable);

  return self->texture ? gdk_texture_get_width (self->texture) / self->scale : (int) self->width;
}

static int
mv_page_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  MvPagePaintable *self = MV_PAGE_PAINTABLE (paintable);

  return self->texture ? gdk_texture_get_height (self->texture) / self->scale : (int) self->height;
}

static void
mv_page_paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = mv_page_paintable_snapshot;
  iface->get_intrinsic_width = mv_page_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = mv_page_paintable_get_intrinsic_height;
}

static void
mv_page_paintable_finalize (GObject *object)
{
  MvPagePaintable *self = MV_PAGE_PAINTABLE (object);

  g_clear_object (&self->texture);

  G_OBJECT_CLASS (mv_page_paintable_parent_class)->finalize (object);
}

static void
mv_page_paintable_class_init (MvPagePaintableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mv_page_paintable_finalize;
}

static void
mv_page_paintable_init (MvPagePaintable *self)
{
  self->scale = 1;
}

static MvPagePaintable *
mv_page_paintable_new (int    page,
                       double width,
                       double height)
{
  MvPagePaintable *self = g_object_new (MV_TYPE_PAGE_PAINTABLE, NULL);

  self->page = page;
  self->width = width;
  self->height = height;
  return self;
}

static void
mv_page_paintable_set_texture (MvPagePaintable *self,
                               GdkTexture      *texture,
                               int              scale)
{
  g_set_object (&self->texture, texture);
  self->scale = MAX (scale, 1);
  gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}

/* --- Drawing in a worker ------------------------------------------------------ */

/* GdkTexture is immutable and may be made in a worker; widgets may not. */
static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                                         (gsize) stride * height);

  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

typedef enum
{
  ZOOM_FIT_WIDTH,
  ZOOM_FIT_PAGE,
  ZOOM_ACTUAL_SIZE,
  ZOOM_CUSTOM,
} ZoomMode;

static const char * const zoom_modes[] = { "fit-width", "fit-page", "actual-size", "custom" };

typedef struct
{
  GBytes     *bytes;
  char       *password;
  int         page;
  ZoomMode    mode;
  double      zoom;
  double      width;     /* room for the page, in logical pixels */
  double      height;
  int         scale;     /* the screen's scale factor */
  GStrv       words;     /* to mark on the page; may be NULL */
  GdkTexture *texture;   /* out */
  double      shown_zoom;
  guint       n_marked;  /* out: the words' occurrences marked */
} PageJob;

static void
page_job_free (PageJob *job)
{
  g_bytes_unref (job->bytes);
  g_free (job->password);
  g_strfreev (job->words);
  g_clear_object (&job->texture);
  g_free (job);
}

/* Marks where @words are on the page drawn on @surface, as a highlighter
 * would: the text stays dark under the colour. Returns how many. */
static guint
mark_words (MvPdfRenderer      *renderer,
            int                 page,
            const char * const *words,
            cairo_surface_t    *surface,
            double              page_width)
{
  g_autoptr(GArray) boxes = mv_pdf_renderer_find_words (renderer, page, words);
  double scale = cairo_image_surface_get_width (surface) / page_width;
  cairo_t *cr;

  if (boxes->len == 0)
    return 0;

  cr = cairo_create (surface);
  cairo_set_operator (cr, CAIRO_OPERATOR_MULTIPLY);
  cairo_set_source_rgba (cr, 1.0, 0.83, 0.0, 0.55);
  for (guint i = 0; i < boxes->len; i++)
    {
      cairo_rectangle_t *box = &g_array_index (boxes, cairo_rectangle_t, i);

      cairo_rectangle (cr, (box->x - 1) * scale, (box->y - 1) * scale,
                       (box->width + 2) * scale, (box->height + 2) * scale);
    }
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return boxes->len;
}

static void
render_page_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  PageJob *job = task_data;
  g_autoptr(MvPdfRenderer) renderer = NULL;
  cairo_surface_t *surface;
  GError *error = NULL;
  double width, height, zoom;

  renderer = mv_pdf_renderer_new (job->bytes, job->password, &error);
  if (renderer == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (!mv_pdf_renderer_get_page_size (renderer, job->page, &width, &height))
    width = height = 1;

  switch (job->mode)
    {
    case ZOOM_FIT_WIDTH:
      zoom = job->width / width;
      break;

    case ZOOM_FIT_PAGE:
      zoom = MIN (job->width / width, job->height / height);
      break;

    case ZOOM_ACTUAL_SIZE:
      zoom = POINTS_TO_PIXELS;
      break;

    case ZOOM_CUSTOM:
    default:
      zoom = job->zoom * POINTS_TO_PIXELS;
      break;
    }
  zoom = CLAMP (zoom, MIN_ZOOM * POINTS_TO_PIXELS, MAX_ZOOM * POINTS_TO_PIXELS);

  if (g_task_return_error_if_cancelled (task))
    return;

  surface = mv_pdf_renderer_render (renderer, job->page, zoom * job->scale, &error);
  if (surface == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (job->words != NULL)
    job->n_marked = mark_words (renderer, job->page, (const char * const *) job->words, surface,
                                width);
  job->texture = texture_from_surface (surface);
  job->shown_zoom = zoom / POINTS_TO_PIXELS;
  cairo_surface_destroy (surface);
  g_task_return_boolean (task, TRUE);
}

/* The worker never holds the preview itself: were it the last to let go,
 * the widget would be finalized in the worker. It holds a weak reference,
 * shared (GRcBox) with the thumbnails it hands over, read on the main
 * thread only. */
typedef struct
{
  GBytes   *bytes;
  char     *password;
  int       n_pages;
  int       scale;
  guint     generation;
  GWeakRef *preview;
} ThumbnailsJob;

static void
release_weak_ref (GWeakRef *ref)
{
  g_rc_box_release_full (ref, (GDestroyNotify) g_weak_ref_clear);
}

static void
thumbnails_job_free (ThumbnailsJob *job)
{
  g_bytes_unref (job->bytes);
  g_free (job->password);
  release_weak_ref (job->preview);
  g_free (job);
}

typedef struct
{
  GWeakRef   *preview;
  guint       generation;
  int         page;
  int         scale;
  GdkTexture *texture;
} Thumbnail;

static gboolean show_thumbnail (gpointer data);

static void
thumbnail_free (gpointer data)
{
  Thumbnail *thumbnail = data;

  release_weak_ref (thumbnail->preview);
  g_object_unref (thumbnail->texture);
  g_free (thumbnail);
}

static void
render_thumbnails_in_thread (GTask        *task,
                             gpointer      source_object,
                             gpointer      task_data,
                             GCancellable *cancellable)
{
  ThumbnailsJob *job = task_data;
  g_autoptr(MvPdfRenderer) renderer = NULL;

  renderer = mv_pdf_renderer_new (job->bytes, job->password, NULL);
  for (int i = 0; renderer != NULL && i < job->n_pages; i++)
    {
      cairo_surface_t *surface;
      Thumbnail *thumbnail;
      double width, height;

      if (g_cancellable_is_cancelled (cancellable) ||
          !mv_pdf_renderer_get_page_size (renderer, i, &width, &height))
        break;

      surface = mv_pdf_renderer_render (renderer, i, THUMBNAIL_WIDTH * job->scale / width, NULL);
      if (surface == NULL)
        continue;

      thumbnail = g_new0 (Thumbnail, 1);
      thumbnail->preview = g_rc_box_acquire (job->preview);
      thumbnail->generation = job->generation;
      thumbnail->page = i;
      thumbnail->scale = job->scale;
      thumbnail->texture = texture_from_surface (surface);
      cairo_surface_destroy (surface);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_thumbnail, thumbnail, thumbnail_free);
    }

  g_task_return_boolean (task, TRUE);
}

/* --- The preview ------------------------------------------------------------- */

struct _MvDocumentPreview
{
  GtkWidget         parent_instance;

  MvStore          *store;
  MvDocument       *document;
  GBytes           *bytes;
  char             *password;
  int               n_pages;
  int               page;
  ZoomMode          mode;
  double            zoom;
  double            shown_zoom;
  double            rendered_width;
  double            rendered_height;
  GStrv             marked_words;  /* the search's, marked on the pages */
  guint             n_marked;      /* on the page shown */
  guint             generation;
  guint             relayout_id;
  gboolean          syncing_selection;

  GSettings        *settings;  /* the zoom chosen last, for every document */
  GCancellable     *page_cancellable;
  GCancellable     *thumbnails_cancellable;
  MvPagePaintable  *page_paintable;
  GListStore       *thumbnails;
  GtkSingleSelection *thumbnail_selection;

  /* Template widgets */
  GtkLabel         *page_label;
  GtkPicture       *page_picture;
  GtkScrolledWindow *page_scroller;
  AdwStatusPage    *status;
  GtkStack         *stack;
  GtkListView      *thumbnail_view;
  GtkWidget        *unlock_button;
  GtkLabel         *zoom_label;
};

G_DEFINE_FINAL_TYPE (MvDocumentPreview, mv_document_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOM_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
show_thumbnail (gpointer data)
{
  Thumbnail *thumbnail = data;
  g_autoptr(MvDocumentPreview) self = g_weak_ref_get (thumbnail->preview);
  g_autoptr(MvPagePaintable) paintable = NULL;

  if (self == NULL || self->generation != thumbnail->generation ||
      (guint) thumbnail->page >= g_list_model_get_n_items (G_LIST_MODEL (self->thumbnails)))
    return G_SOURCE_REMOVE;

  paintable = g_list_model_get_item (G_LIST_MODEL (self->thumbnails), thumbnail->page);
  mv_page_paintable_set_texture (paintable, thumbnail->texture, thumbnail->scale);
  return G_SOURCE_REMOVE;
}

static void
show_message (MvDocumentPreview *self,
              const char        *icon_name,
              const char        *title,
              const char        *description)
{
  adw_status_page_set_icon_name (self->status, icon_name);
  adw_status_page_set_title (self->status, title);
  adw_status_page_set_description (self->status, description);
  gtk_widget_set_visible (self->unlock_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "message");
}

static void
update_controls (MvDocumentPreview *self)
{
  g_autofree char *page_text = NULL;
  g_autofree char *zoom_text = NULL;
  gboolean pages = self->bytes != NULL && self->n_pages > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page",
                                 pages && self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page",
                                 pages && self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in", pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out", pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-reset", pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-mode", pages);

  if (pages)
    /* Translators: the page shown of a document: "Page 3 of 15". */
    page_text = g_strdup_printf (_("Page %d of %d"), self->page + 1, self->n_pages);
  gtk_label_set_label (self->page_label, page_text ? page_text : "");

  if (pages && self->shown_zoom > 0)
    /* Translators: the zoom of a page, "125 %"; the %% is the per cent sign. */
    zoom_text = g_strdup_printf (_("%d %%"), (int) (self->shown_zoom * 100 + 0.5));
  gtk_label_set_label (self->zoom_label, zoom_text ? zoom_text : "");
}

/* A protected PDF whose password this session does not know. */
static void
ask_for_password (MvDocumentPreview *self,
                  gboolean           wrong)
{
  g_cancellable_cancel (self->thumbnails_cancellable);
  g_clear_pointer (&self->password, g_free);
  show_message (self, "channel-secure-symbolic", _("Protected by a Password"),
                wrong ? _("The password given does not open the document. Try again.")
                      : _("Enter the document’s password to see its pages."));
  gtk_widget_set_visible (self->unlock_button, TRUE);
}

static void
page_rendered_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  MvDocumentPreview *self = MV_DOCUMENT_PREVIEW (source);
  PageJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, MV_ERROR, MV_ERROR_ENCRYPTED))
        ask_for_password (self, TRUE);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, "dialog-warning-symbolic", _("Could Not Show the Document"),
                      error->message);
      return;
    }

  if (self->password != NULL)
    mv_document_remember_password (self->document, self->password);

  mv_page_paintable_set_texture (self->page_paintable, job->texture, job->scale);
  self->shown_zoom = job->shown_zoom;
  self->n_marked = job->n_marked;
  self->rendered_width = job->width;
  self->rendered_height = job->height;
  gtk_stack_set_visible_child_name (self->stack, "pages");
  update_controls (self);
}

/* Draws the page shown again: a new page, zoom or size. The drawing
 * still under way for the one before is called off. */
static void
render_page (MvDocumentPreview *self)
{
  g_autoptr(GTask) task = NULL;
  PageJob *job;

  g_cancellable_cancel (self->page_cancellable);
  g_clear_object (&self->page_cancellable);
  if (self->bytes == NULL)
    return;

  self->page_cancellable = g_cancellable_new ();
  job = g_new0 (PageJob, 1);
  job->bytes = g_bytes_ref (self->bytes);
  job->password = g_strdup (self->password);
  job->page = self->page;
  job->mode = self->mode;
  job->zoom = self->zoom;
  job->words = g_strdupv (self->marked_words);
  job->width = MAX (gtk_widget_get_width (GTK_WIDGET (self->page_scroller)) - 2 * PAGE_MARGIN,
                    THUMBNAIL_WIDTH);
  job->height = MAX (gtk_widget_get_height (GTK_WIDGET (self->page_scroller)) - 2 * PAGE_MARGIN,
                     THUMBNAIL_WIDTH);
  job->scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  task = g_task_new (self, self->page_cancellable, page_rendered_cb, NULL);
  g_task_set_source_tag (task, render_page);
  g_task_set_task_data (task, job, (GDestroyNotify) page_job_free);
  g_task_run_in_thread (task, render_page_in_thread);
}

static gboolean
relayout_cb (gpointer data)
{
  MvDocumentPreview *self = data;

  self->relayout_id = 0;
  render_page (self);
  return G_SOURCE_REMOVE;
}

/* A page fitted to the room it has is drawn again when the room changes. */
static void
scroller_size_changed_cb (MvDocumentPreview *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self->page_scroller)) - 2 * PAGE_MARGIN;
  double height = gtk_widget_get_height (GTK_WIDGET (self->page_scroller)) - 2 * PAGE_MARGIN;

  if (self->bytes == NULL || (self->mode != ZOOM_FIT_WIDTH && self->mode != ZOOM_FIT_PAGE))
    return;
  if (ABS (width - self->rendered_width) < 2 &&
      (self->mode == ZOOM_FIT_WIDTH || ABS (height - self->rendered_height) < 2))
    return;

  g_clear_handle_id (&self->relayout_id, g_source_remove);
  self->relayout_id = g_timeout_add (100, relayout_cb, self);
}

static void
start_thumbnails (MvDocumentPreview *self)
{
  g_autoptr(GTask) task = NULL;
  ThumbnailsJob *job;

  self->thumbnails_cancellable = g_cancellable_new ();
  job = g_new0 (ThumbnailsJob, 1);
  job->bytes = g_bytes_ref (self->bytes);
  job->password = g_strdup (self->password);
  job->n_pages = self->n_pages;
  job->scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  job->generation = self->generation;
  job->preview = g_rc_box_new0 (GWeakRef);
  g_weak_ref_init (job->preview, self);

  task = g_task_new (NULL, self->thumbnails_cancellable, NULL, NULL);
  g_task_set_source_tag (task, start_thumbnails);
  g_task_set_task_data (task, job, (GDestroyNotify) thumbnails_job_free);
  g_task_run_in_thread (task, render_thumbnails_in_thread);
}

static void
scroll_thumbnail_into_view (MvDocumentPreview *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->thumbnail_view), "list.scroll-to-item", "u",
                              (guint) self->page);
}

static void
thumbnail_selected_cb (MvDocumentPreview *self)
{
  guint selected = gtk_single_selection_get_selected (self->thumbnail_selection);

  if (!self->syncing_selection && selected != GTK_INVALID_LIST_POSITION)
    mv_document_preview_set_page (self, (int) selected);
}

static void
set_zoom_mode (MvDocumentPreview *self,
               ZoomMode           mode)
{
  if (self->mode == mode && mode != ZOOM_CUSTOM)
    return;

  self->mode = mode;
  if (mode == ZOOM_ACTUAL_SIZE)
    self->zoom = 1.0;
  /* The next document, and the next start, open as the user chose. */
  g_settings_set_string (self->settings, "preview-zoom-mode", zoom_modes[mode]);
  if (mode == ZOOM_CUSTOM)
    g_settings_set_double (self->settings, "preview-zoom", self->zoom);
  render_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM_MODE]);
}

static void
zoom_by (MvDocumentPreview *self,
         double             factor)
{
  double from = self->shown_zoom > 0 ? self->shown_zoom : self->zoom;

  self->zoom = CLAMP (from * factor, MIN_ZOOM, MAX_ZOOM);
  set_zoom_mode (self, ZOOM_CUSTOM);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MvDocumentPreview *self = MV_DOCUMENT_PREVIEW (widget);

  mv_document_preview_set_page (self, self->page - 1);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MvDocumentPreview *self = MV_DOCUMENT_PREVIEW (widget);

  mv_document_preview_set_page (self, self->page + 1);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zoom_by (MV_DOCUMENT_PREVIEW (widget), ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  zoom_by (MV_DOCUMENT_PREVIEW (widget), 1 / ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  set_zoom_mode (MV_DOCUMENT_PREVIEW (widget), ZOOM_ACTUAL_SIZE);
}

/* The pages of the document, from the first. */
static void
show_pages (MvDocumentPreview *self)
{
  g_autoptr(GError) error = NULL;
  double width = THUMBNAIL_WIDTH;
  double height = THUMBNAIL_WIDTH * 297.0 / 210.0;  /* A4 until it is drawn */

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_list_store_remove_all (self->thumbnails);
  self->bytes = mv_store_load_bytes (self->store, self->document, &error);
  if (self->bytes == NULL)
    {
      show_message (self, "dialog-warning-symbolic", _("Could Not Show the Document"),
                    error->message);
      return;
    }

  self->n_pages = mv_document_get_page_count (self->document);
  for (int i = 0; i < self->n_pages; i++)
    {
      g_autoptr(MvPagePaintable) thumbnail = mv_page_paintable_new (i, width, height);

      g_list_store_append (self->thumbnails, thumbnail);
    }
  self->syncing_selection = TRUE;
  gtk_single_selection_set_selected (self->thumbnail_selection, 0);
  self->syncing_selection = FALSE;

  gtk_stack_set_visible_child_name (self->stack, "pages");
  render_page (self);
  g_cancellable_cancel (self->thumbnails_cancellable);
  g_clear_object (&self->thumbnails_cancellable);
  start_thumbnails (self);
}

static void
password_response_cb (AdwMessageDialog  *dialog,
                      const char        *response,
                      MvDocumentPreview *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (!g_str_equal (response, "unlock") || self->document == NULL)
    return;

  g_free (self->password);
  self->password = g_strdup (gtk_editable_get_text (entry));
  show_pages (self);
  update_controls (self);
}

static void
unlock_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MvDocumentPreview *self = MV_DOCUMENT_PREVIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *body = NULL;
  g_autofree char *label = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->document == NULL)
    return;

  body = g_strdup_printf (_("Enter the password of “%s” to see its pages. It is kept until "
                            "Medvirke closes."),
                          mv_document_get_file_name (self->document));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Password Required"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "unlock", _("_Unlock"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "unlock",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "unlock");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  /* A GtkEntry: GTK 4.8's GtkPasswordEntry is freed wrongly when the
   * dialog closes while it has the focus. */
  entry = gtk_entry_new ();
  gtk_entry_set_visibility (GTK_ENTRY (entry), FALSE);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_PASSWORD);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  /* Translators: the accessible name of the entry, with the file's name. */
  label = g_strdup_printf (_("Password of “%s”"), mv_document_get_file_name (self->document));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  g_signal_connect_object (dialog, "response", G_CALLBACK (password_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
setup_thumbnail_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
  gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (picture, "mv-page");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), picture);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_thumbnail_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  MvPagePaintable *paintable = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  g_autofree char *number = g_strdup_printf ("%d", paintable->page + 1);
  /* Translators: the accessible name of a page's thumbnail. */
  g_autofree char *name = g_strdup_printf (_("Page %d"), paintable->page + 1);

  gtk_picture_set_paintable (GTK_PICTURE (gtk_widget_get_first_child (box)),
                             GDK_PAINTABLE (paintable));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
mv_document_preview_dispose (GObject *object)
{
  MvDocumentPreview *self = MV_DOCUMENT_PREVIEW (object);

  g_cancellable_cancel (self->page_cancellable);
  g_cancellable_cancel (self->thumbnails_cancellable);
  g_clear_handle_id (&self->relayout_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_DOCUMENT_PREVIEW);

  g_clear_object (&self->page_cancellable);
  g_clear_object (&self->thumbnails_cancellable);
  g_clear_object (&self->page_paintable);
  g_clear_object (&self->settings);
  g_clear_object (&self->thumbnail_selection);
  g_clear_object (&self->thumbnails);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->password, g_free);
  g_clear_pointer (&self->marked_words, g_strfreev);
  g_clear_object (&self->document);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mv_document_preview_parent_class)->dispose (object);
}

static void
mv_document_preview_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MvDocumentPreview *self = MV_DOCUMENT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM_MODE:
      g_value_set_string (value, zoom_modes[self->mode]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_document_preview_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MvDocumentPreview *self = MV_DOCUMENT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM_MODE:
      for (guint i = 0; i < G_N_ELEMENTS (zoom_modes); i++)
        if (g_strcmp0 (g_value_get_string (value), zoom_modes[i]) == 0)
          set_zoom_mode (self, i);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  GtkShortcutTrigger *parsed = gtk_shortcut_trigger_parse_string (trigger);

  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (parsed, gtk_named_action_new (action)));
}

static void
mv_document_preview_class_init (MvDocumentPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_document_preview_dispose;
  object_class->get_property = mv_document_preview_get_property;
  object_class->set_property = mv_document_preview_set_property;

  properties[PROP_ZOOM_MODE] =
    g_param_spec_string ("zoom-mode", NULL, NULL, "fit-width",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "mv-document-preview");
  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/medvirke/Medvirke/mv-document-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, MvDocumentPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentPreview, page_picture);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentPreview, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentPreview, status);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentPreview, thumbnail_view);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentPreview, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentPreview, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, bind_thumbnail_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_thumbnail_cb);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL,
                                   previous_page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_property_action (widget_class, "preview.zoom-mode", "zoom-mode");
  gtk_widget_class_install_action (widget_class, "preview.unlock", NULL, unlock_action);
}

static void
mv_document_preview_init (MvDocumentPreview *self)
{
  GtkShortcutController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  /* Fit to the width unless the user chose otherwise before. */
  self->settings = g_settings_new (APPLICATION_ID);
  self->zoom = CLAMP (g_settings_get_double (self->settings, "preview-zoom"), MIN_ZOOM, MAX_ZOOM);
  {
    g_autofree char *mode = g_settings_get_string (self->settings, "preview-zoom-mode");

    for (guint i = 0; i < G_N_ELEMENTS (zoom_modes); i++)
      if (g_str_equal (mode, zoom_modes[i]))
        self->mode = i;
  }
  self->page_paintable = mv_page_paintable_new (0, 1, 1);
  gtk_picture_set_paintable (self->page_picture, GDK_PAINTABLE (self->page_paintable));

  self->thumbnails = g_list_store_new (MV_TYPE_PAGE_PAINTABLE);
  self->thumbnail_selection =
    gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->thumbnails)));
  gtk_single_selection_set_autoselect (self->thumbnail_selection, FALSE);
  gtk_list_view_set_model (self->thumbnail_view,
                           GTK_SELECTION_MODEL (self->thumbnail_selection));
  g_signal_connect_swapped (self->thumbnail_selection, "notify::selected",
                            G_CALLBACK (thumbnail_selected_cb), self);

  g_signal_connect_swapped (gtk_scrolled_window_get_hadjustment (self->page_scroller),
                            "notify::page-size", G_CALLBACK (scroller_size_changed_cb), self);
  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (self->page_scroller),
                            "notify::page-size", G_CALLBACK (scroller_size_changed_cb), self);

  /* Sharp again on a screen of another scale. */
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (render_page), NULL);

  /* Before the scrolled window's own Page Up and Page Down. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (shortcuts),
                                              GTK_PHASE_CAPTURE);
  add_shortcut (shortcuts, "Page_Up", "preview.previous-page");
  add_shortcut (shortcuts, "Page_Down", "preview.next-page");
  add_shortcut (shortcuts, "<Control>plus", "preview.zoom-in");
  add_shortcut (shortcuts, "<Control>equal", "preview.zoom-in");
  add_shortcut (shortcuts, "<Control>KP_Add", "preview.zoom-in");
  add_shortcut (shortcuts, "<Control>minus", "preview.zoom-out");
  add_shortcut (shortcuts, "<Control>KP_Subtract", "preview.zoom-out");
  add_shortcut (shortcuts, "<Control>0", "preview.zoom-reset");
  add_shortcut (shortcuts, "<Control>KP_0", "preview.zoom-reset");
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  mv_document_preview_set_document (self, NULL, NULL);
}

GtkWidget *
mv_document_preview_new (void)
{
  return g_object_new (MV_TYPE_DOCUMENT_PREVIEW, NULL);
}

/**
 * mv_document_preview_set_document:
 * @store: (nullable): the file that holds @document
 * @document: (nullable): the document to show from its first page
 *
 * Shows a PDF's pages, or says why it cannot: another type, protected by
 * a password, damaged. The drawing for the document before is called off.
 */
void
mv_document_preview_set_document (MvDocumentPreview *self,
                                  MvStore           *store,
                                  MvDocument        *document)
{
  g_autofree char *description = NULL;

  g_return_if_fail (MV_IS_DOCUMENT_PREVIEW (self));
  g_return_if_fail (store == NULL || MV_IS_STORE (store));
  g_return_if_fail (document == NULL || MV_IS_DOCUMENT (document));

  if (store == NULL)
    document = NULL;
  if (self->document == document && document != NULL)
    return;

  g_cancellable_cancel (self->thumbnails_cancellable);
  g_clear_object (&self->thumbnails_cancellable);
  g_cancellable_cancel (self->page_cancellable);
  g_clear_object (&self->page_cancellable);
  g_clear_handle_id (&self->relayout_id, g_source_remove);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->password, g_free);
  g_set_object (&self->store, store);
  g_set_object (&self->document, document);
  /* What a search marked belongs to the document it found. */
  g_clear_pointer (&self->marked_words, g_strfreev);
  self->n_marked = 0;
  self->generation++;
  self->page = 0;
  self->n_pages = 0;
  self->shown_zoom = 0;
  g_list_store_remove_all (self->thumbnails);
  mv_page_paintable_set_texture (self->page_paintable, NULL, 1);

  if (document == NULL)
    show_message (self, "x-office-document-symbolic", _("No Document Selected"),
                  _("Select a document to see its pages here."));
  else if (!g_str_equal (mv_document_get_mime_type (document), "application/pdf") ||
           mv_document_get_page_count (document) <= 0)
    {
      description = g_strdup_printf (_("“%s” opens in its own application."),
                                     mv_document_get_file_name (document));
      show_message (self, "x-office-document-symbolic", _("No Preview"), description);
    }
  else if (mv_record_get_boolean (MV_RECORD (document), "encrypted") &&
           (self->password = g_strdup (mv_document_lookup_password (document))) == NULL)
    ask_for_password (self, FALSE);
  else
    show_pages (self);

  update_controls (self);
}

MvDocument *
mv_document_preview_get_document (MvDocumentPreview *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT_PREVIEW (self), NULL);

  return self->document;
}

int
mv_document_preview_get_page (MvDocumentPreview *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT_PREVIEW (self), 0);

  return self->page;
}

/**
 * mv_document_preview_set_page:
 * @page: from 0; outside the document it goes to the first or last page
 */
void
mv_document_preview_set_page (MvDocumentPreview *self,
                              int                page)
{
  GtkAdjustment *vadjustment;

  g_return_if_fail (MV_IS_DOCUMENT_PREVIEW (self));

  if (self->n_pages <= 0)
    return;

  page = CLAMP (page, 0, self->n_pages - 1);
  if (page == self->page)
    return;

  self->page = page;
  self->syncing_selection = TRUE;
  gtk_single_selection_set_selected (self->thumbnail_selection, page);
  self->syncing_selection = FALSE;
  scroll_thumbnail_into_view (self);

  vadjustment = gtk_scrolled_window_get_vadjustment (self->page_scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  render_page (self);
  update_controls (self);
}

GdkTexture *
mv_document_preview_get_page_texture (MvDocumentPreview *self)
{
  return self->page_paintable->texture;
}

GListModel *
mv_document_preview_get_thumbnails (MvDocumentPreview *self)
{
  return G_LIST_MODEL (self->thumbnails);
}

GdkTexture *
mv_document_preview_get_thumbnail (MvDocumentPreview *self,
                                   guint              index)
{
  g_autoptr(MvPagePaintable) paintable = g_list_model_get_item (G_LIST_MODEL (self->thumbnails),
                                                                index);

  return paintable ? paintable->texture : NULL;
}

const char *
mv_document_preview_get_page_label (MvDocumentPreview *self)
{
  return gtk_label_get_label (self->page_label);
}

const char *
mv_document_preview_get_message (MvDocumentPreview *self)
{
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "message"))
    return NULL;
  return adw_status_page_get_title (self->status);
}

/**
 * mv_document_preview_mark_words:
 * @text: (nullable): what the user searched for; %NULL or "" marks nothing
 *
 * Marks the words of @text wherever they occur on the document's pages,
 * as the search found them, until another document is shown.
 */
void
mv_document_preview_mark_words (MvDocumentPreview *self,
                                const char        *text)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  g_return_if_fail (MV_IS_DOCUMENT_PREVIEW (self));

  /* The words as the search takes them: runs of letters and digits. */
  for (const char *p = text ? text : ""; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean letter = c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c));

      if (letter && start == NULL)
        start = p;
      else if (!letter && start != NULL)
        {
          g_ptr_array_add (words, g_utf8_normalize (start, p - start, G_NORMALIZE_ALL_COMPOSE));
          start = NULL;
        }
      if (c == 0)
        break;
    }

  g_clear_pointer (&self->marked_words, g_strfreev);
  if (words->len > 0)
    {
      g_ptr_array_add (words, NULL);
      self->marked_words = (GStrv) g_ptr_array_steal (words, NULL);
    }
  self->n_marked = 0;
  render_page (self);
}

guint
mv_document_preview_get_n_marked (MvDocumentPreview *self)
{
  return self->n_marked;
}
