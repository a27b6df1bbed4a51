#!/usr/bin/env bash
# Runs `pipeline bench` with its memory sampled by kind every second (scripts/memory-map.py), the live view
# timestamped, and the GC's counters (dotnet-counters, if installed: `dotnet tool install -g dotnet-counters`) beside
# it, so a peak can be told apart: docs/benchmarks.md, Memory. Usage: scripts/bench-memory.sh OUT_DIR [bench args...]
# Writes OUT_DIR/{report.txt,bench.json,live.txt,smaps.csv,counters.csv,uptime.txt}.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$1"; shift
mkdir -p "$out"
"$root/pipeline" --help >/dev/null  # build first, so the samples are of the bench, not the build
uptime > "$out/uptime.txt"
"$root/pipeline" bench --json "$out/bench.json" "$@" > "$out/report.txt" \
  2> >(while IFS= read -r line; do printf '%s %s\n' "$(date -u +%H:%M:%S)" "$line"; done > "$out/live.txt") &
pid=$!
python3 "$root/scripts/memory-map.py" "$pid" 1 > "$out/smaps.csv" 2>/dev/null &
counters="${DOTNET_COUNTERS:-$HOME/.dotnet/tools/dotnet-counters}"
if [ -x "$counters" ]; then
  # Attached a few seconds in: attached in the host's first moments, it once left the process stuck at start-up.
  ( sleep 4; "$counters" collect -p "$pid" --format csv --refresh-interval 1 --counters System.Runtime -o "$out/counters.csv" >/dev/null 2>&1 || true ) &
fi
wait "$pid"
uptime >> "$out/uptime.txt"
