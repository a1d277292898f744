/* progress.c — the counters of progress.h. Relaxed order throughout: the
 * counts only feed a display, and nothing else is published through them. */
#include "progress.h"

void ra_progress_init(ra_progress *p)
{
    atomic_init(&p->stage, RA_STAGE_LOAD);
    atomic_init(&p->done, 0);
    atomic_init(&p->total, 0);
}

void ra_progress_begin(ra_progress *p, ra_stage stage, uint64_t total)
{
    if (!p)
        return;
    atomic_store_explicit(&p->done, 0, memory_order_relaxed);
    atomic_store_explicit(&p->total, total, memory_order_relaxed);
    atomic_store_explicit(&p->stage, (unsigned)stage, memory_order_relaxed);
}

void ra_progress_set(ra_progress *p, uint64_t done)
{
    if (p)
        atomic_store_explicit(&p->done, done, memory_order_relaxed);
}

void ra_progress_add(ra_progress *p, uint64_t n)
{
    if (p)
        atomic_fetch_add_explicit(&p->done, n, memory_order_relaxed);
}

ra_stage ra_progress_read(const ra_progress *p, uint64_t *done, uint64_t *total)
{
    *done = atomic_load_explicit(&p->done, memory_order_relaxed);
    *total = atomic_load_explicit(&p->total, memory_order_relaxed);
    return (ra_stage)atomic_load_explicit(&p->stage, memory_order_relaxed);
}
