/* tempfile.c — unique names from the process, the thread's stack and the
 * clock, retried on a clash; O_EXCL makes the creation atomic. */
#define _XOPEN_SOURCE 700 /* realpath (XSI) */
#include "tempfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int ra_tempfile_open(const char *path, char **tmp)
{
    size_t n = strlen(path) + 24;
    char *name = malloc(n);
    if (!name) {
        errno = ENOMEM;
        return -1;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t x = (uint64_t)getpid() * 0x9E3779B97F4A7C15u ^ (uint64_t)(uintptr_t)&ts ^
                 (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20);
    for (int attempt = 0; attempt < 100; attempt++) {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27; /* xorshift: a new name for each attempt */
        snprintf(name, n, "%s.tmp-%08x", path, (unsigned)(x * 0x2545F4914F6CDD1Du >> 32));
        int fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            *tmp = name;
            return fd;
        }
        if (errno != EEXIST)
            break;
    }
    int saved = errno;
    free(name);
    errno = saved;
    return -1;
}

char *ra_output_target(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode)) {
        char *same = strdup(path); /* absent or not a link: written as named */
        if (!same)
            errno = ENOMEM;
        return same;
    }
    return realpath(path, NULL); /* NULL, errno ENOENT: a dangling link */
}

const char *ra_output_target_reason(int e)
{
    return e == ENOENT ? "a symbolic link to a file that does not exist" : strerror(e);
}

bool ra_output_is_special(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode);
}
