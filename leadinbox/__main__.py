"""Entry point for `python -m leadinbox`."""

import sys

from leadinbox.cli import main

sys.exit(main())
