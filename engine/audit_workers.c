/* audit_workers.c — the worker phase: the aggregates over worker rows, then
 * the worker rules, which a national submission runs a million times. Once
 * the rows are loaded every input of a worker rule is fixed, so the workers
 * are split in two halves and the second half is audited on a thread of its
 * own, with its own rule state and findings store, which the auditor then
 * adopts. The output is the same as one thread's (tests/unit/test_audit.c). */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "audit_internal.h"

typedef struct {
    pthread_t thread;
    auditor a;
    ra_audit out; /* the thread's findings and counts */
    uint32_t from, to;
} worker_job;

static void at_worker(ra_ctx *cx, const ra_submission *sub, uint32_t i)
{
    cx->worker = &sub->workers[i];
    cx->worker_index = i;
    cx->agency = &sub->agencies[cx->worker->agency];
    cx->agency_index = cx->worker->agency;
}

static void audit_workers(auditor *a, uint32_t from, uint32_t to)
{
    const ra_submission *sub = a->sub;
    ra_ctx cx = audit_context(a);
    for (uint32_t i = from; i < to && !a->nomem; i++) {
        at_worker(&cx, sub, i);
        identity id = {
            .agency = cx.agency_index, .worker = i, .file = "workers.csv", .line = cx.worker->line};
        audit_run_rules(a, RA_SCOPE_WORKER, &cx, &id);
    }
}

static void *worker_thread(void *p)
{
    worker_job *job = p;
    audit_workers(&job->a, job->from, job->to);
    return NULL;
}

/* Starts the second half [from, to) on a thread; NULL (nothing started)
 * when memory or a thread cannot be had: the caller audits it itself. */
static worker_job *start_half(auditor *a, uint32_t from, uint32_t to)
{
    worker_job *job = calloc(1, sizeof *job);
    if (!job)
        return NULL;
    size_t budget =
        a->opts->findings_memory ? a->opts->findings_memory : RA_FINDINGS_MEMORY_DEFAULT;
    job->from = from;
    job->to = to;
    /* The aggregates, the per-worker tables and the submission are only
     * read from here on: the thread shares them. accs is a shallow copy
     * that the thread never frees. Worker rules scan no contract text, so
     * the thread needs no regex state. */
    job->a = (auditor){
        .pack = a->pack,
        .opts = a->opts,
        .out = &job->out,
        .sub = a->sub,
        .accs = a->accs,
        .ready = true,
        .contract_file = a->contract_file,
        .agency_workers = a->agency_workers,
        .lets = calloc(a->pack->max_lets ? a->pack->max_lets : 1, sizeof *job->a.lets),
    };
    ra_arena_init(&job->a.arena, 4096);
    if (!job->a.lets ||
        !ra_findings_init(&job->out.findings, a->pack, budget / 2 ? budget / 2 : 1) ||
        pthread_create(&job->thread, NULL, worker_thread, job) != 0) {
        free(job->a.lets);
        ra_findings_free(&job->out.findings);
        ra_arena_free(&job->a.arena);
        free(job);
        return NULL;
    }
    return job;
}

/* Joins the thread and moves what it found into a. */
static void finish_half(auditor *a, worker_job *job)
{
    pthread_join(job->thread, NULL);
    auditor *t = &job->a;
    ra_findings *mine = &job->out.findings;
    if (t->nomem) {
        int e = ra_findings_error(mine);
        if (e && e != ENOMEM)
            a->findings_error = e;
        a->nomem = true;
    } else if (!a->nomem && !ra_findings_adopt(&a->out->findings, mine)) {
        a->nomem = true; /* the main store keeps its error (ENOMEM or a spill's) */
    }
    for (int s = 0; s <= RA_SEV_CRITICAL; s++)
        a->out->by_severity[s] += job->out.by_severity[s];
    free(t->lets);
    free(t->dq);
    ra_arena_free(&t->arena);
    ra_findings_free(mine);
    free(job);
}

/* Do the workers come agency by agency, in agency order (that of the
 * findings file: by agency, then worker)? */
static bool in_file_order(const ra_submission *sub)
{
    for (uint32_t i = 1; i < sub->nworkers; i++)
        if (sub->workers[i].agency < sub->workers[i - 1].agency)
            return false;
    return true;
}

void audit_worker_phase(auditor *a)
{
    const ra_submission *sub = a->sub;
    ra_ctx cx = audit_context(a);
    /* Aggregates over worker rows first: agency rules read them, and a
     * worker rule cannot (the checker allows a worker rule aggregates over
     * its fees and documents only), so they can all be done before any
     * worker rule runs. */
    for (uint32_t i = 0; i < sub->nworkers && !a->nomem; i++) {
        at_worker(&cx, sub, i);
        ra_accs_update(&a->accs, ROW_WORKER, &cx);
        a->nomem = a->nomem || a->accs.nomem;
    }
    if (a->nomem)
        return;
    /* --explain prints in row order, and one thread was asked for. */
    uint32_t half = sub->nworkers / 2;
    worker_job *job = a->opts->inline_rules || a->opts->explain || half == 0
                          ? NULL
                          : start_half(a, half, sub->nworkers);
    /* When workers.csv lists the workers agency by agency, in the order of
     * agencies.csv, this thread finds the first half's findings in the order
     * of the findings file: with an early writer they are written now,
     * rather than kept for the end of the audit. */
    bool early = in_file_order(sub) && ra_findings_early_workers(&a->out->findings, true);
    audit_workers(a, 0, job ? half : sub->nworkers);
    if (early)
        ra_findings_early_workers(&a->out->findings, false);
    if (job)
        finish_half(a, job);
}
