"""PySide6 widgets of LLM Scale Studio: editor, result panels, charts and the main window."""

ORGANIZATION = "LLM Scale Studio"  # where QSettings keeps the window's memory between sessions
APPLICATION = "LLM Scale Studio"
