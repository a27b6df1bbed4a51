#!/usr/bin/env python3
"""Samples a process's resident memory by kind, from /proc/PID/smaps, once per INTERVAL seconds, as CSV (MB) on stdout.

Usage: memory-map.py PID [INTERVAL]

Kinds: gc_reserved_range is every resident page of an anonymous range of 4 GiB or more (the .NET GC reserves one range
for its regions, so this is the managed heap as the kernel sees it); glibc_arenas are anonymous runs 64 MiB-aligned and
a multiple of 64 MiB long (malloc's per-thread arenas); glibc_main_heap is [heap] (brk); anon_other is every other
anonymous mapping (malloc's mmapped large blocks, thread stacks, the runtime's own heaps); jit_doublemapped is the
runtime's executable memory; file_so / file_dll are mapped native libraries and assemblies. Used by
scripts/bench-memory.sh; docs/benchmarks.md (Memory) says what each kind held in the bench.
"""
import sys, re, time, os
MB = 1024.0
ARENA = 64 << 20
def parse(pid):
    maps = []
    cur = None
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            m = re.match(r'^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$', line)
            if m:
                cur = dict(start=int(m[1],16), end=int(m[2],16), perms=m[3], path=m[4].strip(), rss=0, anon=0)
                maps.append(cur)
            elif line.startswith('Rss:'):
                cur['rss'] = int(line.split()[1])
            elif line.startswith('Anonymous:'):
                cur['anon'] = int(line.split()[1])
    return maps
def classify(maps):
    out = {}
    def add(k, v): out[k] = out.get(k, 0) + v
    i = 0
    n = len(maps)
    while i < n:
        m = maps[i]
        p = m['path']
        if p == '':
            # contiguous run of anonymous mappings
            j = i
            while j + 1 < n and maps[j+1]['path'] == '' and maps[j+1]['start'] == maps[j]['end']:
                j += 1
            run = maps[i:j+1]
            length = run[-1]['end'] - run[0]['start']
            rss = sum(x['rss'] for x in run)
            if length >= (4 << 30):
                add('gc_reserved_range', rss)
            elif run[0]['start'] % ARENA == 0 and length % ARENA == 0:
                add('glibc_arenas', rss)
            else:
                add('anon_other', rss)
            i = j + 1
            continue
        if p == '[heap]': add('glibc_main_heap', m['rss'])
        elif p.startswith('[stack'): add('stack', m['rss'])
        elif 'doublemapper' in p: add('jit_doublemapped', m['rss'])
        elif p.startswith('['): add('other_special', m['rss'])
        elif p.endswith('.so') or '.so.' in p: add('file_so', m['rss'])
        elif p.endswith('.dll'): add('file_dll', m['rss'])
        else: add('file_other', m['rss'])
        i += 1
    return out
def status(pid):
    d = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(':')
            if k in ('VmRSS', 'VmHWM', 'RssAnon', 'RssFile', 'Threads'):
                d[k] = int(v.split()[0])
    return d
if __name__ == '__main__':
    pid = int(sys.argv[1]); interval = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    keys = ['gc_reserved_range','glibc_arenas','glibc_main_heap','anon_other','jit_doublemapped','file_so','file_dll','file_other','stack','other_special']
    print('time,load1,VmRSS,VmHWM,RssAnon,RssFile,Threads,' + ','.join(keys), flush=True)
    while os.path.exists(f"/proc/{pid}"):
        try:
            s = status(pid); c = classify(parse(pid))
        except (FileNotFoundError, ProcessLookupError):
            break
        load = open('/proc/loadavg').read().split()[0]
        print(time.strftime('%H:%M:%S', time.gmtime()) + f",{load}," + ','.join(str(round(s.get(k,0)/MB)) for k in ['VmRSS','VmHWM','RssAnon','RssFile']) + f",{s.get('Threads',0)}," + ','.join(str(round(c.get(k,0)/MB)) for k in keys), flush=True)
        time.sleep(interval)
