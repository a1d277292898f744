/* refuse_threads.c — a test library that tests/e2e/no_threads.sh preloads
 * into the CLI (LD_PRELOAD). pthread_create fails with EAGAIN, as it does for
 * a process out of threads or memory, except for the first
 * RA_REFUSE_THREADS_AFTER calls (default 0), which start their thread. At
 * exit it writes the number of calls it refused to RA_REFUSE_THREADS_LOG
 * when set, so that a test knows the refusals happened. Test code only: its
 * counters are the process's, which is what it measures. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

typedef int create_fn(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);

static atomic_long calls, refused;

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
{
    const char *after = getenv("RA_REFUSE_THREADS_AFTER");
    long allowed = after ? atol(after) : 0;
    if (atomic_fetch_add(&calls, 1) >= allowed) {
        atomic_fetch_add(&refused, 1);
        return EAGAIN;
    }
    create_fn *real = (create_fn *)dlsym(RTLD_NEXT, "pthread_create");
    return real ? real(thread, attr, start, arg) : EAGAIN;
}

__attribute__((destructor)) static void report(void)
{
    const char *path = getenv("RA_REFUSE_THREADS_LOG");
    FILE *f = path ? fopen(path, "w") : NULL;
    if (f) {
        fprintf(f, "%ld\n", (long)atomic_load(&refused));
        fclose(f);
    }
}
