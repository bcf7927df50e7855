"""How a design is used: serving it (serving.py) and fine-tuning it (finetune.py)."""
