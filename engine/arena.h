/* arena.h — bump allocator for strings and records that live as long as a
 * submission. The arena owns every block it hands out; ra_arena_free releases
 * them all at once. Pointers stay valid until then (blocks never move).
 * Also ra_grow, for arrays the caller owns that grow by doubling, and
 * ra_zalloc, for large zeroed arrays. */
#ifndef RA_ARENA_H
#define RA_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ra_arena_block ra_arena_block;
typedef struct {
    ra_arena_block *head;
    size_t block_size; /* default size of new blocks */
    size_t used_bytes; /* bytes handed out, for memory figures */
} ra_arena;

void ra_arena_init(ra_arena *a, size_t block_size);
void ra_arena_free(ra_arena *a);

/* Returns NULL when out of memory. Alignment is that of max_align_t. */
void *ra_arena_alloc(ra_arena *a, size_t size);

/* Copies len bytes and a terminating NUL; NULL when out of memory. */
char *ra_arena_strndup(ra_arena *a, const char *s, size_t len);

/* printf into the arena; NULL when out of memory. */
char *ra_arena_printf(ra_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Makes room for need elements of elem bytes in *arr (capacity *cap),
 * doubling from 64; false (and *arr unchanged) when out of memory or when
 * the size would overflow. */
bool ra_grow(void **arr, size_t *cap, size_t need, size_t elem);

/* calloc(n, size) whose pages are already written. For a large array that is
 * read before it is written (counters, `x++`): a page of fresh calloc memory
 * that is first read maps the kernel's shared zero page, and the write that
 * follows must replace it and flush the TLB of every CPU that runs a thread
 * of the process; written first, a page is simply allocated. NULL when out
 * of memory or when n * size overflows; the caller frees. */
void *ra_zalloc(size_t n, size_t size);

#endif
