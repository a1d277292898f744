/* sign.h — signing a report (SPEC sections 3-4): a detached CMS SignedData
 * in DER over the exact bytes of a file, through OpenSSL 3's CMS API.
 *
 * The signature uses SHA-256, binary mode (CMS_BINARY: the bytes are signed
 * as they are, no line-end canonicalisation), a signing-time attribute, the
 * ESS signing-certificate-v2 attribute (CMS_CADES: binds the signature to the
 * signer's certificate), and carries the signer certificate and the chain.
 * The stock tool verifies it:
 *   openssl cms -verify -binary -inform DER -in report.xlsx.p7s \
 *               -content report.xlsx -CAfile ca.pem
 *
 * Keys: key_src is a PEM (or DER) file path, or an OpenSSL store URI
 * ("file:/path/key.pem", or "pkcs11:..." when a PKCS#11 provider is
 * configured in openssl.cnf), opened through OSSL_STORE. Encrypted keys are
 * supported. The passphrase (or token PIN) source pass_src is one of
 *   "env:VAR"    the value of the environment variable VAR,
 *   "file:PATH"  the first line of the file PATH,
 *   NULL         a prompt on the terminal (/dev/tty), only when one is needed;
 * anything else is refused (RA_ERR_USAGE): a passphrase is never given as a
 * plain command-line value. The passphrase is wiped (OPENSSL_cleanse) once
 * used. Key material is never printed, logged or copied; a key file readable
 * by group or others draws a warning on stderr. The key must match the
 * certificate, whose key usage, when present, must allow digital signatures,
 * and which must be valid now.
 *
 * A ra_signer holds the key, the certificate and the chain; free it with
 * ra_signer_free. Load failures: RA_ERR_USAGE (bad pass_src), RA_ERR_INPUT
 * (missing or unreadable key, certificate or chain, wrong passphrase, key
 * not matching the certificate, certificate not usable for signing). */
#ifndef RA_SIGN_H
#define RA_SIGN_H

#include "error.h"

#define RA_SIGNER_SUBJECT_MAX 256 /* fits a manifest property (255 characters) */
#define RA_SIGNER_SHA256_MAX 65

typedef struct ra_signer ra_signer;

/* Loads the signing key (key_src), the signer certificate (cert_path, a file
 * or store URI) and optional chain certificates (chain_path, NULL for none;
 * a file of PEM certificates or a store URI). */
ra_status ra_signer_load(const char *key_src, const char *cert_path, const char *chain_path,
                         const char *pass_src, ra_signer **out, ra_error *err);

/* The certificate subject on one line ("C = PH, O = ..., CN = ..."), cut to
 * 255 bytes on a UTF-8 boundary, and the SHA-256 of the certificate (DER) as
 * 64 lowercase hex digits: what the audit records in the manifest before it
 * writes the report. */
void ra_signer_describe(const ra_signer *s, char subject[RA_SIGNER_SUBJECT_MAX],
                        char sha256_hex[RA_SIGNER_SHA256_MAX]);

/* Signs the file content_path and writes the DER signature to sig_path,
 * atomically: a temporary file in the same folder, flushed and renamed over
 * sig_path only when complete. The content must be a regular file that does
 * not change while it is read (its size, modification time and identity are
 * checked before and after); otherwise nothing is written (RA_ERR_IO).
 * Call it only after the report itself has been written and renamed into
 * place, so that a signature never covers a partial file. On failure an
 * existing sig_path is left as it was. */
ra_status ra_sign_file(const ra_signer *s, const char *content_path, const char *sig_path,
                       ra_error *err);

void ra_signer_free(ra_signer *s);

#endif
