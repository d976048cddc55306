"""`python -m studyapp` and the PyInstaller entry point share one main."""

import sys

from studyapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
