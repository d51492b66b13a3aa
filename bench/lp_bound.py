#!/usr/bin/env python3
"""The LP relaxation of the time-indexed matchmaking formulation, solved with HiGHS (scipy).

Reads a request of POST /api/v1/matchmaking/solve as JSON (stdin or a file) and prints the optimum
of the relaxation: x[e,r] in [0,1] for every weighted allowed pair e and round r where both are
available; per person and round at most one meeting, per pair at most one round, per round at most
T meetings. An independent check of the solver's upper bound and of its schedule's quality.
"""
import json
import sys

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix


def lp_bound(request):
    rounds = request["rounds"]
    tables = request.get("tables")
    people = {p["id"]: i for i, p in enumerate(request["participants"])}
    organisation = [p.get("organization") for p in request["participants"]]
    away = [set(p.get("unavailableRounds") or []) for p in request["participants"]]
    forbidden = {frozenset((f["a"], f["b"])) for f in request.get("forbidden") or []}
    weights = {}
    for w in request["weights"]:
        a, b = people[w["a"]], people[w["b"]]
        if a == b or frozenset((w["a"], w["b"])) in forbidden:
            continue
        if organisation[a] is not None and organisation[a] == organisation[b]:
            continue
        key = (min(a, b), max(a, b))
        weights[key] = max(weights.get(key, 0), w["weight"])
    pairs = [(k, w) for k, w in weights.items() if w > 0]
    rows, cols, cost = [], [], []
    n = len(people)
    column = 0
    for e, ((a, b), w) in enumerate(pairs):
        for r in range(1, rounds + 1):
            if r in away[a] or r in away[b]:
                continue
            for row in ((r - 1) * n + a, (r - 1) * n + b, rounds * n + e):
                rows.append(row)
                cols.append(column)
            if tables is not None:
                rows.append(rounds * n + len(pairs) + r - 1)
                cols.append(column)
            cost.append(-w)
            column += 1
    if column == 0:
        return 0.0
    height = rounds * n + len(pairs) + (rounds if tables is not None else 0)
    matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(height, column)).tocsr()
    limits = np.ones(height)
    if tables is not None:
        limits[rounds * n + len(pairs):] = tables
    result = linprog(cost, A_ub=matrix, b_ub=limits, bounds=(0, 1), method=sys.argv[2] if len(sys.argv) > 2 else "highs")
    return -result.fun


if __name__ == "__main__":
    source = open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin
    print(f"{lp_bound(json.load(source)):.6f}")
