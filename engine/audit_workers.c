/* audit_workers.c — the worker phase: the aggregates over worker rows, then
 * the worker rules, which a national submission runs a million times. Once
 * the rows are loaded every input of a worker rule is fixed, so the workers
 * are audited by two threads, each with its own rule state and findings
 * store. When the findings are written as they are found and workers.csv
 * is in the order of the findings file, the threads take chunks of workers
 * in turn and their findings go to the file chunk by chunk, in order; else the
 * second half of the workers is audited on a thread whose store the
 * auditor then adopts. The output is the same as one thread's
 * (tests/unit/test_audit.c). */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "audit_internal.h"

/* A thread's share of the worker rules: a copy of the auditor with its own
 * rule state, counts and findings store. */
typedef struct {
    pthread_t thread;
    auditor a;
    ra_audit out;             /* the thread's findings and counts */
    ra_findings_early *found; /* chunks: the findings of its chunk, held */
    struct chunks *chunks;    /* chunks: the plan it shares */
    uint32_t from, to;        /* halves: its workers */
} worker_job;

/* The chunks of the workers, which the threads claim in turn; a chunk's findings
 * are handed to the file's writer once those of every chunk before it are.
 * A chunk of a national submission is about a megabyte of findings, and takes
 * about a millisecond: the threads seldom wait for each other's turn. */
#define CHUNK_WORKERS 1024

typedef struct chunks {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    ra_findings_early *writer;
    uint32_t nworkers, size, count;
    uint32_t next;   /* the next chunk to claim */
    uint32_t handed; /* chunks whose findings went to writer */
    bool failed;     /* a thread ran out of memory or the writer failed */
} chunks;

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

/* A job for a's worker rules on another thread (or, for chunks, this one);
 * NULL when out of memory. */
static worker_job *job_new(auditor *a)
{
    worker_job *job = calloc(1, sizeof *job);
    if (!job)
        return NULL;
    size_t budget =
        a->opts->findings_memory ? a->opts->findings_memory : RA_FINDINGS_MEMORY_DEFAULT;
    /* The aggregates, the per-worker tables and the submission are only
     * read from here on: the jobs share them. accs is a shallow copy that a
     * job never frees. Worker rules scan no contract text, so a job needs
     * no regex state. */
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
        !ra_findings_init(&job->out.findings, a->pack, budget / 2 ? budget / 2 : 1)) {
        free(job->a.lets);
        ra_findings_free(&job->out.findings);
        ra_arena_free(&job->a.arena);
        free(job);
        return NULL;
    }
    return job;
}

/* Moves what job found into a, and frees job. */
static void job_end(auditor *a, worker_job *job)
{
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
    ra_findings_early_free(job->found);
    free(job);
}

/* ---- halves ------------------------------------------------------------------------------ */

static void *half_thread(void *p)
{
    worker_job *job = p;
    audit_workers(&job->a, job->from, job->to);
    return NULL;
}

/* Starts the second half [from, to) on a thread; NULL (nothing started)
 * when memory or a thread cannot be had: the caller audits it itself. */
static worker_job *start_half(auditor *a, uint32_t from, uint32_t to)
{
    worker_job *job = job_new(a);
    if (!job)
        return NULL;
    job->from = from;
    job->to = to;
    if (pthread_create(&job->thread, NULL, half_thread, job) != 0) {
        job_end(a, job);
        return NULL;
    }
    return job;
}

static void halves(auditor *a)
{
    const ra_submission *sub = a->sub;
    /* --explain prints in row order, and one thread was asked for. */
    uint32_t half = sub->nworkers / 2;
    worker_job *job = a->opts->inline_rules || a->opts->explain || half == 0
                          ? NULL
                          : start_half(a, half, sub->nworkers);
    audit_workers(a, 0, job ? half : sub->nworkers);
    if (job) {
        pthread_join(job->thread, NULL);
        job_end(a, job);
    }
}

/* ---- chunks ------------------------------------------------------------------------------ */

/* Claims chunks until none is left, audits each and hands its findings on in
 * turn. */
static void run_chunks(worker_job *job)
{
    chunks *c = job->chunks;
    for (;;) {
        pthread_mutex_lock(&c->mu);
        uint32_t k = c->failed ? c->count : c->next++;
        pthread_mutex_unlock(&c->mu);
        if (k >= c->count)
            return;
        uint32_t from = (uint32_t)((uint64_t)k * c->size); /* < nworkers */
        uint32_t to = c->nworkers - from > c->size ? from + c->size : c->nworkers;
        audit_workers(&job->a, from, to);
        pthread_mutex_lock(&c->mu);
        while (c->handed != k)
            pthread_cond_wait(&c->cv, &c->mu);
        if (!c->failed && (job->a.nomem || !ra_findings_early_take(c->writer, job->found)))
            c->failed = true;
        c->handed++;
        pthread_cond_broadcast(&c->cv);
        pthread_mutex_unlock(&c->mu);
    }
}

static void *chunk_thread(void *p)
{
    run_chunks(p);
    return NULL;
}

/* A job whose worker findings go to a detached writer. */
static worker_job *chunk_job(auditor *a, chunks *c)
{
    worker_job *job = job_new(a);
    if (!job)
        return NULL;
    job->chunks = c;
    job->found = ra_findings_early_detached();
    if (!job->found) {
        job_end(a, job);
        return NULL;
    }
    ra_findings_write_early(&job->out.findings, job->found);
    ra_findings_early_workers(&job->out.findings, true);
    return job;
}

/* The worker rules by chunks, on this thread and another; false (nothing
 * done) when the jobs cannot be had. */
static bool by_chunks(auditor *a, ra_findings_early *writer)
{
    chunks c = {.writer = writer,
                .nworkers = a->sub->nworkers,
                .size = a->opts->worker_chunk ? a->opts->worker_chunk : CHUNK_WORKERS};
    c.count = c.nworkers / c.size + (c.nworkers % c.size != 0);
    if (pthread_mutex_init(&c.mu, NULL) != 0)
        return false;
    if (pthread_cond_init(&c.cv, NULL) != 0) {
        pthread_mutex_destroy(&c.mu);
        return false;
    }
    worker_job *mine = chunk_job(a, &c), *other = mine ? chunk_job(a, &c) : NULL;
    bool threaded = other && pthread_create(&other->thread, NULL, chunk_thread, other) == 0;
    if (mine)
        run_chunks(mine);
    if (threaded)
        pthread_join(other->thread, NULL);
    if (mine)
        job_end(a, mine);
    if (other)
        job_end(a, other);
    a->nomem = a->nomem || c.failed;
    pthread_cond_destroy(&c.cv);
    pthread_mutex_destroy(&c.mu);
    return mine != NULL;
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
    /* A worker's findings are written as they are found when workers.csv
     * lists the workers agency by agency, in the order of agencies.csv:
     * then they come in the order of the findings file. */
    ra_findings_early *writer = a->opts->early_findings;
    bool in_order = writer && in_file_order(sub);
    if (in_order && !a->opts->inline_rules && !a->opts->explain && by_chunks(a, writer))
        return;
    bool early = in_order && ra_findings_early_workers(&a->out->findings, true);
    if (early)
        audit_workers(a, 0, sub->nworkers);
    else
        halves(a);
    if (early)
        ra_findings_early_workers(&a->out->findings, false);
}
