"""Pages of the main window; each gets the vault's services and the signed-in session."""
