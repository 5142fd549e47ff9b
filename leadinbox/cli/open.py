"""`leadinbox open [FILE…]`: the window, importing the files it was given (the desktop's *Open with*)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("open", parents=[common], help="open the window and import FILEs into it")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE")
    # Starts the window, prints one line and quits: proves a bundle or an install can show its UI.
    # `--smoke shot.png` also saves what the window painted (fonts, icons) for a person to look at.
    p.add_argument("--smoke", nargs="?", const=True, default=False, metavar="PNG", help=argparse.SUPPRESS)


def run_open(args, db_path: Path) -> int:
    from leadinbox.ui.window.app import run_app  # Qt is imported only for the window
    return run_app(db_path, files=getattr(args, "files", []), smoke=getattr(args, "smoke", False))
