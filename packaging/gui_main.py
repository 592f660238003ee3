"""Entry point of the frozen GUI executable (SalonVault.exe): no command word opens the window."""

import multiprocessing
import sys

from ui.launch import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a backup runs age in a child process (age_process.py)
    sys.exit(main())
