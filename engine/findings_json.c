/* findings_json.c — findings as JSON Lines (SPEC section 3) and the JSON
 * string escaper the CLI and reports share. Output is built in a buffer and
 * written in large blocks; what is the same on every line of a rule (id,
 * title, citation, profile, rules hash) is escaped once per rule; a second
 * thread writes one block while the next is built, and hands a regular
 * file's pages to the disk as they fill (write-behind). */
#define _GNU_SOURCE /* sync_file_range */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "findings.h"
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
        char esc[8];
        size_t k = 2;
        esc[0] = '\\';
        if (c == '"' || c == '\\')
            esc[1] = (char)c;
        else if (c == '\n')
            esc[1] = 'n';
        else if (c == '\r')
            esc[1] = 'r';
        else if (c == '\t')
            esc[1] = 't';
        else if (c < 0x20 || c == 0x7f) {
            static const char hex[] = "0123456789abcdef";
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            k = 6;
        } else {
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

/* Per rule, the escaped text before the severity and after the evidence. */
typedef struct {
    jbuf text;
    size_t *pre, *post; /* offsets into text: [pre[i], post[i]) and [post[i], pre[i+1]) */
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
    jb_str(b, ra_severity_name(x->severity));
    JB_LIT(b, ",\"scope\":");
    jb_str(b, ra_scope_name(x->scope));
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

#define FLUSH_AT (256 * 1024)

/* ---- writing on a second thread -------------------------------------------------------
 * Lines are built in one buffer while a writer thread hands the previous one to
 * the kernel, so formatting and copying into the page cache overlap. Two
 * buffers in all; they change hands under the mutex. */

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    FILE *out;
    jbuf full;     /* handed to the thread; full.n == 0 when it has none */
    bool quit;     /* no more blocks */
    bool failed;   /* a write failed */
    int error;     /* its errno */
    bool threaded; /* false: the caller writes itself */
    pthread_t tid;
    int fd;           /* fileno(out) */
    bool regular;     /* out is a regular file: written by fd, with write-behind */
    off_t base;       /* fd's offset when writing began */
    uint64_t written; /* bytes written since */
    uint64_t started; /* bytes whose writeback has been started */
} bg_writer;

/* Write-behind. Left alone, the kernel keeps a multi-gigabyte findings file
 * in the page cache as dirty pages until they pass its dirty limit; past it
 * every write is throttled, and the fsync that makes the file durable then
 * waits for gigabytes at once. Instead, the writeback of each window is
 * started as soon as it is written, and the writer then waits for the
 * window before it, so the disk works while lines are built and about two
 * windows are dirty at any time. Written pages are then dropped from the
 * cache: nothing reads them back. */
#define WB_WINDOW ((uint64_t)8 << 20)

static void write_behind(bg_writer *w)
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

/* Writes n bytes; false on an error (errno set). A regular file is written
 * through its descriptor, so that write-behind knows what reached it;
 * anything else (a pipe, a terminal, a memory stream) through stdio. */
static bool put_block(bg_writer *w, const char *p, size_t n)
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

static void *bg_run(void *arg)
{
    bg_writer *w = arg;
    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (!w->full.n && !w->quit)
            pthread_cond_wait(&w->cv, &w->mu);
        if (!w->full.n)
            break;
        jbuf blk = w->full;
        pthread_mutex_unlock(&w->mu);
        bool ok = w->failed || put_block(w, blk.p, blk.n);
        int e = errno;
        pthread_mutex_lock(&w->mu);
        if (!ok && !w->failed) {
            w->failed = true;
            w->error = e;
        }
        w->full.n = 0;
        pthread_cond_broadcast(&w->cv);
    }
    pthread_mutex_unlock(&w->mu);
    return NULL;
}

static void bg_open(bg_writer *w, FILE *out)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    struct stat st;
    w->fd = fileno(out);
    /* The descriptor is written past stdio, so what stdio holds goes first. */
    w->regular = w->fd >= 0 && fstat(w->fd, &st) == 0 && S_ISREG(st.st_mode) && fflush(out) == 0 &&
                 (w->base = lseek(w->fd, 0, SEEK_CUR)) >= 0;
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cv, NULL);
    w->threaded = pthread_create(&w->tid, NULL, bg_run, w) == 0;
}

/* Hands b's bytes over and gives b the other, empty, buffer. */
static bool bg_write(bg_writer *w, jbuf *b)
{
    if (!w->threaded) {
        bool ok = put_block(w, b->p, b->n);
        b->n = 0;
        return ok;
    }
    pthread_mutex_lock(&w->mu);
    while (w->full.n)
        pthread_cond_wait(&w->cv, &w->mu);
    jbuf spare = w->full;
    w->full = *b;
    *b = spare;
    b->n = 0;
    bool ok = !w->failed;
    if (!ok)
        errno = w->error;
    pthread_cond_broadcast(&w->cv);
    pthread_mutex_unlock(&w->mu);
    return ok;
}

/* Waits for the last block and frees the thread's buffer; false if a write
 * failed (errno set). */
static bool bg_close(bg_writer *w)
{
    bool ok = true;
    if (w->threaded) {
        pthread_mutex_lock(&w->mu);
        w->quit = true;
        pthread_cond_broadcast(&w->cv);
        pthread_mutex_unlock(&w->mu);
        pthread_join(w->tid, NULL);
        ok = !w->failed;
        if (!ok)
            errno = w->error;
    }
    jb_free(&w->full);
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->cv);
    return ok;
}

bool ra_findings_write_jsonl(const ra_findings *f, const ra_pack *pack, const ra_submission *sub,
                             FILE *out, ra_progress *progress)
{
    rule_parts rp;
    jbuf b = {0};
    ra_findings_iter *it = NULL;
    bg_writer w;
    bg_open(&w, out);
    bool ok = rule_parts_make(&rp, pack) && jb_reserve(&b, FLUSH_AT + 16384) &&
              (it = ra_findings_iter_new(f)) != NULL;
    if (!ok)
        errno = ENOMEM;
    ra_progress_begin(progress, RA_STAGE_FINDINGS, f->count);
    uint64_t n = 0;
    for (const ra_finding *x; ok && (x = ra_findings_iter_next(it));) {
        if ((++n & 4095) == 0)
            ra_progress_set(progress, n);
        if (x->rule >= pack->nrules)
            continue;
        put_finding(&b, &rp, x, sub);
        if (b.nomem) {
            errno = ENOMEM;
            ok = false;
        } else if (b.n >= FLUSH_AT) {
            ok = bg_write(&w, &b) && jb_reserve(&b, FLUSH_AT + 16384);
        }
    }
    if (it && !ra_findings_iter_free(it))
        ok = false;
    ra_progress_set(progress, n);
    if (ok && b.n)
        ok = bg_write(&w, &b);
    int e = errno;
    if (!bg_close(&w) && ok) {
        ok = false;
        e = errno;
    }
    jb_free(&b);
    rule_parts_free(&rp);
    errno = e;
    return ok && !ferror(out);
}
