"""Developer tools (screenshots); not part of the program."""
