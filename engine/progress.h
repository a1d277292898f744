/* progress.h — how far a long audit has come, for a progress bar.
 *
 * The engine advances a ra_progress from whichever thread does the work
 * (relaxed atomics, touched every few thousand rows); a watcher reads it
 * from a thread of its own and draws. Every function accepts NULL: nobody
 * is watching. The caller owns the struct, which must outlive the work it
 * watches. Stage, done and total are read one by one, so a watcher may see
 * a stage with the count of the one before for an instant; a bar redrawn a
 * few times a second does not show it. */
#ifndef RA_PROGRESS_H
#define RA_PROGRESS_H

#include <stdatomic.h>
#include <stdint.h>

typedef enum {
    RA_STAGE_LOAD,     /* reading and checking the CSV files: bytes */
    RA_STAGE_CHECK,    /* the checks after loading (workers, agencies, contracts): no count */
    RA_STAGE_FINDINGS, /* writing the findings JSONL: findings */
    RA_STAGE_REPORT,   /* writing report.xlsx: rows */
    RA_STAGE_PACK,     /* compressing report.xlsx: no count */
} ra_stage;

typedef struct {
    _Atomic unsigned stage;
    _Atomic uint64_t done, total; /* in the stage's unit; total 0 = unknown */
} ra_progress;

void ra_progress_init(ra_progress *p);

/* A new stage, with nothing done yet. */
void ra_progress_begin(ra_progress *p, ra_stage stage, uint64_t total);
void ra_progress_set(ra_progress *p, uint64_t done);
void ra_progress_add(ra_progress *p, uint64_t n);

/* What a watcher sees. */
ra_stage ra_progress_read(const ra_progress *p, uint64_t *done, uint64_t *total);

#endif
