"""Entry point for `python -m leadinbox`."""

import sys

from leadinbox.cli.main import main

sys.exit(main())
