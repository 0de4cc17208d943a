#!/usr/bin/env bash
# Build time of the crate `hcloud-model` alone against the `hcloud` 0.26 crate (default features
# off), measured the same way in one run: the dev profile, each crate's own unit duration from
# `cargo build --timings`, cold (a fresh target folder, dependencies built too but not counted)
# and after touching the crate's lib.rs. The variants run interleaved, so each ratio is of one run.
#
#   benches/crate_build_time.sh [REV ...]     # hcloud-model at each git REV (default: HEAD)
#
# COLD (default 2) and TOUCHED (default 3) set the repetitions. Needs python3 and the network
# for the first download of hcloud 0.26 (crates.io).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${CRATE_BUILD_WORK:-$root/benches/target/crate-build}"
cold="${COLD:-2}"
touched="${TOUCHED:-3}"
revs=("${@:-HEAD}")
mkdir -p "$work"

consumer() { # name, dependency line
  mkdir -p "$work/$1/src"
  printf '[package]\nname = "consumer-%s"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\n%s\n[workspace]\n' "$1" "$2" > "$work/$1/Cargo.toml"
  echo "" > "$work/$1/src/lib.rs"
}

# hcloud 0.26, as a path dependency so its lib.rs can be touched.
if [ ! -d "$work/hcloud-src" ]; then
  consumer fetch 'hcloud = { version = "=0.26.0", default-features = false }'
  (cd "$work/fetch" && cargo fetch -q)
  cp -r "$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/hcloud-0.26.0 | head -1)" "$work/hcloud-src"
fi
variants=(hcloud)
consumer hcloud "hcloud = { path = \"$work/hcloud-src\", default-features = false }"
libs=("$work/hcloud-src/src/lib.rs")
units=("hcloud")
for rev in "${revs[@]}"; do
  name="hcloud-model-$(git -C "$root" rev-parse --short "$rev")"
  rm -rf "$work/$name-src" && mkdir -p "$work/$name-src"
  git -C "$root" archive "$rev" | tar -x -C "$work/$name-src"
  consumer "$name" "hcloud-model = { path = \"$work/$name-src/model\" }"
  variants+=("$name"); libs+=("$work/$name-src/model/src/lib.rs"); units+=("hcloud-model")
done

unit_seconds() { # target dir, unit name: the unit's duration in the last timing report
  python3 - "$1/cargo-timings/cargo-timing.html" "$2" <<'PY'
import json, re, sys
html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", html, re.S).group(1))
print(max(u["duration"] for u in units if u["name"] == sys.argv[2] and u.get("target", "") in ("", " (lib)", "lib")) if any(u["name"] == sys.argv[2] for u in units) else "nan")
PY
}

declare -A results
for kind in cold touched; do
  reps=$cold; [ "$kind" = touched ] && reps=$touched
  for ((r = 0; r < reps; r++)); do
    for i in "${!variants[@]}"; do
      v=${variants[$i]}; target="$work/$v/target"
      if [ "$kind" = cold ]; then rm -rf "$target"; else touch "${libs[$i]}"; fi
      (cd "$work/$v" && CARGO_TARGET_DIR="$target" cargo build -q --timings 2>/dev/null)
      results["$v/$kind"]+="$(unit_seconds "$target" "${units[$i]}") "
    done
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "| crate | cold build, own unit (median) | after a touch (median) | cold / hcloud | touch / hcloud |"
echo "|---|---|---|---|---|"
base_cold=$(echo "${results[hcloud/cold]}" | median); base_touch=$(echo "${results[hcloud/touched]}" | median)
for v in "${variants[@]}"; do
  c=$(echo "${results[$v/cold]}" | median); t=$(echo "${results[$v/touched]}" | median)
  printf '| %s | %.2f s | %.2f s | %.2f | %.2f |\n' "$v" "$c" "$t" "$(echo "$c / $base_cold" | bc -l)" "$(echo "$t / $base_touch" | bc -l)"
done
