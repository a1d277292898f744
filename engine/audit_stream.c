/* audit_stream.c — fee and document rules on a thread of their own. The
 * loader types each row on the caller's thread; the row is copied into a
 * batch, and a rules thread takes full batches in order and runs the row
 * rules, aggregates and indicators on them exactly as the caller would have.
 * While the stream runs, only the rules thread touches the auditor's rule
 * state (accumulators, lets, findings, indicators); the caller touches only
 * the batches. See audit_internal.h. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "audit_internal.h"

#define STREAM_BATCHES 3 /* one filling, one being audited, one spare */
#define BATCH_ROWS 2048  /* rows per batch */

typedef struct {
    bool is_fee;
    size_t text; /* offset of fee_id or reason in the batch's strings, or SIZE_MAX */
    union {
        ra_fee fee;
        ra_document doc;
    } u;
} row;

typedef struct {
    row rows[BATCH_ROWS];
    size_t n;
    char *strings; /* the rows' texts, NUL-terminated, back to back */
    size_t used, cap;
} batch;

struct audit_stream {
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t filled, emptied;
    batch batches[STREAM_BATCHES];
    size_t handed, audited; /* batches handed to the thread, and audited by it */
    bool done;              /* no more batches will come */
    atomic_bool stop;       /* the thread failed, or the audit is over: stop */
    const ra_submission *sub;
    auditor *a;
};

static void audit_batch(audit_stream *s, batch *b)
{
    for (size_t i = 0; i < b->n && !atomic_load_explicit(&s->stop, memory_order_relaxed); i++) {
        row *r = &b->rows[i];
        const char *text = r->text == SIZE_MAX ? NULL : b->strings + r->text;
        int fail;
        if (r->is_fee) {
            r->u.fee.fee_id = text;
            fail = audit_fee(s->a, s->sub, &r->u.fee);
        } else {
            r->u.doc.reason = text;
            fail = audit_document(s->a, s->sub, &r->u.doc);
        }
        if (fail)
            atomic_store(&s->stop, true);
    }
}

static void *stream_thread(void *p)
{
    audit_stream *s = p;
    for (;;) {
        pthread_mutex_lock(&s->mu);
        while (s->audited == s->handed && !s->done)
            pthread_cond_wait(&s->filled, &s->mu);
        bool more = s->audited < s->handed;
        batch *b = &s->batches[s->audited % STREAM_BATCHES];
        pthread_mutex_unlock(&s->mu);
        if (!more)
            return NULL;
        audit_batch(s, b);
        pthread_mutex_lock(&s->mu);
        s->audited++;
        pthread_cond_signal(&s->emptied);
        pthread_mutex_unlock(&s->mu);
    }
}

/* Fee and document rules that print (--explain), and callers that ask for
 * one thread, stay on the caller's thread. */
bool audit_stream_start(auditor *a, const ra_submission *sub)
{
    if (a->stream || a->opts->inline_rules || a->opts->explain)
        return false;
    audit_stream *s = calloc(1, sizeof *s);
    if (!s)
        return false; /* the rows are audited inline */
    s->a = a;
    s->sub = sub;
    atomic_init(&s->stop, false);
    if (pthread_mutex_init(&s->mu, NULL) != 0) {
        free(s);
        return false;
    }
    pthread_cond_init(&s->filled, NULL);
    pthread_cond_init(&s->emptied, NULL);
    if (pthread_create(&s->thread, NULL, stream_thread, s) != 0) {
        pthread_cond_destroy(&s->filled);
        pthread_cond_destroy(&s->emptied);
        pthread_mutex_destroy(&s->mu);
        free(s);
        return false;
    }
    a->stream = s;
    return true;
}

/* Hands the batch being filled to the thread and waits until the next one
 * is free. */
static void hand_over(audit_stream *s)
{
    pthread_mutex_lock(&s->mu);
    s->handed++;
    pthread_cond_signal(&s->filled);
    while (s->handed - s->audited >= STREAM_BATCHES)
        pthread_cond_wait(&s->emptied, &s->mu);
    pthread_mutex_unlock(&s->mu);
    batch *next = &s->batches[s->handed % STREAM_BATCHES];
    next->n = 0;
    next->used = 0;
}

/* Copies text into b's strings; its offset, SIZE_MAX for NULL, or false
 * when out of memory. */
static bool keep_text(batch *b, const char *text, size_t *off)
{
    *off = SIZE_MAX;
    if (!text)
        return true;
    size_t len = strlen(text) + 1;
    if (!ra_grow((void **)&b->strings, &b->cap, b->used + len, 1))
        return false;
    memcpy(b->strings + b->used, text, len);
    *off = b->used;
    b->used += len;
    return true;
}

static int add_row(audit_stream *s, bool is_fee, const void *item, const char *text)
{
    if (atomic_load_explicit(&s->stop, memory_order_relaxed))
        return 1; /* the thread ran out of memory: stop loading */
    batch *b = &s->batches[s->handed % STREAM_BATCHES];
    row *r = &b->rows[b->n];
    r->is_fee = is_fee;
    if (is_fee)
        r->u.fee = *(const ra_fee *)item;
    else
        r->u.doc = *(const ra_document *)item;
    if (!keep_text(b, text, &r->text)) {
        atomic_store(&s->stop, true);
        s->a->stream_nomem = true;
        return 1;
    }
    if (++b->n == BATCH_ROWS)
        hand_over(s);
    return 0;
}

int audit_stream_fee(auditor *a, const ra_fee *fee)
{
    return add_row(a->stream, true, fee, fee->fee_id);
}

int audit_stream_document(auditor *a, const ra_document *doc)
{
    return add_row(a->stream, false, doc, doc->reason);
}

static void join(auditor *a, bool cancel)
{
    audit_stream *s = a->stream;
    if (!s)
        return;
    if (cancel)
        atomic_store(&s->stop, true);
    pthread_mutex_lock(&s->mu);
    if (!cancel && s->batches[s->handed % STREAM_BATCHES].n)
        s->handed++; /* the last batch, not full */
    s->done = true;
    pthread_cond_signal(&s->filled);
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->thread, NULL);
    for (size_t i = 0; i < STREAM_BATCHES; i++)
        free(s->batches[i].strings);
    pthread_cond_destroy(&s->filled);
    pthread_cond_destroy(&s->emptied);
    pthread_mutex_destroy(&s->mu);
    free(s);
    a->stream = NULL;
}

void audit_stream_finish(auditor *a)
{
    join(a, false);
}

void audit_stream_stop(auditor *a)
{
    join(a, true);
}
