"""Side experiments behind "What holds back unseen domains" in docs/semeval2013-report.md.

Train split only. SciEntsBank's train questions come from 12 domains (the question id's prefix: EM, ME,
...); each SciEntsBank train answer is scored by a model fitted without its domain (Beetle rows always
train), which is what the unseen-domains test split asks of a model. Prints, for each feature set, the
out-of-fold 2-way macro-F1 on SciEntsBank rows (best cut) and 3-way macro-F1 (best log-offsets).

Usage (see README.md here): python3 leave_one_domain_out.py FEATURES.tsv ANSWERS.tsv [EMBEDDINGS.tsv]
"""
import re
import sys
import warnings
from collections import defaultdict

import numpy as np
import pandas as pd

from held_out_domains import best_binary, best_three_way, probabilities

warnings.filterwarnings("ignore")
CLASSES = ["correct", "contradictory", "incorrect"]


def read_tsv(path):
    return pd.read_csv(path, sep="\t", quoting=3, keep_default_na=False)


features_file, answers_file = sys.argv[1], sys.argv[2]
embeddings_file = sys.argv[3] if len(sys.argv) > 3 else None
everything = read_tsv(features_file)
train = everything[everything.split == "train"].reset_index(drop=True)
raw_train = read_tsv(answers_file)
raw_train = raw_train[raw_train.split == "train"].reset_index(drop=True)
assert (raw_train.answer_id.values == train.aid.values).all()
names = list(train.columns[6:list(train.columns).index("ans_terms")])
X = train[names].values.astype(float)
y2 = (train.label2 == "correct").astype(int).values
y3 = train.label3.map({c: i for i, c in enumerate(CLASSES)}).values
sci = (train.corpus == "sciEntsBank").values
domain = np.where(sci, train.qid.str.split("_").str[0].values, "BEETLE")
held_domains = np.unique(domain[sci])  # Beetle rows always train


def row(label, features, kind="blend"):
    p2 = probabilities(features, y2, False, domain, held_domains, kind)
    p3 = probabilities(features, y3, True, domain, held_domains, kind)
    print(f"{label:55s} 2-way {best_binary(y2[sci], p2[sci, 1]):.3f}  3-way {best_three_way(y3[sci], p3[sci]):.3f}",
          flush=True)


def with_columns(*columns):
    return np.hstack([X] + [np.asarray(c, dtype=float).reshape(len(X), -1) for c in columns])


# WordNet synonyms of the reference's stems (Debian wordnet-base; nltk wants a lexnames file it lacks).
def wordnet_coverage():
    import os
    import shutil
    import tempfile
    from nltk.corpus.reader.wordnet import WordNetCorpusReader
    from nltk.stem.porter import PorterStemmer
    folder = tempfile.mkdtemp()
    for name in os.listdir("/usr/share/wordnet"):
        if "." in name:
            shutil.copy(os.path.join("/usr/share/wordnet", name), folder)
    lexnames = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
                "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
                "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
                "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
                "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
                "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather "
                "adj.ppl").split()
    with open(os.path.join(folder, "lexnames"), "w") as f:
        for i, name in enumerate(lexnames):
            f.write(f"{i:02d}\t{name}\t{ {'adj': 3, 'adv': 4, 'noun': 1, 'verb': 2}[name.split('.')[0]] }\n")
    wordnet = WordNetCorpusReader(folder, None)
    stem = PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM).stem
    synonyms = defaultdict(set)
    for synset in wordnet.all_synsets():
        stems = {stem(l.name().lower()) for l in synset.lemmas() if "_" not in l.name()}
        for s in stems:
            synonyms[s] |= stems
    out = []
    for r in train.itertuples():
        question = set(r.q_terms.split())
        reference = {t.lstrip("!") for t in r.ref_terms.split()} - question
        answer = {t.lstrip("!") for t in r.ans_terms.split()}
        if not reference:
            out.append([0, 0])
            continue
        exact = sum(t in answer for t in reference)
        loose = sum(t in answer or bool(synonyms.get(t, set()) & answer) for t in reference)
        out.append([loose / len(reference), (loose - exact) / len(reference)])
    return np.array(out)


# Scores normalised among the answers to the same question (the test split gives them all at once).
def per_question_normalised():
    columns = []
    groups = train.groupby("qid")
    for key in ["engine_score", "weighted_coverage", "aligned_coverage", "trigram_cosine", "core_coverage", "lcs_ratio"]:
        mean = groups[key].transform("mean")
        spread = groups[key].transform("std").fillna(0) + 1e-6
        columns += [(train[key] - mean) / spread, groups[key].rank(pct=True)]
    return np.column_stack(columns)


# Coverage of the reference's best-covered sentence, and of its first.
def sentence_coverage():
    from nltk.stem.porter import PorterStemmer
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    stem = PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM).stem
    stop = set(ENGLISH_STOP_WORDS) - {"not", "no", "nor"}

    def stems(text):
        return {stem(w) for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop}

    out = []
    for r in raw_train.itertuples():
        question = stems(r.question)
        sentences = [stems(s) - question for s in re.split(r"(?<=[.!?;])\s+", r.reference_answer) if s.strip()]
        sentences = [s for s in sentences if s]
        answer = stems(r.student_answer)
        covered = [len(s & answer) / len(s) for s in sentences] or [0]
        out.append([max(covered), covered[0]])
    return np.array(out)


# Labelled answers to other train questions with an alike reference (SemEvalFit.withSimilarQuestions, simplified).
def similar_questions(least=0.3, k=5):
    reference_of = {r.qid: set(r.ref_terms.split()) for r in train.itertuples()}
    answers_of = defaultdict(list)
    for r in train.itertuples():
        answers_of[r.qid].append((set(r.ans_terms.split()), CLASSES.index(r.label3)))
    pools = {}
    out = []
    for r in train.itertuples():
        if r.qid not in pools:
            mine = reference_of[r.qid]
            pools[r.qid] = [(q, len(mine & reference_of[q]) / max(1, len(mine | reference_of[q])))
                            for q in answers_of if q != r.qid]
            pools[r.qid] = [(q, s) for q, s in pools[r.qid] if s >= least]
        answer = set(r.ans_terms.split())
        nearest = np.zeros(3)
        scored = []
        for q, likeness in pools[r.qid]:
            for terms, label in answers_of[q]:
                both = len(answer) + len(terms)
                similarity = likeness * (2 * len(answer & terms) / both if both else 0)
                nearest[label] = max(nearest[label], similarity)
                scored.append((similarity, label))
        scored.sort(key=lambda x: -x[0])
        votes = np.zeros(3)
        for similarity, label in scored[:k]:
            votes[label] += similarity
        total = votes.sum()
        best = max([s for _, s in pools[r.qid]], default=0)
        out.append([best, *nearest, *(votes / total if total > 0 else votes), nearest[0] - nearest[2]])
    return np.array(out)


engine_score = X[:, names.index("engine_score")]
row("drafted rubric's score alone (one cut)", engine_score.reshape(-1, 1), "logistic")
row("full model (features of AnswerFeatures)", X)
row("+ WordNet 3.0 synonyms", with_columns(wordnet_coverage()))
row("+ scores normalised per question", with_columns(per_question_normalised()))
row("+ coverage of the best reference sentence", with_columns(sentence_coverage()))
if embeddings_file:
    emb = read_tsv(embeddings_file).drop_duplicates("aid").set_index("aid").loc[train.aid.values]
    cosines = emb[["cos_ref", "cos_q"]].values
    print(f"{'sentence-embedding cosine alone, best cut (all rows of the domain)':55s} 2-way "
          f"{best_binary(y2[sci], cosines[sci, 0]):.3f}")
    row("+ sentence-embedding cosines", with_columns(cosines, cosines[:, :1] - cosines[:, 1:]))
row("+ graded answers to similar questions", with_columns(similar_questions()))
