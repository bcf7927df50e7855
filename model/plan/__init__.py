"""How to train a design: the cluster, the parallel layout, memory per GPU and step time of a layout, and the search."""
