"""Entry script of the frozen app: PyInstaller starts here, then it is the normal start-up."""

import sys

from contact_manager.app import main

if __name__ == "__main__":
    sys.exit(main())
