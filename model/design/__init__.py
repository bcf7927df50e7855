"""What the model is, counted exactly: the architecture, its parameters, config.json import and presets."""
