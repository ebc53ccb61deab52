"""Run promoplanner with ``python -m promoplanner`` (and as the ``promoplanner`` command)."""

from __future__ import annotations

import gc
import sys


def run() -> None:
    """Run the command line (or the desktop program) and end the process with its status."""
    from promoplanner.cli import main

    status = main()
    # The process ends now and the system takes back its memory at once. Without this the
    # interpreter's last collection walks every object SQLAlchemy and ReportLab made, which
    # took 0.1 s of each command; nothing is left to close by then (main disposed of the
    # database), and objects freed by reference counting are still freed as before.
    gc.freeze()
    sys.exit(status)


if __name__ == "__main__":
    run()
