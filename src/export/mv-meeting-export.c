/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-agenda-export.h"
#include "mv-council.h"
#include "mv-error.h"
#include "mv-meeting-export.h"
#include "mv-packet.h"

/* File names in the council's document language, like the papers. */
typedef struct
{
  const char *names[3];     /* by MvMeetingExportKind, after the date */
  const char *public_suffix;
} Names;

static const Names names_nb = {
  { "Innkalling brukerutvalget", "Møtepakke brukerutvalget", "Saksliste brukerutvalget" },
  " (offentlig versjon)",
};
static const Names names_nn = {
  { "Innkalling brukarutvalet", "Møtepakke brukarutvalet", "Sakliste brukarutvalet" },
  " (offentleg versjon)",
};
static const Names names_en = {
  { "Notice user council", "Meeting packet user council", "Agenda user council" },
  " (public version)",
};

char *
mv_meeting_export_default_name (MvStore             *store,
                                MvMeeting           *meeting,
                                MvMeetingExportKind  kind,
                                gboolean             public_only)
{
  MvCouncil *council;
  const Names *names = &names_nb;
  g_autofree char *date = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (kind <= MV_MEETING_EXPORT_XLSX, NULL);

  council = mv_store_lookup (store, MV_TYPE_COUNCIL, mv_meeting_get_council_id (meeting));
  if (council != NULL && mv_council_get_language (council) == MV_LANGUAGE_NN)
    names = &names_nn;
  else if (council != NULL && mv_council_get_language (council) == MV_LANGUAGE_EN)
    names = &names_en;

  date = g_strndup (mv_meeting_get_starts_at (meeting) ? mv_meeting_get_starts_at (meeting) : "",
                    10);
  return g_strdup_printf ("%s %s%s.%s", date, names->names[kind],
                          public_only ? names->public_suffix : "",
                          kind == MV_MEETING_EXPORT_XLSX ? "xlsx" : "pdf");
}

typedef struct
{
  MvStore                 *store;       /* the caller's; only to open a connection */
  char                    *meeting_id;
  char                    *path;
  MvMeetingExportKind      kind;
  MvLanguage               language;
  gboolean                 public_only;
  MvMeetingExportProgress  progress;
  gpointer                 progress_data;
  GDestroyNotify           progress_destroy;
  GMainContext            *context;
  gint64                   last_progress;
} ExportData;

static void
export_data_free (ExportData *d)
{
  g_clear_object (&d->store);
  g_free (d->meeting_id);
  g_free (d->path);
  if (d->progress_destroy != NULL)
    d->progress_destroy (d->progress_data);
  g_main_context_unref (d->context);
  g_free (d);
}

typedef struct
{
  GTask  *task;   /* keeps the task data alive */
  double  fraction;
  char   *what;
} ProgressEvent;

static void
progress_event_free (ProgressEvent *e)
{
  g_object_unref (e->task);
  g_free (e->what);
  g_free (e);
}

static gboolean
progress_in_main (gpointer user_data)
{
  ProgressEvent *e = user_data;
  ExportData *d = g_task_get_task_data (e->task);

  if (!g_task_get_completed (e->task) &&
      !g_cancellable_is_cancelled (g_task_get_cancellable (e->task)))
    d->progress (e->fraction, e->what, d->progress_data);
  return G_SOURCE_REMOVE;
}

static void
worker_progress (double      fraction,
                 const char *what,
                 gpointer    user_data)
{
  GTask *task = user_data;
  ExportData *d = g_task_get_task_data (task);
  gint64 now = g_get_monotonic_time ();
  ProgressEvent *e;
  GSource *source;

  if (d->progress == NULL)
    return;
  /* A few dozen updates a second are plenty for a progress bar. */
  if (fraction > 0.0 && fraction < 1.0 && now - d->last_progress < 30 * G_TIME_SPAN_MILLISECOND)
    return;
  d->last_progress = now;

  e = g_new0 (ProgressEvent, 1);
  e->task = g_object_ref (task);
  e->fraction = fraction;
  e->what = g_strdup (what);
  /* A source of its own, not g_main_context_invoke(): that calls at once
   * on any thread that can acquire the context, and a worker can acquire
   * the global default context while the caller's thread is between two
   * iterations. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, progress_in_main, e, (GDestroyNotify) progress_event_free);
  g_source_attach (source, d->context);
  g_source_unref (source);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *d = task_data;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) left_out = NULL;
  MvMeeting *meeting;
  gboolean ok = FALSE;

  /* A connection of the worker's own, opened by SQLite alone (mv-store-files.c). */
  if (!(store = mv_store_open_connection (d->store, MV_STORE_FLAGS_READ_ONLY, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!(meeting = mv_store_lookup (store, MV_TYPE_MEETING, d->meeting_id)))
    {
      g_task_return_new_error (task, MV_ERROR, MV_ERROR_NOT_FOUND,
                               _("The meeting is no longer in the file"));
      return;
    }

  switch (d->kind)
    {
    case MV_MEETING_EXPORT_PACKET:
      {
        g_autoptr(MvPacketResult) result = NULL;

        result = mv_packet_export_full (store, meeting, d->language, d->public_only, d->path,
                                        worker_progress, task, cancellable, &error);
        if (result != NULL)
          left_out = g_steal_pointer (&result->left_out);
        ok = result != NULL;
      }
      break;

    case MV_MEETING_EXPORT_NOTICE:
      worker_progress (0.0, _("Making the notice"), task);
      ok = mv_agenda_export_pdf (store, meeting, d->language, d->public_only, d->path, &error);
      break;

    case MV_MEETING_EXPORT_XLSX:
    default:
      worker_progress (0.0, _("Making the spreadsheet"), task);
      ok = mv_agenda_export_xlsx (store, meeting, d->language, d->public_only, d->path, &error);
      break;
    }

  if (!ok)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (left_out == NULL)
    left_out = g_ptr_array_new ();
  g_task_return_pointer (task, g_steal_pointer (&left_out), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * mv_meeting_export_async:
 * @store: the main thread's store; the worker reads through a connection of its own
 * @path: the file to write
 * @progress: (nullable): called on the caller's main context
 *
 * In the council's document language.
 */
void
mv_meeting_export_async (MvStore                  *store,
                         MvMeeting                *meeting,
                         MvMeetingExportKind       kind,
                         gboolean                  public_only,
                         const char               *path,
                         GCancellable             *cancellable,
                         MvMeetingExportProgress   progress,
                         gpointer                  progress_data,
                         GDestroyNotify            progress_destroy,
                         GAsyncReadyCallback       callback,
                         gpointer                  user_data)
{
  mv_meeting_export_async_full (store, meeting, kind, MV_AGENDA_COUNCIL_LANGUAGE, public_only,
                                path, cancellable, progress, progress_data, progress_destroy,
                                callback, user_data);
}

/**
 * mv_meeting_export_async_full:
 * @language: nb, nn or en, or MV_AGENDA_COUNCIL_LANGUAGE for the council's
 *
 * mv_meeting_export_async() in @language: what the export dialog's choice
 * of language asks for.
 */
void
mv_meeting_export_async_full (MvStore                  *store,
                              MvMeeting                *meeting,
                              MvMeetingExportKind       kind,
                              MvLanguage                language,
                              gboolean                  public_only,
                              const char               *path,
                              GCancellable             *cancellable,
                              MvMeetingExportProgress   progress,
                              gpointer                  progress_data,
                              GDestroyNotify            progress_destroy,
                              GAsyncReadyCallback       callback,
                              gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *d;

  g_return_if_fail (MV_IS_STORE (store));
  g_return_if_fail (MV_IS_MEETING (meeting));
  g_return_if_fail (kind <= MV_MEETING_EXPORT_XLSX);
  g_return_if_fail (language == MV_AGENDA_COUNCIL_LANGUAGE ||
                    (guint) language <= MV_LANGUAGE_EN);
  g_return_if_fail (path != NULL);

  d = g_new0 (ExportData, 1);
  d->store = g_object_ref (store);
  d->meeting_id = g_strdup (mv_record_get_id (MV_RECORD (meeting)));
  d->path = g_strdup (path);
  d->kind = kind;
  d->language = language;
  d->public_only = public_only;
  d->progress = progress;
  d->progress_data = progress_data;
  d->progress_destroy = progress_destroy;
  d->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mv_meeting_export_async_full);
  g_task_set_task_data (task, d, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
mv_meeting_export_finish (GAsyncResult  *result,
                          GPtrArray    **left_out,
                          GError       **error)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  list = g_task_propagate_pointer (G_TASK (result), error);
  if (list == NULL)
    return FALSE;
  if (left_out != NULL)
    *left_out = g_steal_pointer (&list);
  return TRUE;
}
