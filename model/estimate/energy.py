"""Energy, CO2 and cost of training and serving.

Energy = GPU-hours x GPU power x PUE (Touvron et al. 2023, section 6: LLaMA-65B,
1,022,362 A100-80GB hours at 400 W, PUE 1.1 -> 449 MWh); CO2 = energy x grid
carbon intensity; cost = energy x electricity price, or GPU-hours x rental price.
"""

from __future__ import annotations


def energy_kwh(gpu_hours: float, watts_per_gpu: float, pue: float) -> float:
    """Facility energy: GPU-hours x W x PUE, in kWh."""
    return gpu_hours * watts_per_gpu * pue / 1000.0


def co2_tonnes(kwh: float, kg_per_kwh: float) -> float:
    return kwh * kg_per_kwh / 1000.0
