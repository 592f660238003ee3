"""The client card's tabs, one module each; ui/dialogs/client_card.py decides which appear."""
