/* ossl_text.c — OpenSSL errors and times as text. */
#include "ossl_text.h"

#include <stdio.h>
#include <time.h>

#include <openssl/err.h>

const char *ra_ossl_reason(char *buf, size_t size)
{
    unsigned long e = ERR_peek_last_error();
    if (e) {
        const char *r = ERR_reason_error_string(e);
        if (r)
            snprintf(buf, size, "%s", r);
        else
            ERR_error_string_n(e, buf, size);
    } else {
        snprintf(buf, size, "unknown OpenSSL error");
    }
    ERR_clear_error();
    return buf;
}

void ra_asn1_time_iso(const ASN1_TIME *t, char *buf, size_t size)
{
    struct tm tm;
    if (t && ASN1_TIME_to_tm(t, &tm))
        snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                 tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    else
        snprintf(buf, size, "(unreadable)");
}
