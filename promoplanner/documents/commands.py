"""The ``print`` commands of the command line."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the print commands (documents issue)."""
