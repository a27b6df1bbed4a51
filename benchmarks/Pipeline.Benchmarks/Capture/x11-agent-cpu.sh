#!/usr/bin/env bash
# The real agent (`pipeline capture`) on Xvfb, driven by one xdotool process at about 100 pointer moves a second.
P="$(cd "$(dirname "$0")"/../../.. && pwd)"/platform/Pipeline.Cli/bin/Release/net10.0/pipeline
export XDG_STATE_HOME=$(mktemp -d)
BS=$(cat ${BROKER_FILE:-$HOME/.local/state/pipeline/broker.bootstrap})
Xvfb :${DISPLAY_NUMBER:-78} -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
sleep 1
DISPLAY=:${DISPLAY_NUMBER:-78} xmessage -name editor "measuring" & mpid=$!
sleep 1
DISPLAY=:${DISPLAY_NUMBER:-78} xdotool search --class Xmessage windowfocus --sync
$P consent grant >/dev/null
rate=${1:-100}; secs=70   # usage: x11-agent-cpu.sh [RATE]  (a `pipeline broker` running; BROKER_FILE=its broker.bootstrap)
sleep_s=$(echo "scale=4; 1/$rate" | bc)
# One xdotool process per 2,000 moves (a longer command line is too long for exec).
args=(); for i in $(seq 1 2000); do args+=(mousemove $((100 + i % 500)) $((100 + (i / 500) % 400)) sleep $sleep_s); done
(sleep 3; end=$((SECONDS + secs)); while [ $SECONDS -lt $end ]; do DISPLAY=:${DISPLAY_NUMBER:-78} xdotool "${args[@]}" 2>/dev/null || break; done) &
STOP=1 "$(dirname "$0")"/steady-cpu.sh x11-$rate 25 40 -- $P capture --display :${DISPLAY_NUMBER:-78} --allow-apps Xmessage --log-level information --bootstrap $BS
kill $mpid $xpid 2>/dev/null
