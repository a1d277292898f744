# paths.sh — sourced by the e2e scripts: where the sources and the binary are.
# Sets here (this folder), src (RA_SOURCE_DIR, default the repository root) and
# bin (RA_BIN, default $src/build/recruitaudit; made absolute).
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${RA_SOURCE_DIR:-$(cd "$here/../.." && pwd)}
src=$(cd "$src" && pwd)
bin=${RA_BIN:-$src/build/recruitaudit}
case "$bin" in /*) ;; *) bin=$(pwd)/$bin ;; esac
