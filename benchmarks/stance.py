"""Stance benchmark: who is for or against whom, on entity-to-entity directed sentiment in news.

    .venv/bin/python benchmarks/stance.py ../shared/eval/directed_sentiment [--json out.json]

``--score-on train`` scores the rules and the baseline on the ``train``
split instead (to develop the rules without looking at ``valid``).

PATH is a folder holding ``sentences.tsv`` (or the file itself) with columns
split, sentence, ent1, ent1_start, ent1_end, ent2, ent2_start, ent2_end,
holder, target, polarity (Park, Pan and Joo, Findings of ACL 2021). Nothing
from it is kept in the repository.

Each sentence's answer is one of five classes: neutral, first->second
positive / negative, second->first positive / negative (first = ent1). The
benchmark scores on the ``valid`` split only:

* the rules out of the box (:func:`discourse.stance.pair_stance`);
* a model trained through :func:`discourse.stance.train` on the ``train``
  split only;
* for comparison, VADER's sentence polarity with the first entity as holder
  (compound >= 0.05 positive, <= -0.05 negative, else neutral).

It prints the five-class macro-F1 of each, per-class F1 and the confusion
matrices. Entity spans that stop a character short of a word's end are
extended to the word's end (:func:`discourse.relations.pair_reading` does
this too); a span shifted by a few characters from the entity's text is
moved onto it.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from discourse.stance import pair_stance, train  # noqa: E402
from discourse.stance_model import CLASSES, pair_label  # noqa: E402

_WORD = re.compile(r"[\w'-]*")


def extend(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend a span that stops inside a word to the word's end."""
    end = min(end, len(text))               # a few spans run past the sentence's end
    if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end = _WORD.match(text, end).end()
    return start, end


def locate(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """The entity's span: as given when it spells the entity, else the entity's text found within a few
    characters of it (about one span in thirteen is shifted upstream), extended to the word's end."""
    if text[start:end] != name:
        at = text.find(name, max(0, start - 4), end + 6) if name else -1
        if at >= 0:
            start, end = at, at + len(name)
    return extend(text, start, end)


def read(path: Path) -> list[dict]:
    path = path / "sentences.tsv" if path.is_dir() else path
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            text = r["sentence"]
            if not all(r[k].strip().isdigit() for k in ("ent1_start", "ent1_end", "ent2_start", "ent2_end")):
                continue                  # a row without entity offsets cannot be scored
            first = locate(text, r["ent1"], int(r["ent1_start"]), int(r["ent1_end"]))
            second = locate(text, r["ent2"], int(r["ent2_start"]), int(r["ent2_end"]))
            if r["polarity"] == "neutral" or not r["holder"]:
                gold = "neutral"
            else:
                holder = "first" if r["holder"] == r["ent1"] else "second" if r["holder"] == r["ent2"] else None
                if holder is None:        # a holder matching neither entity: skip as unscoreable
                    continue
                gold = pair_label(holder, r["polarity"])
            rows.append({"split": r["split"], "text": text, "first": first, "second": second, "gold": gold})
    return rows


def scores(gold: list[str], pred: list[str]) -> dict:
    per = {}
    for c in CLASSES:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[c] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                  "support": tp + fn}
    confusion = [[sum(1 for g, p in zip(gold, pred) if g == a and p == b) for b in CLASSES] for a in CLASSES]
    return {"macro_f1": sum(v["f1"] for v in per.values()) / len(CLASSES), "per_class": per,
            "confusion": confusion, "n": len(gold)}


def vader_baseline(rows: list[dict]) -> list[str]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    out = []
    for r in rows:
        c = vader.polarity_scores(r["text"])["compound"]
        out.append("first>second positive" if c >= 0.05 else "first>second negative" if c <= -0.05 else "neutral")
    return out


def show(name: str, result: dict) -> None:
    print(f"\n{name}: five-class macro-F1 {result['macro_f1']:.3f} (n={result['n']})")
    print(f"  {'class':24s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>5s}")
    for c, v in result["per_class"].items():
        print(f"  {c:24s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['support']:5d}")
    print("  confusion (rows gold, columns predicted, in the class order above):")
    for c, line in zip(CLASSES, result["confusion"]):
        print(f"  {c:24s} " + " ".join(f"{x:5d}" for x in line))


#: The revision before issue 10 (the stance stage the new one is compared with in benchmarks/run.py).
PREVIOUS_STANCE = "00cad17"


def previous_stance():
    """``(stance_evidence_rows, lexicon)`` of discourse/stance.py and its stance.yaml at
    :data:`PREVIOUS_STANCE`, read with ``git show`` and loaded as a module of the installed package
    (None when git cannot show them)."""
    import subprocess
    import types

    import yaml

    try:
        source, lexicon = (subprocess.run(["git", "show", f"{PREVIOUS_STANCE}:{name}"], cwd=HERE.parent,
                                          capture_output=True, text=True, check=True).stdout
                           for name in ("discourse/stance.py", "discourse/lexicons/stance.yaml"))
    except (OSError, subprocess.CalledProcessError):
        return None
    name = f"discourse._stance_{PREVIOUS_STANCE}"
    module = types.ModuleType(name)
    module.__package__ = "discourse"
    sys.modules[name] = module
    exec(compile(source, f"discourse/stance.py@{PREVIOUS_STANCE}", "exec"), module.__dict__)
    return module.stance_evidence_rows, module.load_stance(yaml.safe_load(lexicon))


def main() -> None:
    parser = argparse.ArgumentParser(description="discourse stance benchmark (directed sentiment)")
    parser.add_argument("path", type=Path, help="folder with sentences.tsv, or the file")
    parser.add_argument("--json", type=Path, help="write the results as JSON here")
    parser.add_argument("--no-train", action="store_true", help="score the rules and the baseline only")
    parser.add_argument("--score-on", choices=("valid", "train"), default="valid",
                        help="split the rules and the baseline are scored on (default valid; 'train' is for "
                             "developing the rules without looking at valid, and implies --no-train)")
    args = parser.parse_args()
    rows = read(args.path)
    train_rows = [r for r in rows if r["split"] == "train"]
    valid = [r for r in rows if r["split"] == args.score_on]
    if args.score_on == "train":
        args.no_train = True      # a model scored on its own training rows would say nothing
    gold = [r["gold"] for r in valid]
    results = {"scored_on": args.score_on, "n_train": len(train_rows), f"n_{args.score_on}": len(valid)}
    t0 = time.perf_counter()
    rules = [pair_label(*pair_stance(r["text"], first=r["first"], second=r["second"])) for r in valid]
    results["rules_seconds"] = time.perf_counter() - t0
    results["rules"] = scores(gold, rules)
    results["vader"] = scores(gold, vader_baseline(valid))
    show("VADER sentence polarity, first entity as holder", results["vader"])
    show("rules (pair_stance)", results["rules"])
    if not args.no_train:
        import pandas as pd

        frame = pd.DataFrame({
            "text": [r["text"] for r in train_rows],
            "first_start": [r["first"][0] for r in train_rows], "first_end": [r["first"][1] for r in train_rows],
            "second_start": [r["second"][0] for r in train_rows],
            "second_end": [r["second"][1] for r in train_rows],
            "holder": [r["gold"].split(">")[0] if r["gold"] != "neutral" else "" for r in train_rows],
            "polarity": [r["gold"].split(" ")[1] if r["gold"] != "neutral" else "neutral" for r in train_rows]})
        t0 = time.perf_counter()
        model = train(frame)
        results["train_seconds"] = time.perf_counter() - t0
        trained = [pair_label(*pair_stance(r["text"], first=r["first"], second=r["second"], model=model))
                   for r in valid]
        results["trained"] = scores(gold, trained)
        show(f"trained (dc.stance.train on {len(train_rows)} train rows)", results["trained"])
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
