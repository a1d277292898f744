/* findings_internal.h — what the findings store (findings.c), the JSON
 * Lines writer (findings_json.c) and the early writer (findings_early.c)
 * share. Private to the engine. */
#ifndef RA_FINDINGS_INTERNAL_H
#define RA_FINDINGS_INTERNAL_H

#include "findings.h"

/* A finding as a record, as the store's spilled runs and the early writer's
 * blocks hold it: this head, then each present string and a NUL. */
#define RA_REC_NULL UINT32_MAX
typedef struct {
    uint32_t size; /* of the whole record */
    uint32_t rule, rule_rank, agency, worker;
    uint8_t scope, severity;
    int64_t line;
    uint64_t seq;
    uint32_t len[RA_FS_COUNT]; /* RA_REC_NULL: the string is NULL */
} ra_rec_head;

/* x's record head (its size counts the strings) and x's strings, in the
 * order of ra_finding.len (x's len set). */
void ra_rec_head_of(const ra_finding *x, ra_rec_head *h, const char *s[RA_FS_COUNT]);

/* *x = the finding of the record of size bytes at p (any alignment), its
 * strings pointing into p; false (errno EIO) when the record is corrupt. */
bool ra_rec_decode(const char *p, size_t size, ra_finding *x);

/* Takes x (its seq, rule_rank and len set) from the store: holds its line
 * until its row is complete, or writes the row before it. false when x comes
 * before a line already taken (unordered) or a write failed (errno). */
bool ra_findings_early_put(ra_findings_early *e, const ra_finding *x);

#endif
