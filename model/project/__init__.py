"""How a project is saved and shown: project files, field metadata, units, the report and its exports."""
