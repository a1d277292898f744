/* csvread.h — streaming RFC 4180 reading on top of libcsv, with what libcsv
 * does not give: physical line numbers and byte offsets of every record,
 * blank-line counts, resource limits, and recovery after a malformed record.
 *
 * Records end only at LF (a CR before it is dropped; a CR elsewhere is data).
 * A record is numbered by its first physical line (line 1 is the header).
 * Record fields passed to the callback are views into a buffer the reader
 * owns: they are NUL-terminated and valid only during that callback. */
#ifndef RA_CSVREAD_H
#define RA_CSVREAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef struct {
    const char *ptr;
    size_t len;
} ra_strv;

typedef struct {
    size_t max_field_bytes;  /* one field */
    size_t max_record_bytes; /* all fields of one record */
    size_t max_columns;      /* fields of one record */
} ra_csv_limits;

/* 1 MiB field, 8 MiB record, 1024 columns. */
void ra_csv_limits_default(ra_csv_limits *limits);

/* Why a record could not be read as a whole. Fields are then partial. */
typedef enum {
    RA_CSV_REC_OK = 0,
    RA_CSV_REC_BAD_QUOTE,       /* strict RFC 4180 violation, e.g. a"b or "a"b */
    RA_CSV_REC_UNTERMINATED,    /* a quoted field still open at end of file */
    RA_CSV_REC_FIELD_TOO_BIG,   /* a field over max_field_bytes */
    RA_CSV_REC_RECORD_TOO_BIG,  /* the record over max_record_bytes */
    RA_CSV_REC_TOO_MANY_COLUMNS /* over max_columns (the count is still exact) */
} ra_csv_defect;

typedef struct {
    long line;       /* first physical line of the record */
    long end_line;   /* last physical line of the record */
    uint64_t offset; /* byte offset of the record in the file */
    size_t nfields;  /* fields read (exact even when over max_columns) */
    size_t nstored;  /* fields available in `fields` (≤ max_columns) */
    const ra_strv *fields;
    ra_csv_defect defect;
    long defect_col; /* 1-based byte column where the defect was seen, or 0 */
    bool ascii;      /* known: every byte of every field is ASCII and not NUL */
} ra_csv_record;

/* Return 0 to continue, non-zero to stop reading (the value is handed back
 * as ra_csv_stats.stopped). */
typedef int (*ra_csv_record_fn)(void *ctx, const ra_csv_record *rec);

/* A look at a record RA_CSV_PEEK_AHEAD records before the record callback
 * gets it (threaded reading only, within a batch), so that the consumer can
 * start fetching from memory what it will touch then. A hint: it must not
 * change anything the record callback depends on. */
typedef void (*ra_csv_peek_fn)(void *ctx, const ra_csv_record *rec);

#define RA_CSV_PEEK_AHEAD 4

typedef struct {
    uint64_t bytes;   /* bytes read, BOM included */
    long lines;       /* physical lines (a last line without LF counts) */
    long blank_lines; /* lines that held no record */
    long records;     /* records handed to the callback, header included */
    bool bom;         /* a UTF-8 BOM was skipped */
    bool ended_clean; /* the input ended at a record boundary */
    int stopped;      /* the callback's non-zero return, or 0 */
} ra_csv_stats;

/* Reads a whole file. `name` is used in error messages. Fails (and calls
 * nothing more) only on I/O or out of memory; malformed records are handed to
 * the callback with their defect. A file of RA_CSV_THREAD_MIN_BYTES or more is
 * tokenised on a second thread (RA_CSV_AUTO below). */
ra_status ra_csv_read_file(const char *path, const char *name, const ra_csv_limits *limits,
                           ra_csv_record_fn fn, void *ctx, ra_csv_stats *stats, ra_error *err);

/* How ra_csv_read_file_mode tokenises. THREADED runs libcsv on a thread of
 * its own, a few bounded batches ahead; the callback is still called on the
 * calling thread, record by record in file order, with the same records and
 * stats as SEQUENTIAL, except that after a stop the line and byte counts may
 * include what the tokeniser had read ahead. Falls back to SEQUENTIAL when no
 * thread can be started. `peek` may be NULL. */
typedef enum { RA_CSV_AUTO, RA_CSV_SEQUENTIAL, RA_CSV_THREADED } ra_csv_mode;

#define RA_CSV_THREAD_MIN_BYTES (4u * 1024 * 1024)

ra_status ra_csv_read_file_mode(const char *path, const char *name, const ra_csv_limits *limits,
                                ra_csv_mode mode, ra_csv_record_fn fn, ra_csv_peek_fn peek,
                                void *ctx, ra_csv_stats *stats, ra_error *err);

/* Reads a buffer holding data that starts at a record boundary, numbering its
 * first line `first_line` and its first byte `first_offset`. A leading BOM is
 * skipped only when first_offset is 0. */
ra_status ra_csv_read_buffer(const void *buf, size_t len, long first_line, uint64_t first_offset,
                             const ra_csv_limits *limits, ra_csv_record_fn fn, void *ctx,
                             ra_csv_stats *stats, ra_error *err);

/* ra_csv_read_buffer with every line read by libcsv: without the shortcut
 * for plain lines (no quote), for the tests and the fuzz target that
 * prove the two give the same records and stats. */
ra_status ra_csv_read_buffer_libcsv(const void *buf, size_t len, long first_line,
                                    uint64_t first_offset, const ra_csv_limits *limits,
                                    ra_csv_record_fn fn, void *ctx, ra_csv_stats *stats,
                                    ra_error *err);

/* Splitting one big file between threads. Starting from `from`, a position
 * known to be a record boundary, returns the first position ≥ target that
 * follows an LF outside quotes (by quote parity), or len if none; *lines gets
 * the LFs in [from, result). Parity is exact for well-formed CSV; a reader of
 * the part before the split proves the guess right when its stats say
 * ended_clean, and must otherwise re-read the rest sequentially. */
size_t ra_csv_find_split(const char *buf, size_t len, size_t from, size_t target, long *lines);

#endif
