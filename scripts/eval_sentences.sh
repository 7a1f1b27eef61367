#!/usr/bin/env bash
# Scores the sentence segmenter on the English Golden Rules (needs ../shared).
# usage: scripts/eval_sentences.sh [CASES.json]   (default: ../shared/data/sentences/golden_rules_en.json)
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-../shared/data/sentences/golden_rules_en.json}
cargo build --release --quiet --example sentences
pred=$(mktemp)
python3 -c "import json,sys; [print(json.dumps({'id':str(i),'text':c['text']})) for i,c in enumerate(json.load(open(sys.argv[1]))['cases'])]" "$cases" \
  | target/release/examples/sentences --jsonl >"$pred"
python3 ../shared/eval/score_sentences.py "$cases" "$pred" "${@:2}"
rm -f "$pred"
