/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "cli-common.h"
#include "mv-agenda.h"
#include "mv-documents.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-output.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-search.h"

/* attach, documents, extract, search, set-public, set-title, store-text */

/* One line per file: the stored document's id on stdout, or FILE: reason on
 * stderr. Exits with 0 only when every file was stored. */
int
cmd_attach (const char  *db,
            int          argc,
            char       **argv,
            GError     **error)
{
  g_autofree char *title = NULL;
  g_autofree char *password = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("ITEM FILE…"));
  g_autoptr(MvStore) store = NULL;
  gboolean store_text = FALSE;
  MvRecord *owner;
  int status = 0;
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      N_("The title (default: the PDF’s own, its first heading or the file name)"), "T" },
    { "password", 0, 0, G_OPTION_ARG_STRING, &password,
      N_("The password of an encrypted PDF"), "P" },
    { "store-text", 0, 0, G_OPTION_ARG_NONE, &store_text,
      N_("Store and index an encrypted PDF’s text for search; the text is then readable in "
         "the file without the password"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, "medvirke-cli attach");
  if (!g_option_context_parse (context, &argc, &argv, error))
    return 2;
  if (argc < 3)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("attach: name the item and at least one file"));
      return 2;
    }
  if (!(store = cli_open_existing (db, error)))
    return 1;

  owner = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, argv[1]);
  if (owner == NULL)
    owner = mv_store_lookup (store, MV_TYPE_MEETING, argv[1]);
  if (owner == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No item has the id “%s”"), argv[1]);
      return 1;
    }

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GError) file_error = NULL;
      g_autoptr(MvDocumentInfo) info = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *mime_type = NULL;
      g_autofree char *name = g_file_get_basename (file);
      MvDocument *document = NULL;

      if (mv_documents_inspect_file (file, password, 0, mv_pdf_inspect, NULL,
                                     &mime_type, &info, &bytes, &file_error))
        document = mv_documents_attach_full (store, owner, name, title, mime_type, bytes, info,
                                             store_text ? MV_ATTACH_FLAGS_STORE_TEXT
                                                        : MV_ATTACH_FLAGS_NONE,
                                             &file_error);
      if (document == NULL)
        {
          g_printerr ("%s: %s\n", argv[i], file_error->message);
          status = 1;
          continue;
        }
      g_print ("%s\n", mv_record_get_id (MV_RECORD (document)));
    }
  return status;
}

int
cmd_documents (const char  *db,
               int          argc,
               char       **argv,
               GError     **error)
{
  g_autofree char *item_id = NULL;
  g_autofree char *meeting_arg = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  MvRecord *owner = NULL;
  GOptionEntry entries[] = {
    { "item", 0, 0, G_OPTION_ARG_STRING, &item_id, N_("The item’s id"), "ID" },
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting_arg,
      N_("The meeting’s id or date (YYYY-MM-DD): its documents and its items’"), "ID" },
    { NULL }
  };

  if (!cli_parse_options ("documents", entries, &argc, &argv, 0, error))
    return 2;
  if (item_id != NULL && meeting_arg != NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("documents: name --item ID or --meeting ID, not both"));
      return 2;
    }
  if (!(store = cli_open_existing (db, error)))
    return 1;

  if (item_id != NULL && !(owner = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, item_id)))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No item has the id “%s”"), item_id);
      return 1;
    }
  if (meeting_arg != NULL &&
      !(owner = MV_RECORD (mv_store_find_meeting (store, NULL, meeting_arg, error))))
    return 1;

  documents = mv_documents_list (store, owner);
  cli_print_row ("id", "title", "file_name", "pages", "size", "public", "text_stored", NULL);
  for (guint i = 0; i < documents->len; i++)
    {
      MvDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *pages = g_strdup_printf ("%d", mv_document_get_page_count (document));
      g_autofree char *size = g_strdup_printf ("%" G_GINT64_FORMAT,
                                               mv_document_get_size (document));

      cli_print_row (mv_record_get_id (MV_RECORD (document)), mv_document_get_title (document),
                 mv_document_get_file_name (document), pages, size,
                 mv_document_get_public (document) ? "yes" : "no",
                 mv_document_get_text_stored (document) ? "yes" : "no", NULL);
    }
  return 0;
}

/* Writes the stored bytes as they are; a failure leaves FILE as it was. */
int
cmd_extract (const char  *db,
             int          argc,
             char       **argv,
             GError     **error)
{
  g_autofree char *output = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MvOutput) out = NULL;
  MvDocument *document;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
    { NULL }
  };

  if (!cli_parse_options ("extract", entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("extract: name the document"));
      return 2;
    }
  if (!cli_require_output (output, _("extract: name the file with -o FILE"), error))
    return 2;
  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(document = mv_store_lookup (store, MV_TYPE_DOCUMENT, argv[1])))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No document has the id “%s”"),
                   argv[1]);
      return 1;
    }
  if (!(bytes = mv_store_load_bytes (store, document, error)))
    return 1;
  /* Into the temporary file mv_output made, which keeps the target's mode;
   * an exempt document is for its owner's eyes alone. */
  if (!(out = mv_output_new_full (output, mv_document_get_public (document) ?
                                  MV_OUTPUT_NONE : MV_OUTPUT_PRIVATE, error)) ||
      !mv_output_write (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return 1;
  return mv_output_commit (out, error) ? 0 : 1;
}

/* Best first; the hits in the snippet between [ and ]. */
int
cmd_search (const char  *db,
            int          argc,
            char       **argv,
            GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *text = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) results = NULL;
  MvSearchOptions options = { "[", "]", "…", FALSE, 0, 0 };
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id,
      N_("Only this council (default: all)"), "ID" },
    { NULL }
  };

  if (!cli_parse_options ("search", entries, &argc, &argv, G_MAXINT - 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("search: name what to look for"));
      return 2;
    }
  text = g_strjoinv (" ", argv + 1);
  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (council_id != NULL && !mv_store_find_council (store, council_id, error))
    return 1;
  if (!(results = mv_search (store, council_id, text, &options, error)))
    return 1;

  cli_print_row ("kind", "id", "title", "page", "snippet", NULL);
  for (guint i = 0; i < results->len; i++)
    {
      MvSearchResult *result = g_ptr_array_index (results, i);
      g_autofree char *page = result->page > 0 ? g_strdup_printf ("%d", result->page)
                                               : g_strdup ("");

      cli_print_row (mv_search_kind_to_string (result->kind), result->id, result->title, page,
                 result->snippet, NULL);
    }
  return 0;
}

/* Whether a document or an item goes out with the public version of the
 * papers (export-agenda --public, export-packet --public). */
int
cmd_set_public (const char  *db,
                int          argc,
                char       **argv,
                GError     **error)
{
  g_autoptr(MvStore) store = NULL;
  g_autofree char *basis_arg = NULL;
  GOptionEntry entries[] = {
    { "basis", 0, 0, G_OPTION_ARG_STRING, &basis_arg,
      N_("The legal basis the public papers cite (default: offl-13-fvl-13)"),
      "offl-13-fvl-13|offl-13|offl-14|offl-15|offl-23|offl-25" },
    { NULL }
  };
  MvDocument *document;
  MvAgendaItem *item;
  gboolean public;
  int basis = -1;

  if (!cli_parse_options ("set-public", entries, &argc, &argv, 2, error))
    return 2;
  if (basis_arg != NULL && !mv_enum_from_nick (MV_TYPE_EXEMPT_BASIS, basis_arg, &basis))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--basis: “%s” is not one of offl-13-fvl-13, offl-13, offl-14, offl-15, "
                     "offl-23, offl-25"), basis_arg);
      return 2;
    }
  if (argc < 3)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("set-public: name a document or an item, and yes or no"));
      return 2;
    }
  if (!cli_parse_yes_no ("set-public", argv[2], &public, error))
    return 2;
  if (public && basis != -1)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("set-public: --basis is the reason for “no”; a public one needs none"));
      return 2;
    }

  if (!(store = cli_open_existing (db, error)))
    return 1;

  if ((document = mv_store_lookup (store, MV_TYPE_DOCUMENT, argv[1])) != NULL)
    return mv_documents_set_public_full (store, document, public, basis, NULL, error) ? 0 : 1;

  if ((item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, argv[1])) != NULL)
    {
      MvAgendaItemEdit edit = MV_AGENDA_ITEM_EDIT_INIT;

      edit.public = public;
      edit.exempt_basis = basis;
      return mv_agenda_update_item (store, item, &edit, NULL, error) ? 0 : 1;
    }

  g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No document or item has the id “%s”"),
               argv[1]);
  return 1;
}

/* A document's title, as the notice, the agenda and the packet name it. */
int
cmd_set_title (const char  *db,
               int          argc,
               char       **argv,
               GError     **error)
{
  g_autoptr(MvStore) store = NULL;
  GOptionEntry entries[] = { { NULL } };
  MvDocument *document;

  if (!cli_parse_options ("set-title", entries, &argc, &argv, 2, error))
    return 2;
  if (argc < 3)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("set-title: name a document and its new title"));
      return 2;
    }

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if ((document = mv_store_lookup (store, MV_TYPE_DOCUMENT, argv[1])) == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No document has the id “%s”"),
                   argv[1]);
      return 1;
    }
  return mv_documents_set_title (store, document, argv[2], NULL, error) ? 0 : 1;
}

/* Whether an encrypted PDF's text is stored for search, after it was
 * attached: yes needs its password, no takes the text out of the file. */
int
cmd_store_text (const char  *db,
                int          argc,
                char       **argv,
                GError     **error)
{
  g_autofree char *password = NULL;
  g_autoptr(MvStore) store = NULL;
  GOptionEntry entries[] = {
    { "password", 0, 0, G_OPTION_ARG_STRING, &password,
      N_("The PDF’s password, to store its text"), "P" },
    { NULL }
  };
  MvDocument *document;
  gboolean stored;

  if (!cli_parse_options ("store-text", entries, &argc, &argv, 2, error))
    return 2;
  if (argc < 3)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("store-text: name the document, and yes or no"));
      return 2;
    }
  if (!cli_parse_yes_no ("store-text", argv[2], &stored, error))
    return 2;

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(document = mv_store_lookup (store, MV_TYPE_DOCUMENT, argv[1])))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No document has the id “%s”"),
                   argv[1]);
      return 1;
    }
  return mv_documents_set_text_stored (store, document, stored, password, mv_pdf_inspect,
                                       error) ? 0 : 1;
}
