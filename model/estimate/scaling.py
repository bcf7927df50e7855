"""Scaling laws: predicted loss and compute-optimal allocation.

Three published fits, each with its conventions:

* Kaplan et al. 2020 (arXiv:2001.08361): N counts NON-embedding parameters,
  D tokens, C in PF-days (1 PF-day = 8.64e19 FLOP); loss in nats per token on
  WebText2.  Eq. 1.1 L(N) = (N_c/N)^a_N, eq. 1.2 L(D) = (D_c/D)^a_D,
  eq. 1.5 L(N, D) = [(N_c/N)^(a_N/a_D) + D_c/D]^a_D, eq. 1.3 L(C_min) = (C_c/C_min)^a_C;
  compute-optimal N(C_min) = 1.3e9 * C_min^0.73 (figure 14, C in PF-days).
* Hoffmann et al. 2022 (Chinchilla, arXiv:2203.15556) approach 3, eq. 2:
  L(N, D) = E + A/N^alpha + B/D^beta with E 1.69, A 406.4, B 410.7, alpha 0.34,
  beta 0.28; N counts all parameters.  Optimal allocation under C = 6ND (eq. 4):
  N_opt = G (C/6)^(beta/(alpha+beta)), D_opt = (C/6)/N_opt,
  G = (alpha A / (beta B))^(1/(alpha+beta)).
* Besiroglu et al. 2024 (arXiv:2404.10102), a replication of approach 3 on
  Hoffmann's data: E 1.8172, A 482.01, B 2085.43, alpha 0.3478, beta 0.3658.
  Its optimum is about 20 tokens per parameter, like Hoffmann's approaches 1
  and 2; the rounded approach-3 constants above imply 50-90 instead.

Mixture-of-Experts: these laws were fitted on dense models.  We evaluate them
with the ACTIVE parameters per token (the compute a token sees, as C = 6ND
assumes), and say so: a sparse model's total parameters buy capacity the
dense laws do not price.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

FLOP_PER_PF_DAY = 1e15 * 86_400


@dataclass(frozen=True)
class ParametricLaw:
    """L(N, D) = E + A / N^alpha + B / D^beta."""

    key: str
    label: str
    E: float
    A: float
    B: float
    alpha: float
    beta: float
    source: str

    def loss(self, n_params: float, n_tokens: float) -> float:
        return self.E + self.A / n_params**self.alpha + self.B / n_tokens**self.beta

    def optimal(self, flops: float) -> tuple[float, float]:
        """(N_opt, D_opt) minimising the loss under C = 6 N D (Hoffmann et al. 2022, eq. 4)."""
        a = self.beta / (self.alpha + self.beta)
        g = (self.alpha * self.A / (self.beta * self.B)) ** (1 / (self.alpha + self.beta))
        n = g * (flops / 6) ** a
        return n, flops / (6 * n)


CHINCHILLA = ParametricLaw(
    "chinchilla", "Chinchilla (Hoffmann et al. 2022)", 1.69, 406.4, 410.7, 0.34, 0.28,
    "Hoffmann et al. 2022, approach 3, eq. 2 and 4",
)
BESIROGLU = ParametricLaw(
    "besiroglu", "Chinchilla replication (Besiroglu et al. 2024)", 1.8172, 482.01, 2085.43, 0.3478, 0.3658,
    "Besiroglu et al. 2024, table 1 (refit of Hoffmann et al. approach 3)",
)
PARAMETRIC_LAWS = (CHINCHILLA, BESIROGLU)


@dataclass(frozen=True)
class KaplanLaw:
    """Kaplan et al. 2020, eq. 1.1-1.5 and figure 14 (constants as printed there)."""

    N_c: float = 8.8e13
    alpha_N: float = 0.076
    D_c: float = 5.4e13
    alpha_D: float = 0.095
    C_c: float = 3.1e8  # PF-days
    alpha_C: float = 0.050
    source: str = "Kaplan et al. 2020, eq. 1.1-1.5 and figure 14 (N without embeddings, C in PF-days)"

    def loss_n(self, n_params: float) -> float:
        return (self.N_c / n_params) ** self.alpha_N

    def loss_d(self, n_tokens: float) -> float:
        return (self.D_c / n_tokens) ** self.alpha_D

    def loss(self, n_params: float, n_tokens: float) -> float:
        return ((self.N_c / n_params) ** (self.alpha_N / self.alpha_D) + self.D_c / n_tokens) ** self.alpha_D

    def loss_c(self, flops: float) -> float:
        return (self.C_c / (flops / FLOP_PER_PF_DAY)) ** self.alpha_C

    def optimal_params(self, flops: float) -> float:
        """N_opt(C_min) = 1.3e9 * C_min^0.73, C in PF-days (figure 14)."""
        return 1.3e9 * (flops / FLOP_PER_PF_DAY) ** 0.73


KAPLAN = KaplanLaw()


def log_space(low: float, high: float, count: int) -> list[float]:
    """`count` points spaced evenly on a log axis from low to high (inclusive)."""
    if count < 2:
        return [low]
    step = (math.log10(high) - math.log10(low)) / (count - 1)
    return [10 ** (math.log10(low) + i * step) for i in range(count)]
