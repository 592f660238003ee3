"""Age-encrypted backups: snapshot, stream-encrypt, verify, restore (issue 6 fills this in)."""
