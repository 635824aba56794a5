"""Allows ``python -m revenue``."""

from revenue.cli import main

raise SystemExit(main())
