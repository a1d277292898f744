/* test_filehash.c — SHA-256 of files against known digests. */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "filehash.h"

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(fwrite(data, 1, len, f), len);
    fclose(f);
}

static void test_known_digests(void)
{
    char path[] = "/tmp/ra_filehash_XXXXXX";
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
    char hex[RA_SHA256_HEX_MAX];
    uint64_t size = 99;
    ra_error err;
    write_file(path, "", 0);
    CU_ASSERT_EQUAL(ra_file_sha256(path, hex, &size, &err), RA_OK);
    CU_ASSERT_STRING_EQUAL(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CU_ASSERT_EQUAL(size, 0);
    write_file(path, "abc", 3);
    CU_ASSERT_EQUAL(ra_file_sha256(path, hex, &size, &err), RA_OK);
    CU_ASSERT_STRING_EQUAL(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CU_ASSERT_EQUAL(size, 3);
    /* Larger than one read buffer: 200,000 'a'. */
    char *big = malloc(200000);
    CU_ASSERT_PTR_NOT_NULL_FATAL(big);
    memset(big, 'a', 200000);
    write_file(path, big, 200000);
    free(big);
    CU_ASSERT_EQUAL(ra_file_sha256(path, hex, &size, &err), RA_OK);
    CU_ASSERT_EQUAL(size, 200000);
    CU_ASSERT_STRING_EQUAL(hex, "2287d207f24a941ff3b56c04c8a25ad56b63e3023207b3bb5b4ac0c9869d74be");
    unlink(path);
    CU_ASSERT_EQUAL(ra_file_sha256(path, hex, &size, &err), RA_ERR_IO);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "cannot open"));
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite s = CU_add_suite("filehash", NULL, NULL);
    CU_add_test(s, "known digests", test_known_digests);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
