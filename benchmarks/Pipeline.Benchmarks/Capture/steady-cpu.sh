#!/usr/bin/env bash
# Steady-state CPU of a process: utime+stime from /proc between two instants after warm-up.
# usage: steady-cpu.sh LABEL WARMUP SECONDS -- command...   (STOP=1 sends SIGTERM after measuring)
label=$1; warm=$2; secs=$3; shift 4
"$@" > ${TMPDIR:-/tmp}/steady-$label.out 2>&1 &
pid=$!
sleep "$warm"
read -r -a a < /proc/$pid/stat; t0=$(( a[13] + a[14] ))
sleep "$secs"
read -r -a b < /proc/$pid/stat; t1=$(( b[13] + b[14] ))
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status); hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
tck=$(getconf CLK_TCK)
[ -n "${STOP:-}" ] && kill -TERM $pid
echo "$label: cpu_seconds=$(echo "scale=3; ($t1-$t0)/$tck" | bc) over ${secs}s => $(echo "scale=2; 100*($t1-$t0)/$tck/$secs" | bc)% of a core; rss_kb=$rss peak_rss_kb=$hwm"
wait $pid
