"""The command line: `leadinbox` opens the window; subcommands import, list, undo, export and keep the data safe."""
