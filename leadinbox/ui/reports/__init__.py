"""The Reports window: painted charts, their tables, and the numbers computed in the background."""
