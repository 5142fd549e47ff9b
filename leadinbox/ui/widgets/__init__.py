"""Small widgets the features share (labels, date fields, layouts, a busy window)."""
