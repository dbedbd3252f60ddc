"""Normalised discounted cumulative gain, the graded-relevance ranking measure."""

import math
from collections.abc import Mapping, Sequence


def dcg(grades: Sequence[int]) -> float:
    """Exponential gain (2^grade - 1), discounted by log2 of the rank + 1."""
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def ndcg_at(k: int, ranked_ids: Sequence[int], judgements: Mapping[int, int]) -> float:
    """nDCG@k of a ranking against graded judgements (unjudged ids count as 0)."""
    ideal = dcg(sorted(judgements.values(), reverse=True)[:k])
    if ideal == 0:
        return 1.0 if not ranked_ids else 0.0
    return dcg([judgements.get(pk, 0) for pk in ranked_ids[:k]]) / ideal
