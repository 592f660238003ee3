"""The PySide6 GUI. Widgets lay out and show; every action goes through salonvault.services."""
