/* job.c — the order of an audit's outputs: report, then its signature, then
 * the findings and the summary, each complete or absent. */
#include "job.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "manifest.h"
#include "report.h"
#include "rules/program.h"
#include "summary.h"
#include "tempfile.h"

int64_t ra_job_created(ra_date as_of)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long v = strtoll(sde, &end, 10);
        if (!errno && !*end && v >= 0)
            return v;
    }
    return (int64_t)as_of * 86400;
}

/* A findings file being written: through a temporary file beside the file
 * its path names (the target of a link), renamed over it when complete; a
 * device or FIFO (a pipe to another program) is written directly, never
 * replaced. */
typedef struct {
    const char *path;
    bool direct;
    char *target, *tmp;
    FILE *f;
} findings_file;

static ra_status findings_open(findings_file *ff, const char *path, ra_error *err)
{
    *ff = (findings_file){.path = path, .direct = ra_output_is_special(path)};
    ff->target = ff->direct ? NULL : ra_output_target(path);
    if (!ff->direct && !ff->target)
        return ra_error_set(err, errno == ENOMEM ? RA_ERR_NOMEM : RA_ERR_IO, path, 0, 0,
                            "cannot write: %s", ra_output_target_reason(errno));
    int fd = ff->direct ? open(path, O_WRONLY | O_CLOEXEC) : ra_tempfile_open(ff->target, &ff->tmp);
    ff->f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!ff->f) {
        ra_status st =
            ra_error_set(err, RA_ERR_IO, path, 0, 0, "cannot write: %s", strerror(errno));
        if (fd >= 0)
            close(fd);
        if (ff->tmp)
            unlink(ff->tmp);
        free(ff->tmp);
        free(ff->target);
        return st;
    }
    return RA_OK;
}

/* Makes the file durable and puts it in place when written is true (errno
 * tells why it is not); otherwise, or when that fails, removes it. st is
 * the status so far: an error in err is kept. */
static ra_status findings_close(findings_file *ff, ra_status st, bool written, ra_error *err)
{
    int e = written ? 0 : errno;
    bool ok = written;
    ok = fflush(ff->f) == 0 && ok;
    ok = (ff->direct || fsync(fileno(ff->f)) == 0) && ok;
    ok = fclose(ff->f) == 0 && ok;
    if (ok && !ff->direct && rename(ff->tmp, ff->target) != 0)
        ok = false;
    if (!ok) {
        if (st == RA_OK)
            st = ra_error_set(err, RA_ERR_IO, ff->path, 0, 0, "cannot write the findings: %s",
                              strerror(e ? e : errno));
        if (ff->tmp)
            unlink(ff->tmp);
    }
    free(ff->tmp);
    free(ff->target);
    return st;
}

static ra_status save_findings(const char *path, const ra_audit *audit, const ra_pack *pack,
                               ra_progress *progress, ra_error *err)
{
    findings_file ff;
    ra_status st = findings_open(&ff, path, err);
    if (st != RA_OK)
        return st;
    bool ok = ra_findings_write_jsonl(&audit->findings, pack, audit->sub, ff.f, progress);
    return findings_close(&ff, st, ok, err);
}

/* The audit with its findings alone, to a file: the fee and document
 * findings are written as the audit finds them (findings.h, early writer),
 * the others after it. When the submission's rows do not come in the order
 * of the findings, the file is emptied and the audit run again, keeping
 * them all until the end, as for any other output. */
static ra_status audit_to_findings_file(const ra_job *job, ra_audit *audit, ra_error *err)
{
    findings_file ff;
    ra_status st = findings_open(&ff, job->findings_path, err);
    if (st != RA_OK)
        return st;
    ra_audit_opts opts = job->audit;
    opts.early_findings = ra_findings_early_new(job->pack, ff.f); /* NULL: all kept */
    st = ra_audit_run(job->dir, job->pack, &opts, audit, err);
    if (opts.early_findings && ra_findings_early_unordered(opts.early_findings)) {
        ra_findings_early_free(opts.early_findings);
        opts.early_findings = NULL;
        ra_audit_free(audit);
        if (ftruncate(fileno(ff.f), 0) != 0 || lseek(fileno(ff.f), 0, SEEK_SET) != 0)
            return findings_close(&ff, RA_OK, false, err);
        ra_error_clear(err);
        st = ra_audit_run(job->dir, job->pack, &opts, audit, err);
    }
    bool ok = st == RA_OK;
    if (ok && opts.early_findings)
        ok = ra_findings_early_flush(opts.early_findings);
    if (ok)
        ok = ra_findings_write_jsonl(&audit->findings, job->pack, audit->sub, ff.f,
                                     job->audit.load.progress);
    ra_findings_write_early(&audit->findings, NULL); /* the writer goes: nothing may reach it */
    ra_findings_early_free(opts.early_findings);
    return findings_close(&ff, st, ok, err);
}

/* Writes the findings to an open stream (standard output for --findings -)
 * and flushes it, so a full disk or a closed pipe is reported here; the
 * stream stays open. */
static ra_status stream_findings(FILE *out, const ra_audit *audit, const ra_pack *pack,
                                 ra_progress *progress, ra_error *err)
{
    bool ok = ra_findings_write_jsonl(&audit->findings, pack, audit->sub, out, progress);
    int e = errno;
    if (fflush(out) != 0 && ok) {
        ok = false;
        e = errno;
    }
    if (!ok)
        return ra_error_set(err, RA_ERR_IO, "standard output", 0, 0,
                            "cannot write the findings: %s", strerror(e));
    return RA_OK;
}

static ra_status write_findings(const ra_job *job, const ra_audit *audit, ra_error *err)
{
    if (job->findings_out)
        return stream_findings(job->findings_out, audit, job->pack, job->audit.load.progress, err);
    if (job->findings_path)
        return save_findings(job->findings_path, audit, job->pack, job->audit.load.progress, err);
    return RA_OK;
}

ra_status ra_job_run(const ra_job *job, ra_audit *audit, ra_error *err)
{
    memset(audit, 0, sizeof *audit); /* freeable whatever happens */
    /* Before the audit, so a long audit is not run for nothing. */
    if (job->report_path && ra_output_is_special(job->report_path))
        return ra_error_set(err, RA_ERR_USAGE, job->report_path, 0, 0,
                            "the report must go to a regular file (it is signed and hashed whole)");
    bool findings_alone = !job->report_path && !job->summary_dir;
    if (findings_alone && job->findings_path && !ra_output_is_special(job->findings_path))
        return audit_to_findings_file(job, audit, err);
    ra_status st = ra_audit_run(job->dir, job->pack, &job->audit, audit, err);
    if (st != RA_OK)
        return st;
    if (findings_alone) /* no manifest: no input is hashed a second time */
        return write_findings(job, audit, err);
    char as_of[RA_DATE_FMT_MAX];
    ra_date_format(job->audit.as_of, as_of);
    ra_manifest m;
    st = ra_manifest_build(&m, audit->sub, job->pack, as_of, job->audit.load.rates_file,
                           job->case_ref, job->inspector, err);
    if (st != RA_OK)
        return st;
    if (job->signer)
        ra_signer_describe(job->signer, m.signer_subject, m.signer_sha256);
    if (job->report_path) {
        ra_report_input in = {.audit = audit,
                              .pack = job->pack,
                              .manifest = &m,
                              .submission_dir = job->dir,
                              .created = job->created,
                              .progress = job->audit.load.progress};
        /* Workbooks are written in parallel (see xlsx_time.c); the shared
         * signing key is used one job at a time. */
        st = ra_report_write(job->report_path, &in, err);
        if (st == RA_OK && job->signer) {
            size_t n = strlen(job->report_path) + 8;
            char *sig = malloc(n);
            if (!sig) {
                st = ra_error_set(err, RA_ERR_NOMEM, job->report_path, 0, 0, "out of memory");
            } else {
                snprintf(sig, n, "%s.p7s", job->report_path);
                if (job->sign_lock)
                    pthread_mutex_lock(job->sign_lock);
                st = ra_sign_file(job->signer, job->report_path, sig, err);
                if (job->sign_lock)
                    pthread_mutex_unlock(job->sign_lock);
                free(sig);
            }
        }
    }
    char report_sha[RA_SHA256_HEX_MAX] = "";
    if (st == RA_OK && job->report_path && job->summary_dir) {
        uint64_t size;
        st = ra_file_sha256(job->report_path, report_sha, &size, err);
    }
    if (st == RA_OK)
        st = write_findings(job, audit, err);
    if (st == RA_OK && job->summary_dir)
        st = ra_summary_write(job->summary_dir, job->name ? job->name : job->dir, audit, job->pack,
                              &m, report_sha[0] ? report_sha : NULL, err);
    ra_manifest_free(&m);
    return st;
}
