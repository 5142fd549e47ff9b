"""Help: About, Getting started and the keyboard shortcuts."""
