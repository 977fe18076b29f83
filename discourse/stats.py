"""Small, deterministic statistics for per-actor summaries."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

__all__ = ["bootstrap_ci", "spearman", "wilson_interval"]


def bootstrap_ci(values: Sequence[float], *, level: float = 0.95, n_boot: int = 2000,
                 seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean, with a fixed seed.

    Returns ``(nan, nan)`` for fewer than two values: one unit gives no interval.

    Examples
    --------
    >>> low, high = bootstrap_ci([0.1, 0.4, 0.35, 0.2, 0.5])
    >>> bool(low < 0.31 < high), bootstrap_ci([1.0])
    (True, (nan, nan))
    """
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    if len(x) < 2:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, len(x), size=(n_boot, len(x)))].mean(axis=1)
    alpha = (1 - level) / 2
    low, high = np.quantile(means, [alpha, 1 - alpha])
    return float(low), float(high)


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rank correlation (average ranks for ties); nan if undefined.

    Examples
    --------
    >>> spearman([1, 2, 3, 4], [10, 20, 30, 25])
    0.8
    """
    a = pd.Series(x, dtype=float).rank()
    b = pd.Series(y, dtype=float).rank()
    if len(a) < 3 or a.std() == 0 or b.std() == 0:
        return float("nan")
    return round(float(np.corrcoef(a, b)[0, 1]), 12)


def wilson_interval(successes: int, n: int, *, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval of a proportion.

    Examples
    --------
    >>> [round(v, 3) for v in wilson_interval(8, 10)]
    [0.49, 0.943]
    """
    if n == 0:
        return float("nan"), float("nan")
    from statistics import NormalDist

    z = NormalDist().inv_cdf(1 - (1 - level) / 2)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return centre - half, centre + half
