"""Where ``python -m desktop_app`` and the ``caravan`` command start."""

import multiprocessing
import sys

from desktop_app.startup import pause_collection


def main() -> int:
    """Run the command line with the garbage collector paused through start-up."""
    pause_collection()
    from desktop_app.cli import main as run_command_line

    return run_command_line()


# Guarded: parser workers are spawned interpreters that import the main module again.
if __name__ == "__main__":
    multiprocessing.freeze_support()  # frozen: a parser helper re-runs this executable; run it
    sys.exit(main())
