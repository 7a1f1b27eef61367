#!/usr/bin/env bash
# Throughput of this checkout against a base commit, measured in the same run.
#
#   scripts/speed_vs_base.sh                 # base 39d6ed9, PolNeAR dev texts x60, 5 rounds
#   BASE=HEAD~3 REPEAT=121 ROUNDS=7 scripts/speed_vs_base.sh
#
# Builds the `quotes`, `parse` and `sentences` examples in release for both trees (the base
# in a git worktree under target/speed-base), writes the PolNeAR dev texts (../shared) as
# {"id","text"} lines repeated REPEAT times, then runs each tool of each build ROUNDS times,
# interleaved (base, new, base, new, ...), with --jsonl --threads 1, output to /dev/null.
# Each run's CPU seconds (user + sys, from wait4) are kept; the best of each is reported,
# with MB of article text (10^6 bytes of the "text" fields) per CPU-second and the ratio
# new / base. The machine's speed varies between days: the ratio is the figure to quote.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
base="${BASE:-39d6ed9}"
repeat="${REPEAT:-60}"
rounds="${ROUNDS:-5}"
gold="../shared/data/polnear/dev.jsonl"
out="$root/target/speed"
wt="$root/target/speed-base"
mkdir -p "$out"
if [ ! -f "$gold" ]; then
    echo "error: $gold is missing (the PolNeAR dev split lives in ../shared)" >&2
    exit 2
fi

# the base tree, at $base, in a worktree of its own (its own target directory)
rev=$(git rev-parse --verify "$base^{commit}")
if [ -d "$wt" ] && [ "$(git -C "$wt" rev-parse HEAD 2>/dev/null)" != "$rev" ]; then
    git worktree remove --force "$wt"
fi
if [ ! -d "$wt" ]; then
    git worktree add --detach "$wt" "$rev" >&2
fi
tools=(quotes parse sentences)
examples=()
for t in "${tools[@]}"; do examples+=(--example "$t"); done
(cd "$wt" && cargo build --release --quiet "${examples[@]}") >&2
cargo build --release --quiet "${examples[@]}" >&2

input="$out/dev_x${repeat}.jsonl"
bytes=$(python3 - "$gold" "$repeat" "$input" <<'EOF'
import json, sys
gold, copies, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
docs = [json.loads(l) for l in open(gold, encoding="utf-8") if l.strip()]
n = 0
with open(path, "w", encoding="utf-8") as f:
    for c in range(copies):
        for d in docs:
            f.write(json.dumps({"id": f'{d["id"]}#{c}', "text": d["text"]}, ensure_ascii=False))
            f.write("\n")
            n += len(d["text"].encode("utf-8"))
print(n)
EOF
)
echo "base $base ($(git log -1 --format=%h "$rev")), new $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src examples || echo '+changes')"
echo "input: $(wc -l < "$input") documents, $bytes bytes of text; $rounds interleaved rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# CPU seconds (user + sys, wait4's resource usage) of one run of binary $1
cpu_of() {
    python3 -c '
import os, subprocess, sys
with open(sys.argv[2], "rb") as f, open(os.devnull, "wb") as null:
    p = subprocess.Popen([sys.argv[1], "--jsonl", "--threads", "1"], stdin=f, stdout=null)
    _, status, ru = os.wait4(p.pid, 0)
if status != 0:
    sys.exit(f"{sys.argv[1]} failed with status {status}")
print(f"{ru.ru_utime + ru.ru_stime:.4f}")
' "$1" "$input"
}

for t in "${tools[@]}"; do
    b_best="" n_best=""
    for _ in $(seq "$rounds"); do
        b=$(cpu_of "$wt/target/release/examples/$t")
        n=$(cpu_of "target/release/examples/$t")
        if [ -z "$b_best" ] || awk "BEGIN{exit !($b < $b_best)}"; then b_best=$b; fi
        if [ -z "$n_best" ] || awk "BEGIN{exit !($n < $n_best)}"; then n_best=$n; fi
    done
    awk -v t="$t" -v b="$b_best" -v n="$n_best" -v bytes="$bytes" 'BEGIN {
        printf "%-10s base %6.3f s CPU = %6.1f MB/s   new %6.3f s CPU = %6.1f MB/s   new/base %.2fx\n",
            t, b, bytes / 1e6 / b, n, bytes / 1e6 / n, b / n }'
done
