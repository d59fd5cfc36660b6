#!/usr/bin/env python3
"""Reference vectors for aigate's canary statistics (SPEC §5).

Builds data sets (small, tied, large, identical, constant, empty, skewed latencies), computes
  - SciPy's  mannwhitneyu(candidate, baseline, alternative="two-sided", method="auto") p-value,
  - R's      wilcox.test(candidate, baseline, conf.int=TRUE, conf.level=L) estimate and interval (via wilcox.R),
  - SciPy's  fisher_exact two-sided p-value on 2x2 tables,
and writes mann-whitney.json and fisher.json beside this script. The Java tests read those files; CI runs neither
Python nor R.

Usage: python3 generate.py   (needs SciPy and Rscript on PATH)
"""
import json
import math
import os
import subprocess
import tempfile

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261122)


def cases():
    out = []

    def add(name, baseline, candidate, confidence=0.95):
        out.append({"name": name, "baseline": [float(v) for v in baseline],
                    "candidate": [float(v) for v in candidate], "confidence": confidence})

    # Small, no ties: SciPy exact (a sample has <= 8 values), R exact (both < 50).
    for n1, n2 in [(1, 1), (1, 5), (2, 3), (3, 3), (4, 7), (5, 5), (6, 8), (8, 8), (3, 20), (8, 40), (5, 60)]:
        add(f"small_{n1}x{n2}", rng.normal(100, 10, n1).round(6), rng.normal(108, 10, n2).round(6))
    add("small_separated", [1, 2, 3, 4], [10, 11, 12, 13, 14])
    add("small_interleaved", [1, 3, 5, 7, 9], [2, 4, 6, 8, 10])
    add("small_conf_90", [12.5, 14.1, 11.9, 13.3, 15.0, 12.2], [14.4, 16.0, 13.9, 15.1, 17.3], 0.90)
    add("small_conf_99", [12.5, 14.1, 11.9, 13.3, 15.0, 12.2], [14.4, 16.0, 13.9, 15.1, 17.3], 0.99)
    # Medium, no ties: SciPy asymptotic, R exact interval.
    for n1, n2 in [(9, 9), (10, 12), (20, 20), (30, 45), (49, 49)]:
        add(f"medium_{n1}x{n2}", rng.lognormal(3.0, 0.3, n1).round(6), rng.lognormal(3.05, 0.3, n2).round(6))
    # Large, no ties: both asymptotic; R's interval from uniroot.
    for n1, n2 in [(50, 50), (60, 200), (200, 200), (500, 400), (1000, 1000), (2000, 1500)]:
        add(f"large_{n1}x{n2}", rng.lognormal(4.0, 0.5, n1).round(6), rng.lognormal(4.08, 0.5, n2).round(6))
    add("large_no_shift", rng.normal(50, 5, 800).round(6), rng.normal(50, 5, 800).round(6))
    add("large_conf_90", rng.normal(50, 5, 300).round(6), rng.normal(51, 5, 300).round(6), 0.90)
    add("large_conf_99", rng.normal(50, 5, 300).round(6), rng.normal(49, 5, 300).round(6), 0.99)
    add("large_candidate_faster", rng.gamma(4, 10, 400).round(6), rng.gamma(4, 9, 400).round(6))
    # Ties: asymptotic with tie correction everywhere.
    for n1, n2 in [(3, 4), (5, 5), (8, 8), (12, 10), (40, 40), (100, 100), (1000, 800)]:
        add(f"ties_{n1}x{n2}", rng.integers(0, 6, n1), rng.integers(1, 7, n2))
    add("ties_rounded_ms", rng.normal(30, 3, 300).round(0), rng.normal(31, 3, 300).round(0))
    add("ties_across_only", [1, 2, 3, 4, 5], [5, 6, 7, 8, 9])
    add("ties_heavy_large", rng.choice([10, 20, 30], 500), rng.choice([10, 20, 30, 40], 500))
    # Degenerate.
    add("identical_small", [3, 1, 4, 1, 5], [3, 1, 4, 1, 5])
    add("identical_large", rng.normal(10, 1, 100).round(6).tolist() * 1, None or [])
    out[-1]["candidate"] = list(out[-1]["baseline"])
    add("constant_equal", [7] * 10, [7] * 12)
    add("constant_different", [7] * 10, [9] * 12)
    add("constant_one_each", [5], [5])
    add("empty_candidate", [1, 2, 3], [])
    add("empty_both", [], [])
    add("single_vs_many", [42.0], rng.normal(40, 2, 60).round(6))
    add("many_vs_single", rng.normal(40, 2, 60).round(6), [42.0])
    add("negative_values", rng.normal(-5, 2, 30).round(6), rng.normal(-4, 2, 25).round(6))
    add("tiny_scale", (rng.normal(1, 0.1, 80) * 1e-6).round(12), (rng.normal(1.05, 0.1, 80) * 1e-6).round(12))
    return out


def scipy_p(case):
    b, c = case["baseline"], case["candidate"]
    if not b or not c:
        return None
    return float(stats.mannwhitneyu(c, b, alternative="two-sided", method="auto").pvalue)


def r_wilcox(all_cases):
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "cases.txt")
        with open(data, "w") as f:
            for case in all_cases:
                f.write(case["name"] + "\n")
                f.write(" ".join(repr(v) for v in case["candidate"]) + "\n")
                f.write(" ".join(repr(v) for v in case["baseline"]) + "\n")
                f.write(repr(case["confidence"]) + "\n")
        out = subprocess.run(["Rscript", os.path.join(HERE, "wilcox.R"), data], check=True, capture_output=True,
                             text=True).stdout
    results = {}
    for line in out.splitlines():
        name, status, estimate, low, high, p = line.split(",")
        results[name] = None if status != "ok" else {
            "shift": float(estimate), "ci_low": float(low), "ci_high": float(high), "r_p_value": float(p)}
    return results


def r_version():
    return subprocess.run(["Rscript", "-e", "cat(R.version.string)"], check=True, capture_output=True,
                          text=True).stdout.strip()


def fisher_cases():
    tables = [(0, 10, 0, 10), (1, 99, 5, 95), (3, 97, 3, 97), (0, 1000, 7, 993), (12, 988, 25, 975),
              (2, 3, 4, 1), (10, 0, 0, 10), (50, 950, 40, 960), (0, 0, 0, 5), (5, 0, 5, 0), (1, 1, 1, 1),
              (30, 70, 45, 55), (120, 9880, 160, 9840), (7, 2, 3, 8), (0, 50, 1, 49), (400, 600, 450, 550)]
    return [{"baseline_errors": a, "baseline_ok": b, "candidate_errors": c, "candidate_ok": d,
             "p_value": float(stats.fisher_exact([[a, b], [c, d]], alternative="two-sided").pvalue)}
            for a, b, c, d in tables]


def main():
    all_cases = cases()
    r = r_wilcox(all_cases)
    for case in all_cases:
        case["scipy_p_value"] = scipy_p(case)
        case["r"] = r.get(case["name"])
    header = {"generated_by": "test-fixtures/reference/canary/generate.py", "scipy": scipy.__version__,
              "numpy": np.__version__, "r": r_version(),
              "scipy_call": "mannwhitneyu(candidate, baseline, alternative='two-sided', method='auto').pvalue",
              "r_call": "wilcox.test(candidate, baseline, conf.int=TRUE, conf.level=confidence)",
              "null_means": "the reference tool refuses the input (empty sample, or R cannot form an interval)"}
    with open(os.path.join(HERE, "mann-whitney.json"), "w") as f:
        json.dump({**header, "cases": all_cases}, f, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "fisher.json"), "w") as f:
        json.dump({"generated_by": header["generated_by"], "scipy": scipy.__version__,
                   "scipy_call": "fisher_exact([[baseline_errors, baseline_ok], [candidate_errors, candidate_ok]])",
                   "cases": fisher_cases()}, f, indent=1)
        f.write("\n")
    print(f"{len(all_cases)} Mann-Whitney cases, {len(fisher_cases())} Fisher tables")


if __name__ == "__main__":
    main()
