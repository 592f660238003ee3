"""One service per capability. Every public method that acts for a person takes a Session and
checks its permission here, whatever calls it (GUI, CLI, tests)."""
