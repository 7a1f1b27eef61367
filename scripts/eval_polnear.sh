#!/usr/bin/env bash
# Scores quote extraction on PolNeAR dev (or the split given as $1: dev|train).
# Builds the release example, converts the gold to {"id","text"} lines, runs
# `quotes --jsonl` and scores with ../shared/eval/score_quotes.py (byte offsets).
set -euo pipefail
cd "$(dirname "$0")/.."
split="${1:-dev}"
gold="../shared/data/polnear/${split}.jsonl"
out="target/eval"
mkdir -p "$out"
cargo build --release --example quotes >&2
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        o = json.loads(line)
        print(json.dumps({"id": o["id"], "text": o["text"]}, ensure_ascii=False))
' "$gold" > "$out/${split}.in.jsonl"
target/release/examples/quotes --jsonl < "$out/${split}.in.jsonl" > "$out/${split}.pred.jsonl"
python3 ../shared/eval/score_quotes.py "$gold" "$out/${split}.pred.jsonl" --offsets bytes "${@:2}"
