# Thin wrapper around CMake. `make` builds build/recruitaudit; `make demo` and
# `make test` first install the Debian packages they need (see tools/deps.sh).
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRA_WERROR=ON

.PHONY: all deps configure demo test asan fuzz bench clean

all: configure
	cmake --build $(BUILD) -j $(JOBS)

configure:
	@test -f $(BUILD)/CMakeCache.txt || cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

deps:
	@bash tools/deps.sh build

demo: deps all
	@bash tools/demo.sh $(BUILD)

test: deps all
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan: deps
	@test -f $(ASAN_BUILD)/CMakeCache.txt || cmake -S . -B $(ASAN_BUILD) \
	    -DCMAKE_BUILD_TYPE=Debug -DRA_WERROR=ON -DRA_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

# libFuzzer targets (tests/fuzz) in their own clang build; run one with e.g.
# build-fuzz/tests/fuzz/fuzz_loader -max_total_time=60 tests/fuzz/corpus/loader
fuzz:
	@bash tools/deps.sh fuzz
	@test -f build-fuzz/CMakeCache.txt || CC=clang cmake -S . -B build-fuzz \
	    -DCMAKE_BUILD_TYPE=Debug -DRA_WERROR=ON -DRA_SANITIZE=ON -DRA_FUZZ=ON
	cmake --build build-fuzz -j $(JOBS) --target fuzz_loader fuzz_rules fuzz_contract fuzz_verify

bench: all
	@bash tests/bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
