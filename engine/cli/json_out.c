/* json_out.c — JSON string literals for machine-readable output. Accepted
 * rows are valid UTF-8, but messages about rejected files may quote anything:
 * bytes that are not valid UTF-8 become U+FFFD so the output always parses. */
#include <string.h>

#include "cli.h"
#include "utf8.h"

void json_string_n(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"':
            fputs("\\\"", out);
            break;
        case '\\':
            fputs("\\\\", out);
            break;
        case '\n':
            fputs("\\n", out);
            break;
        case '\r':
            fputs("\\r", out);
            break;
        case '\t':
            fputs("\\t", out);
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                fprintf(out, "\\u%04x", c);
            } else if (c < 0x80) {
                fputc(c, out);
            } else {
                size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                const unsigned char *u = (const unsigned char *)s + i;
                if (len - i >= want && ra_utf8_check(u, want) == want) {
                    fwrite(u, 1, want, out);
                    i += want - 1;
                } else {
                    fputs("\\ufffd", out);
                }
            }
        }
    }
    fputc('"', out);
}

void json_string(FILE *out, const char *s)
{
    if (!s)
        fputs("null", out);
    else
        json_string_n(out, s, strlen(s));
}
