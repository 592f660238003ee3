"""Entry point of the frozen console executable (salonvault-cli.exe): always the command line.

Windows gives a windowed program no console, so scripted and scheduled runs use this one. It
never imports Qt.
"""

import multiprocessing
import sys

from salonvault.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a backup runs age in a child process (age_process.py)
    sys.exit(main(sys.argv[1:]))
