/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-agenda-item.h"
#include "mv-documents.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-read-file.h"
#include "mv-meeting.h"
#include "mv-store-files.h"

/* A PDF may have some bytes before its header; readers look in the first
 * kilobyte, and so do we. */
#define PDF_HEADER_WINDOW 1024

/* "140 MB" rather than "140.0 MB" where the number is whole. */
static char *
format_size (guint64 size)
{
  if (size >= 1000 * 1000 && size % (1000 * 1000) == 0)
    /* Translators: a file size in whole megabytes, e.g. "140 MB". */
    return g_strdup_printf (_("%u MB"), (guint) (size / (1000 * 1000)));
  if (size >= 1000 && size < 1000 * 1000 && size % 1000 == 0)
    /* Translators: a file size in whole kilobytes, e.g. "500 kB". */
    return g_strdup_printf (_("%u kB"), (guint) (size / 1000));
  return g_format_size (size);
}

static gboolean
check_size (const char  *name,
            guint64      size,
            guint64      limit,
            GError     **error)
{
  if (size == 0)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT, _("“%s” is empty"), name);
      return FALSE;
    }
  if (size > limit)
    {
      g_autofree char *has = format_size (size);
      g_autofree char *may = format_size (limit);

      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” is %s; the limit is %s"), name, has, may);
      return FALSE;
    }
  return TRUE;
}

static gboolean
has_pdf_header (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize window = MIN (size, PDF_HEADER_WINDOW);

  for (gsize i = 0; i + 5 <= window; i++)
    if (memcmp (data + i, "%PDF-", 5) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
named_pdf (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".pdf");
}

/**
 * mv_documents_inspect_bytes:
 * @file_name: for the messages and the type; only its base name is used
 * @password: (nullable): tried only when the PDF asks for one
 * @mime_type: (out): the MIME type
 * @info: (out) (nullable): what the PDF holds; %NULL for other types
 *
 * Decides what a file is and reads a PDF's text, without the store: safe
 * in a worker thread. A file that cannot be stored well is refused with a
 * message that names it.
 */
gboolean
mv_documents_inspect_bytes (const char      *file_name,
                            GBytes          *bytes,
                            const char      *password,
                            guint64          size_limit,
                            MvInspectFunc    inspect,
                            char           **mime_type,
                            MvDocumentInfo **info,
                            GError         **error)
{
  g_autofree char *name = NULL;
  g_autofree char *content_type = NULL;
  g_autofree char *mime = NULL;
  g_autoptr(MvDocumentInfo) result = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean uncertain = FALSE;
  gsize size;
  const guchar *data;

  g_return_val_if_fail (file_name != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (mime_type != NULL && info != NULL, FALSE);

  name = g_path_get_basename (file_name);
  data = g_bytes_get_data (bytes, &size);
  if (!check_size (name, size, size_limit ? size_limit : MV_DOCUMENTS_DEFAULT_SIZE_LIMIT, error))
    return FALSE;

  content_type = g_content_type_guess (name, data, MIN (size, 4096), &uncertain);
  mime = g_content_type_get_mime_type (content_type);
  if (mime == NULL)
    mime = g_strdup ("application/octet-stream");

  if (!named_pdf (name) && !g_str_equal (mime, "application/pdf"))
    {
      *mime_type = g_steal_pointer (&mime);
      *info = NULL;
      return TRUE;
    }

  /* A file called .pdf that is something else would otherwise be stored
   * as a PDF without pages, and fail to open for whoever receives it. */
  if (!has_pdf_header (bytes))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT,
                   _("“%s” is not a PDF file: it does not begin with %%PDF"), name);
      return FALSE;
    }
  g_return_val_if_fail (inspect != NULL, FALSE);

  /* Without the password first, so that a password given for many files
   * marks only the ones that needed it as encrypted. */
  if (!inspect (bytes, NULL, &result, &local_error))
    {
      if (g_error_matches (local_error, MV_ERROR, MV_ERROR_ENCRYPTED) &&
          password != NULL && *password != '\0')
        {
          g_clear_error (&local_error);
          if (!inspect (bytes, password, &result, &local_error) &&
              g_error_matches (local_error, MV_ERROR, MV_ERROR_ENCRYPTED))
            {
              g_set_error (error, MV_ERROR, MV_ERROR_ENCRYPTED,
                           _("“%s” asks for a password, and the one given does not open it"),
                           name);
              return FALSE;
            }
        }
      if (local_error != NULL)
        {
          if (g_error_matches (local_error, MV_ERROR, MV_ERROR_ENCRYPTED))
            g_set_error (error, MV_ERROR, MV_ERROR_ENCRYPTED,
                         _("“%s” asks for a password"), name);
          else
            g_set_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT,
                         /* TRANSLATORS: a file name, then why it cannot be read */
                         _("“%s”: %s"), name, local_error->message);
          return FALSE;
        }
      result->encrypted = TRUE;
    }
  else
    result->encrypted = FALSE;

  if (result->n_pages <= 0)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT,
                   _("“%s” cannot be read; it may be damaged (it has no pages)"), name);
      return FALSE;
    }

  *mime_type = g_strdup ("application/pdf");
  *info = g_steal_pointer (&result);
  return TRUE;
}

/**
 * mv_documents_inspect_file:
 * @bytes: (out): the file's contents, as they are
 *
 * Reads a file and inspects it (mv_documents_inspect_bytes()); a file over
 * the limit is refused before it is read. Safe in a worker thread.
 */
gboolean
mv_documents_inspect_file (GFile           *file,
                           const char      *password,
                           guint64          size_limit,
                           MvInspectFunc    inspect,
                           GCancellable    *cancellable,
                           char           **mime_type,
                           MvDocumentInfo **info,
                           GBytes         **bytes,
                           GError         **error)
{
  g_autoptr(GFileInfo) file_info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *local_path = g_file_get_path (file);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (size_limit == 0)
    size_limit = MV_DOCUMENTS_DEFAULT_SIZE_LIMIT;
  name = g_file_get_basename (file);
  if (name == NULL)
    name = g_file_get_parse_name (file);

  file_info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                 G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                 G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                 G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (file_info == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("“%s” cannot be read: %s"),
                   name, local_error->message);
      return FALSE;
    }
  if (g_file_info_get_file_type (file_info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("“%s” is a folder, not a file"), name);
      return FALSE;
    }
  /* A pipe or a device says it is empty, or never ends. */
  if (g_file_info_get_file_type (file_info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” cannot be read: it is not a regular file"), name);
      return FALSE;
    }
  /* Reading the open Medvirke file itself would drop this process's locks
   * on it (mv-store-files.c). */
  if (local_path != NULL && !mv_store_file_check_not_live (local_path, error))
    return FALSE;
  if (!check_size (name, g_file_info_get_size (file_info), size_limit, error))
    return FALSE;

  /* Never blocks: the file may have become a pipe since it was looked at. */
  if (!(contents = mv_read_regular_file (file, name, size_limit, cancellable, error)))
    return FALSE;

  if (!mv_documents_inspect_bytes (name, contents, password, size_limit, inspect,
                                   mime_type, info, error))
    return FALSE;

  *bytes = g_steal_pointer (&contents);
  return TRUE;
}

static void
set_owner_removed (gboolean   is_item,
                   GError   **error)
{
  g_set_error_literal (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                       is_item
                       ? _("The item has been removed; restore it to attach documents")
                       : _("The meeting has been removed; restore it to attach documents"));
}

/**
 * mv_documents_attach:
 *
 * mv_documents_attach_full() without flags: an encrypted PDF's text is not
 * stored.
 *
 * Returns: (transfer none): the new document, or %NULL with @error set
 */
MvDocument *
mv_documents_attach (MvStore              *store,
                     MvRecord             *owner,
                     const char           *file_name,
                     const char           *title,
                     const char           *mime_type,
                     GBytes               *bytes,
                     const MvDocumentInfo *info,
                     GError              **error)
{
  return mv_documents_attach_full (store, owner, file_name, title, mime_type, bytes, info,
                                   MV_ATTACH_FLAGS_NONE, error);
}

/* Titles a program makes up from a file's name or a template. */
static gboolean
says_nothing (const char *title,
              const char *file_name)
{
  static const char * const programs[] = {
    "microsoft word - ", "microsoft powerpoint - ", "microsoft excel - ", "microsoft word – ",
    NULL
  };
  static const char * const empty[] = {
    "untitled", "uten tittel", "utan tittel", "ingen tittel", "dokument1", "document1",
    "document", "dokument", "presentation1", "presentasjon1", "title", "tittel", NULL
  };
  static const char * const extensions[] = {
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".ppt", ".pptx", ".xls", ".xlsx", ".odp",
    ".ods", ".htm", ".html", NULL
  };
  g_autofree char *down = g_utf8_strdown (title, -1);
  g_autofree char *base = g_path_get_basename (file_name);
  g_autofree char *name = g_utf8_strdown (base, -1);
  const char *dot = strrchr (name, '.');
  g_autofree char *stem = dot && dot != name ? g_strndup (name, dot - name) : g_strdup (name);

  g_strstrip (down);
  if (*down == '\0' || g_str_equal (down, name) || g_str_equal (down, stem) ||
      g_strv_contains (empty, down))
    return TRUE;
  for (guint i = 0; programs[i]; i++)
    if (g_str_has_prefix (down, programs[i]))
      return TRUE;
  for (guint i = 0; extensions[i]; i++)
    if (g_str_has_suffix (down, extensions[i]))
      return TRUE;
  /* A path: "C:\\Users\\…\\x", "/home/…". */
  return strchr (down, '\\') != NULL || g_str_has_prefix (down, "/");
}

/**
 * mv_documents_propose_title:
 * @info: (nullable): from mv_documents_inspect_file()
 *
 * Returns: (transfer full): the title, never empty
 */
char *
mv_documents_propose_title (const char           *file_name,
                            const MvDocumentInfo *info,
                            gboolean              with_text)
{
  g_autofree char *base = NULL;
  const char *dot;

  g_return_val_if_fail (file_name != NULL, NULL);

  if (info != NULL && (!info->encrypted || with_text) && info->title != NULL &&
      !says_nothing (info->title, file_name))
    return g_strstrip (g_strdup (info->title));
  /* Never an encrypted PDF's heading: the title stays in the file when its
   * text is taken out again (mv_documents_set_text_stored()). */
  if (info != NULL && !info->encrypted && info->heading != NULL && *info->heading != '\0')
    return g_strdup (info->heading);

  base = g_path_get_basename (file_name);
  dot = strrchr (base, '.');
  return dot && dot != base ? g_strndup (base, dot - base) : g_strdup (base);
}

/**
 * mv_documents_attach_full:
 * @owner: an #MvAgendaItem or an #MvMeeting
 * @title: (nullable): the title; by default mv_documents_propose_title()
 * @info: (nullable): from mv_documents_inspect_file()
 * @flags: %MV_ATTACH_FLAGS_STORE_TEXT when the user chose to store an
 *   encrypted PDF's text for search
 *
 * Stores an inspected document on the store's thread: the bytes once per
 * SHA-256, the record, and the text page by page into search. An encrypted
 * PDF keeps its text, and its own title, out of the file unless @flags
 * say otherwise: the file is read without the password. All or nothing.
 *
 * Returns: (transfer none): the new document, or %NULL with @error set
 */
MvDocument *
mv_documents_attach_full (MvStore              *store,
                          MvRecord             *owner,
                          const char           *file_name,
                          const char           *title,
                          const char           *mime_type,
                          GBytes               *bytes,
                          const MvDocumentInfo *info,
                          MvAttachFlags         flags,
                          GError              **error)
{
  MvDocumentInfo shown = { 0 };
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (owner) || MV_IS_MEETING (owner), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  if (mv_record_is_deleted (owner))
    {
      set_owner_removed (MV_IS_AGENDA_ITEM (owner), error);
      return NULL;
    }

  if (title != NULL)
    stripped = g_strstrip (g_strdup (title));
  if (stripped == NULL || *stripped == '\0')
    {
      g_free (stripped);
      stripped = mv_documents_propose_title (file_name, info,
                                             (flags & MV_ATTACH_FLAGS_STORE_TEXT) != 0);
    }

  /* A shallow copy: the store takes the title from the info. */
  if (info != NULL)
    shown = *info;
  shown.title = stripped;
  shown.heading = NULL;

  return mv_store_attach_bytes (store, owner, file_name, mime_type, bytes, &shown, flags, error);
}

/* --- Attaching many files, the reading in a worker ------------------------ */

typedef struct
{
  MvStore                 *store;
  MvRecord                *owner;
  GPtrArray               *files;       /* of GFile */
  char                    *title;       /* the user's, for every file; NULL: proposed */
  char                    *password;
  MvAttachFlags            flags;
  guint64                  size_limit;
  MvInspectFunc            inspect;
  MvDocumentsProgressFunc  progress;
  gpointer                 progress_data;
  GDestroyNotify           progress_destroy;
  GPtrArray               *documents;   /* of MvDocument, the stored ones */
  GError                  *first_error;
  guint                    next;
  MvStore                 *writer;      /* the workers' connection, one worker at a time */
} AttachData;

static void
attach_data_free (gpointer data)
{
  AttachData *d = data;

  g_clear_object (&d->store);
  g_clear_object (&d->owner);
  g_clear_object (&d->writer);
  g_clear_pointer (&d->files, g_ptr_array_unref);
  g_free (d->title);
  g_free (d->password);
  if (d->progress_destroy)
    d->progress_destroy (d->progress_data);
  g_clear_pointer (&d->documents, g_ptr_array_unref);
  g_clear_error (&d->first_error);
  g_free (d);
}

/* What the worker found in one file, and where it stored it. */
typedef struct
{
  GFile          *file;
  char           *title;
  char           *password;
  MvAttachFlags   flags;
  guint64         size_limit;
  MvInspectFunc   inspect;
  MvStore        *store;        /* the store whose file to store into, or NULL: the main
                                 * thread stores */
  MvStore        *writer;       /* the batch's own connection to that file, once opened */
  GType           owner_type;
  char           *owner_id;
  char           *mime_type;
  MvDocumentInfo *info;
  GBytes         *bytes;
  char           *document_id;  /* the stored document */
} Inspection;

static void
inspection_free (gpointer data)
{
  Inspection *in = data;

  g_clear_object (&in->file);
  g_free (in->title);
  g_free (in->password);
  g_clear_object (&in->store);
  g_clear_object (&in->writer);
  g_free (in->owner_id);
  g_free (in->mime_type);
  g_free (in->document_id);
  g_clear_pointer (&in->info, mv_document_info_free);
  g_clear_pointer (&in->bytes, g_bytes_unref);
  g_free (in);
}

static void
inspect_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Inspection *in = task_data;
  g_autofree char *name = NULL;
  GError *error = NULL;
  MvRecord *owner;
  MvDocument *document;

  if (!mv_documents_inspect_file (in->file, in->password, in->size_limit, in->inspect,
                                  cancellable, &in->mime_type, &in->info, &in->bytes, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (in->store == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Writing the bytes and indexing hundreds of pages takes a while; a
   * connection of the worker's own does it, so the window stays
   * responsive. The main thread then reads the new row. The connection is
   * SQLite's alone: a second mv_store_open() would look at the file with
   * plain reads and drop the main connection's locks (mv-store-files.c). */
  if (in->writer == NULL &&
      (in->writer = mv_store_open_connection (in->store, MV_STORE_FLAGS_NONE, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  owner = mv_store_lookup (in->writer, in->owner_type, in->owner_id);
  if (owner == NULL)
    {
      set_owner_removed (in->owner_type == MV_TYPE_AGENDA_ITEM, &error);
      g_task_return_error (task, error);
      return;
    }

  name = g_file_get_basename (in->file);
  document = mv_documents_attach_full (in->writer, owner, name, in->title, in->mime_type,
                                       in->bytes, in->info, in->flags, &error);
  if (document == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  in->document_id = g_strdup (mv_record_get_id (MV_RECORD (document)));
  g_task_return_boolean (task, TRUE);
}

static void attach_next (GTask *task);
static void attach_files_start (MvStore                 *store,
                                MvRecord                *owner,
                                GFile                  **files,
                                guint                    n_files,
                                const char              *title,
                                const char              *password,
                                MvAttachFlags            flags,
                                guint64                  size_limit,
                                MvInspectFunc            inspect,
                                GCancellable            *cancellable,
                                MvDocumentsProgressFunc  progress,
                                gpointer                 progress_data,
                                GDestroyNotify           progress_destroy,
                                GAsyncReadyCallback      callback,
                                gpointer                 user_data);

static void
inspected (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AttachData *d = g_task_get_task_data (task);
  Inspection *in = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  MvDocument *document = NULL;
  g_autofree char *name = g_file_get_basename (in->file);

  if (in->writer != NULL && d->writer == NULL)
    d->writer = g_object_ref (in->writer);

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (in->document_id == NULL)
        document = mv_documents_attach_full (d->store, d->owner, name, in->title, in->mime_type,
                                             in->bytes, in->info, in->flags, &error);
      else if (mv_store_reload (d->store, MV_TYPE_DOCUMENT, &error))
        document = mv_store_lookup (d->store, MV_TYPE_DOCUMENT, in->document_id);
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (document != NULL)
    g_ptr_array_add (d->documents, g_object_ref (document));
  else if (d->first_error == NULL)
    d->first_error = g_error_copy (error);

  if (d->progress)
    d->progress (in->file, d->next, d->files->len, document, error, d->progress_data);

  d->next++;
  attach_next (g_steal_pointer (&task));
}

static void
attach_next (GTask *task)
{
  AttachData *d = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GTask) worker = NULL;
  Inspection *in;

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  if (d->next >= d->files->len)
    {
      if (d->first_error != NULL)
        g_task_return_error (task, g_steal_pointer (&d->first_error));
      else
        g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  in = g_new0 (Inspection, 1);
  in->file = g_object_ref (g_ptr_array_index (d->files, d->next));
  in->title = g_strdup (d->title);
  in->password = g_strdup (d->password);
  in->flags = d->flags;
  in->size_limit = d->size_limit;
  in->inspect = d->inspect;

  /* The worker stores into the file while the owner is still there and
   * the file may be written; otherwise the main thread says why not. */
  if (mv_store_get_path (d->store) != NULL && !mv_store_get_read_only (d->store) &&
      !mv_record_is_deleted (d->owner))
    {
      in->store = g_object_ref (d->store);
      in->writer = d->writer ? g_object_ref (d->writer) : NULL;
      in->owner_type = G_OBJECT_TYPE (d->owner);
      in->owner_id = g_strdup (mv_record_get_id (d->owner));
    }

  worker = g_task_new (NULL, cancellable, inspected, task);
  g_task_set_source_tag (worker, attach_next);
  g_task_set_task_data (worker, in, inspection_free);
  g_task_run_in_thread (worker, inspect_in_thread);
}

/**
 * mv_documents_attach_files_async:
 *
 * mv_documents_attach_files_full_async() without flags: no encrypted PDF's
 * text is stored.
 */
void
mv_documents_attach_files_async (MvStore                 *store,
                                 MvRecord                *owner,
                                 GFile                  **files,
                                 guint                    n_files,
                                 const char              *password,
                                 guint64                  size_limit,
                                 MvInspectFunc            inspect,
                                 GCancellable            *cancellable,
                                 MvDocumentsProgressFunc  progress,
                                 gpointer                 progress_data,
                                 GDestroyNotify           progress_destroy,
                                 GAsyncReadyCallback      callback,
                                 gpointer                 user_data)
{
  mv_documents_attach_files_full_async (store, owner, files, n_files, password,
                                        MV_ATTACH_FLAGS_NONE, size_limit, inspect, cancellable,
                                        progress, progress_data, progress_destroy, callback,
                                        user_data);
}

/**
 * mv_documents_attach_files_full_async:
 * @files: (array length=n_files): the files to attach
 * @flags: as for mv_documents_attach_full(), for every file of the batch
 * @progress: (nullable): told about each file in turn, on the caller's
 *   thread-default main context
 *
 * Reads, inspects and stores each file in a worker thread (a PopplerDocument
 * and a connection to the file of its own), one file after the other; the
 * store on the caller's main context then reads the new document. A file that is refused does not stop the
 * others; the progress callback names its reason.
 */
void
mv_documents_attach_files_full_async (MvStore                 *store,
                                      MvRecord                *owner,
                                      GFile                  **files,
                                      guint                    n_files,
                                      const char              *password,
                                      MvAttachFlags            flags,
                                      guint64                  size_limit,
                                      MvInspectFunc            inspect,
                                      GCancellable            *cancellable,
                                      MvDocumentsProgressFunc  progress,
                                      gpointer                 progress_data,
                                      GDestroyNotify           progress_destroy,
                                      GAsyncReadyCallback      callback,
                                      gpointer                 user_data)
{
  attach_files_start (store, owner, files, n_files, NULL, password, flags, size_limit, inspect,
                      cancellable, progress, progress_data, progress_destroy, callback, user_data);
}

/**
 * mv_documents_attach_file_async:
 * @title: (nullable): the title the user gave it; %NULL or blank for
 *   mv_documents_propose_title()
 *
 * mv_documents_attach_files_full_async() for one file with a title;
 * mv_documents_attach_files_finish() finishes it.
 */
void
mv_documents_attach_file_async (MvStore                 *store,
                                MvRecord                *owner,
                                GFile                   *file,
                                const char              *title,
                                const char              *password,
                                MvAttachFlags            flags,
                                guint64                  size_limit,
                                MvInspectFunc            inspect,
                                GCancellable            *cancellable,
                                MvDocumentsProgressFunc  progress,
                                gpointer                 progress_data,
                                GDestroyNotify           progress_destroy,
                                GAsyncReadyCallback      callback,
                                gpointer                 user_data)
{
  g_return_if_fail (G_IS_FILE (file));

  attach_files_start (store, owner, &file, 1, title, password, flags, size_limit, inspect,
                      cancellable, progress, progress_data, progress_destroy, callback, user_data);
}

static void
attach_files_start (MvStore                 *store,
                    MvRecord                *owner,
                    GFile                  **files,
                    guint                    n_files,
                    const char              *title,
                    const char              *password,
                    MvAttachFlags            flags,
                    guint64                  size_limit,
                    MvInspectFunc            inspect,
                    GCancellable            *cancellable,
                    MvDocumentsProgressFunc  progress,
                    gpointer                 progress_data,
                    GDestroyNotify           progress_destroy,
                    GAsyncReadyCallback      callback,
                    gpointer                 user_data)
{
  GTask *task;
  AttachData *d;

  g_return_if_fail (MV_IS_STORE (store));
  g_return_if_fail (MV_IS_AGENDA_ITEM (owner) || MV_IS_MEETING (owner));
  g_return_if_fail (files != NULL || n_files == 0);
  g_return_if_fail (inspect != NULL);

  d = g_new0 (AttachData, 1);
  d->store = g_object_ref (store);
  d->owner = g_object_ref (owner);
  d->files = g_ptr_array_new_full (n_files, g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (d->files, g_object_ref (files[i]));
  d->title = g_strdup (title);
  d->password = g_strdup (password);
  d->flags = flags;
  d->size_limit = size_limit;
  d->inspect = inspect;
  d->progress = progress;
  d->progress_data = progress_data;
  d->progress_destroy = progress_destroy;
  d->documents = g_ptr_array_new_with_free_func (g_object_unref);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, mv_documents_attach_files_full_async);
  g_task_set_task_data (task, d, attach_data_free);
  attach_next (task);
}

/**
 * mv_documents_attach_files_finish:
 * @documents: (out) (optional) (transfer container): the stored documents,
 *   also when some files were refused
 *
 * Returns: %TRUE when every file was stored; otherwise %FALSE with the
 *   first file's reason (or the cancellation) in @error
 */
gboolean
mv_documents_attach_files_finish (MvStore       *store,
                                  GAsyncResult  *result,
                                  GPtrArray    **documents,
                                  GError       **error)
{
  AttachData *d;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  d = g_task_get_task_data (G_TASK (result));
  if (documents != NULL)
    *documents = g_ptr_array_ref (d->documents);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * mv_documents_list:
 * @owner: (nullable): an item, a meeting (its own documents and its
 *   items'), or %NULL for all
 *
 * Returns: (transfer container) (element-type MvDocument): in the order
 *   they were attached
 */
GPtrArray *
mv_documents_list (MvStore  *store,
                   MvRecord *owner)
{
  GListModel *model = mv_store_get_model (store, MV_TYPE_DOCUMENT);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  const char *owner_id = owner ? mv_record_get_id (owner) : NULL;

  g_return_val_if_fail (owner == NULL || MV_IS_AGENDA_ITEM (owner) || MV_IS_MEETING (owner),
                        result);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MvDocument) document = g_list_model_get_item (model, i);
      gboolean keep = owner == NULL;

      if (owner != NULL && MV_IS_AGENDA_ITEM (owner))
        keep = g_strcmp0 (mv_document_get_item_id (document), owner_id) == 0;
      else if (owner != NULL)
        {
          MvAgendaItem *item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM,
                                                mv_document_get_item_id (document));

          keep = g_strcmp0 (mv_document_get_meeting_id (document), owner_id) == 0 ||
                 (item != NULL && g_strcmp0 (mv_agenda_item_get_meeting_id (item), owner_id) == 0);
        }

      if (keep)
        g_ptr_array_add (result, g_steal_pointer (&document));
    }

  return result;
}

/* --- Changes ---------------------------------------------------------------- */

/**
 * mv_documents_set_public:
 * @public: %FALSE to exempt the document from public access
 * @undo: (out) (optional): how to put the flag back
 */
gboolean
mv_documents_set_public (MvStore     *store,
                         MvDocument  *document,
                         gboolean     public,
                         MvUndo     **undo,
                         GError     **error)
{
  return mv_documents_set_public_full (store, document, public, -1, undo, error);
}

/**
 * mv_documents_set_public_full:
 * @public: %FALSE to exempt the document from public access
 * @basis: the MvExemptBasis the public papers cite in its place; −1 keeps it
 * @undo: (out) (optional): how to put both back
 *
 * Both in one write, so that a document is never exempt without its reason.
 */
gboolean
mv_documents_set_public_full (MvStore     *store,
                              MvDocument  *document,
                              gboolean     public,
                              int          basis,
                              MvUndo     **undo,
                              GError     **error)
{
  g_autoptr(MvUndo) before = NULL;
  gboolean public_changes;
  gboolean basis_changes;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (basis == -1 || mv_enum_to_nick (MV_TYPE_EXEMPT_BASIS, basis) != NULL,
                        FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (undo != NULL)
    {
      before = mv_undo_new ();
      mv_undo_note_record (before, document);
    }

  public_changes = !!mv_document_get_public (document) != !!public;
  basis_changes = basis != -1 && (int) mv_document_get_exempt_basis (document) != basis;
  if (public_changes && basis_changes)
    {
      if (!mv_store_set (store, document, error, "public", !!public, "exempt-basis", basis, NULL))
        return FALSE;
    }
  else if ((public_changes &&
            !mv_store_set (store, document, error, "public", !!public, NULL)) ||
           (basis_changes &&
            !mv_store_set (store, document, error, "exempt-basis", basis, NULL)))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

/**
 * mv_documents_set_title:
 * @title: the new title; blanks at its ends are dropped
 * @undo: (out) (optional): how to put the old title back
 *
 * Refused (MV_ERROR_INVALID) when @title is blank or longer than a title
 * may be.
 */
gboolean
mv_documents_set_title (MvStore     *store,
                        MvDocument  *document,
                        const char  *title,
                        MvUndo     **undo,
                        GError     **error)
{
  g_autoptr(MvUndo) before = NULL;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean = g_strstrip (g_strdup (title ? title : ""));
  if (*clean == '\0')
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("The document needs a title"));
      return FALSE;
    }

  if (undo != NULL)
    {
      before = mv_undo_new ();
      mv_undo_note_record (before, document);
    }
  if (g_strcmp0 (mv_document_get_title (document), clean) != 0 &&
      !mv_store_set (store, document, error, "title", clean, NULL))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

/**
 * mv_documents_remove:
 * @undo: (out) (optional): how to bring the document back
 *
 * Removes a document from its item or meeting; its bytes stay in the file
 * for the Undo until the document is purged.
 */
gboolean
mv_documents_remove (MvStore     *store,
                     MvDocument  *document,
                     MvUndo     **undo,
                     GError     **error)
{
  g_autoptr(MvUndo) before = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (undo != NULL)
    {
      before = mv_undo_new ();
      mv_undo_note_record (before, document);
    }

  if (!mv_store_delete (store, document, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

/**
 * mv_documents_set_text_stored:
 * @stored: %TRUE to store the text of an encrypted PDF for search (it is
 *   then readable in the file without the password), %FALSE to take it out
 *   of the file again
 * @password: (nullable): the PDF's password, needed to store its text
 * @inspect: reads the PDF (mv_pdf_inspect() from src/pdf)
 *
 * Whether an encrypted document's text is in the file and in search,
 * chosen per document after it was attached. A document that is not
 * encrypted keeps its text as it is. Reads the PDF on the caller's thread.
 */
gboolean
mv_documents_set_text_stored (MvStore        *store,
                              MvDocument     *document,
                              gboolean        stored,
                              const char     *password,
                              MvInspectFunc   inspect,
                              GError        **error)
{
  const char *name;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = mv_document_get_file_name (document);
  if (!mv_document_get_encrypted (document))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” is not protected by a password; only an encrypted PDF’s text can "
                     "be left out of search"), name);
      return FALSE;
    }
  if (!!stored == !!mv_document_get_text_stored (document))
    return TRUE;
  if (!stored)
    return mv_store_set_text (store, document, NULL, error);

  g_return_val_if_fail (inspect != NULL, FALSE);
  if (password == NULL || *password == '\0')
    {
      g_set_error (error, MV_ERROR, MV_ERROR_ENCRYPTED, _("“%s” asks for a password"), name);
      return FALSE;
    }
  if (!(bytes = mv_store_load_bytes (store, document, error)))
    return FALSE;
  if (!inspect (bytes, password, &info, &local_error))
    {
      if (g_error_matches (local_error, MV_ERROR, MV_ERROR_ENCRYPTED))
        g_set_error (error, MV_ERROR, MV_ERROR_ENCRYPTED,
                     _("“%s” asks for a password, and the one given does not open it"), name);
      else
        g_set_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT,
                     /* TRANSLATORS: a file name, then why it cannot be read */
                     _("“%s”: %s"), name, local_error->message);
      return FALSE;
    }

  return mv_store_set_text (store, document, info, error);
}
