"""Entry point of the frozen GUI executable (SalonVault.exe): no command word opens the window."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
