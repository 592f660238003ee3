"""Plain data and typed errors shared by every layer; imports nothing else from salonvault."""
