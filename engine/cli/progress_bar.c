/* progress_bar.c — a progress bar on stderr for long audits (see
 * progress_bar.h). One line, redrawn in place with a carriage return and
 * kept under 80 columns so that it never wraps on a standard terminal:
 *
 *   [#######.............]  37%  reading the files: 306/826 MB  0:07
 *
 * Stages without a count show a block moving along the bar instead. */
#include "progress_bar.h"

#include <inttypes.h>
#include <unistd.h>

#define BAR_WIDTH 20
#define REDRAW_NS 200000000L /* five times a second */

double cli_seconds_since(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

/* "306/826 MB", "2.9/7.3 million", "3127/12000": done of total in a unit
 * that keeps both short. */
static void amount(char *buf, size_t size, ra_stage stage, uint64_t done, uint64_t total)
{
    if (stage == RA_STAGE_LOAD)
        snprintf(buf, size, total >= 100000000 ? "%.0f/%.0f MB" : "%.1f/%.1f MB",
                 (double)done / 1e6, (double)total / 1e6);
    else if (total >= 1000000)
        snprintf(buf, size, "%.1f/%.1f million", (double)done / 1e6, (double)total / 1e6);
    else
        snprintf(buf, size, "%" PRIu64 "/%" PRIu64, done, total);
}

static void draw(cli_bar *b)
{
    uint64_t done, total;
    ra_stage stage = ra_progress_read(&b->progress, &done, &total);
    double secs = cli_seconds_since(&b->start);
    static const char *const what[] = {
        [RA_STAGE_LOAD] = "reading the files",
        [RA_STAGE_CHECK] = "checking workers and contracts",
        [RA_STAGE_FINDINGS] = "writing the findings",
        [RA_STAGE_REPORT] = "writing the report",
        [RA_STAGE_PACK] = "compressing the report",
    };
    const char *label = (unsigned)stage < sizeof what / sizeof what[0] ? what[stage] : "working";
    char bar[BAR_WIDTH + 1], pct[8] = "    ", detail[48] = "";
    if (total) {
        if (done > total)
            done = total; /* the report's row total is an estimate from below */
        int filled = (int)((double)BAR_WIDTH * (double)done / (double)total);
        for (int i = 0; i < BAR_WIDTH; i++)
            bar[i] = i < filled ? '#' : '.';
        snprintf(pct, sizeof pct, "%3d%%", (int)(100.0 * (double)done / (double)total));
        char a[40];
        amount(a, sizeof a, stage, done, total);
        snprintf(detail, sizeof detail, ": %s", a);
    } else {
        int at = (int)(secs * 8) % (2 * BAR_WIDTH - 6); /* to the end and back */
        if (at > BAR_WIDTH - 3)
            at = 2 * BAR_WIDTH - 6 - at;
        for (int i = 0; i < BAR_WIDTH; i++)
            bar[i] = i >= at && i < at + 3 ? '#' : '.';
    }
    bar[BAR_WIDTH] = '\0';
    unsigned long s = (unsigned long)secs;
    fprintf(b->out, "\r[%s] %s  %s%s  %lu:%02lu\033[K", bar, pct, label, detail, s / 60, s % 60);
    fflush(b->out);
}

static void *run(void *arg)
{
    cli_bar *b = arg;
    pthread_mutex_lock(&b->mu);
    while (!b->stop) {
        struct timespec until;
        clock_gettime(CLOCK_MONOTONIC, &until);
        until.tv_nsec += REDRAW_NS;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        while (!b->stop && pthread_cond_timedwait(&b->cv, &b->mu, &until) == 0)
            ; /* woken early and not told to stop: wait out the interval */
        if (b->stop)
            break;
        pthread_mutex_unlock(&b->mu);
        draw(b);
        pthread_mutex_lock(&b->mu);
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

ra_progress *cli_bar_start(cli_bar *b)
{
    ra_progress_init(&b->progress);
    b->out = stderr;
    b->stop = b->running = false;
    if (!isatty(fileno(b->out)))
        return NULL;
    clock_gettime(CLOCK_MONOTONIC, &b->start);
    pthread_condattr_t ca;
    if (pthread_condattr_init(&ca) != 0)
        return NULL;
    bool ok =
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) == 0 && pthread_cond_init(&b->cv, &ca) == 0;
    pthread_condattr_destroy(&ca);
    if (!ok)
        return NULL;
    pthread_mutex_init(&b->mu, NULL);
    draw(b);
    if (pthread_create(&b->thread, NULL, run, b) != 0) {
        fputs("\r\033[K", b->out);
        pthread_cond_destroy(&b->cv);
        pthread_mutex_destroy(&b->mu);
        return NULL;
    }
    b->running = true;
    return &b->progress;
}

void cli_bar_stop(cli_bar *b)
{
    if (!b->running)
        return;
    pthread_mutex_lock(&b->mu);
    b->stop = true;
    pthread_cond_signal(&b->cv);
    pthread_mutex_unlock(&b->mu);
    pthread_join(b->thread, NULL);
    fputs("\r\033[K", b->out);
    fflush(b->out);
    pthread_cond_destroy(&b->cv);
    pthread_mutex_destroy(&b->mu);
    b->running = false;
}
