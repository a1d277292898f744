/* findings_lines.c — the parts of writing findings as JSON Lines that the
 * writer of a finished store and the early writer share (findings_lines.h):
 * the buffer and its escapes, a finding's line, and the output: direct I/O
 * to a regular file where the filesystem takes it, else the page cache with
 * write-behind. */
#define _GNU_SOURCE /* sync_file_range */
#include "findings_lines.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "utf8.h"

bool jb_reserve(jbuf *b, size_t more)
{
    if (b->nomem)
        return false;
    if (b->n + more <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + more)
        cap *= 2;
    char *p = NULL;
    if (b->aligned) {
        if (posix_memalign((void **)&p, SINK_ALIGN, cap) != 0)
            p = NULL;
    } else {
        p = b->heap ? realloc(b->p, cap) : malloc(cap);
    }
    if (!p) {
        b->nomem = true;
        return false;
    }
    if ((!b->heap || b->aligned) && b->n)
        memcpy(p, b->p, b->n);
    if (b->heap && b->aligned)
        free(b->p);
    b->p = p;
    b->cap = cap;
    b->heap = true;
    return true;
}

void jb_free(jbuf *b)
{
    if (b->heap)
        free(b->p);
}

/* A JSON string literal of the len bytes at s (NULL as null); invalid UTF-8
 * becomes U+FFFD. */
void jb_strn(jbuf *b, const char *s, size_t len)
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

void jb_str(jbuf *b, const char *s)
{
    jb_strn(b, s, s ? strlen(s) : 0);
}

void jb_long(jbuf *b, long v)
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

bool rule_parts_make(rule_parts *rp, const ra_pack *pack)
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

void rule_parts_free(rule_parts *rp)
{
    jb_free(&rp->text);
    free(rp->pre);
    free(rp->post);
}

void put_finding(jbuf *b, const rule_parts *rp, const ra_finding *x, const ra_submission *sub)
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
void sink_open(sink *w, FILE *out)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    struct stat st;
    w->fd = fileno(out);
    w->regular = w->fd >= 0 && fstat(w->fd, &st) == 0 && S_ISREG(st.st_mode) && fflush(out) == 0 &&
                 (w->base = lseek(w->fd, 0, SEEK_CUR)) >= 0;
    w->mode = w->regular ? SINK_DIRECT_SOON : SINK_CACHED;
}

/* Why direct I/O: the findings of a national submission are gigabytes that
 * nobody reads back before they are made durable. Through the page cache
 * each byte is copied into a page, the pages are written back and then
 * dropped again (2.6 s of system time for the 5.5 GB of the national set,
 * 1.5 s direct); and on the VM of session 22 dd wrote 1.3 GB/s with
 * O_DIRECT against 328 MB/s cached with fdatasync.
 * It wants the buffer, the length and the file offset aligned (SINK_ALIGN).
 * A full stage is written at once: a megabyte a write keeps the disk busy.
 * A caller that builds its bytes in aligned memory, and hands whole blocks
 * of them, is written from its own memory (no copy into the stage). */
#define DIRECT_ALIGN SINK_ALIGN
#define DIRECT_STAGE ((size_t)1 << 20)

/* Writes n bytes at fd's offset, through whatever mode fd is in. */
static bool write_all(sink *w, const char *p, size_t n)
{
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
    return true;
}

/* Back to the page cache: fd gets its flags back, and what is staged is
 * written the cached way. */
static bool go_cached(sink *w)
{
    bool ok = true;
    if (w->mode == SINK_DIRECT)
        ok = fcntl(w->fd, F_SETFL, w->flags) == 0 && write_all(w, w->stage, w->staged);
    free(w->stage);
    w->stage = NULL;
    w->staged = 0;
    w->mode = SINK_CACHED;
    w->started = w->written; /* what went direct has no writeback to start */
    return ok;
}

/* Writes the whole blocks of the n bytes at p (aligned) with O_DIRECT;
 * returns how many bytes went. *refused: the filesystem would not take them
 * (EINVAL: an alignment it does not take, or a short write that leaves the
 * offset unaligned); *failed: another error (errno set). */
static size_t write_direct(sink *w, const char *p, size_t n, bool *refused, bool *failed)
{
    size_t whole = n & ~(size_t)(DIRECT_ALIGN - 1), done = 0;
    *refused = *failed = false;
    while (done < whole && !*failed && !*refused) {
        ssize_t k = write(w->fd, p + done, whole - done);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            *refused = errno == EINVAL;
            *failed = !*refused;
            continue;
        }
        done += (size_t)k;
        w->written += (uint64_t)k;
        *refused = k == 0 || (size_t)k % DIRECT_ALIGN;
    }
    return done;
}

/* Writes the staged whole blocks and keeps the rest; a filesystem that
 * refuses them is written the cached way from then on. */
static bool write_stage(sink *w)
{
    bool refused, failed;
    size_t done = write_direct(w, w->stage, w->staged, &refused, &failed);
    memmove(w->stage, w->stage + done, w->staged - done);
    w->staged -= done;
    if (failed)
        return false;
    return !refused || go_cached(w);
}

/* SINK_DIRECT_SOON: writes the bytes up to the next aligned offset the
 * cached way (*p, *n move past them), then turns O_DIRECT on; where it
 * cannot be, the sink stays cached. */
static bool start_direct(sink *w, const char **p, size_t *n)
{
    uint64_t at = (uint64_t)w->base + w->written;
    size_t head = (size_t)(-at & (DIRECT_ALIGN - 1));
    if (head) {
        size_t k = head < *n ? head : *n;
        if (!write_all(w, *p, k))
            return false;
        *p += k;
        *n -= k;
        if (k < head)
            return true; /* not aligned yet */
    }
    w->mode = SINK_CACHED;
    int flags = fcntl(w->fd, F_GETFL);
    void *stage = NULL;
    if (flags < 0 || posix_memalign(&stage, DIRECT_ALIGN, DIRECT_STAGE) != 0)
        return true;
    if (fcntl(w->fd, F_SETFL, flags | O_DIRECT) != 0) {
        free(stage);
        return true;
    }
    w->flags = flags;
    w->stage = stage;
    w->mode = SINK_DIRECT;
    return true;
}

bool put_block(sink *w, const char *p, size_t n)
{
    if (!w->regular)
        return fwrite(p, 1, n, w->out) == n;
    if (w->mode == SINK_DIRECT_SOON && n && !start_direct(w, &p, &n))
        return false;
    if (w->mode == SINK_DIRECT && !w->staged && (uintptr_t)p % DIRECT_ALIGN == 0) {
        /* whole blocks straight from the caller's memory */
        bool refused, failed;
        size_t done = write_direct(w, p, n, &refused, &failed);
        if (failed || (refused && !go_cached(w)))
            return false;
        p += done;
        n -= done;
    }
    if (w->mode == SINK_DIRECT) {
        while (n && w->mode == SINK_DIRECT) {
            size_t k = DIRECT_STAGE - w->staged < n ? DIRECT_STAGE - w->staged : n;
            memcpy(w->stage + w->staged, p, k);
            w->staged += k;
            p += k;
            n -= k;
            if (w->staged == DIRECT_STAGE && !write_stage(w))
                return false;
        }
        if (!n)
            return true;
    }
    if (!write_all(w, p, n))
        return false;
    write_behind(w);
    return true;
}

bool sink_flush(sink *w)
{
    bool ok = w->mode != SINK_DIRECT || write_stage(w);
    ok = go_cached(w) && ok;
    return ok;
}
