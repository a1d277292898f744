/* xlsx_time.c — gmtime() with one result buffer per thread, for
 * libxlsxwriter.
 *
 * libxlsxwriter (1.1.4 in Debian 12) formats a workbook's dates with
 * gmtime(), whose result is one static buffer shared by every thread; batch
 * workers close workbooks at the same time. Serialising the whole report
 * write (as recruitaudit did) made a two-job batch barely faster than one,
 * since writing the workbook is most of each job. This definition takes the
 * place of the C library's for the whole program: the dynamic linker looks
 * in the executable first, so the library's calls land here. recruitaudit's
 * own code uses gmtime_r. It is compiled into every program that links
 * ra_reports (an INTERFACE source in CMakeLists.txt); test_report checks
 * that the replacement is the one in use. */
#include <time.h>

struct tm *gmtime(const time_t *t)
{
    static _Thread_local struct tm result;
    return gmtime_r(t, &result);
}
