"""The `salonvault` command line: the same services as the GUI, for IT helpers and schedules.

Modelled on keepassxc-cli. Expected failures print one sentence on stderr and exit non-zero;
data comes out as JSON. One module per command group; `main` builds the parser from them.
"""

from salonvault.cli.main import main

__all__ = ["main"]
