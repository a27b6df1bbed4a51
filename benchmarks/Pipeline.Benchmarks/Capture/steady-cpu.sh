#!/usr/bin/env bash
# Steady-state CPU of a process: utime+stime from /proc between two instants after warm-up.
# usage: steady-cpu.sh LABEL WARMUP SECONDS -- command...   (STOP=1 sends SIGTERM after measuring;
#        THREADS=1 also prints each thread's share, by thread name, summed over threads of the same name)
label=$1; warm=$2; secs=$3; shift 4
"$@" > ${TMPDIR:-/tmp}/steady-$label.out 2>&1 &
pid=$!
sleep "$warm"
# Per thread: "tid (name) state ..." with utime and stime the 12th and 13th fields after the name.
threads() { for f in /proc/$pid/task/*/stat; do sed -E 's/^([0-9]+) \((.*)\) (.*)$/\1|\2|\3/' "$f" 2>/dev/null; done | awk -F'|' '{ split($3, v, " "); print $1 "|" $2 "|" v[12] + v[13] }'; }
read -r -a a < /proc/$pid/stat; t0=$(( a[13] + a[14] ))
[ -n "${THREADS:-}" ] && threads > ${TMPDIR:-/tmp}/steady-$label.t0
sleep "$secs"
read -r -a b < /proc/$pid/stat; t1=$(( b[13] + b[14] ))
[ -n "${THREADS:-}" ] && threads > ${TMPDIR:-/tmp}/steady-$label.t1
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status); hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
tck=$(getconf CLK_TCK)
[ -n "${STOP:-}" ] && kill -TERM $pid
echo "$label: cpu_seconds=$(echo "scale=3; ($t1-$t0)/$tck" | bc) over ${secs}s => $(echo "scale=2; 100*($t1-$t0)/$tck/$secs" | bc)% of a core; rss_kb=$rss peak_rss_kb=$hwm"
if [ -n "${THREADS:-}" ]; then
  # Threads that started during the window count from zero; threads that ended are missed (say so by their absence).
  awk -F'|' -v tck="$tck" -v secs="$secs" 'NR == FNR { t0[$1] = $3; next } { d = $3 - ($1 in t0 ? t0[$1] : 0); by[$2] += d; n[$2]++ }
    END { for (k in by) if (by[k] > 0) printf "  %-24s x%-3d %6.2f%% of a core\n", k, n[k], 100 * by[k] / tck / secs }' \
    ${TMPDIR:-/tmp}/steady-$label.t0 ${TMPDIR:-/tmp}/steady-$label.t1 | sort -t'x' -k2 -rn | sort -k3 -rn
fi
wait $pid
