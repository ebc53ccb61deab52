"""Run promoplanner with ``python -m promoplanner``."""

from promoplanner.cli import main

raise SystemExit(main())
