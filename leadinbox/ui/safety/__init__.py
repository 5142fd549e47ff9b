"""Backups, restore, erasure, privacy settings and the data folder, as the window shows them."""
