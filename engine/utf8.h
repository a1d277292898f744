/* utf8.h — strict UTF-8 validation (no overlongs, surrogates or code points
 * above U+10FFFF). Nothing here allocates. */
#ifndef RA_UTF8_H
#define RA_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Returns the offset of the first byte that is not part of valid UTF-8,
 * or len when all of s is valid. */
size_t ra_utf8_check(const unsigned char *s, size_t len);

/* Writes a short printable preview of s for messages: at most max_chars
 * characters, control characters and bytes that are not valid UTF-8 shown as
 * '?', "..." appended when cut. out must hold 4 * max_chars + 4 bytes. */
void ra_utf8_preview(const char *s, size_t len, size_t max_chars, char *out);

/* The length to keep of s (len bytes) to fit in max bytes without cutting
 * a character in two: len when it fits, else max backed up to the start of
 * the character it would split (by at most 3 bytes: text that is not UTF-8
 * is cut where it is). */
size_t ra_utf8_cut(const char *s, size_t len, size_t max);

/* Writes code point cp (at most U+10FFFF, not a surrogate: the caller checks)
 * as UTF-8 into out; returns the number of bytes, 1 to 4. */
size_t ra_utf8_encode(unsigned long cp, char out[4]);

/* Length of the leading run of s that a JSON string holds as it is: printable
 * ASCII other than '"' and '\\' (so not controls, DEL or bytes >= 0x80, which
 * the JSON writers look at one by one). Eight bytes at a time. */
size_t ra_json_plain_run(const char *s, size_t len);

/* The JSON escape of a byte below 0x20, DEL, '"' or '\\' (the bytes
 * ra_json_plain_run stops at, but those >= 0x80): \" \\ or \u00XX;
 * returns its length, 2 or 6. */
size_t ra_json_escape_byte(unsigned char c, char out[6]);

/* Is s printable or control ASCII with no NUL byte (every byte 1..0x7f)?
 * Nearly every CSV cell is, and needs no other encoding check. */
bool ra_ascii_no_nul(const char *s, size_t len);

#endif
