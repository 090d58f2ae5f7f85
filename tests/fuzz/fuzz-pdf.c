/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>

#include "mv-fuzz.h"
#include "mv-pdf.h"

/* Document inspection as attaching runs it: any bytes give a document's
 * pages and text or an error, never a crash. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  if (mv_pdf_inspect (bytes, NULL, &info, &error))
    g_assert (info != NULL && error == NULL);
  else
    g_assert (info == NULL && error != NULL && error->message != NULL);
  return 0;
}
