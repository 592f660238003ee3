"""Qt item models: one small model per list, column constants, documented custom roles."""
