"""``python -m assistant.settings [README.md] [--check]``: regenerate the README's settings table."""

import sys

from assistant.settings.table import main

sys.exit(main())
