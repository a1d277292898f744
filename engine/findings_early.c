/* findings_early.c — findings written as they are found (findings.h,
 * ra_findings_early): the findings of one row are held until the next row
 * comes and put in rule-id order; full blocks of them go to a writer
 * thread, which makes their JSON lines and writes them. A detached writer
 * holds the findings of a chunk of rows on another thread and hands them
 * to the one with the file when their turn comes. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "findings.h"
#include "findings_internal.h"
#include "findings_lines.h"

#define EARLY_BLOCK ((size_t)1 << 20) /* lines gathered before each write */
#define EARLY_BLOCKS 4                /* blocks on their way to the writer thread */

/* The finder hands findings on as records (findings_internal.h): it only
 * copies; the writer makes the lines (escaping, ids, rule parts), off the
 * finder's thread. */

/* A finding of the row being found, in that row's buffer. */
typedef struct {
    uint32_t rule_rank;
    uint64_t seq;
    size_t off, len;
} held_line;

/* Where a row is in the order of SPEC section 3. */
typedef struct {
    ra_scope scope;
    uint32_t agency, worker;
    jbuf file; /* a copy of the row's file name (NUL-terminated), when it has one */
    bool has_file;
    long line;
} row_key;

struct ra_findings_early {
    rule_parts rp;
    bool detached; /* no file: the findings wait for ra_findings_early_take */
    sink w;
    const ra_submission *sub;
    /* the row being found: its key and its lines */
    bool in_row;
    row_key cur;
    row_key first; /* detached: the first row since the last take */
    jbuf row;
    held_line *held;
    size_t nheld, cap_held;
    jbuf out; /* findings of finished rows, not yet handed on */
    bool unordered;
    int error;
    /* The writer thread: the finder hands full blocks round the ring and
     * goes on finding while the thread writes them (the kernel's copy and
     * the waits of write-behind). Without it the finder writes. */
    bool threaded;
    pthread_t writer;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    jbuf ring[EARLY_BLOCKS];
    size_t handed, wrote; /* blocks handed to the writer, and written by it */
    bool closing;         /* no more blocks will come */
    int write_error;      /* errno of the writer's first failed write */
    /* The lines being written (aligned memory; whole SINK_ALIGN blocks are
     * written as they fill, and the rest at the end): the writer thread's,
     * or the finder's without it, or once drained. */
    jbuf lines;
    bool whole_blocks; /* the file's offset was aligned when writing began */
};

/* Appends x's record to b. */
static void put_rec(jbuf *b, const ra_finding *x)
{
    ra_rec_head h;
    const char *s[RA_FS_COUNT];
    ra_rec_head_of(x, &h, s);
    if (!jb_reserve(b, h.size))
        return;
    jb_put(b, (const char *)&h, sizeof h);
    for (int i = 0; i < RA_FS_COUNT; i++)
        if (s[i]) {
            jb_put(b, s[i], h.len[i]);
            jb_put(b, "", 1);
        }
}

/* Writes the lines made: whole blocks, or all of them when last. false on
 * an error (errno set). */
static bool write_lines(ra_findings_early *e, bool last)
{
    size_t n = e->lines.n;
    if (e->whole_blocks && !last)
        n &= ~(size_t)(SINK_ALIGN - 1);
    if (!n)
        return true;
    bool ok = put_block(&e->w, e->lines.p, n);
    memmove(e->lines.p, e->lines.p + n, e->lines.n - n);
    e->lines.n -= n;
    return ok;
}

/* Makes the lines of the n bytes of records at p and writes them as they
 * fill blocks. false on an error (errno set). */
static bool write_records(ra_findings_early *e, const char *p, size_t n)
{
    for (size_t at = 0; at < n;) {
        uint32_t size = 0;
        ra_finding x;
        if (n - at >= sizeof size)
            memcpy(&size, p + at, sizeof size);
        if (size > n - at) {
            errno = EIO;
            return false;
        }
        if (!ra_rec_decode(p + at, size, &x))
            return false;
        put_finding(&e->lines, &e->rp, &x, e->sub);
        at += size;
        if (e->lines.n >= EARLY_BLOCK && !write_lines(e, false))
            return false;
    }
    if (e->lines.nomem) {
        errno = ENOMEM;
        return false;
    }
    return true;
}

static void *early_write_run(void *arg)
{
    ra_findings_early *e = arg;
    pthread_mutex_lock(&e->mu);
    for (;;) {
        while (e->wrote == e->handed && !e->closing)
            pthread_cond_wait(&e->cv, &e->mu);
        if (e->wrote == e->handed)
            break;
        jbuf *b = &e->ring[e->wrote % EARLY_BLOCKS];
        bool failed = e->write_error != 0; /* the blocks after a failure are dropped */
        pthread_mutex_unlock(&e->mu);
        bool ok = failed || write_records(e, b->p, b->n);
        int err = errno;
        pthread_mutex_lock(&e->mu);
        if (!ok && !e->write_error)
            e->write_error = err ? err : EIO;
        b->n = 0;
        e->wrote++;
        pthread_cond_broadcast(&e->cv);
    }
    pthread_mutex_unlock(&e->mu);
    return NULL;
}

ra_findings_early *ra_findings_early_new(const ra_pack *pack, FILE *out)
{
    ra_findings_early *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    sink_open(&e->w, out);
    if (!e->w.regular) {
        free(e);
        errno = ESPIPE;
        return NULL;
    }
    /* Lines made in aligned memory and written in whole blocks from an
     * aligned offset go to the file without a copy (put_block). */
    e->whole_blocks = e->w.base % SINK_ALIGN == 0;
    e->lines.aligned = true;
    if (!rule_parts_make(&e->rp, pack)) {
        rule_parts_free(&e->rp);
        free(e);
        errno = ENOMEM;
        return NULL;
    }
    if (pthread_mutex_init(&e->mu, NULL) == 0) {
        if (pthread_cond_init(&e->cv, NULL) == 0) {
            e->threaded = pthread_create(&e->writer, NULL, early_write_run, e) == 0;
            if (!e->threaded)
                pthread_cond_destroy(&e->cv);
        }
        if (!e->threaded)
            pthread_mutex_destroy(&e->mu);
    }
    return e;
}

ra_findings_early *ra_findings_early_detached(void)
{
    ra_findings_early *e = calloc(1, sizeof *e);
    if (e)
        e->detached = true; /* it holds findings; the writer with the file makes the lines */
    return e;
}

void ra_findings_early_bind(ra_findings_early *e, const ra_submission *sub)
{
    e->sub = sub;
}

void ra_findings_early_free(ra_findings_early *e)
{
    if (!e)
        return;
    if (e->threaded) {
        pthread_mutex_lock(&e->mu);
        e->closing = true;
        pthread_cond_broadcast(&e->cv);
        pthread_mutex_unlock(&e->mu);
        pthread_join(e->writer, NULL);
        pthread_cond_destroy(&e->cv);
        pthread_mutex_destroy(&e->mu);
    }
    if (!e->detached)
        sink_flush(&e->w); /* after a failure: fd's flags back, the staging freed */
    for (size_t i = 0; i < EARLY_BLOCKS; i++)
        jb_free(&e->ring[i]);
    rule_parts_free(&e->rp);
    jb_free(&e->cur.file);
    jb_free(&e->first.file);
    jb_free(&e->row);
    jb_free(&e->out);
    jb_free(&e->lines);
    free(e->held);
    free(e);
}

bool ra_findings_early_unordered(const ra_findings_early *e)
{
    return e->unordered;
}

int ra_findings_early_error(const ra_findings_early *e)
{
    return e->error;
}

/* Row (scope, agency, worker, file, line) against k, in the order of SPEC
 * section 3. */
static int cmp_key(const row_key *k, ra_scope scope, uint32_t agency, uint32_t worker,
                   const char *file, long line)
{
    if (scope != k->scope)
        return scope < k->scope ? -1 : 1;
    if (agency != k->agency)
        return agency < k->agency ? -1 : 1;
    if (worker != k->worker)
        return worker < k->worker ? -1 : 1;
    int c = strcmp(file ? file : "", k->has_file ? k->file.p : "");
    if (c)
        return c;
    return line < k->line ? -1 : line > k->line;
}

/* k = the row of x, or of src; false when out of memory. */
static bool key_set(row_key *k, ra_scope scope, uint32_t agency, uint32_t worker, const char *file,
                    size_t file_len, long line)
{
    k->scope = scope;
    k->agency = agency;
    k->worker = worker;
    k->line = line;
    k->has_file = file != NULL;
    k->file.n = 0;
    if (file)
        jb_put(&k->file, file, file_len + 1);
    return !k->file.nomem;
}

static bool key_copy(row_key *k, const row_key *src)
{
    return key_set(k, src->scope, src->agency, src->worker, src->has_file ? src->file.p : NULL,
                   src->has_file ? src->file.n - 1 : 0, src->line);
}

static bool held_less(const held_line *a, const held_line *b)
{
    return a->rule_rank != b->rule_rank ? a->rule_rank < b->rule_rank : a->seq < b->seq;
}

/* Hands the findings gathered to the writer thread (waiting for room in
 * the ring), or writes them. */
static bool write_out(ra_findings_early *e)
{
    if (e->error || !e->out.n) {
        e->out.n = 0;
        return !e->error;
    }
    if (!e->threaded) {
        if (!write_records(e, e->out.p, e->out.n))
            e->error = errno ? errno : EIO;
        e->out.n = 0;
        return !e->error;
    }
    pthread_mutex_lock(&e->mu);
    while (e->handed - e->wrote == EARLY_BLOCKS)
        pthread_cond_wait(&e->cv, &e->mu);
    jbuf *slot = &e->ring[e->handed % EARLY_BLOCKS];
    jbuf spare = *slot; /* written: its memory is reused */
    *slot = e->out;
    e->out = spare;
    e->out.n = 0;
    e->handed++;
    e->error = e->write_error;
    pthread_cond_broadcast(&e->cv);
    pthread_mutex_unlock(&e->mu);
    return !e->error;
}

/* Waits until the writer has written every block handed to it, then
 * writes the rest of the lines (the writer thread waits for blocks). */
static bool drain(ra_findings_early *e)
{
    if (!write_out(e))
        return false;
    if (e->threaded) {
        pthread_mutex_lock(&e->mu);
        while (e->wrote != e->handed)
            pthread_cond_wait(&e->cv, &e->mu);
        e->error = e->write_error;
        pthread_mutex_unlock(&e->mu);
    }
    if (!e->error && !write_lines(e, true))
        e->error = errno ? errno : EIO;
    return !e->error;
}

/* Moves the row's lines, in rule-id order, to the lines to write. Rules run
 * in the pack's order, which is usually that of their ids: then the row's
 * lines go as they are. */
static bool end_row(ra_findings_early *e)
{
    for (size_t i = 1; i < e->nheld; i++) { /* insertion sort: a row has a few lines */
        held_line h = e->held[i];
        size_t j = i;
        for (; j > 0 && held_less(&h, &e->held[j - 1]); j--)
            e->held[j] = e->held[j - 1];
        e->held[j] = h;
    }
    bool moved = false;
    for (size_t i = 0; i < e->nheld; i++)
        moved = moved || e->held[i].off != (i ? e->held[i - 1].off + e->held[i - 1].len : 0);
    if (!moved && e->row.n) /* (a row with nothing held: a take after a take) */
        jb_put(&e->out, e->row.p, e->row.n);
    else
        for (size_t i = 0; i < e->nheld; i++)
            jb_put(&e->out, e->row.p + e->held[i].off, e->held[i].len);
    e->nheld = 0;
    e->row.n = 0;
    if (e->out.nomem) {
        e->error = ENOMEM;
        return false;
    }
    return e->detached || e->out.n < EARLY_BLOCK || write_out(e);
}

bool ra_findings_early_put(ra_findings_early *e, const ra_finding *x)
{
    if (e->unordered || e->error)
        return false;
    const char *file = x->file;
    int c = e->in_row ? cmp_key(&e->cur, x->scope, x->agency, x->worker, file, x->line) : 1;
    if (c < 0) {
        e->unordered = true;
        return false;
    }
    if (c > 0) {
        if (e->in_row && !end_row(e))
            return false;
        size_t flen = x->len[RA_FS_FILE];
        bool fresh = e->detached && !e->in_row;
        e->in_row = true;
        if (!key_set(&e->cur, x->scope, x->agency, x->worker, file, flen, x->line) ||
            (fresh && !key_set(&e->first, x->scope, x->agency, x->worker, file, flen, x->line))) {
            e->error = ENOMEM;
            return false;
        }
    }
    if (!ra_grow((void **)&e->held, &e->cap_held, e->nheld + 1, sizeof *e->held)) {
        e->error = ENOMEM;
        return false;
    }
    held_line *h = &e->held[e->nheld++];
    h->rule_rank = x->rule_rank;
    h->seq = x->seq;
    h->off = e->row.n;
    put_rec(&e->row, x);
    h->len = e->row.n - h->off;
    if (e->row.nomem) {
        e->error = ENOMEM;
        return false;
    }
    return true;
}

bool ra_findings_early_flush(ra_findings_early *e)
{
    if (!e->error && e->in_row && e->nheld && !end_row(e))
        return false;
    if (!drain(e)) {
        errno = e->error;
        return false;
    }
    if (!sink_flush(&e->w)) {
        e->error = errno ? errno : EIO;
        return false;
    }
    return true;
}

bool ra_findings_early_take(ra_findings_early *e, ra_findings_early *from)
{
    if (from->in_row && from->nheld && !from->error)
        end_row(from);
    if (from->error || from->unordered) {
        e->error = e->error ? e->error : from->error;
        e->unordered = e->unordered || from->unordered;
        return false;
    }
    if (e->error || e->unordered)
        return false;
    if (!from->in_row)
        return true; /* nothing found since the last take */
    const row_key *f = &from->first;
    if (e->in_row) {
        if (cmp_key(&e->cur, f->scope, f->agency, f->worker, f->has_file ? f->file.p : NULL,
                    f->line) <= 0) {
            e->unordered = true;
            return false;
        }
        if (!end_row(e))
            return false;
    }
    e->in_row = true;
    if (!key_copy(&e->cur, &from->cur)) {
        e->error = ENOMEM;
        return false;
    }
    from->in_row = false;
    if (e->out.n && e->out.n + from->out.n > EARLY_BLOCK && !write_out(e))
        return false;
    if (from->out.n)
        jb_put(&e->out, from->out.p, from->out.n);
    from->out.n = 0;
    if (e->out.nomem) {
        e->error = ENOMEM;
        return false;
    }
    return e->out.n < EARLY_BLOCK || write_out(e);
}
