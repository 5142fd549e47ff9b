"""The team on this desk: its outbox, the events it applied, and how they reach the local rows."""
