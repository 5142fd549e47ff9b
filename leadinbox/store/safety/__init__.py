"""The data's safety and privacy: backups, restore, erasure, purge, retention, suppression, health, moving."""
