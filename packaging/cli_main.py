"""Entry point of the frozen console executable (salonvault-cli.exe): always the command line.

Windows gives a windowed program no console, so scripted and scheduled runs use this one. It
never imports Qt.
"""

import sys

if __name__ == "__main__" and sys.argv[1:2] == ["--salonvault-age-worker"]:
    # A backup's age child process (salonvault/backup/age_process.py).
    from salonvault.backup.age_process import worker_main

    worker_main()
    sys.exit(0)

from salonvault.cli import main  # after the worker's early exit above

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
