/* progress_bar.h — the bar a long audit shows on stderr when stderr is a
 * terminal (SPEC section 4): a thread of its own redraws it a few times a
 * second from the ra_progress the engine advances, and erases it when the
 * work is done, so that what is printed next starts on a clean line.
 *
 * The caller owns the cli_bar; between start and stop nothing else may
 * write to stderr. */
#ifndef RA_CLI_PROGRESS_BAR_H
#define RA_CLI_PROGRESS_BAR_H

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "progress.h"

typedef struct {
    ra_progress progress; /* hand &progress to the engine */
    /* private */
    FILE *out;
    struct timespec start;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool stop, running;
} cli_bar;

/* Draws the bar once and starts redrawing it, when stderr is a terminal,
 * and returns the progress to hand the engine. NULL otherwise, or when no
 * thread can be had: nothing is drawn. */
ra_progress *cli_bar_start(cli_bar *b);

/* Stops redrawing and erases the bar; nothing on a bar that does not draw
 * (after a start that returned NULL, or zeroed and never started). */
void cli_bar_stop(cli_bar *b);

/* Seconds since t0, both on CLOCK_MONOTONIC: progress shown to people must
 * not jump when someone sets the clock. */
double cli_seconds_since(const struct timespec *t0);

#endif
