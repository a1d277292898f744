/* utf8.c — a byte-at-a-time validator with an ASCII fast path. */
#include "utf8.h"

#include <stdint.h>
#include <string.h>

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

size_t ra_json_plain_run(const char *s, size_t len)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        /* high bit, below 0x20, '"', '\\', DEL */
        uint64_t bad = (w & highs) | ((w - ones * 0x20) & ~w & highs) |
                       zero_bytes(w ^ (ones * '"')) | zero_bytes(w ^ (ones * '\\')) |
                       zero_bytes(w ^ (ones * 0x7f));
        if (bad)
            break;
    }
    for (; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\')
            break;
    }
    return i;
}
