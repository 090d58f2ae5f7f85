/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

/* The entry points of a fuzz target, as libFuzzer calls them; fuzz-replay.c
 * calls the same two in the normal build, on the seed corpus and the kept
 * regressions. Each target defines both. */

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);
