"""The SQLCipher vault: connection, schema migrations, one repository module per table group."""
