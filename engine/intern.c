/* intern.c — linear probing over a power-of-two slot array; entries live in
 * parallel arrays so a lookup touches the slot, the hash and then the key. */
#include "intern.h"

#include <stdlib.h>
#include <string.h>

uint64_t ra_hash_bytes(const void *p, size_t len)
{
    /* FNV-1a over 8-byte words with a final avalanche (splitmix64). */
    const unsigned char *s = p;
    uint64_t h = UINT64_C(0xcbf29ce484222325) ^ len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * UINT64_C(0x100000001b3);
        h ^= h >> 29;
    }
    for (; i < len; i++)
        h = (h ^ s[i]) * UINT64_C(0x100000001b3);
    h ^= h >> 30;
    h *= UINT64_C(0xbf58476d1ce4e5b9);
    h ^= h >> 27;
    h *= UINT64_C(0x94d049bb133111eb);
    h ^= h >> 31;
    return h;
}

void ra_strmap_init(ra_strmap *m)
{
    memset(m, 0, sizeof *m);
    ra_arena_init(&m->arena, 256 * 1024);
}

void ra_strmap_free(ra_strmap *m)
{
    free(m->slots);
    free(m->keys);
    free(m->lens);
    free(m->hashes);
    free(m->values);
    ra_arena_free(&m->arena);
    memset(m, 0, sizeof *m);
}

static uint32_t find_slot(const ra_strmap *m, const char *s, size_t len, uint64_t h, bool *found)
{
    uint32_t mask = m->nslots - 1;
    for (uint32_t i = (uint32_t)h & mask;; i = (i + 1) & mask) {
        uint32_t e = m->slots[i];
        if (e == 0) {
            *found = false;
            return i;
        }
        e--;
        if (m->hashes[e] == h && m->lens[e] == len &&
            (len == 0 || memcmp(m->keys[e], s, len) == 0)) {
            *found = true;
            return i;
        }
    }
}

bool ra_strmap_get(const ra_strmap *m, const char *s, size_t len, uint32_t *value)
{
    if (m->count == 0)
        return false;
    bool found;
    uint32_t i = find_slot(m, s, len, ra_hash_bytes(s, len), &found);
    if (found && value)
        *value = m->values[m->slots[i] - 1];
    return found;
}

void ra_strmap_prefetch(const ra_strmap *m, const char *s, size_t len)
{
    if (m->nslots)
        __builtin_prefetch(&m->slots[(uint32_t)ra_hash_bytes(s, len) & (m->nslots - 1)]);
}

static bool grow_slots(ra_strmap *m)
{
    uint32_t n = m->nslots ? m->nslots * 2 : 64;
    if (n < m->nslots)
        return false;
    uint32_t *slots = calloc(n, sizeof *slots);
    if (!slots)
        return false;
    for (uint32_t e = 0; e < m->count; e++) {
        uint32_t i = (uint32_t)m->hashes[e] & (n - 1);
        while (slots[i])
            i = (i + 1) & (n - 1);
        slots[i] = e + 1;
    }
    free(m->slots);
    m->slots = slots;
    m->nslots = n;
    return true;
}

static bool grow_entries(ra_strmap *m)
{
    uint32_t cap = m->cap ? m->cap * 2 : 32;
    if (cap < m->cap)
        return false;
    const char **keys = realloc(m->keys, cap * sizeof *keys);
    if (!keys)
        return false;
    m->keys = keys;
    uint32_t *lens = realloc(m->lens, cap * sizeof *lens);
    if (!lens)
        return false;
    m->lens = lens;
    uint64_t *hashes = realloc(m->hashes, cap * sizeof *hashes);
    if (!hashes)
        return false;
    m->hashes = hashes;
    uint32_t *values = realloc(m->values, cap * sizeof *values);
    if (!values)
        return false;
    m->values = values;
    m->cap = cap;
    return true;
}

int ra_strmap_put(ra_strmap *m, const char *s, size_t len, uint32_t value, uint32_t *existing,
                  const char **key_out)
{
    if (len > UINT32_MAX || m->count == UINT32_MAX - 1)
        return -1;
    /* Keep the load factor under 1/2. */
    if ((uint64_t)(m->count + 1) * 2 > m->nslots && !grow_slots(m))
        return -1;
    uint64_t h = ra_hash_bytes(s, len);
    bool found;
    uint32_t i = find_slot(m, s, len, h, &found);
    if (found) {
        uint32_t e = m->slots[i] - 1;
        if (existing)
            *existing = m->values[e];
        if (key_out)
            *key_out = m->keys[e];
        return 0;
    }
    if (m->count == m->cap && !grow_entries(m))
        return -1;
    char *copy = ra_arena_strndup(&m->arena, s, len);
    if (!copy)
        return -1;
    uint32_t e = m->count++;
    m->keys[e] = copy;
    m->lens[e] = (uint32_t)len;
    m->hashes[e] = h;
    m->values[e] = value;
    m->slots[i] = e + 1;
    if (key_out)
        *key_out = copy;
    return 1;
}

const char *ra_strmap_intern(ra_strmap *m, const char *s, size_t len)
{
    const char *key = NULL;
    if (ra_strmap_put(m, s, len, m->count, NULL, &key) < 0)
        return NULL;
    return key;
}
