"""The main window and app start-up: the application, the checks before the window, the exception hook."""
