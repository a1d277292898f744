#!/usr/bin/env bash
# Installs the Debian 12 packages recruitaudit needs, when missing.
# As root: apt-get install -y. Otherwise: prints the exact sudo line and fails.
set -euo pipefail

# libxlsxwriter-dev does not pull in zlib1g-dev, though its .pc file links -lz.
# python3-openpyxl is test tooling only: tests read the xlsx back with it
# (through /usr/bin/python3, Debian's interpreter).
PKGS=(cmake make gcc pkg-config libc6-dev
      libxlsxwriter-dev zlib1g-dev libminizip-dev libcsv-dev libpcre2-dev libssl-dev
      libcunit1-dev openssl python3 python3-openpyxl)
# libFuzzer (make fuzz, and the short fuzz runs of make test) needs clang and
# its runtime, which clang-14 only recommends.
PKGS+=(clang libclang-rt-14-dev)
# valgrind: the memcheck e2e test (tests/e2e/valgrind.sh) skips without it.
PKGS+=(valgrind)

missing=()
for p in "${PKGS[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
    echo "deps: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "deps: missing Debian packages. Run:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
