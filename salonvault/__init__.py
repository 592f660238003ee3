"""SalonVault's core. No Qt here; the GUI (ui/) and the CLI both go through services."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("salonvault")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
