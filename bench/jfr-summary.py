#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample` output: top frames (self time) and the share
of samples under each frame of interest (inclusive), optionally only samples under a root frame.

usage: jfr print --events jdk.ExecutionSample rec.jfr | python3 bench/jfr-summary.py [ROOT] [TOP]
"""
import collections
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else None
top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = sys.stdin.read()
self_counts = collections.Counter()
inclusive = collections.Counter()
total = 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames or (root and not any(root in f for f in frames)):
        continue
    total += 1
    self_counts[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1
print(f"samples: {total}" + (f" under {root}" if root else ""))
print("self (top frames):")
for frame, count in self_counts.most_common(top_n):
    print(f"  {100 * count / total:5.1f}%  {frame}")
print("inclusive (buurtkennis and Lucene search/facet/highlight frames):")
for frame, count in inclusive.most_common():
    if count / total < 0.02:
        break
    if re.search(r"buurtkennis|uhighlight|facet|search\.|analysis|index\.IndexWriter|DocumentsWriter", frame):
        print(f"  {100 * count / total:5.1f}%  {frame}")
