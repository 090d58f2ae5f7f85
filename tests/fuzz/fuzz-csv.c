/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>

#include "mv-csv.h"
#include "mv-fuzz.h"

/* The CSV reader of the member import: any bytes are parsed or refused
 * with an error, never a crash; every cell also goes through the date and
 * e-mail checks the import runs on it. */

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
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  char separator = 0;

  records = mv_csv_parse (bytes, "fuzz.csv", &separator, &error);
  if (records == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  g_assert (error == NULL);

  for (guint i = 0; i < records->len; i++)
    {
      MvCsvRecord *record = g_ptr_array_index (records, i);

      g_assert (record->n_fields == (record->fields ? g_strv_length (record->fields) : 0));
      for (guint f = 0; f < record->n_fields; f++)
        {
          g_assert (g_utf8_validate (record->fields[f], -1, NULL));
          g_free (mv_csv_parse_date (record->fields[f]));
          (void) mv_email_is_valid (record->fields[f]);
        }
    }
  return 0;
}
