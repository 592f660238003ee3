"""Files on disk: the one door every file leaving the vault goes through (`outbound`), and
making a rename durable (`durable`). Below storage, security, documents and backup, above
domain, so each of them may use it."""
