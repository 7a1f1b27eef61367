#!/usr/bin/env bash
# quotewire against textacy (spaCy) on the same texts, in one run: the PolNeAR dev articles
# (../shared/data/polnear/dev.jsonl, 84 articles, 415 KB of text).
#
#   scripts/compare_speed.sh                 # PYTHON=python3 by default
#   PYTHON=/path/to/venv/bin/python REPEAT=50 scripts/compare_speed.sh
#
# quotewire: `quotes --jsonl --threads 1` (parse + quotes + speakers + JSON out) over the dev
# texts repeated REPEAT times (a 415 KB run is over too fast to time well), whole process.
# textacy: scripts/textacy_baseline.py over the dev texts once, pipeline + direct_quotations
# only (model load not counted). Both single process, single thread; both MB/s are text
# bytes / wall seconds, and also / CPU seconds (user + sys), as the machine may be shared.
# Needs textacy, spacy and an English model for $PYTHON (see scripts/textacy_baseline.py).
set -euo pipefail
cd "$(dirname "$0")/.."
gold="../shared/data/polnear/dev.jsonl"
out="target/compare"
repeat="${REPEAT:-50}"
python="${PYTHON:-python3}"
mkdir -p "$out"
cargo build --release --example quotes >&2
python3 - "$gold" "$repeat" "$out" <<'EOF'
import json, sys
gold, repeat, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
docs = [json.loads(l) for l in open(gold, encoding="utf-8") if l.strip()]
with open(f"{out}/dev.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
with open(f"{out}/dev_x{repeat}.jsonl", "w", encoding="utf-8") as f:
    for c in range(repeat):
        for d in docs:
            f.write(json.dumps({"id": f"{d['id']}#{c}", "text": d["text"]}, ensure_ascii=False) + "\n")
EOF
bytes=$(python3 -c '
import json, sys
print(sum(len(json.loads(l)["text"].encode("utf-8")) for l in open(sys.argv[1], encoding="utf-8")))
' "$out/dev.jsonl")

/usr/bin/time -f "%e %U %S" -o "$out/qw.time" \
    target/release/examples/quotes --jsonl --threads 1 < "$out/dev_x${repeat}.jsonl" > "$out/qw.out.jsonl"
read -r qw_wall qw_user qw_sys < "$out/qw.time"
qw_mbs=$(awk "BEGIN{printf \"%.2f\", $bytes * $repeat / 1e6 / $qw_wall}")
qw_cpu=$(awk "BEGIN{printf \"%.2f\", $bytes * $repeat / 1e6 / ($qw_user + $qw_sys)}")
echo "quotewire: $((84 * repeat)) documents, $((bytes * repeat)) bytes of text, ${qw_wall} s wall -> $qw_mbs MB/s; CPU $qw_user + $qw_sys s -> $qw_cpu MB/s"

/usr/bin/time -f "%e %U %S" -o "$out/tx.time" \
    "$python" scripts/textacy_baseline.py "$out/dev.jsonl" --out "$out/tx.out.jsonl" | tee "$out/tx.txt"
tx_mbs=$(sed -n 's/.* -> \([0-9.]*\) MB\/s.*/\1/p' "$out/tx.txt")
read -r tx_wall tx_user tx_sys < "$out/tx.time"
tx_cpu=$(awk "BEGIN{printf \"%.3f\", $bytes / 1e6 / ($tx_user + $tx_sys)}")
echo "textacy process: ${tx_wall} s wall, CPU $tx_user + $tx_sys s (import and model load included) -> $tx_cpu MB/s by CPU"
echo "speedup (wall, textacy without model load): $(awk "BEGIN{printf \"%.0f\", $qw_mbs / $tx_mbs}")x"
echo "speedup (CPU, textacy with import and model load): $(awk "BEGIN{printf \"%.0f\", $qw_cpu / $tx_cpu}")x"
