/* findings_json.c — a finished store's findings as JSON Lines (SPEC
 * section 3), and the JSON string escaper the CLI and reports share. What
 * is the same on every line of a rule (id, title, citation, profile, rules
 * hash) is escaped once per rule. Two threads format the lines while the
 * caller's thread merges the findings into order, and a third writes them,
 * handing a regular file's pages to the disk as they fill (write-behind). */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "findings.h"
#include "findings_lines.h"

void ra_json_string(FILE *out, const char *s)
{
    char stack[512];
    jbuf b = {.p = stack, .cap = sizeof stack};
    jb_str(&b, s);
    if (b.nomem)
        fputs("null", out); /* out of memory: still valid JSON */
    else
        fwrite(b.p, 1, b.n, out);
    jb_free(&b);
}

/* ---- the pipeline ----------------------------------------------------------------------
 * The caller's thread merges the findings into order (the iterator, which
 * only one thread can drive) and copies them into a batch; formatter threads
 * turn batches into lines; a writer thread hands the lines to the kernel.
 * Formatting is most of the CPU and writing is the kernel's copy and the
 * waits for the disk: both now overlap the merge. Batches go round a ring of
 * slots; the formatters claim them in turn and the writer takes them in
 * turn, so the lines come out in the iterator's order whichever formatter
 * finishes first. Without threads, the caller does every stage itself. */

#define FORMATTERS 2
#define PIPE_SLOTS 6
#define BATCH_BYTES ((size_t)256 * 1024) /* string bytes of a batch, and so its lines' size */
#define BATCH_ITEMS 2048

typedef enum { SLOT_FREE, SLOT_FINDINGS, SLOT_FORMATTING, SLOT_LINES } slot_state;

/* A batch: copies of findings with their strings, then their lines. */
typedef struct {
    slot_state state;
    ra_finding *items;
    size_t n;
    char *bytes; /* the items' strings; never moved while items point into it */
    size_t nbytes, cap_bytes;
    jbuf lines;
} slot;

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    slot slots[PIPE_SLOTS];
    size_t fill;     /* the caller's next slot (read by the caller only) */
    size_t claim;    /* the next slot a formatter claims */
    bool done;       /* the caller has handed its last batch */
    int formatting;  /* formatter threads still running */
    int error;       /* errno of the first failure, 0 while none */
    bool threaded;   /* false: the caller runs every stage */
    int nformatters; /* formatter threads started */
    pthread_t formatters[FORMATTERS], writer;
    const rule_parts *rp;
    const ra_submission *sub;
    sink out;
} pipeline;

/* Copies x and its strings into s; false when they do not fit beside what
 * s holds (the caller hands s on), or out of memory (errno ENOMEM). */
static bool slot_add(slot *s, const ra_finding *x)
{
    size_t need = 0;
    for (int i = 0; i < RA_FS_COUNT; i++)
        need += x->len[i];
    if (s->n == BATCH_ITEMS || need > s->cap_bytes - s->nbytes) {
        if (s->n)
            return false;
        char *p = realloc(s->bytes, need); /* one finding larger than a batch */
        if (!p) {
            errno = ENOMEM;
            return false;
        }
        s->bytes = p;
        s->cap_bytes = need;
    }
    ra_finding *c = &s->items[s->n++];
    *c = *x;
    const char *const src[RA_FS_COUNT] = {x->file, x->fee_id, x->contract_id, x->message,
                                          x->evidence};
    const char **dst[RA_FS_COUNT] = {&c->file, &c->fee_id, &c->contract_id, &c->message,
                                     &c->evidence};
    for (int i = 0; i < RA_FS_COUNT; i++) {
        if (!src[i])
            continue; /* stays NULL (null in JSON) */
        *dst[i] = s->bytes + s->nbytes;
        memcpy(s->bytes + s->nbytes, src[i], x->len[i]);
        s->nbytes += x->len[i];
    }
    return true;
}

/* The lines of s's findings; false when out of memory. */
static bool slot_format(pipeline *p, slot *s)
{
    s->lines.n = 0;
    for (size_t i = 0; i < s->n; i++)
        put_finding(&s->lines, p->rp, &s->items[i], p->sub);
    return !s->lines.nomem;
}

static void fail(pipeline *p, int e)
{
    if (!p->error)
        p->error = e ? e : EIO;
    pthread_cond_broadcast(&p->cv);
}

static void *format_run(void *arg)
{
    pipeline *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        /* The slot to claim is looked up again after each wait: another
         * formatter may have claimed it meanwhile. */
        slot *s;
        while ((s = &p->slots[p->claim % PIPE_SLOTS])->state != SLOT_FINDINGS && !p->done &&
               !p->error)
            pthread_cond_wait(&p->cv, &p->mu);
        if (s->state != SLOT_FINDINGS || p->error)
            break;
        s->state = SLOT_FORMATTING;
        p->claim++;
        pthread_mutex_unlock(&p->mu);
        bool ok = slot_format(p, s);
        pthread_mutex_lock(&p->mu);
        if (!ok)
            fail(p, ENOMEM);
        s->state = SLOT_LINES;
        pthread_cond_broadcast(&p->cv);
    }
    p->formatting--;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void *write_run(void *arg)
{
    pipeline *p = arg;
    pthread_mutex_lock(&p->mu);
    for (size_t k = 0;; k++) {
        slot *s = &p->slots[k % PIPE_SLOTS];
        while (s->state != SLOT_LINES && p->formatting && !p->error)
            pthread_cond_wait(&p->cv, &p->mu);
        if (s->state != SLOT_LINES || p->error)
            break;
        pthread_mutex_unlock(&p->mu);
        bool ok = put_block(&p->out, s->lines.p, s->lines.n);
        int e = errno;
        pthread_mutex_lock(&p->mu);
        if (!ok)
            fail(p, e);
        s->state = SLOT_FREE;
        pthread_cond_broadcast(&p->cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void pipeline_free(pipeline *p)
{
    for (int i = 0; i < PIPE_SLOTS; i++) {
        free(p->slots[i].items);
        free(p->slots[i].bytes);
        jb_free(&p->slots[i].lines);
    }
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv);
}

/* false when out of memory (pipeline_free is still safe). */
static bool pipeline_open(pipeline *p, FILE *out, const rule_parts *rp, const ra_submission *sub)
{
    memset(p, 0, sizeof *p);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    p->rp = rp;
    p->sub = sub;
    sink_open(&p->out, out);
    for (int i = 0; i < PIPE_SLOTS; i++) {
        slot *s = &p->slots[i];
        s->items = malloc(BATCH_ITEMS * sizeof *s->items);
        s->bytes = malloc(BATCH_BYTES);
        s->cap_bytes = BATCH_BYTES;
        if (!s->items || !s->bytes || !jb_reserve(&s->lines, BATCH_BYTES + BATCH_BYTES / 2))
            return false;
    }
    p->formatting = FORMATTERS;
    while (p->nformatters < FORMATTERS &&
           pthread_create(&p->formatters[p->nformatters], NULL, format_run, p) == 0)
        p->nformatters++;
    if (p->nformatters == FORMATTERS && pthread_create(&p->writer, NULL, write_run, p) == 0) {
        p->threaded = true;
        return true;
    }
    /* Unthreaded: the formatters that started end, as no batch will come. */
    pthread_mutex_lock(&p->mu);
    p->done = true;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nformatters; i++)
        pthread_join(p->formatters[i], NULL);
    p->done = false;
    return true;
}

/* The caller's next empty slot, or NULL after a failure. */
static slot *pipeline_take(pipeline *p)
{
    slot *s = &p->slots[p->fill % PIPE_SLOTS];
    pthread_mutex_lock(&p->mu);
    while (s->state != SLOT_FREE && !p->error)
        pthread_cond_wait(&p->cv, &p->mu);
    bool failed = p->error != 0;
    pthread_mutex_unlock(&p->mu);
    if (failed)
        return NULL;
    s->n = s->nbytes = 0;
    return s;
}

/* Hands s on: to the formatters, or through every stage when unthreaded. */
static void pipeline_give(pipeline *p, slot *s)
{
    p->fill++;
    if (!p->threaded) {
        if (!slot_format(p, s))
            p->error = ENOMEM;
        else if (!put_block(&p->out, s->lines.p, s->lines.n))
            p->error = errno ? errno : EIO;
        return;
    }
    pthread_mutex_lock(&p->mu);
    s->state = SLOT_FINDINGS;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

/* Ends the pipeline after the caller's last batch (or a failure the caller
 * met, error); 0 or the errno of the first failure. */
static int pipeline_close(pipeline *p, int error)
{
    if (p->threaded) {
        pthread_mutex_lock(&p->mu);
        if (error)
            fail(p, error);
        p->done = true;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
        for (int i = 0; i < FORMATTERS; i++)
            pthread_join(p->formatters[i], NULL);
        pthread_join(p->writer, NULL);
    } else if (error && !p->error) {
        p->error = error;
    }
    if (!sink_flush(&p->out) && !p->error)
        p->error = errno ? errno : EIO;
    return p->error;
}

bool ra_findings_write_jsonl(const ra_findings *f, const ra_pack *pack, const ra_submission *sub,
                             FILE *out, ra_progress *progress)
{
    rule_parts rp;
    pipeline p;
    ra_findings_iter *it = NULL;
    bool ok = rule_parts_make(&rp, pack);
    ok = pipeline_open(&p, out, &rp, sub) && ok && (it = ra_findings_iter_new(f)) != NULL;
    int error = ok ? 0 : ENOMEM;
    slot *s = ok ? pipeline_take(&p) : NULL;
    ra_progress_begin(progress, RA_STAGE_FINDINGS, f->count - f->early);
    uint64_t n = 0;
    for (const ra_finding *x; s && (x = ra_findings_iter_next(it));) {
        if ((++n & 4095) == 0)
            ra_progress_set(progress, n);
        if (x->rule >= pack->nrules)
            continue;
        if (slot_add(s, x))
            continue;
        if (s->n == 0) { /* out of memory for one finding */
            error = ENOMEM;
            s = NULL;
            break;
        }
        pipeline_give(&p, s);
        if ((s = pipeline_take(&p)) && !slot_add(s, x)) {
            error = ENOMEM;
            s = NULL;
        }
    }
    if (it && !ra_findings_iter_free(it) && !error)
        error = errno ? errno : EIO;
    ra_progress_set(progress, n);
    if (s && s->n && !error)
        pipeline_give(&p, s);
    error = pipeline_close(&p, error);
    pipeline_free(&p);
    rule_parts_free(&rp);
    if (error) {
        errno = error;
        return false;
    }
    return !ferror(out);
}
