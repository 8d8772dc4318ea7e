#!/usr/bin/env bash
# Times meldwijzer against the targets and prints the figures:
# - start: a scripted run on the longest route of the built-in flow against /bin/true, run
#   in pairs in turn (which one goes first alternates), the median of the pairs' ratios;
#   with it, peak memory of that run and the size of the release binary;
# - `check` on generated 10k and 100k flows (the mean of 10 runs);
# - `graph` and `diff` on a chain and a ladder 10,000 questions deep against `check` on
#   them (hyperfine, side by side).
# It exits non-zero when a target is missed.
#
#   bash bench/compare.sh                 # from the project folder, the release build
#   bash bench/compare.sh static          # the same, linked statically (+crt-static)
#   bash bench/compare.sh start           # only the start, memory and size (either build)
#   bash bench/compare.sh static start
set -euo pipefail
cd "$(dirname "$0")/.."

static=0
dir=target
size_limit=3.5
parts=all
for arg in "$@"; do
  case "$arg" in
    static)
      # `cargo release-static` (.cargo/config.toml): +crt-static, with an explicit --target
      # so that the flag reaches only the program, not the proc-macros and build scripts.
      static=1
      dir=target/x86_64-unknown-linux-gnu
      size_limit=4.5
      ;;
    start) parts=start ;;
    *) echo "usage: bash bench/compare.sh [static] [start]" >&2; exit 2 ;;
  esac
done

if [ "$static" = 1 ]; then
  cargo release-static --locked --quiet
else
  cargo build --release --locked --quiet
fi
bin=$dir/release/meldwijzer
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$parts" = all ]; then
  if ! command -v hyperfine >/dev/null 2>&1; then
    echo "hyperfine is missing: installing it"
    if command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq >/dev/null && apt-get install -y -qq hyperfine >/dev/null
    else
      cargo install --locked hyperfine
    fi
  fi
  cargo build --release --locked --quiet --example generate
  for n in 10000 100000; do
    target/release/examples/generate "$n" "$work/$n"
  done
  for shape in chain ladder; do
    target/release/examples/generate "$shape" 10000 "$work/$shape"
    # The same flow with one outcome reworded in English: every route of the ladder changes.
    cp -r "$work/$shape" "$work/$shape-reworded"
    sed -i 's/You arrived\./You are there./' "$work/$shape-reworded/locales/en/flow.ftl"
  done
  deep=()
  for shape in chain ladder; do
    d="$work/$shape"
    deep+=(--command-name "check-$shape" "$bin check --flow $d/flow.toml --locales $d/locales")
    deep+=(--command-name "graph-$shape" "$bin graph --flow $d/flow.toml --locales $d/locales")
    deep+=(--command-name "diff-$shape" "$bin diff $d/flow.toml $d-reworded/flow.toml --old-locales $d/locales --new-locales $d-reworded/locales")
  done
  # diff exits 1 when the flows differ: that is its answer, not a failure.
  hyperfine --shell=none --warmup 1 --runs 5 -i --export-json "$work/deep.json" "${deep[@]}" >/dev/null
fi

python3 - "$bin" "$work" "$size_limit" "$parts" <<'PY'
import json, os, statistics, subprocess, sys, time

bin, work, size_limit, parts = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]

# The longest route: the one with the most answers.
routes = json.loads(subprocess.run([bin, "paths", "--format", "json", "--lang", "en"],
                                   check=True, capture_output=True).stdout)["routes"]
longest = max(routes, key=lambda r: len(r["answers"]))
scripted = [bin, "start", "--lang", "en", "--format", "json"]
for a in longest["answers"]:
    scripted += ["--answer", f"{a['question']}={a['answer']}"]
true = ["/bin/true"]

def once(argv, ok=(0,)):
    """Wall time of one run, in seconds; output to /dev/null."""
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0)])
    _, status = os.waitpid(pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in ok:
        sys.exit(f"{' '.join(argv)} failed")
    return elapsed

for _ in range(30):
    once(true), once(scripted)
ratios, t_true, t_run = [], [], []
for i in range(600):
    pair = (true, scripted) if i % 2 == 0 else (scripted, true)
    times = {id(argv): once(argv) for argv in pair}
    a, b = times[id(true)], times[id(scripted)]
    t_true.append(a), t_run.append(b), ratios.append(b / a)
ratio = statistics.median(ratios)

peak = subprocess.run(["/usr/bin/time", "-f", "%M"] + scripted, capture_output=True, text=True)
peak_mb = int(peak.stderr.strip().splitlines()[-1]) / 1024
size_mb = os.stat(bin).st_size / 1e6

rows = [("start (longest route) / /bin/true", ratio, "x", 1.8)]
if parts == "all":
    def mean_of(argv, runs=10):
        return statistics.mean(once(argv) for _ in range(runs))
    check10k = mean_of([bin, "check", "--flow", f"{work}/10000/flow.toml", "--locales", f"{work}/10000/locales"])
    check100k = mean_of([bin, "check", "--flow", f"{work}/100000/flow.toml", "--locales", f"{work}/100000/locales"])
    rows += [
        ("check 100k nodes", check100k, "s", 1.0),
        ("check 100k / check 10k", check100k / check10k, "x", 12.0),
    ]
rows += [
    ("peak memory, default flow", peak_mb, "MB", 15.0),
    ("release binary", size_mb, "MB", size_limit),
]
if parts == "all":
    deep = {r["command"]: r["mean"] for r in json.load(open(f"{work}/deep.json"))["results"]}
    for shape in ("chain", "ladder"):
        for command in ("graph", "diff"):
            # "About the time check takes": at most 3x check on the same flow.
            rows.append((f"{command} / check, {shape} 10k deep",
                         deep[f"{command}-{shape}"] / deep[f"check-{shape}"], "x", 3.0))

print(f"longest route: {len(longest['answers'])} answers, to `{longest['outcome']}`")
print(f"{'measure':36} {'value':>10}  {'target':>8}")
missed = 0
for name, value, unit, limit in rows:
    ok = value <= limit
    missed += not ok
    print(f"{name:36} {value:9.2f}{unit:>2}  <={limit:>5}{unit:<2} {'ok' if ok else 'MISSED'}")
print(f"\nmedians of {len(ratios)} pairs: scripted run {statistics.median(t_run)*1000:.2f} ms, "
      f"/bin/true {statistics.median(t_true)*1000:.2f} ms")
if parts == "all":
    print(f"check 10k {check10k*1000:.0f} ms, 100k {check100k*1000:.0f} ms")
    print("deep flows: " + ", ".join(f"{name} {mean*1000:.0f} ms" for name, mean in deep.items()))
print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
sys.exit(1 if missed else 0)
PY
