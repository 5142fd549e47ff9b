"""Entry point for `python -m leadinbox` (and the bundle's)."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--read-ahead"]:      # an import's second process (core/read_ahead.py)
        from leadinbox.core.read_ahead import serve
        serve()
        sys.exit(0)
    from leadinbox.cli.main import main
    sys.exit(main())
