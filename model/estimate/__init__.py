"""What a design costs: storage, memory, compute, energy, scaling laws, the hardware catalog and the workload."""
