"""`python -m salonvault.cli`: the command line without the GUI launcher."""

import sys

from salonvault.cli.main import main

sys.exit(main())
