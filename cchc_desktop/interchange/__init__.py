"""The interchange format (JSON) for plans and assessments."""
