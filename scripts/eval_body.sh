#!/usr/bin/env bash
# Scores article-body extraction on whole-page text (needs ../shared).
# usage: scripts/eval_body.sh [IN.jsonl GOLD.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
in=${1:-../shared/data/body/dev_in.jsonl}
gold=${2:-../shared/data/body/dev_gold.jsonl}
cargo build --release --quiet --example parse
pred=$(mktemp)
target/release/examples/parse --jsonl <"$in" >"$pred"
python3 ../shared/eval/score_body.py "$gold" "$pred"
rm -f "$pred"
