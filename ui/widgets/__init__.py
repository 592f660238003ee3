"""Reusable widgets (PIN pad, …); no service calls in here."""
