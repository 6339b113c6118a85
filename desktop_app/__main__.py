"""Where ``python -m desktop_app``, the ``caravan`` command and a frozen build start."""

import sys

from desktop_app.startup import pause_collection


def main() -> int:
    """Run the command line with the garbage collector paused through start-up."""
    if getattr(sys, "frozen", False):
        # A frozen build (PyInstaller) has no separate Python: the helpers multiprocessing
        # starts (the parsers' fork server, spawned workers, the resource tracker) run this
        # same executable with their own arguments, and freeze_support() runs the helper
        # instead of Caravan (and exits). From source, no helper comes here: nothing to load.
        import multiprocessing

        multiprocessing.freeze_support()
    pause_collection()
    from desktop_app.cli import main as run_command_line

    return run_command_line()


# Guarded: spawned parser workers import the main module again.
if __name__ == "__main__":
    sys.exit(main())
