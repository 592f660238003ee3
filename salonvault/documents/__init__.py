"""Reportlab documents (Recovery Kit, consent form, client data report); none use temp files."""
