/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-agenda-item.h"
#include "mv-document-bytes.h"
#include "mv-document.h"
#include "mv-error.h"
#include "mv-meeting.h"
#include "mv-store-private.h"

/* A document's bytes and text in the file: the bytes once per SHA-256 in
 * document_blobs, the text page by page in document_pages, from where the
 * schema's triggers put it into search. More than a record, so beside the
 * store rather than in it; the record itself goes through mv_store_insert(). */

#define BLOB_CHUNK (1024 * 1024)

void
mv_document_info_free (MvDocumentInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->title);
  g_free (info->heading);
  g_clear_pointer (&info->page_texts, g_ptr_array_unref);
  g_free (info);
}

static gboolean
data_matches (const void *data,
              gsize       size,
              const char *sha256)
{
  g_autofree char *actual = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, size);

  return g_strcmp0 (actual, sha256) == 0;
}

static gboolean
bytes_match (GBytes     *bytes,
             const char *sha256)
{
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  return data_matches (data, size, sha256);
}

static gboolean
write_blob (MvStore  *self,
            GBytes   *bytes,
            const char *sha256,
            GError  **error)
{
  gsize size = g_bytes_get_size (bytes);
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  g_autofree char *now = _mv_store_now_utc ();
  sqlite3_stmt *stmt;
  sqlite3_blob *blob = NULL;
  int rc;

  if (!(stmt = _mv_store_prepare (self, "INSERT OR IGNORE INTO document_blobs "
                                        "(sha256, size, data, created_at) "
                                        "VALUES (?, ?, zeroblob(?), ?)", error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, size);
  sqlite3_bind_int64 (stmt, 3, size);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  if ((rc = _mv_store_step_done (stmt)) != SQLITE_OK)
    return _mv_store_set_sqlite_error (self, rc, error);

  /* The same bytes are stored once. */
  if (sqlite3_changes (self->db) == 0)
    return TRUE;

  /* Written in chunks through incremental blob I/O, so that SQLite does not
   * hold a second copy of a large file. */
  rc = sqlite3_blob_open (self->db, "main", "document_blobs", "data",
                          sqlite3_last_insert_rowid (self->db), 1, &blob);
  if (rc != SQLITE_OK)
    return _mv_store_set_sqlite_error (self, rc, error);

  for (gsize offset = 0; offset < size && rc == SQLITE_OK; offset += BLOB_CHUNK)
    rc = sqlite3_blob_write (blob, data + offset, (int) MIN (BLOB_CHUNK, size - offset), offset);

  sqlite3_blob_close (blob);
  if (rc != SQLITE_OK)
    return _mv_store_set_sqlite_error (self, rc, error);

  return TRUE;
}

static gboolean
write_pages (MvStore              *self,
             MvRecord             *document,
             const MvDocumentInfo *info,
             GError              **error)
{
  sqlite3_stmt *stmt;

  if (info == NULL || info->page_texts == NULL)
    return TRUE;

  if (!(stmt = _mv_store_prepare (self, "INSERT INTO document_pages (document_id, page, text) "
                                        "VALUES (?, ?, ?)", error)))
    return FALSE;

  for (guint i = 0; i < info->page_texts->len; i++)
    {
      int rc;

      sqlite3_bind_text (stmt, 1, mv_record_get_id (document), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, i + 1);
      sqlite3_bind_text (stmt, 3, g_ptr_array_index (info->page_texts, i), -1, SQLITE_TRANSIENT);
      if ((rc = _mv_store_step_done (stmt)) != SQLITE_OK)
        return _mv_store_set_sqlite_error (self, rc, error);
    }

  return TRUE;
}

static char *
default_title (const char           *file_name,
               const MvDocumentInfo *info)
{
  const char *dot;

  if (info != NULL && info->title != NULL && *g_strstrip (info->title) != '\0')
    return g_strdup (info->title);

  dot = strrchr (file_name, '.');
  return dot && dot != file_name ? g_strndup (file_name, dot - file_name) : g_strdup (file_name);
}

/* Whether a document's text goes into the file: an encrypted one's only
 * when the user asked, as anyone with the file could read it there without
 * the password. */
static gboolean
keeps_text (const MvDocumentInfo *info,
            MvAttachFlags         flags)
{
  return info != NULL && info->page_texts != NULL &&
         (!info->encrypted || (flags & MV_ATTACH_FLAGS_STORE_TEXT) != 0);
}

/**
 * mv_store_attach_bytes:
 * @owner: an #MvAgendaItem or an #MvMeeting
 * @info: (nullable): what an inspector found in the document; its title is
 *   used as it is (mv_documents_attach() leaves out an encrypted PDF's own)
 * @flags: %MV_ATTACH_FLAGS_STORE_TEXT to store an encrypted PDF's text
 *
 * Stores a document's bytes (once per SHA-256) and its record, and puts
 * its text into the search index – an encrypted PDF's only with
 * %MV_ATTACH_FLAGS_STORE_TEXT; all or nothing.
 *
 * Returns: (transfer none): the new #MvDocument, or %NULL with @error set
 */
gpointer
mv_store_attach_bytes (MvStore              *self,
                       MvRecord             *owner,
                       const char           *file_name,
                       const char           *mime_type,
                       GBytes               *bytes,
                       const MvDocumentInfo *info,
                       MvAttachFlags         flags,
                       GError              **error)
{
  g_autoptr(MvRecord) document = NULL;
  gboolean text = keeps_text (info, flags);
  g_autofree char *sha256 = NULL;
  g_autofree char *title = NULL;
  g_autofree char *base = NULL;
  const char *council_id;

  g_return_val_if_fail (MV_IS_STORE (self), NULL);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (owner) || MV_IS_MEETING (owner), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  if (!_mv_store_check_writable (self, error))
    return NULL;

  base = g_path_get_basename (file_name);
  title = default_title (base, info);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  council_id = MV_IS_AGENDA_ITEM (owner) ? mv_agenda_item_get_council_id (MV_AGENDA_ITEM (owner))
                                         : mv_meeting_get_council_id (MV_MEETING (owner));

  document = g_object_new (MV_TYPE_DOCUMENT,
                           "council-id", council_id,
                           "item-id", MV_IS_AGENDA_ITEM (owner) ? mv_record_get_id (owner) : NULL,
                           "meeting-id", MV_IS_MEETING (owner) ? mv_record_get_id (owner) : NULL,
                           "file-name", base,
                           "title", title,
                           "mime-type", mime_type ? mime_type : "application/octet-stream",
                           "size", (gint64) g_bytes_get_size (bytes),
                           "sha256", sha256,
                           "page-count", info ? info->n_pages : 0,
                           "encrypted", info ? info->encrypted : FALSE,
                           "text-stored", text,
                           NULL);

  if (!_mv_store_exec (self, "SAVEPOINT attach", error))
    return NULL;

  if (!write_blob (self, bytes, sha256, error) ||
      !mv_store_insert (self, document, error) ||
      (text && !write_pages (self, document, info, error)) ||
      !_mv_store_exec (self, "RELEASE attach", error))
    {
      sqlite3_exec (self->db, "ROLLBACK TO attach; RELEASE attach", NULL, NULL, NULL);
      if (mv_store_lookup (self, MV_TYPE_DOCUMENT, mv_record_get_id (document)))
        _mv_store_forget (self, document);
      return NULL;
    }

  return document;
}

/**
 * mv_store_set_text:
 * @document: an #MvDocument
 * @info: (nullable): its text, from an inspector; %NULL to remove it
 *
 * Puts a stored document's text into the file and search, or takes it
 * out, and says so in its record ("text-stored"); all or nothing. The
 * caller decides whether the document's text may be stored.
 */
gboolean
mv_store_set_text (MvStore              *self,
                   gpointer              document,
                   const MvDocumentInfo *info,
                   GError              **error)
{
  g_autofree char *remove = NULL;
  char *quoted;

  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (info == NULL || info->page_texts != NULL, FALSE);

  if (!_mv_store_check_writable (self, error))
    return FALSE;

  /* The pages out of the file, and so out of search (their trigger), with
   * what that frees overwritten; "optimize" merges the full-text index,
   * where FTS5 would otherwise keep the deleted words in older segments
   * until some later merge. One statement list for _mv_store_secure_exec():
   * the id quoted by SQLite, as it comes from the file. */
  quoted = sqlite3_mprintf ("%Q", mv_record_get_id (MV_RECORD (document)));
  remove = g_strdup_printf ("DELETE FROM document_pages WHERE document_id = %s;%s", quoted,
                            info == NULL ? "INSERT INTO search (search) VALUES ('optimize');"
                                         : "");
  sqlite3_free (quoted);

  if (!mv_store_begin (self, error))
    return FALSE;
  if (!_mv_store_secure_exec (self, remove, error) ||
      (info != NULL && !write_pages (self, document, info, error)) ||
      !mv_store_set (self, document, error, "text-stored", info != NULL, NULL))
    {
      mv_store_rollback (self);
      return FALSE;
    }
  if (!mv_store_commit (self, error))
    return FALSE;

  /* In WAL mode the file itself holds the old pages, text and all, until a
   * checkpoint copies the new ones over them; and the -wal may still hold
   * the frames that wrote the text. As far as other readers let it. */
  if (info == NULL)
    sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  return TRUE;
}

/**
 * mv_store_load_bytes:
 *
 * Returns: (transfer full): the stored bytes of @document
 */
GBytes *
mv_store_load_bytes (MvStore   *self,
                     gpointer   document,
                     GError   **error)
{
  sqlite3_stmt *stmt;
  GBytes *bytes;
  int rc;

  g_return_val_if_fail (MV_IS_STORE (self), NULL);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), NULL);

  if (!(stmt = _mv_store_prepare (self, "SELECT data FROM document_blobs WHERE sha256 = ?", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, mv_document_get_sha256 (document), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        {
          g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                       _("The contents of “%s” are missing from the file"),
                       mv_document_get_file_name (document));
          return NULL;
        }
      _mv_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);

  /* Never hand on bytes that are not the ones attached. */
  if (!bytes_match (bytes, mv_document_get_sha256 (document)))
    {
      g_bytes_unref (bytes);
      g_set_error (error, MV_ERROR, MV_ERROR_DAMAGED,
                   _("“%s” is damaged in the file: its contents are no longer the ones that "
                     "were attached. Attach it again from the original, or restore a backup."),
                   mv_document_get_file_name (document));
      return NULL;
    }

  return bytes;
}

/**
 * mv_store_check_documents:
 *
 * Reads every stored document and compares its bytes with their SHA-256,
 * which names them in the file.
 *
 * Returns: (transfer full) (element-type utf8): one line per damaged
 *   document; empty when all are whole; %NULL with @error set when it
 *   cannot read them
 */
GPtrArray *
mv_store_check_documents (MvStore  *self,
                          GError  **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) damaged = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MV_IS_STORE (self), NULL);

  if (!(stmt = _mv_store_prepare (self, "SELECT sha256, data FROM document_blobs", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *sha256 = (const char *) sqlite3_column_text (stmt, 0);
      const void *data = sqlite3_column_blob (stmt, 1);

      /* Hashed where SQLite holds them, not copied first. */
      if (!data_matches (data, sqlite3_column_bytes (stmt, 1), sha256))
        g_ptr_array_add (damaged, g_strdup (sha256));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mv_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  if (!(stmt = _mv_store_prepare (self, "SELECT id, file_name FROM documents WHERE sha256 = ? "
                                        "ORDER BY file_name, id", error)))
    return NULL;
  for (guint i = 0; i < damaged->len; i++)
    {
      gboolean named = FALSE;

      sqlite3_bind_text (stmt, 1, g_ptr_array_index (damaged, i), -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_ptr_array_add (problems,
                           g_strdup_printf (_("document %s “%s”: damaged, its contents do not "
                                              "match their SHA-256"),
                                            sqlite3_column_text (stmt, 0),
                                            sqlite3_column_text (stmt, 1)));
          named = TRUE;
        }
      sqlite3_reset (stmt);
      if (!named)
        g_ptr_array_add (problems,
                         g_strdup_printf (_("stored contents %s: damaged, they do not match "
                                            "their SHA-256"),
                                          (char *) g_ptr_array_index (damaged, i)));
    }

  return g_steal_pointer (&problems);
}

