"""A team in the window: Settings › Team, syncing in the background, claiming and releasing customers."""
