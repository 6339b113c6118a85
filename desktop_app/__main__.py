"""``python -m desktop_app`` runs the same entry point as the ``caravan`` command."""

import sys

from desktop_app.cli import main

# Guarded: parser workers are spawned interpreters that import the main module again.
if __name__ == "__main__":
    sys.exit(main())
