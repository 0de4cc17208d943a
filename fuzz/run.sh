#!/usr/bin/env bash
# Coverage-guided fuzzing of the models with AFL++ through afl.rs, which works on stable Rust.
#
#   fuzz/run.sh 600        # fuzz for 600 seconds (default 60)
#
# Installs cargo-afl (and builds AFL++) on first use. The seed corpus is fuzz/seeds/, our bundled
# example data, and, when ../shared/reference/ is beside the repository, its example bodies (copied
# into the run's own folder, never into the repository). Findings land in fuzz/target/afl-out/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"

if ! cargo afl --version >/dev/null 2>&1; then
    cargo install cargo-afl --locked
fi
# Builds AFL++ itself once; a no-op afterwards.
cargo afl config --build >/dev/null 2>&1 || cargo afl config --build --force

corpus=target/afl-corpus
rm -rf "$corpus" && mkdir -p "$corpus"
cp seeds/*.json ../model/examples/data/*.json "$corpus"/
if [ -d ../../shared/reference/examples ]; then
    find ../../shared/reference/examples ../../shared/reference/fixtures -name '*.json' -exec cp {} "$corpus"/ \;
fi

cargo afl build --release --bin read_models
AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
    cargo afl fuzz -V "$seconds" -i "$corpus" -o target/afl-out target/release/read_models

crashes=$(find target/afl-out -path '*crashes/id*' | wc -l)
echo "fuzzed for ${seconds}s; crashes found: ${crashes}"
[ "$crashes" -eq 0 ]
