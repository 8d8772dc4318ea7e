#!/usr/bin/env bash
# Times meldwijzer against the targets, side by side in one hyperfine run, and prints the
# ratios: a scripted run against /bin/true, `check` on generated 10k and 100k flows, and
# `graph` and `diff` on a chain and a ladder 10,000 questions deep against `check` on them.
# Also reports peak memory on the default flow and the size of the release binary.
#
#   bash bench/compare.sh            # from the project folder
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v hyperfine >/dev/null 2>&1; then
  echo "hyperfine is missing: installing it"
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >/dev/null && apt-get install -y -qq hyperfine >/dev/null
  else
    cargo install --locked hyperfine
  fi
fi

cargo build --release --locked --quiet
cargo build --release --locked --quiet --example generate
bin=target/release/meldwijzer
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 10000 100000; do
  target/release/examples/generate "$n" "$work/$n"
done
for shape in chain ladder; do
  target/release/examples/generate "$shape" 10000 "$work/$shape"
  # The same flow with one outcome reworded in English: every route of the ladder changes.
  cp -r "$work/$shape" "$work/$shape-reworded"
  sed -i 's/You arrived\./You are there./' "$work/$shape-reworded/locales/en/flow.ftl"
done

scripted="$bin start --answer country=nl --answer nl-what=chat-app --format json"
check10k="$bin check --flow $work/10000/flow.toml --locales $work/10000/locales"
check100k="$bin check --flow $work/100000/flow.toml --locales $work/100000/locales"

hyperfine --shell=none --warmup 20 --runs 300 --export-json "$work/start.json" \
  --command-name true /bin/true --command-name scripted "$scripted"
hyperfine --shell=none --warmup 2 --runs 10 --export-json "$work/check.json" \
  --command-name check-10k "$check10k" --command-name check-100k "$check100k"

deep=()
for shape in chain ladder; do
  d="$work/$shape"
  deep+=(--command-name "check-$shape" "$bin check --flow $d/flow.toml --locales $d/locales")
  deep+=(--command-name "graph-$shape" "$bin graph --flow $d/flow.toml --locales $d/locales")
  deep+=(--command-name "diff-$shape" "$bin diff $d/flow.toml $d-reworded/flow.toml --old-locales $d/locales --new-locales $d-reworded/locales")
done
# diff exits 1 when the flows differ: that is its answer, not a failure.
hyperfine --shell=none --warmup 1 --runs 5 -i --export-json "$work/deep.json" "${deep[@]}"

peak_kb=$( { /usr/bin/time -f '%M' $scripted >/dev/null; } 2>&1 | tail -1 )
size=$(stat -c %s "$bin")

python3 - "$work/start.json" "$work/check.json" "$peak_kb" "$size" "$work/deep.json" <<'PY'
import json, sys
def means(path):
    return {r["command"]: r["mean"] for r in json.load(open(path))["results"]}
start, check = means(sys.argv[1]), means(sys.argv[2])
peak_mb, size_mb = int(sys.argv[3]) / 1024, int(sys.argv[4]) / 1024 / 1024
deep = means(sys.argv[5])
rows = [
    ("scripted run / /bin/true", start["scripted"] / start["true"], "x", 3.0),
    ("check 100k nodes", check["check-100k"], "s", 1.0),
    ("check 100k / check 10k", check["check-100k"] / check["check-10k"], "x", 12.0),
    ("peak memory, default flow", peak_mb, "MB", 15.0),
    ("release binary", size_mb, "MB", 6.0),
]
for shape in ("chain", "ladder"):
    for command in ("graph", "diff"):
        # "About the time check takes": at most 3x check on the same flow.
        rows.append((f"{command} / check, {shape} 10k deep",
                     deep[f"{command}-{shape}"] / deep[f"check-{shape}"], "x", 3.0))
print()
print(f"{'measure':30} {'value':>10}  {'target':>8}")
missed = 0
for name, value, unit, limit in rows:
    ok = value < limit if unit in ("s", "MB") else value <= limit
    missed += not ok
    print(f"{name:30} {value:9.2f}{unit:>2}  {'<' if unit in ('s', 'MB') else '<='}{limit:>5}{unit:<2} {'ok' if ok else 'MISSED'}")
print(f"\nscripted run {start['scripted']*1000:.2f} ms, /bin/true {start['true']*1000:.2f} ms; "
      f"check 10k {check['check-10k']*1000:.0f} ms, 100k {check['check-100k']*1000:.0f} ms")
print("deep flows: " + ", ".join(f"{name} {mean*1000:.0f} ms" for name, mean in deep.items()))
sys.exit(1 if missed else 0)
PY
