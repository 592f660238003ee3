"""Dialogs; validation messages come from the services and sit next to the field."""
