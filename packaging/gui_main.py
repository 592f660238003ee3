"""Entry point of the frozen GUI executable (SalonVault.exe): no command word opens the window."""

import sys

if __name__ == "__main__" and sys.argv[1:2] == ["--salonvault-age-worker"]:
    # A backup's age child process (salonvault/backup/age_process.py): before Qt is loaded.
    from salonvault.backup.age_process import worker_main

    worker_main()
    sys.exit(0)

from ui.launch import main  # after the worker's early exit above

if __name__ == "__main__":
    sys.exit(main())
