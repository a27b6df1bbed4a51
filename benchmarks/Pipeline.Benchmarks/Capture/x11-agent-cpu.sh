#!/usr/bin/env bash
# The real agent (`pipeline capture`) on Xvfb, driven by one xdotool process at about RATE pointer moves a second,
# its CPU and memory measured in the steady state by steady-cpu.sh. Self-contained: it starts its own embedded broker
# (`pipeline broker`) in a scratch state directory unless BOOTSTRAP=HOST:PORT names one, and stops what it started.
#   usage: [WARM=S] [THREADS=1] x11-agent-cpu.sh [RATE] [WINDOW_SECONDS]   (default 100 moves/s, a 40 s window after
#   WARM=25 s of warm-up; THREADS=1 adds the share of each thread)
# Extra environment for the agent (e.g. DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=70 to compare) passes through.
set -euo pipefail
root="$(cd "$(dirname "$0")"/../../.. && pwd)"
"$root/pipeline" --help >/dev/null        # builds the host once (Release, ReadyToRun) so no build runs while measuring
P="$root/.pipeline/bin/pipeline"
rate=${1:-100}; window=${2:-40}; warm=${WARM:-25}
display=:${DISPLAY_NUMBER:-78}
export XDG_STATE_HOME; XDG_STATE_HOME=$(mktemp -d)
# Synthetic input on a scratch display: the well-known development keys are fine, and the agent must be told so.
export PIPELINE__Shredding__AllowDevelopmentKeys=true
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$XDG_STATE_HOME"; }
trap cleanup EXIT

bootstrap=${BOOTSTRAP:-}
if [ -z "$bootstrap" ]; then
  "$P" broker --log-level warning >"$XDG_STATE_HOME/broker.out" 2>&1 & pids+=($!)
  for _ in $(seq 1 100); do bootstrap=$(sed -n 's/^bootstrap: //p' "$XDG_STATE_HOME/broker.out"); [ -n "$bootstrap" ] && break; sleep 0.2; done
  [ -n "$bootstrap" ] || { echo "the embedded broker did not start" >&2; cat "$XDG_STATE_HOME/broker.out" >&2; exit 1; }
fi

Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
for _ in $(seq 1 50); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$display xmessage -name editor "measuring" & pids+=($!)
DISPLAY=$display xdotool search --sync --class Xmessage windowfocus --sync
"$P" consent grant >/dev/null

sleep_s=$(echo "scale=4; 1/$rate" | bc)
# One xdotool process per 2,000 moves (a longer command line is too long for exec), for warm-up plus the window.
args=(); for i in $(seq 1 2000); do args+=(mousemove $((100 + i % 500)) $((100 + (i / 500) % 400)) sleep "$sleep_s"); done
(end=$((SECONDS + warm + window + 5)); while [ $SECONDS -lt $end ]; do DISPLAY=$display xdotool "${args[@]}" 2>/dev/null || break; done) & pids+=($!)
# The agent exits 130 after the SIGTERM that ends the measurement (flushed and drained): a clean stop.
STOP=1 "$(dirname "$0")"/steady-cpu.sh "x11-$rate" "$warm" "$window" -- \
  "$P" capture --display "$display" --allow-apps Xmessage --log-level warning --bootstrap "$bootstrap" || [ $? -eq 130 ]
"$P" consent status | grep -i -E "agent|accepted|delivered" || true
