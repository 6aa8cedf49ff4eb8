"""One small matching engine for every pool: candidates pass hard conditions (never propose
someone without the language or without time), then criteria add points, each with a reason
a person can read ("spricht Arabisch C1; 4 km; dienstags vormittags frei")."""

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Judgement:
    """What one criterion says about one candidate. The reason may be a function that
    writes it: only the reasons of the matches returned are written (translating the
    reasons of hundreds of candidates would cost more than ranking them)."""

    passes: bool = True
    points: float = 0.0
    reason: str | Callable[[], str] = ""


Criterion = Callable[[object, object], Judgement]


@dataclass
class Match:
    candidate: object
    score: float
    reasons: list[str] = field(default_factory=list)

    @property
    def explanation(self) -> str:
        return "; ".join(self.reasons)


def rank(
    need, candidates: Iterable, criteria: list[Criterion], limit: int | None = 20
) -> list[Match]:
    """The candidates that pass every criterion, best first (ties by the order given)."""
    matches = []
    for candidate in candidates:
        score, reasons = 0.0, []
        for criterion in criteria:
            judgement = criterion(need, candidate)
            if not judgement.passes:
                break
            score += judgement.points
            if judgement.reason:
                reasons.append(judgement.reason)
        else:
            matches.append(Match(candidate, round(score, 3), reasons))
    matches.sort(key=lambda match: -match.score)
    matches = matches[:limit] if limit else matches
    for match in matches:
        match.reasons = [reason() if callable(reason) else reason for reason in match.reasons]
    return matches


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))
