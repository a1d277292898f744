/* verify_internal.h — what verify.c and verify_manifest.c share. */
#ifndef RA_VERIFY_INTERNAL_H
#define RA_VERIFY_INTERNAL_H

#include "verify.h"

/* Reads the manifest out of the report into r->manifest and
 * r->manifest_inputs, and sets r->manifest_state (with r->manifest_error
 * saying why when it is not RA_MANIFEST_FOUND). */
void ra_verify_read_manifest(const char *report, ra_verify_result *r);

#endif
