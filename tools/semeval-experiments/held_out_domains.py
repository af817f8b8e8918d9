"""What the side experiments share: models scored on domains they were not fitted on, and macro-F1 at the best cut."""
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.preprocessing import StandardScaler


def probabilities(features, y, three_way, domain, held_domains, kind="blend"):
    """Class probabilities of each row of a held domain from a model fitted on all other rows (classes balanced
    for 3-way); kind: "blend" (logistic regression and boosted trees, averaged) or "logistic"."""
    out = np.zeros((len(y), 3 if three_way else 2))
    for held in held_domains:
        fit = domain != held
        weights = None
        if three_way:
            counts = np.bincount(y[fit], minlength=3)
            weights = (len(y[fit]) / (3 * counts))[y[fit]]
        members = []
        if kind in ("blend", "logistic"):
            scale = StandardScaler().fit(features[fit])
            model = LogisticRegression(C=100, max_iter=3000)
            model.fit(scale.transform(features[fit]), y[fit], sample_weight=weights)
            members.append(model.predict_proba(scale.transform(features[~fit])))
        if kind == "blend":
            trees = HistGradientBoostingClassifier(max_depth=4, learning_rate=0.05, max_iter=200,
                                                   min_samples_leaf=20, random_state=0)
            trees.fit(features[fit], y[fit], sample_weight=weights)
            members.append(trees.predict_proba(features[~fit]))
        out[~fit] = np.mean(members, axis=0)
    return out


def best_binary(gold, p):
    return max(f1_score(gold, (p >= t).astype(int), average="macro") for t in np.arange(0.05, 0.96, 0.01))


def best_three_way(gold, p):
    logp = np.log(np.maximum(p, 1e-300))
    return max(f1_score(gold, np.argmax(logp + np.array([0, a, b]), axis=1), average="macro")
               for a in np.arange(-1, 1.01, 0.1) for b in np.arange(-1, 1.01, 0.1))
