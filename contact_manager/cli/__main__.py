"""``python -m contact_manager.cli``: the same as ``contact-manager-cli``."""

from contact_manager.cli import main

raise SystemExit(main())
