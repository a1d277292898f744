#!/usr/bin/env bash
# A short run of each libFuzzer target (tests/fuzz), built with clang in its
# own tree beside the test build. RA_SKIP_FUZZ=1 skips it (CI may, when time
# is short); so does a missing clang or libFuzzer runtime (libclang-rt-14-dev),
# and the sanitizer test tree (the targets carry their own sanitizers).
# RA_FUZZ_SECONDS sets the time per target (default 15).
set -u
bin=${RA_BIN:?}
src=${RA_SOURCE_DIR:?}
secs=${RA_FUZZ_SECONDS:-15}
if [[ "${RA_SKIP_FUZZ:-0}" == 1 ]]; then echo "skipped: RA_SKIP_FUZZ=1"; exit 0; fi
if grep -q __asan_init "$bin" 2>/dev/null; then echo "skipped: sanitizer build (runs in the plain one)"; exit 0; fi
if ! command -v clang >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "skipped: clang and libclang-rt-14-dev are needed (make fuzz installs them)"
    exit 0
fi
tree="$(dirname "$bin")/fuzz-smoke"
if [[ ! -f "$tree/CMakeCache.txt" ]]; then
    CC=clang cmake -S "$src" -B "$tree" -DCMAKE_BUILD_TYPE=Debug -DRA_WERROR=ON \
        -DRA_SANITIZE=ON -DRA_FUZZ=ON > "$tree.log" 2>&1 || { cat "$tree.log"; echo "0 passed, 1 failed"; exit 1; }
fi
cmake --build "$tree" -j 2 --target fuzz_loader fuzz_rules fuzz_contract fuzz_verify \
    > "$tree.log" 2>&1 || { tail -30 "$tree.log"; echo "0 passed, 1 failed"; exit 1; }
cd "$src" || exit 1
pass=0 fail=0
for t in loader rules contract verify; do
    work=$(mktemp -d)
    cp -r "$src/tests/fuzz/corpus/$t/." "$work/"
    if "$tree/tests/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/" "$work" > "$work/log" 2>&1; then
        echo "ok fuzz_$t: $(grep -o 'number_of_executed_units: [0-9]*' "$work/log" | cut -d' ' -f2) runs, $(grep -o 'cov: [0-9]*' "$work/log" | tail -1) in ${secs} s"
        pass=$((pass + 1))
    else
        echo "FAIL fuzz_$t:"; tail -40 "$work/log"
        fail=$((fail + 1))
    fi
    rm -rf "$work"
done
echo "$pass passed, $fail failed"
test "$fail" -eq 0
