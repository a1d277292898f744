/* verify.h — checking a signed report (SPEC sections 3-4): is report.xlsx
 * exactly what a trusted signer signed, and was it made from these inputs?
 *
 * Checks, each failure reported on its own with its own reason:
 *   - the signature file exists and is one DER CMS SignedData, detached
 *     (signature missing / signature altered or truncated);
 *   - the report's bytes match the digest the signature covers (report
 *     altered), and the signer's signature over the signed attributes holds
 *     (signature altered);
 *   - the signer certificate chains to a CA of the CA file (untrusted signer),
 *     is within its validity period (expired / not yet valid), and allows
 *     signing (wrong key usage);
 *   - when the signature carries an ESS signing-certificate(-v2) attribute,
 *     it names the signer certificate (signature altered); a signature that
 *     does not verify with the included certificate while its ESS attribute
 *     names another certificate was made with a key that does not match the
 *     certificate (wrong key);
 *   - the signer named in the report's manifest, when there is one, is the
 *     certificate that signed it (signer mismatch);
 *   - with an inputs directory: every input file the manifest lists has the
 *     recorded SHA-256 and size (input differs / input missing); a listed path
 *     that is absolute or contains ".." is refused (input path refused).
 *
 * Verify purpose: S/MIME signing (X509_PURPOSE_SMIME_SIGN, OpenSSL's
 * "smime_sign" defaults), the one the stock `openssl cms -verify` uses, so
 * the two always agree: the signer's key usage, when present, must include
 * digitalSignature or nonRepudiation, and an extended key usage, when present,
 * must include emailProtection. recruitaudit issues signer certificates with
 * digitalSignature and no extended key usage.
 *
 * Time: validity is checked now, as `openssl cms -verify` does, or, with
 * at_signing_time, at the signing time carried in the signature. That time
 * is the signer's own claim (from the signer's clock, not a time-stamping
 * authority), and the result says so.
 *
 * The manifest (engine version, rules hash, profile, inputs, signer...) is
 * read back from the custom document properties of the xlsx
 * (docProps/custom.xml in the zip). It is shown whatever the outcome, but it
 * is only as trustworthy as the signature. A report without a manifest is a
 * failure only when inputs are to be checked. */
#ifndef RA_VERIFY_H
#define RA_VERIFY_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "manifest.h"

typedef struct {
    const char *report;     /* the signed file (report.xlsx) */
    const char *sig;        /* NULL: report + ".p7s" */
    const char *ca_file;    /* trusted CA certificates, PEM */
    const char *inputs_dir; /* NULL: inputs not checked */
    bool at_signing_time;   /* check validity at the signed signing time */
} ra_verify_opts;

typedef enum {
    RA_VERIFY_SIG_MISSING,     /* no signature file */
    RA_VERIFY_SIG_ALTERED,     /* signature altered, truncated or unreadable */
    RA_VERIFY_REPORT_ALTERED,  /* the report's bytes are not the ones signed */
    RA_VERIFY_WRONG_KEY,       /* signed with a key that is not the certificate's */
    RA_VERIFY_UNTRUSTED,       /* the signer does not chain to a trusted CA */
    RA_VERIFY_EXPIRED,         /* a certificate of the chain has expired */
    RA_VERIFY_NOT_YET_VALID,   /* a certificate of the chain is not valid yet */
    RA_VERIFY_KEY_USAGE,       /* the signer certificate may not sign documents */
    RA_VERIFY_NO_SIGNING_TIME, /* at_signing_time, but no signing time signed */
    RA_VERIFY_SIGNER_MISMATCH, /* the manifest names another signer */
    /* The checks of the inputs, from here on. */
    RA_VERIFY_MANIFEST,      /* manifest missing or unreadable (with inputs) */
    RA_VERIFY_INPUT_DIFFERS, /* an input's SHA-256 or size differs */
    RA_VERIFY_INPUT_MISSING, /* an input is not in the inputs directory */
    RA_VERIFY_INPUT_PATH,    /* a manifest path escapes the submission */
    RA_VERIFY_CHECK_COUNT
} ra_verify_check;

/* A stable code ("report-altered") and a short title ("report altered"). */
const char *ra_verify_check_code(ra_verify_check c);
const char *ra_verify_check_title(ra_verify_check c);

typedef struct {
    ra_verify_check check;
    char detail[600]; /* what exactly failed, for a person */
} ra_verify_failure;

typedef enum {
    RA_MANIFEST_ABSENT = 0, /* no custom properties of ours in the report */
    RA_MANIFEST_FOUND,
    RA_MANIFEST_INVALID /* present but unreadable: manifest_error says why */
} ra_manifest_state;

typedef struct {
    bool authentic;        /* true only when no check failed */
    bool report_authentic; /* the signature checks hold (inputs aside) */
    ra_verify_failure *failures;
    size_t nfailures;

    const char *sig_path; /* the signature file used (opts or report + ".p7s") */
    bool signer_found;    /* the fields below describe the signer certificate */
    char subject[256];
    char issuer[256];
    char serial[128]; /* hex, as `openssl x509 -serial` prints it */
    char sha256[65];  /* SHA-256 of the certificate DER, lowercase hex */
    char not_before[32];
    char not_after[32];
    bool has_signing_time;
    char signing_time[32]; /* ISO 8601 UTC, the signer's own claim */
    bool has_ess;          /* ESS signing-certificate(-v2) attribute present */
    char checked_at[32];   /* the time validity was checked at, ISO 8601 UTC */

    ra_manifest_state manifest_state;
    char manifest_error[RA_ERROR_MSG_MAX];
    ra_manifest manifest;
    size_t manifest_inputs; /* the recruitaudit.inputs count, as recorded */
    size_t inputs_checked;  /* input files compared (with inputs_dir) */
    char sig_path_buf[4096];
} ra_verify_result;

/* Runs every check and fills r (free it with ra_verify_result_free, also
 * after a failure). Returns RA_OK when the checks could run, whatever their
 * outcome (see r->authentic); RA_ERR_INPUT when the report or the CA file
 * cannot be read, RA_ERR_NOMEM, RA_ERR_INTERNAL. */
ra_status ra_verify_report(const ra_verify_opts *o, ra_verify_result *r, ra_error *err);

void ra_verify_result_free(ra_verify_result *r);

#endif
