/* findings_json.c — findings as JSON Lines (SPEC section 3) and the JSON
 * string escaper the CLI and reports share. Output is built in a buffer and
 * written in large blocks; what is the same on every line of a rule (id,
 * title, citation, profile, rules hash) is escaped once per rule. Two
 * threads format the lines while the caller's thread merges the findings
 * into order, and a third writes them, handing a regular file's pages to
 * the disk as they fill (write-behind). */
#define _GNU_SOURCE /* sync_file_range */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "findings.h"
#include "findings_internal.h"
#include "utf8.h"

typedef struct {
    char *p;
    size_t n, cap;
    bool heap, nomem;
} jbuf;

static bool jb_reserve(jbuf *b, size_t more)
{
    if (b->nomem)
        return false;
    if (b->n + more <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + more)
        cap *= 2;
    char *p = b->heap ? realloc(b->p, cap) : malloc(cap);
    if (!p) {
        b->nomem = true;
        return false;
    }
    if (!b->heap && b->n)
        memcpy(p, b->p, b->n);
    b->p = p;
    b->cap = cap;
    b->heap = true;
    return true;
}

static inline void jb_put(jbuf *b, const char *s, size_t n)
{
    if (b->n + n <= b->cap || jb_reserve(b, n)) {
        memcpy(b->p + b->n, s, n);
        b->n += n;
    }
}

#define JB_LIT(b, lit) jb_put((b), (lit), sizeof(lit) - 1)

static void jb_free(jbuf *b)
{
    if (b->heap)
        free(b->p);
}

/* A JSON string literal of the len bytes at s (NULL as null); invalid UTF-8
 * becomes U+FFFD. */
static void jb_strn(jbuf *b, const char *s, size_t len)
{
    if (!s) {
        JB_LIT(b, "null");
        return;
    }
    /* Escapes are at most 6 bytes for 1 input byte. */
    if (!jb_reserve(b, 2 + len + 16))
        return;
    b->p[b->n++] = '"';
    size_t run = 0; /* start of the pending run of bytes that need no escape */
    for (size_t i = ra_json_plain_run(s, len); i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            i += ra_json_plain_run(s + i + 1, len - i - 1); /* to the run's last byte */
            continue;
        }
        if (c >= 0x80) {
            size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (len - i >= want && ra_utf8_check((const unsigned char *)s + i, want) == want) {
                i += want - 1;
                continue;
            }
        }
        jb_put(b, s + run, i - run);
        run = i + 1;
        char esc[6];
        size_t k = 2;
        esc[0] = '\\';
        if (c == '\n')
            esc[1] = 'n';
        else if (c == '\r')
            esc[1] = 'r';
        else if (c == '\t')
            esc[1] = 't';
        else if (c < 0x80)
            k = ra_json_escape_byte(c, esc);
        else {
            memcpy(esc, "\\ufffd", 6); /* a byte that is not valid UTF-8 */
            k = 6;
        }
        jb_put(b, esc, k);
    }
    jb_put(b, s + run, len - run);
    jb_put(b, "\"", 1);
}

static void jb_str(jbuf *b, const char *s)
{
    jb_strn(b, s, s ? strlen(s) : 0);
}

static void jb_long(jbuf *b, long v)
{
    char digits[24];
    size_t k = sizeof digits;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        digits[--k] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        digits[--k] = '-';
    jb_put(b, digits + k, sizeof digits - k);
}

void ra_json_string(FILE *out, const char *s)
{
    char stack[512];
    jbuf b = {stack, 0, sizeof stack, false, false};
    jb_str(&b, s);
    if (b.nomem)
        fputs("null", out); /* out of memory: still valid JSON */
    else
        fwrite(b.p, 1, b.n, out);
    jb_free(&b);
}

/* Per rule, the escaped text before the severity and after the evidence;
 * and each severity, and each scope with its key, as JSON. */
typedef struct {
    jbuf text;
    size_t *pre, *post; /* offsets into text: [pre[i], post[i]) and [post[i], pre[i+1]) */
    size_t severity[RA_SEV_CRITICAL + 2]; /* [severity[k], severity[k+1]) */
    size_t scope[RA_SCOPE_COUNT + 1];     /* [scope[k], scope[k+1]) */
} rule_parts;

static bool rule_parts_make(rule_parts *rp, const ra_pack *pack)
{
    memset(rp, 0, sizeof *rp);
    size_t n = pack->nrules;
    rp->pre = malloc((n + 1) * sizeof *rp->pre);
    rp->post = malloc((n + 1) * sizeof *rp->post);
    if (!rp->pre || !rp->post)
        return false;
    for (size_t i = 0; i < n; i++) {
        const ra_rule *r = &pack->rules[i];
        rp->pre[i] = rp->text.n;
        JB_LIT(&rp->text, "{\"rule\":");
        jb_str(&rp->text, r->id);
        JB_LIT(&rp->text, ",\"title\":");
        jb_str(&rp->text, r->title);
        JB_LIT(&rp->text, ",\"severity\":");
        rp->post[i] = rp->text.n;
        JB_LIT(&rp->text, ",\"citation\":");
        jb_str(&rp->text, r->citation);
        JB_LIT(&rp->text, ",\"profile\":");
        jb_str(&rp->text, pack->profile);
        JB_LIT(&rp->text, ",\"rules_sha256\":");
        jb_str(&rp->text, pack->sha256);
        JB_LIT(&rp->text, "}\n");
    }
    rp->pre[n] = rp->text.n;
    for (int k = 0; k <= RA_SEV_CRITICAL; k++) {
        rp->severity[k] = rp->text.n;
        jb_str(&rp->text, ra_severity_name((ra_severity)k));
    }
    rp->severity[RA_SEV_CRITICAL + 1] = rp->text.n;
    for (int k = 0; k < RA_SCOPE_COUNT; k++) {
        rp->scope[k] = rp->text.n;
        JB_LIT(&rp->text, ",\"scope\":");
        jb_str(&rp->text, ra_scope_name((ra_scope)k));
    }
    rp->scope[RA_SCOPE_COUNT] = rp->text.n;
    return !rp->text.nomem;
}

static void rule_parts_free(rule_parts *rp)
{
    jb_free(&rp->text);
    free(rp->pre);
    free(rp->post);
}

static void put_finding(jbuf *b, const rule_parts *rp, const ra_finding *x,
                        const ra_submission *sub)
{
    jb_put(b, rp->text.p + rp->pre[x->rule], rp->post[x->rule] - rp->pre[x->rule]);
    unsigned sev = x->severity, scope = x->scope;
    if (sev <= RA_SEV_CRITICAL) {
        jb_put(b, rp->text.p + rp->severity[sev], rp->severity[sev + 1] - rp->severity[sev]);
    } else {
        jb_str(b, ra_severity_name(x->severity));
    }
    if (scope < RA_SCOPE_COUNT) {
        jb_put(b, rp->text.p + rp->scope[scope], rp->scope[scope + 1] - rp->scope[scope]);
    } else {
        JB_LIT(b, ",\"scope\":");
        jb_str(b, ra_scope_name(x->scope));
    }
    JB_LIT(b, ",\"agency_id\":");
    jb_str(b, x->agency != RA_NONE ? sub->agencies[x->agency].id : NULL);
    JB_LIT(b, ",\"worker_id\":");
    jb_str(b, x->worker != RA_NONE ? sub->workers[x->worker].id : NULL);
    JB_LIT(b, ",\"contract_id\":");
    jb_strn(b, x->contract_id, x->len[RA_FS_CONTRACT]);
    JB_LIT(b, ",\"fee_id\":");
    jb_strn(b, x->fee_id, x->len[RA_FS_FEE]);
    JB_LIT(b, ",\"file\":");
    jb_strn(b, x->file, x->len[RA_FS_FILE]);
    JB_LIT(b, ",\"line\":");
    if (x->line)
        jb_long(b, x->line);
    else
        JB_LIT(b, "null");
    JB_LIT(b, ",\"message\":");
    jb_strn(b, x->message, x->len[RA_FS_MESSAGE]);
    JB_LIT(b, ",\"evidence\":");
    if (x->evidence)
        jb_put(b, x->evidence, x->len[RA_FS_EVIDENCE]);
    else
        JB_LIT(b, "{}");
    jb_put(b, rp->text.p + rp->post[x->rule], rp->pre[x->rule + 1] - rp->post[x->rule]);
}

/* ---- the output: a regular file with write-behind, or a stream ------------------------- */

typedef struct {
    FILE *out;
    int fd;           /* fileno(out) */
    bool regular;     /* out is a regular file: written by fd, with write-behind */
    off_t base;       /* fd's offset when writing began */
    uint64_t written; /* bytes written since */
    uint64_t started; /* bytes whose writeback has been started */
} sink;

/* Write-behind. Left alone, the kernel keeps a multi-gigabyte findings file
 * in the page cache as dirty pages until they pass its dirty limit; past it
 * every write is throttled, and the fsync that makes the file durable then
 * waits for gigabytes at once. Instead, the writeback of each window is
 * started as soon as it is written, and the writer then waits for the
 * window before it, so the disk works while lines are built and about two
 * windows are dirty at any time. Written pages are then dropped from the
 * cache: nothing reads them back. */
#define WB_WINDOW ((uint64_t)8 << 20)

static void write_behind(sink *w)
{
    while (w->written - w->started >= WB_WINDOW) {
        off_t at = w->base + (off_t)w->started;
        sync_file_range(w->fd, at, WB_WINDOW, SYNC_FILE_RANGE_WRITE);
        w->started += WB_WINDOW;
        if (w->started >= 2 * WB_WINDOW) {
            off_t old = at - (off_t)WB_WINDOW;
            sync_file_range(w->fd, old, WB_WINDOW,
                            SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                                SYNC_FILE_RANGE_WAIT_AFTER);
            posix_fadvise(w->fd, old, WB_WINDOW, POSIX_FADV_DONTNEED);
        }
    }
}

/* The descriptor is written past stdio, so what stdio holds goes first. */
static void sink_open(sink *w, FILE *out)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    struct stat st;
    w->fd = fileno(out);
    w->regular = w->fd >= 0 && fstat(w->fd, &st) == 0 && S_ISREG(st.st_mode) && fflush(out) == 0 &&
                 (w->base = lseek(w->fd, 0, SEEK_CUR)) >= 0;
}

/* Writes n bytes; false on an error (errno set). A regular file is written
 * through its descriptor, so that write-behind knows what reached it;
 * anything else (a pipe, a terminal, a memory stream) through stdio. */
static bool put_block(sink *w, const char *p, size_t n)
{
    if (!w->regular)
        return fwrite(p, 1, n, w->out) == n;
    while (n) {
        ssize_t k = write(w->fd, p, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += k;
        n -= (size_t)k;
        w->written += (uint64_t)k;
    }
    write_behind(w);
    return true;
}

/* ---- early lines (findings.h, ra_findings_early) -------------------------------------- */

#define EARLY_BLOCK ((size_t)1 << 20) /* lines gathered before each write */
#define EARLY_BLOCKS 4                /* blocks on their way to the writer thread */

/* A line of the row being found, in that row's buffer. */
typedef struct {
    uint32_t rule_rank;
    uint64_t seq;
    size_t off, len;
} held_line;

struct ra_findings_early {
    rule_parts rp;
    sink w;
    const ra_submission *sub;
    /* the row being found: its key and its lines */
    bool in_row;
    ra_scope scope;
    uint32_t agency, worker;
    jbuf file; /* a copy of the row's file name (NUL-terminated), when it has one */
    bool has_file;
    long line;
    jbuf row;
    held_line *held;
    size_t nheld, cap_held;
    jbuf out; /* lines of finished rows, not yet handed on */
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
};

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
        bool ok = failed || put_block(&e->w, b->p, b->n);
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
    for (size_t i = 0; i < EARLY_BLOCKS; i++)
        jb_free(&e->ring[i]);
    rule_parts_free(&e->rp);
    jb_free(&e->file);
    jb_free(&e->row);
    jb_free(&e->out);
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

/* x's row against the row being found, in the order of SPEC section 3. */
static int cmp_row(const ra_findings_early *e, const ra_finding *x)
{
    if (x->scope != e->scope)
        return x->scope < e->scope ? -1 : 1;
    if (x->agency != e->agency)
        return x->agency < e->agency ? -1 : 1;
    if (x->worker != e->worker)
        return x->worker < e->worker ? -1 : 1;
    int c = strcmp(x->file ? x->file : "", e->has_file ? e->file.p : "");
    if (c)
        return c;
    return x->line < e->line ? -1 : x->line > e->line;
}

static bool held_less(const held_line *a, const held_line *b)
{
    return a->rule_rank != b->rule_rank ? a->rule_rank < b->rule_rank : a->seq < b->seq;
}

/* Hands the lines gathered to the writer thread (waiting for room in the
 * ring), or writes them. */
static bool write_out(ra_findings_early *e)
{
    if (e->error || !e->out.n) {
        e->out.n = 0;
        return !e->error;
    }
    if (!e->threaded) {
        if (!put_block(&e->w, e->out.p, e->out.n))
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

/* Waits until the writer has written every block handed to it. */
static bool drain(ra_findings_early *e)
{
    if (!write_out(e) || !e->threaded)
        return !e->error;
    pthread_mutex_lock(&e->mu);
    while (e->wrote != e->handed)
        pthread_cond_wait(&e->cv, &e->mu);
    e->error = e->write_error;
    pthread_mutex_unlock(&e->mu);
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
    if (!moved)
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
    return e->out.n < EARLY_BLOCK || write_out(e);
}

bool ra_findings_early_put(ra_findings_early *e, const ra_finding *x)
{
    if (e->unordered || e->error)
        return false;
    int c = e->in_row ? cmp_row(e, x) : 1;
    if (c < 0) {
        e->unordered = true;
        return false;
    }
    if (c > 0) {
        if (e->in_row && !end_row(e))
            return false;
        e->in_row = true;
        e->scope = x->scope;
        e->agency = x->agency;
        e->worker = x->worker;
        e->line = x->line;
        e->has_file = x->file != NULL;
        e->file.n = 0;
        if (x->file)
            jb_put(&e->file, x->file, x->len[RA_FS_FILE] + 1);
    }
    if (!ra_grow((void **)&e->held, &e->cap_held, e->nheld + 1, sizeof *e->held)) {
        e->error = ENOMEM;
        return false;
    }
    held_line *h = &e->held[e->nheld++];
    h->rule_rank = x->rule_rank;
    h->seq = x->seq;
    h->off = e->row.n;
    put_finding(&e->row, &e->rp, x, e->sub);
    h->len = e->row.n - h->off;
    if (e->row.nomem || e->file.nomem) {
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
    return true;
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
