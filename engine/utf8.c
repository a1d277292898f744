/* utf8.c — a byte-at-a-time validator with an ASCII fast path; UTF-8
 * previews and encoding; the scan for bytes a JSON string must escape. */
#include "utf8.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

size_t ra_utf8_check(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        /* ASCII fast path, 8 bytes at a time. */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            if (c == 0xE0)
                lo = 0xA0; /* no overlongs */
            if (c == 0xED)
                hi = 0x9F; /* no surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F; /* <= U+10FFFF */
        } else {
            return i;
        }
        if (len - i <= n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (size_t k = 2; k <= n; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += n + 1;
    }
    return len;
}

void ra_utf8_preview(const char *s, size_t len, size_t max_chars, char *out)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, n = 0, chars = 0;
    while (i < len && chars < max_chars) {
        size_t seq = 1;
        if (u[i] >= 0x80) {
            /* Length of a valid sequence starting here, or 0. */
            size_t want = u[i] >= 0xF0 ? 4 : u[i] >= 0xE0 ? 3 : 2;
            size_t avail = len - i < want ? len - i : want;
            seq = ra_utf8_check(u + i, avail) == avail && avail == want ? want : 0;
        }
        if (seq == 0 || u[i] < 0x20 || u[i] == 0x7f) {
            out[n++] = '?';
            i += seq ? seq : 1;
        } else {
            for (size_t k = 0; k < seq; k++)
                out[n++] = (char)u[i + k];
            i += seq;
        }
        chars++;
    }
    if (i < len) {
        memcpy(out + n, "...", 3);
        n += 3;
    }
    out[n] = '\0';
}

size_t ra_utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t k = max;
    while (k > 0 && max - k < 3 && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    return ((unsigned char)s[k] & 0xC0) == 0x80 ? max : k;
}

size_t ra_utf8_encode(unsigned long cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Bytes of w that are zero get their high bit set (and no false positive). */
static inline uint64_t zero_bytes(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    return (w - ones) & ~w & highs;
}

/* The bytes of w that JSON must see (high bit, below 0x20, '"', '\\', DEL)
 * get their high bit set. The first one in memory is exact; one after it
 * may be flagged too (a borrow), and no caller looks there: plain bytes
 * never borrow. */
static inline uint64_t not_plain(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    return (w & highs) | ((w - ones * 0x20) & ~w & highs) | zero_bytes(w ^ (ones * '"')) |
           zero_bytes(w ^ (ones * '\\')) | zero_bytes(w ^ (ones * 0x7f));
}

#ifdef __SSE2__
/* A bit for each of the sixteen bytes at s that JSON must see: a signed
 * compare flags both the controls and the bytes >= 0x80. */
static inline unsigned sse_not_plain(const char *s)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i bad = _mm_or_si128(
        _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v, _mm_set1_epi8('"'))),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f))));
    return (unsigned)_mm_movemask_epi8(bad);
}
#endif

/* Where the first flagged byte of a little-endian word is; elsewhere the
 * flagged word is searched byte by byte. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define FIRST_FLAGGED(bad) ((size_t)__builtin_ctzll(bad) / 8)
#endif

size_t ra_json_plain_run(const char *s, size_t len)
{
    size_t i = 0;
#ifdef __SSE2__
    /* Sixteen bytes at a time, the last sixteen ending the string (those
     * before i in them are plain); strings under sixteen bytes go on to
     * the words below. */
    if (len >= 16) {
        for (; i + 16 <= len; i += 16) {
            unsigned mask = sse_not_plain(s + i);
            if (mask)
                return i + (size_t)__builtin_ctz(mask);
        }
        if (i == len)
            return len;
        unsigned mask = sse_not_plain(s + len - 16);
        return mask ? len - 16 + (size_t)__builtin_ctz(mask) : len;
    }
#endif
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t bad = not_plain(w);
        if (bad) {
#ifdef FIRST_FLAGGED
            return i + FIRST_FLAGGED(bad);
#else
            break;
#endif
        }
    }
#ifdef FIRST_FLAGGED
    if (i < len && len >= 8) {
        /* the last eight bytes: those before i are plain, so the first
         * flagged one is at i or after */
        uint64_t w;
        memcpy(&w, s + len - 8, 8);
        uint64_t bad = not_plain(w);
        return bad ? len - 8 + FIRST_FLAGGED(bad) : len;
    }
#endif
    for (; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\')
            break;
    }
    return i;
}

size_t ra_json_escape_byte(unsigned char c, char out[6])
{
    static const char hex[] = "0123456789abcdef";
    out[0] = '\\';
    if (c == '"' || c == '\\') {
        out[1] = (char)c;
        return 2;
    }
    memcpy(out + 1, "u00", 3);
    out[4] = hex[c >> 4];
    out[5] = hex[c & 15];
    return 6;
}

bool ra_ascii_no_nul(const char *s, size_t len)
{
    const uint64_t highs = 0x8080808080808080u;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if ((w & highs) | zero_bytes(w))
            return false;
    }
    for (; i < len; i++)
        if ((unsigned char)s[i] - 1u >= 0x7fu) /* 0, or >= 0x80 */
            return false;
    return true;
}
