"""A seeded generator of synthetic English news articles for benchmarks.

Articles mix the attribution shapes of news copy (X said, said X, X told the
BBC, according to X, reported speech, partial and scare quotes, pronouns and
role references), actors from the packaged lexicon, and frame terms, so every
stage of the pipeline has work to do. The same seed gives the same corpus.

    python benchmarks/synthetic.py --docs 1000 --out corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator

from discourse import Document

PEOPLE = [("Volodymyr Zelensky", "Zelensky", "he", "Ukrainian President"),
          ("Emmanuel Macron", "Macron", "he", "French President"),
          ("Olaf Scholz", "Scholz", "he", "German Chancellor"),
          ("Jean-Noel Barrot", "Barrot", "he", "French Foreign Minister"),
          ("Mark Rutte", "Rutte", "he", "NATO Secretary General"),
          ("Kaja Kallas", "Kallas", "she", "EU foreign policy chief"),
          ("Ursula von der Leyen", "von der Leyen", "she", "European Commission President"),
          ("Dmitry Peskov", "Peskov", "he", "Kremlin spokesman"),
          ("Sergei Lavrov", "Lavrov", "he", "Russian Foreign Minister"),
          ("Antony Blinken", "Blinken", "he", "U.S. Secretary of State"),
          ("Keir Starmer", "Starmer", "he", "British Prime Minister"),
          ("John Smith", "Smith", "he", "Pentagon spokesman")]
PLACES = ["Kyiv", "Moscow", "Paris", "Berlin", "Brussels", "Washington", "London", "Warsaw"]
OUTLETS = ["the BBC", "Reuters", "Le Monde", "CNN", "the Financial Times"]
CLAIMS = [
    "we will support Ukraine for as long as it takes",
    "any deployment of Western troops would be a dangerous escalation",
    "we are not ruling out any option",
    "our security is at stake and we must strengthen deterrence",
    "sanctions against Russia must be tightened",
    "companies must adjust their production lines to cope with disruptions",
    "there can be no negotiations while the occupation continues",
    "we must avoid a wider conflict at all costs",
    "the supply chains of our defense industry are too dependent on China",
    "this is a matter of self-defense under international law",
]
FILLER = [
    "The talks in {place} lasted late into the night.",
    "Officials in {place} declined to comment on the report.",
    "The war has displaced millions of people since 2022.",
    "Analysts said the decision could change the course of the war.",
    "Markets in Europe fell slightly on the news.",
    "The meeting in {place} was the third this month.",
    "Air defense systems remain in short supply, according to several diplomats.",
    "Energy prices rose again in the winter.",
]


def _sentence(rng: random.Random, state: dict) -> str:
    full, surname, pron, title = rng.choice(PEOPLE)
    claim = rng.choice(CLAIMS)
    cap = claim[0].upper() + claim[1:]
    shape = rng.randrange(10)
    state["last"] = (full, surname, pron)
    if shape == 0:
        return f'"{cap}," {full} said on {rng.choice(["Monday", "Tuesday", "Friday"])}.'
    if shape == 1:
        return f'"{cap}," said {title} {full}.'
    if shape == 2:
        return f'{full} told {rng.choice(OUTLETS)}: "{cap}."'
    if shape == 3:
        return f"According to {full}, {claim}."
    if shape == 4:
        return f"{title} {full} warned that {claim}."
    if shape == 5:
        words = claim.split()
        k = rng.randrange(2, max(3, len(words) - 1))
        return f'{surname} stressed that {" ".join(words[:k])} "{" ".join(words[k:])}".'
    if shape == 6:
        return f'The minister spoke of a possible "war scenario" in {rng.choice(PLACES)}.'
    if shape == 7:
        return f'"{cap}," {pron} added.'
    if shape == 8:
        return f"{cap}, {full} said, according to {rng.choice(OUTLETS)}."
    return rng.choice(FILLER).format(place=rng.choice(PLACES))


def article(rng: random.Random, n_sentences: int) -> str:
    state: dict = {}
    paragraphs, para = [], []
    for _ in range(n_sentences):
        para.append(_sentence(rng, state))
        if len(para) >= rng.randint(2, 4):
            paragraphs.append(" ".join(para))
            para = []
    if para:
        paragraphs.append(" ".join(para))
    return "\n\n".join(paragraphs)


def news_corpus(*, n_docs: int | None = None, n_words: int | None = None, seed: int = 0,
                sentences: tuple[int, int] = (12, 30)) -> Iterator[Document]:
    """Yield synthetic articles until ``n_docs`` documents or ``n_words`` words."""
    rng = random.Random(seed)
    i = words = 0
    while (n_docs is None or i < n_docs) and (n_words is None or words < n_words):
        text = article(rng, rng.randint(*sentences))
        words += len(text.split())
        yield Document.from_text(text, id=f"synthetic-{seed}-{i:07d}", meta={"date": f"2024-{1 + i % 12:02d}-15"})
        i += 1


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic news corpus as JSONL.")
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as f:
        for doc in news_corpus(n_docs=args.docs, seed=args.seed):
            f.write(json.dumps({"id": doc.id, "text": doc.text, **doc.meta}) + "\n")


if __name__ == "__main__":
    main()
