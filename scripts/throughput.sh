#!/usr/bin/env bash
# Batch throughput and memory of the full `quotes --jsonl` path (parse + quotes + speakers +
# JSON out), on the PolNeAR dev texts (../shared/data/polnear/dev.jsonl, 84 articles,
# 415 KB of text) repeated.
#
#   scripts/throughput.sh            # throughput at --threads 1 and 2, RSS for 1k and 100k docs
#   REPEAT=121 RUNS=3 scripts/throughput.sh
#
# MB/s = bytes of article text (the "text" fields, UTF-8) / wall-clock seconds, 1 MB = 10^6
# bytes. Input is read from a file in target/throughput/, output goes to /dev/null.
# Peak RSS is the "Maximum resident set size" of /usr/bin/time -v.
set -euo pipefail
cd "$(dirname "$0")/.."
gold="../shared/data/polnear/dev.jsonl"
out="target/throughput"
repeat="${REPEAT:-121}"   # 121 x 415 KB = 50.2 MB of text
runs="${RUNS:-3}"
mkdir -p "$out"
if [ ! -x /usr/bin/time ]; then
    echo "error: /usr/bin/time is missing (apt-get install time)" >&2
    exit 2
fi
cargo build --release --example quotes >&2
bin=target/release/examples/quotes

# $1 copies of dev as {"id","text"} lines (ids made unique), to $2; prints the text bytes.
make_input() {
    python3 - "$gold" "$1" "$2" <<'EOF'
import json, sys
gold, copies, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
docs = [json.loads(l) for l in open(gold, encoding="utf-8") if l.strip()]
lines = [(d["id"], d["text"]) for d in docs]
text_bytes = 0
with open(path, "w", encoding="utf-8") as f:
    n = 0
    for c in range(copies):
        for i, t in lines:
            f.write(json.dumps({"id": f"{i}#{c}", "text": t}, ensure_ascii=False))
            f.write("\n")
            text_bytes += len(t.encode("utf-8"))
print(text_bytes)
EOF
}

# first $1 documents of the dev texts cycled, to $2; prints the text bytes.
make_docs() {
    local copies=$(( ($1 + 83) / 84 ))
    make_input "$copies" "$2.all" >/dev/null
    head -n "$1" "$2.all" > "$2"
    rm -f "$2.all"
    python3 -c '
import json, sys
print(sum(len(json.loads(l)["text"].encode("utf-8")) for l in open(sys.argv[1], encoding="utf-8")))
' "$2"
}

input="$out/dev_x${repeat}.jsonl"
bytes=$(make_input "$repeat" "$input")
docs=$(wc -l < "$input")
echo "input: $input: $docs documents, $bytes bytes of text, $(stat -c %s "$input") bytes of JSON lines"

# "wall cpu" seconds of one run of `quotes --jsonl --threads $1` over $input (cpu = user + sys)
run_once() {
    /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$bin" --jsonl --threads "$1" < "$input" > /dev/null
    awk '{printf "%s %.2f\n", $1, $2 + $3}' "$out/time.txt"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for threads in 1 2; do
    best=""
    cpu=""
    all=""
    for _ in $(seq "$runs"); do
        read -r s c < <(run_once "$threads")
        all="$all $s"
        if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; cpu=$c; fi
    done
    mbs=$(awk "BEGIN{printf \"%.1f\", $bytes / 1e6 / $best}")
    per_cpu=$(awk "BEGIN{printf \"%.1f\", $bytes / 1e6 / $cpu}")
    echo "quotes --jsonl --threads $threads: wall runs (s):$all; best ${best}s = $mbs MB/s wall; that run used ${cpu}s CPU = $per_cpu MB/s per CPU-second"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

for n in 1000 100000; do
    f="$out/docs_$n.jsonl"
    b=$(make_docs "$n" "$f")
    /usr/bin/time -v -o "$out/rss_$n.txt" "$bin" --jsonl --threads 1 < "$f" > /dev/null
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/rss_$n.txt")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/rss_$n.txt")
    /usr/bin/time -v -o "$out/rss2_$n.txt" "$bin" --jsonl --threads 2 < "$f" > /dev/null
    rss2=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/rss2_$n.txt")
    echo "peak RSS, $n documents ($b bytes of text): threads 1: $rss KB (wall $wall); threads 2: $rss2 KB"
    rm -f "$f"
done
