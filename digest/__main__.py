"""Allow `python -m digest`."""

from digest.cli import main

raise SystemExit(main())
