/* csvread.c — feeds libcsv one physical line at a time (in pieces of at most
 * RA_CSV_PIECE bytes) so that every record gets its first line and byte
 * offset, field growth is bounded, and a malformed record costs one row.
 *
 * A line that starts a record and holds no quote is split at its commas
 * without libcsv (feed_plain_line): most rows of a national submission are
 * such lines. test_csv_plain.c proves both ways give the same.
 *
 * libcsv 3.0.3 quirks handled here: it strips spaces and tabs unless given a
 * space function (ours says nothing is space: data is kept exactly); it
 * treats a lone CR as a record end (ours ends records only at LF, and drops
 * the CR of a CRLF unless it is inside a quoted field); it skips blank lines silently (we count
 * them); it does not skip a BOM; it stops at the first strict-mode error (we reset it and resume at
 * the next line); its field buffer is bounded only through its realloc hook, which has no context
 * (we check entry_pos after each piece).
 *
 * A big file is read by a producer thread that runs this reader and hands the
 * records over in bounded batches (see "tokenising on a second thread"); the
 * records and stats are the same either way. */
#include "csvread.h"

#include "arena.h"
#include "utf8.h"

#include <csv.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define RA_CSV_PIECE (64 * 1024)
#define RA_CSV_READ_CHUNK (1024 * 1024)
#define LIBCSV_ROW_NOT_BEGUN 0 /* libcsv's pstate values (private to libcsv.c) */
#define LIBCSV_FIELD_BEGUN 2
#define LIBCSV_FIELD_MIGHT_HAVE_ENDED 3

typedef struct {
    struct csv_parser p;
    const ra_csv_limits *lim;
    ra_csv_record_fn fn;
    void *ctx;
    ra_csv_stats *st;

    /* The record being built: fields NUL-terminated back to back in buf. */
    char *buf;
    size_t buf_len, buf_cap;
    size_t *field_off, *field_len;
    ra_strv *views;
    size_t nfields, nstored;
    ra_csv_defect defect;
    long defect_col;
    long rec_line;
    uint64_t rec_offset;

    /* Position of the bytes being fed. */
    long cur_line;
    uint64_t line_offset; /* file offset of the current line's first byte */
    bool at_line_start;
    bool line_blank_candidate;
    long records_at_line_start;
    bool skip_to_eol; /* resynchronising after a defect */
    bool pending_cr;  /* a block ended with CR: data, or half of a CRLF */
    size_t rec_bytes; /* data bytes of the record so far */
    bool nomem;
    bool libcsv_only; /* no plain-line shortcut (tests compare the two) */
    bool rec_ascii;   /* the record is a plain line of ASCII without NUL */
} reader;

void ra_csv_limits_default(ra_csv_limits *limits)
{
    limits->max_field_bytes = 1024 * 1024;
    limits->max_record_bytes = 8 * 1024 * 1024;
    limits->max_columns = 1024;
}

static int nothing_is_space(unsigned char c)
{
    (void)c;
    return 0;
}

static int only_lf_ends_record(unsigned char c)
{
    return c == '\n';
}

static bool parser_init(reader *r)
{
    if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return false;
    csv_set_space_func(&r->p, nothing_is_space);
    csv_set_term_func(&r->p, only_lf_ends_record);
    /* libcsv grows its field buffer by blk_size at a time (128 bytes by
     * default): a field near the limit took thousands of reallocs, each
     * copying the whole field under a moving allocator (19 s for 1 MiB
     * under ASan). A piece at a time, it takes at most 16. */
    csv_set_blk_size(&r->p, RA_CSV_PIECE);
    return true;
}

/* Drops whatever libcsv holds, ready for a record at the next line. Not
 * csv_fini: with CSV_STRICT_FINI it refuses to reset inside an open quoted
 * field, and the rest of the file would be read as that field. */
static bool parser_reset(reader *r)
{
    csv_free(&r->p);
    if (!parser_init(r)) {
        r->nomem = true;
        return false;
    }
    return true;
}

static void record_reset(reader *r)
{
    r->buf_len = 0;
    r->rec_bytes = 0;
    r->nfields = 0;
    r->nstored = 0;
    r->defect = RA_CSV_REC_OK;
    r->defect_col = 0;
    r->rec_ascii = false;
}

static void mark_defect(reader *r, ra_csv_defect d, long col)
{
    if (r->defect == RA_CSV_REC_OK) {
        r->defect = d;
        r->defect_col = col;
    }
}

static void on_field(void *s, size_t len, void *data)
{
    reader *r = data;
    r->nfields++;
    if (r->nfields > r->lim->max_columns) {
        mark_defect(r, RA_CSV_REC_TOO_MANY_COLUMNS, 0);
        return;
    }
    if (len > r->lim->max_field_bytes) {
        mark_defect(r, RA_CSV_REC_FIELD_TOO_BIG, 0);
        return;
    }
    if (r->rec_bytes + len > r->lim->max_record_bytes) {
        mark_defect(r, RA_CSV_REC_RECORD_TOO_BIG, 0);
        return;
    }
    if (r->buf_len + len + 1 > r->buf_cap) {
        size_t cap = r->buf_cap ? r->buf_cap : 4096;
        while (cap < r->buf_len + len + 1)
            cap *= 2;
        char *nb = realloc(r->buf, cap);
        if (!nb) {
            r->nomem = true;
            return;
        }
        r->buf = nb;
        r->buf_cap = cap;
    }
    if (len)
        memcpy(r->buf + r->buf_len, s, len);
    r->buf[r->buf_len + len] = '\0';
    r->field_off[r->nstored] = r->buf_len;
    r->field_len[r->nstored] = len;
    r->nstored++;
    r->buf_len += len + 1;
    r->rec_bytes += len;
}

static void emit(reader *r)
{
    for (size_t k = 0; k < r->nstored; k++) {
        r->views[k].ptr = r->buf + r->field_off[k];
        r->views[k].len = r->field_len[k];
    }
    ra_csv_record rec = {
        .line = r->rec_line,
        .end_line = r->cur_line,
        .offset = r->rec_offset,
        .nfields = r->nfields,
        .nstored = r->nstored,
        .fields = r->views,
        .defect = r->defect,
        .defect_col = r->defect_col,
        .ascii = r->rec_ascii,
    };
    r->st->records++;
    if (!r->st->stopped)
        r->st->stopped = r->fn(r->ctx, &rec);
    record_reset(r);
}

static void on_record(int c, void *data)
{
    (void)c;
    emit(data);
}

/* A defect that libcsv cannot continue from: hand over what was read, reset,
 * and skip to the next line. */
static void abandon_record(reader *r, ra_csv_defect d, long col)
{
    mark_defect(r, d, col);
    emit(r);
    parser_reset(r);
    r->skip_to_eol = true;
}

static bool feed_piece(reader *r, const char *s, size_t n, uint64_t file_off)
{
    size_t done = csv_parse(&r->p, s, n, on_field, on_record, r);
    if (r->nomem || csv_error(&r->p) == CSV_ENOMEM || csv_error(&r->p) == CSV_ETOOBIG)
        return false;
    if (done < n) {
        long col = (long)(file_off + done - r->line_offset) + 1;
        abandon_record(r, RA_CSV_REC_BAD_QUOTE, col);
        return true;
    }
    if (r->p.pstate != LIBCSV_ROW_NOT_BEGUN) {
        /* After a quote inside a quoted field, libcsv holds that quote
         * provisionally: it is not data unless another quote follows. */
        size_t field = r->p.entry_pos - (r->p.pstate == LIBCSV_FIELD_MIGHT_HAVE_ENDED);
        if (field > r->lim->max_field_bytes)
            abandon_record(r, RA_CSV_REC_FIELD_TOO_BIG, 0);
        else if (r->rec_bytes + field > r->lim->max_record_bytes)
            abandon_record(r, RA_CSV_REC_RECORD_TOO_BIG, 0);
    }
    return true;
}

/* Feeds bytes that hold no LF, or one LF at the very end, in pieces. */
static bool feed_bytes(reader *r, const char *s, size_t n, uint64_t off)
{
    size_t i = 0;
    while (i < n && !r->skip_to_eol && !r->st->stopped) {
        size_t piece = n - i < RA_CSV_PIECE ? n - i : RA_CSV_PIECE;
        if (!feed_piece(r, s + i, piece, off + i))
            return false;
        i += piece;
    }
    return true;
}

/* CR LF ends a line like LF, except inside a quoted field, where it is data. */
static bool feed_crlf(reader *r, uint64_t cr_off)
{
    bool in_quotes = r->p.pstate == LIBCSV_FIELD_BEGUN && r->p.quoted;
    if (in_quotes)
        return feed_bytes(r, "\r\n", 2, cr_off);
    return feed_bytes(r, "\n", 1, cr_off + 1);
}

static void end_line(reader *r)
{
    if (r->line_blank_candidate && r->p.pstate == LIBCSV_ROW_NOT_BEGUN &&
        r->st->records == r->records_at_line_start && !r->skip_to_eol)
        r->st->blank_lines++;
    r->skip_to_eol = false;
    r->st->lines++;
    r->cur_line++;
    r->at_line_start = true;
}

/* A line [s, s + n) (without its LF or CR LF) that starts a record and
 * holds no quote is split at its commas here instead of by libcsv, which
 * calls the terminator function on every byte: the same fields reach
 * on_field and the record ends the same way (a CR inside is data to both).
 * Only a line too short to reach a field or record limit qualifies (libcsv
 * abandons a record inside the field that reaches one). False when the
 * line is not plain: libcsv reads it. */
static bool feed_plain_line(reader *r, const char *s, size_t n)
{
    if (n == 0 || n > r->lim->max_field_bytes || n > r->lim->max_record_bytes || memchr(s, '"', n))
        return false;
    /* One pass over the line here spares the loader a check of every cell
     * (ra_csv_record.ascii): most submissions are ASCII. */
    r->rec_ascii = ra_ascii_no_nul(s, n);
    const char *end = s + n;
    for (;;) {
        const char *comma = memchr(s, ',', (size_t)(end - s));
        const char *stop = comma ? comma : end;
        on_field((void *)s, (size_t)(stop - s), r);
        if (!comma)
            break;
        s = comma + 1;
    }
    if (!r->nomem)
        emit(r);
    return true;
}

/* Feeds a block of bytes at file offset base; lines, and a CR that ends one
 * block before the LF that starts the next, are tracked across calls. */
static bool feed(reader *r, const char *data, size_t n, uint64_t base)
{
    size_t i = 0;
    if (r->pending_cr && n > 0) {
        r->pending_cr = false;
        if (data[0] == '\n') {
            if (!feed_crlf(r, base - 1))
                return false;
            end_line(r);
            i = 1;
        } else if (!feed_bytes(r, "\r", 1, base - 1)) {
            return false;
        }
    }
    while (i < n && !r->st->stopped) {
        bool record_starts = false; /* the whole line is here, and a record starts with it */
        if (r->at_line_start) {
            r->at_line_start = false;
            r->line_offset = base + i;
            r->records_at_line_start = r->st->records;
            r->line_blank_candidate = r->p.pstate == LIBCSV_ROW_NOT_BEGUN && !r->skip_to_eol;
            if (r->line_blank_candidate) {
                r->rec_line = r->cur_line;
                r->rec_offset = base + i;
                record_starts = true;
            }
        }
        const char *lf = memchr(data + i, '\n', n - i);
        size_t end = lf ? (size_t)(lf - data) + 1 : n;
        bool crlf = lf && end - i >= 2 && data[end - 2] == '\r';
        size_t body = lf ? end - 1 - crlf : end;
        if (!lf && body > i && data[body - 1] == '\r') {
            r->pending_cr = true; /* decided when the next byte is seen */
            body--;
        }
        if (lf && record_starts && !r->libcsv_only && feed_plain_line(r, data + i, body - i)) {
            if (r->nomem)
                return false;
            end_line(r);
            i = end;
            continue;
        }
        if (!feed_bytes(r, data + i, body - i, base + i))
            return false;
        if (lf) {
            bool ok = crlf ? feed_crlf(r, base + end - 2) : feed_bytes(r, "\n", 1, base + end - 1);
            if (!ok)
                return false;
            end_line(r);
        }
        i = end;
    }
    return true;
}

static bool finish(reader *r, bool last_line_open)
{
    if (r->pending_cr) {
        r->pending_cr = false;
        if (!feed_bytes(r, "\r", 1, 0))
            return false;
    }
    if (last_line_open) {
        r->st->lines++; /* a last line without LF */
        if (r->line_blank_candidate && r->p.pstate == LIBCSV_ROW_NOT_BEGUN && !r->skip_to_eol &&
            r->st->records == r->records_at_line_start)
            r->st->blank_lines++;
    }
    r->st->ended_clean = r->p.pstate == LIBCSV_ROW_NOT_BEGUN;
    if (r->st->stopped)
        return true;
    /* The record of a last line without LF ends at end of input. */
    r->cur_line -= last_line_open ? 0 : 1;
    if (r->p.pstate != LIBCSV_ROW_NOT_BEGUN) {
        if (csv_fini(&r->p, on_field, on_record, r) != 0) {
            if (csv_error(&r->p) != CSV_EPARSE)
                return false;
            abandon_record(r, RA_CSV_REC_UNTERMINATED, 0);
        }
    }
    return !r->nomem;
}

static void reader_free(reader *r)
{
    csv_free(&r->p);
    free(r->buf);
    free(r->field_off);
    free(r->field_len);
    free(r->views);
}

static bool reader_init(reader *r, const ra_csv_limits *limits, ra_csv_limits *defaults,
                        ra_csv_record_fn fn, void *ctx, ra_csv_stats *st, long first_line)
{
    memset(r, 0, sizeof *r);
    memset(st, 0, sizeof *st);
    if (!limits) {
        ra_csv_limits_default(defaults);
        limits = defaults;
    }
    r->lim = limits;
    r->fn = fn;
    r->ctx = ctx;
    r->st = st;
    r->cur_line = first_line;
    r->at_line_start = true;
    size_t cols = limits->max_columns ? limits->max_columns : 1;
    r->field_off = malloc(cols * sizeof *r->field_off);
    r->field_len = malloc(cols * sizeof *r->field_len);
    r->views = malloc(cols * sizeof *r->views);
    if (!parser_init(r)) {
        free(r->field_off);
        free(r->field_len);
        free(r->views);
        return false;
    }
    if (!r->field_off || !r->field_len || !r->views) {
        reader_free(r);
        return false;
    }
    return true;
}

static size_t skip_bom(const unsigned char *s, size_t n, ra_csv_stats *st)
{
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        st->bom = true;
        return 3;
    }
    return 0;
}

static ra_status read_buffer(const void *buf, size_t len, long first_line, uint64_t first_offset,
                             const ra_csv_limits *limits, ra_csv_record_fn fn, void *ctx,
                             ra_csv_stats *stats, ra_error *err, bool libcsv_only)
{
    reader r;
    ra_csv_limits defaults;
    if (!reader_init(&r, limits, &defaults, fn, ctx, stats, first_line))
        return ra_error_set(err, RA_ERR_NOMEM, NULL, 0, 0, "out of memory reading CSV");
    r.libcsv_only = libcsv_only;
    const char *s = buf;
    size_t start = first_offset == 0 ? skip_bom(buf, len, stats) : 0;
    stats->bytes = len;
    bool ok = feed(&r, s + start, len - start, first_offset + start) &&
              finish(&r, len > start && s[len - 1] != '\n' && !stats->stopped);
    reader_free(&r);
    if (!ok)
        return ra_error_set(err, RA_ERR_NOMEM, NULL, 0, 0, "out of memory reading CSV");
    return RA_OK;
}

ra_status ra_csv_read_buffer(const void *buf, size_t len, long first_line, uint64_t first_offset,
                             const ra_csv_limits *limits, ra_csv_record_fn fn, void *ctx,
                             ra_csv_stats *stats, ra_error *err)
{
    return read_buffer(buf, len, first_line, first_offset, limits, fn, ctx, stats, err, false);
}

ra_status ra_csv_read_buffer_libcsv(const void *buf, size_t len, long first_line,
                                    uint64_t first_offset, const ra_csv_limits *limits,
                                    ra_csv_record_fn fn, void *ctx, ra_csv_stats *stats,
                                    ra_error *err)
{
    return read_buffer(buf, len, first_line, first_offset, limits, fn, ctx, stats, err, true);
}

/* Reads f to its end (or until the callback stops) through a ready reader. */
static ra_status read_stream(reader *r, FILE *f, char *chunk, const char *name, ra_error *err)
{
    ra_csv_stats *stats = r->st;
    uint64_t off = 0;
    char last = '\n';
    for (;;) {
        size_t n = fread(chunk, 1, RA_CSV_READ_CHUNK, f);
        if (n == 0)
            break;
        size_t start = off == 0 ? skip_bom((unsigned char *)chunk, n, stats) : 0;
        stats->bytes += n;
        last = chunk[n - 1];
        if (!feed(r, chunk + start, n - start, off + start))
            return ra_error_set(err, RA_ERR_NOMEM, name, r->cur_line, 0,
                                "out of memory reading CSV");
        off += n;
        if (stats->stopped)
            break;
    }
    if (ferror(f))
        return ra_error_set(err, RA_ERR_IO, name, r->cur_line, 0, "read error: %s",
                            strerror(errno));
    if (!finish(r, off > (stats->bom ? 3u : 0u) && last != '\n' && !stats->stopped))
        return ra_error_set(err, RA_ERR_NOMEM, name, r->cur_line, 0, "out of memory reading CSV");
    return RA_OK;
}

/* ---- tokenising on a second thread ----------------------------------------------------
 * A producer thread runs the reader and packs its records, fields and all, into
 * batches; the calling thread takes the batches in order and hands each record
 * to the callback, exactly as the sequential reader would. A few batches are in
 * flight at most, so memory stays bounded whatever the file size. */

#define PIPE_BATCHES 4
#define PIPE_BATCH_BYTES (256 * 1024)
#define PIPE_BATCH_RECORDS 2048

typedef struct {
    long line, end_line;
    uint64_t offset;
    size_t nfields, nstored;
    size_t field; /* index of its first field in the batch */
    ra_csv_defect defect;
    long defect_col;
    bool ascii;
} pipe_rec;

typedef struct {
    pipe_rec *recs;
    size_t nrecs, cap_recs;
    struct {
        size_t off, len; /* into bytes */
    } * fields;
    size_t nfields, cap_fields;
    char *bytes;
    size_t nbytes, cap_bytes;
} pipe_batch;

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t filled, freed;
    pipe_batch batch[PIPE_BATCHES];
    size_t head;  /* the oldest batch handed over, next for the consumer */
    size_t count; /* batches handed over and not yet given back */
    bool done;    /* the producer has handed over its last batch */
    bool stop;    /* the consumer's callback asked to stop */

    /* The producer's side. */
    FILE *f;
    char *chunk;
    const char *name;
    reader r;
    ra_csv_stats st;
    ra_error err;
    ra_status status;
    size_t slot; /* the batch being filled */
} pipeline;

/* Hands the filled batch over and waits for a free one; false when the
 * consumer has stopped. */
static bool pipe_hand_over(pipeline *pp)
{
    pthread_mutex_lock(&pp->mu);
    pp->count++;
    pthread_cond_signal(&pp->filled);
    while (pp->count == PIPE_BATCHES && !pp->stop)
        pthread_cond_wait(&pp->freed, &pp->mu);
    pp->slot = (pp->head + pp->count) % PIPE_BATCHES;
    bool go = !pp->stop;
    pthread_mutex_unlock(&pp->mu);
    pipe_batch *b = &pp->batch[pp->slot];
    b->nrecs = b->nfields = b->nbytes = 0;
    return go;
}

/* The producer's record callback: copies the record into the batch. */
static int pipe_collect(void *ctx, const ra_csv_record *rec)
{
    pipeline *pp = ctx;
    pipe_batch *b = &pp->batch[pp->slot];
    reader *r = &pp->r;
    size_t nbytes = r->buf_len; /* the fields, NUL-terminated back to back */
    if (!ra_grow((void **)&b->recs, &b->cap_recs, b->nrecs + 1, sizeof *b->recs) ||
        !ra_grow((void **)&b->fields, &b->cap_fields, b->nfields + rec->nstored,
                 sizeof *b->fields) ||
        !ra_grow((void **)&b->bytes, &b->cap_bytes, b->nbytes + nbytes + 1, 1)) {
        r->nomem = true;
        return 1;
    }
    pipe_rec *pr = &b->recs[b->nrecs++];
    *pr = (pipe_rec){rec->line,  rec->end_line, rec->offset,     rec->nfields, rec->nstored,
                     b->nfields, rec->defect,   rec->defect_col, rec->ascii};
    if (nbytes)
        memcpy(b->bytes + b->nbytes, r->buf, nbytes);
    for (size_t k = 0; k < rec->nstored; k++) {
        b->fields[b->nfields + k].off = b->nbytes + (size_t)(rec->fields[k].ptr - r->buf);
        b->fields[b->nfields + k].len = rec->fields[k].len;
    }
    b->nfields += rec->nstored;
    b->nbytes += nbytes;
    if (b->nrecs >= PIPE_BATCH_RECORDS || b->nbytes >= PIPE_BATCH_BYTES)
        return pipe_hand_over(pp) ? 0 : 1;
    return 0;
}

static void *pipe_produce(void *arg)
{
    pipeline *pp = arg;
    pp->status = read_stream(&pp->r, pp->f, pp->chunk, pp->name, &pp->err);
    pthread_mutex_lock(&pp->mu);
    if (pp->batch[pp->slot].nrecs && !pp->stop)
        pp->count++; /* the last, partly filled batch */
    pp->done = true;
    pthread_cond_signal(&pp->filled);
    pthread_mutex_unlock(&pp->mu);
    return NULL;
}

/* Record i of batch b, its fields viewed through views. */
static void pipe_view(const pipe_batch *b, size_t i, ra_strv *views, ra_csv_record *rec)
{
    const pipe_rec *pr = &b->recs[i];
    for (size_t k = 0; k < pr->nstored; k++) {
        views[k].ptr = b->bytes + b->fields[pr->field + k].off;
        views[k].len = b->fields[pr->field + k].len;
    }
    *rec = (ra_csv_record){pr->line, pr->end_line, pr->offset,     pr->nfields, pr->nstored,
                           views,    pr->defect,   pr->defect_col, pr->ascii};
}

/* The consumer's side: hands every record over in order (and peek, when
 * given, each record RA_CSV_PEEK_AHEAD ahead within the batch); returns
 * the callback's stop value, or 0. */
static int pipe_consume(pipeline *pp, ra_csv_record_fn fn, ra_csv_peek_fn peek, void *ctx,
                        ra_strv *views, ra_strv *peek_views, long *records)
{
    int stopped = 0;
    for (;;) {
        pthread_mutex_lock(&pp->mu);
        while (pp->count == 0 && !pp->done)
            pthread_cond_wait(&pp->filled, &pp->mu);
        bool empty = pp->count == 0;
        const pipe_batch *b = &pp->batch[pp->head];
        pthread_mutex_unlock(&pp->mu);
        if (empty)
            return stopped;
        for (size_t i = 0; i < b->nrecs && !stopped; i++) {
            ra_csv_record rec;
            if (peek && i + RA_CSV_PEEK_AHEAD < b->nrecs) {
                pipe_view(b, i + RA_CSV_PEEK_AHEAD, peek_views, &rec);
                peek(ctx, &rec);
            }
            pipe_view(b, i, views, &rec);
            ++*records;
            stopped = fn(ctx, &rec);
        }
        pthread_mutex_lock(&pp->mu);
        pp->head = (pp->head + 1) % PIPE_BATCHES;
        pp->count--;
        if (stopped)
            pp->stop = true;
        pthread_cond_signal(&pp->freed);
        pthread_mutex_unlock(&pp->mu);
        if (stopped)
            return stopped;
    }
}

static void pipe_free(pipeline *pp)
{
    for (size_t i = 0; i < PIPE_BATCHES; i++) {
        free(pp->batch[i].recs);
        free(pp->batch[i].fields);
        free(pp->batch[i].bytes);
    }
    pthread_mutex_destroy(&pp->mu);
    pthread_cond_destroy(&pp->filled);
    pthread_cond_destroy(&pp->freed);
}

/* Reads f with the tokenising on a second thread; *started is false (and
 * nothing was read) when the thread could not be had. */
static ra_status read_threaded(FILE *f, char *chunk, const char *name, const ra_csv_limits *limits,
                               ra_csv_record_fn fn, ra_csv_peek_fn peek, void *ctx,
                               ra_csv_stats *stats, ra_error *err, bool *started)
{
    *started = false;
    pipeline *pp = calloc(1, sizeof *pp);
    size_t cols = limits->max_columns ? limits->max_columns : 1;
    ra_strv *views = malloc(2 * cols * sizeof *views); /* the record's, then the peek's */
    if (!pp || !views) {
        free(pp);
        free(views);
        return RA_OK;
    }
    pthread_mutex_init(&pp->mu, NULL);
    pthread_cond_init(&pp->filled, NULL);
    pthread_cond_init(&pp->freed, NULL);
    pp->f = f;
    pp->chunk = chunk;
    pp->name = name;
    ra_error_clear(&pp->err);
    ra_csv_limits unused;
    pthread_t tid;
    bool ready = reader_init(&pp->r, limits, &unused, pipe_collect, pp, &pp->st, 1);
    if (!ready || pthread_create(&tid, NULL, pipe_produce, pp) != 0) {
        if (ready)
            reader_free(&pp->r);
        pipe_free(pp);
        free(pp);
        free(views);
        return RA_OK;
    }
    *started = true;
    long records = 0;
    int stopped = pipe_consume(pp, fn, peek, ctx, views, views + cols, &records);
    pthread_join(tid, NULL);
    *stats = pp->st;
    /* A stop is the consumer's; the producer may have read further, which
     * the line and byte counts then show. */
    stats->records = records;
    stats->stopped = stopped;
    ra_status st = RA_OK;
    if (!stopped && pp->status != RA_OK) {
        *err = pp->err;
        st = pp->status;
    }
    reader_free(&pp->r);
    pipe_free(pp);
    free(pp);
    free(views);
    return st;
}

ra_status ra_csv_read_file_mode(const char *path, const char *name, const ra_csv_limits *limits,
                                ra_csv_mode mode, ra_csv_record_fn fn, ra_csv_peek_fn peek,
                                void *ctx, ra_csv_stats *stats, ra_error *err)
{
    if (!name)
        name = path;
    FILE *f = fopen(path, "rb");
    if (!f)
        return ra_error_set(err, RA_ERR_IO, name, 0, 0, "cannot open: %s", strerror(errno));
    char *chunk = malloc(RA_CSV_READ_CHUNK);
    ra_csv_limits defaults;
    if (!limits) {
        ra_csv_limits_default(&defaults);
        limits = &defaults;
    }
    if (mode == RA_CSV_AUTO) {
        struct stat sb;
        bool big = fstat(fileno(f), &sb) == 0 && sb.st_size >= RA_CSV_THREAD_MIN_BYTES;
        mode = big ? RA_CSV_THREADED : RA_CSV_SEQUENTIAL;
    }
    ra_status st = RA_OK;
    bool done = false;
    if (chunk && mode == RA_CSV_THREADED) {
        memset(stats, 0, sizeof *stats);
        st = read_threaded(f, chunk, name, limits, fn, peek, ctx, stats, err, &done);
    }
    reader r;
    if (!done) {
        if (!chunk || !reader_init(&r, limits, &defaults, fn, ctx, stats, 1)) {
            free(chunk);
            fclose(f);
            return ra_error_set(err, RA_ERR_NOMEM, name, 0, 0, "out of memory reading CSV");
        }
        st = read_stream(&r, f, chunk, name, err);
        reader_free(&r);
    }
    free(chunk);
    fclose(f);
    return st;
}

ra_status ra_csv_read_file(const char *path, const char *name, const ra_csv_limits *limits,
                           ra_csv_record_fn fn, void *ctx, ra_csv_stats *stats, ra_error *err)
{
    return ra_csv_read_file_mode(path, name, limits, RA_CSV_AUTO, fn, NULL, ctx, stats, err);
}

size_t ra_csv_find_split(const char *buf, size_t len, size_t from, size_t target, long *lines)
{
    bool quoted = false;
    long lf = 0;
    size_t i = from;
    for (; i < len && i < target; i++) {
        if (buf[i] == '"')
            quoted = !quoted;
        else if (buf[i] == '\n')
            lf++;
    }
    if (i > from && i < len && buf[i - 1] == '\n' && !quoted) {
        *lines = lf;
        return i;
    }
    for (; i < len; i++) {
        if (buf[i] == '"') {
            quoted = !quoted;
        } else if (buf[i] == '\n') {
            lf++;
            if (!quoted) {
                *lines = lf;
                return i + 1;
            }
        }
    }
    *lines = lf;
    return len;
}
