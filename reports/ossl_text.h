/* ossl_text.h — OpenSSL facts as text for messages, shared by signing and
 * verification. Both write into the caller's buffer; nothing is allocated. */
#ifndef RA_OSSL_TEXT_H
#define RA_OSSL_TEXT_H

#include <stddef.h>

#include <openssl/asn1.h>

/* The last OpenSSL error's reason (no key material is ever in it), and the
 * error queue cleared. Returns buf. */
const char *ra_ossl_reason(char *buf, size_t size);

/* An ASN.1 time as "YYYY-MM-DDTHH:MM:SSZ", or "(unreadable)". */
void ra_asn1_time_iso(const ASN1_TIME *t, char *buf, size_t size);

#endif
