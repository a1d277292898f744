/* findings_lines.h — what writes findings as JSON Lines shares: a growing
 * byte buffer with the JSON escapes (jbuf), the line of one finding with
 * the parts every line of a rule repeats escaped once (rule_parts), and the
 * output (sink): a regular file written by its descriptor (direct I/O, or
 * the page cache with write-behind), or a stream. Used by findings_json.c
 * (the lines of a finished store) and findings_early.c (lines written as
 * they are found). Private to the engine.
 *
 * A jbuf owns its memory once it grew (heap); jb_free frees it. rule_parts
 * owns its text; rule_parts_free frees it. A sink owns nothing: the caller
 * keeps the stream open. */
#ifndef RA_FINDINGS_LINES_H
#define RA_FINDINGS_LINES_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#include "findings.h"

/* Bytes being built. p may start as the caller's own array (heap false);
 * it moves to the heap when it grows. nomem: a growth failed, and what did
 * not fit was dropped. aligned: the heap memory starts at a multiple of
 * SINK_ALIGN (set by the owner before the first growth), for put_block. */
typedef struct {
    char *p;
    size_t n, cap;
    bool heap, nomem, aligned;
} jbuf;

bool jb_reserve(jbuf *b, size_t more);

static inline void jb_put(jbuf *b, const char *s, size_t n)
{
    if (b->n + n <= b->cap || jb_reserve(b, n)) {
        memcpy(b->p + b->n, s, n);
        b->n += n;
    }
}

#define JB_LIT(b, lit) jb_put((b), (lit), sizeof(lit) - 1)

void jb_free(jbuf *b);

/* A JSON string literal of the len bytes at s (NULL as null); invalid UTF-8
 * becomes U+FFFD. */
void jb_strn(jbuf *b, const char *s, size_t len);
void jb_str(jbuf *b, const char *s);
void jb_long(jbuf *b, long v);

/* Per rule, the escaped text before the severity and after the evidence;
 * and each severity, and each scope with its key, as JSON. */
typedef struct {
    jbuf text;
    size_t *pre, *post; /* offsets into text: [pre[i], post[i]) and [post[i], pre[i+1]) */
    size_t severity[RA_SEV_CRITICAL + 2]; /* [severity[k], severity[k+1]) */
    size_t scope[RA_SCOPE_COUNT + 1];     /* [scope[k], scope[k+1]) */
} rule_parts;

/* false when out of memory (rule_parts_free is still safe). */
bool rule_parts_make(rule_parts *rp, const ra_pack *pack);
void rule_parts_free(rule_parts *rp);

/* Appends x's line (with its newline). */
void put_finding(jbuf *b, const rule_parts *rp, const ra_finding *x, const ra_submission *sub);

/* How a regular file is written: through the page cache with write-behind,
 * or, once its offset is aligned, with O_DIRECT from an aligned staging
 * buffer (no copy into the page cache, and no page cache to write back). */
typedef enum { SINK_CACHED, SINK_DIRECT_SOON, SINK_DIRECT } sink_mode;

/* What O_DIRECT wants aligned (buffer, length and file offset): the
 * device's logical block; 4096 covers 512-byte and 4K devices. */
#define SINK_ALIGN 4096

typedef struct {
    FILE *out;
    int fd;           /* fileno(out) */
    bool regular;     /* out is a regular file: written by fd */
    off_t base;       /* fd's offset when writing began */
    uint64_t written; /* bytes written since */
    uint64_t started; /* bytes whose writeback has been started */
    sink_mode mode;
    int flags;     /* fd's status flags before O_DIRECT */
    char *stage;   /* SINK_DIRECT: what is not written yet (heap, aligned) */
    size_t staged; /* bytes in stage */
} sink;

/* Sets w up to write to out (what stdio holds of out goes first). */
void sink_open(sink *w, FILE *out);

/* Writes n bytes (a regular file may keep up to a megabyte of them until
 * sink_flush); false on an error (errno set). Bytes at an address aligned
 * to SINK_ALIGN that come when nothing is kept go to the file without a
 * copy, as many whole blocks of them as there are. */
bool put_block(sink *w, const char *p, size_t n);

/* Writes what is kept, gives fd its flags back and frees the staging
 * buffer; every sink that wrote must be flushed, also after an error. Then
 * put_block writes through the page cache. false on an error (errno set). */
bool sink_flush(sink *w);

#endif
