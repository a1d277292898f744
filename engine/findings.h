/* findings.h — what an audit found: one record per finding with its
 * evidence, kept in emission order, sorted into the SPEC section 3 order and
 * written as JSON Lines.
 *
 * A ra_findings owns its records and their strings (one arena); free it with
 * ra_findings_free. Records point at the pack (rules) and the submission
 * (ids), which must outlive it. */
#ifndef RA_FINDINGS_H
#define RA_FINDINGS_H

#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "rules/program.h"
#include "submission.h"

#define RA_NONE UINT32_MAX

typedef struct {
    uint32_t rule; /* index into the pack's rules */
    ra_scope scope;
    ra_severity severity;
    uint32_t agency;  /* index, or RA_NONE */
    uint32_t worker;  /* index, or RA_NONE */
    const char *file; /* relative to the submission, or NULL */
    long line;        /* 0 = null */
    const char *fee_id, *contract_id;
    const char *message;
    const char *evidence; /* a JSON object */
    uint64_t seq;         /* emission order, the last sort key */
} ra_finding;

typedef struct {
    ra_finding *items;
    size_t n, cap;
    ra_arena arena;
} ra_findings;

void ra_findings_init(ra_findings *f);
void ra_findings_free(ra_findings *f);

/* Appends a copy of *item (strings are copied). false when out of memory. */
bool ra_findings_add(ra_findings *f, const ra_finding *item);

/* Sorts by scope, agency, worker, file, line, rule id, then emission order:
 * the same order whatever the thread count. */
void ra_findings_sort(ra_findings *f, const ra_pack *pack);

/* One JSON object per line (keys of SPEC section 3). */
bool ra_findings_write_jsonl(const ra_findings *f, const ra_pack *pack, const ra_submission *sub,
                             FILE *out);

/* Writes a JSON string literal of s (NULL as null); invalid UTF-8 becomes
 * U+FFFD so the output always parses. */
void ra_json_string(FILE *out, const char *s);

#endif
