#!/usr/bin/env python3
"""Body-extraction scores by site fold: are the rules general, or do they fit some sites?

usage: scripts/eval_body_folds.py IN.jsonl GOLD.jsonl PRED.jsonl [BASE_PRED.jsonl] [--folds K]

Each page's site is the last part of its title line ("Headline - Site", "Headline | Site";
the page itself when its title names none). Sites are dealt into K folds (default 4) by a
hash of their name, so that no site is in two folds. For each fold: pages, the
benchmark's shingle precision / recall / F1 (score_body.py's metric), and with a base
prediction the same for the base and the pages each made better or worse (F1 change over
0.005). A rule that only fits some sites shows up as a fold it makes worse.
"""
import json, sys, zlib, statistics
from pathlib import Path

spec = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score_body.py"
src = spec.read_text(encoding="utf-8")
exec(src[: src.index("gold, pred = load")])  # tp_fp_fn, prec, rec, load

SEPS = [" | ", " - ", " – ", " — ", " :: ", " : ", " · "]


def site(title, pid):
    best = None
    for s in SEPS:
        i = title.rfind(s)
        if i > 0 and (best is None or i > best[0]):
            best = (i, s)
    if best is None:
        return "page:" + pid
    part = title[best[0] + len(best[1]):].strip().lower()
    return part if 0 < len(part) <= 40 else "page:" + pid


def scores(ids, gold, pred):
    rows = [tp_fp_fn(gold[k], pred.get(k, "")) for k in ids]
    p = statistics.mean(prec(*r) for r in rows) if rows else 0.0
    r = statistics.mean(rec(*r) for r in rows) if rows else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def page_f1(g, x):
    t = tp_fp_fn(g, x)
    p, r = prec(*t), rec(*t)
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    k = int(sys.argv[sys.argv.index("--folds") + 1]) if "--folds" in sys.argv else 4
    args = [a for a in args if a != str(k)] if "--folds" in sys.argv else args
    inp, gold_p, pred_p = args[:3]
    base_p = args[3] if len(args) > 3 else None
    titles = {}
    for line in open(inp, encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            titles[o["id"]] = o["text"].split("\n", 1)[0]
    gold, pred = load(gold_p, "body"), load(pred_p, "body")
    base = load(base_p, "body") if base_p else None
    folds = {}
    for pid in gold:
        s = site(titles.get(pid, ""), pid)
        folds.setdefault(zlib.crc32(s.encode()) % k, []).append(pid)
    sites = {site(titles.get(p, ""), p) for p in gold}
    print(f"{len(gold)} pages, {len(sites)} sites, {k} folds by site")
    for f in sorted(folds):
        ids = folds[f]
        p, r, fs = scores(ids, gold, pred)
        line = f"fold {f}: {len(ids):3} pages  P {p:.3f}  R {r:.3f}  F1 {fs:.3f}"
        if base is not None:
            bp, br, bf = scores(ids, gold, base)
            better = sum(page_f1(gold[i], pred.get(i, "")) > page_f1(gold[i], base.get(i, "")) + 0.005 for i in ids)
            worse = sum(page_f1(gold[i], pred.get(i, "")) + 0.005 < page_f1(gold[i], base.get(i, "")) for i in ids)
            line += f"   base F1 {bf:.3f}  better {better}  worse {worse}"
        print(line)
    p, r, fs = scores(list(gold), gold, pred)
    print(f"all:    {len(gold):3} pages  P {p:.3f}  R {r:.3f}  F1 {fs:.3f}")


if __name__ == "__main__":
    main()
