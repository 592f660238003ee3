"""Schema migrations 13 and on (the second round: service records, forms, attachments …).

Kept apart from migrations.py so that file stays readable; `migrations.MIGRATIONS` joins both.
Same rules: never edit a released migration, add the next number, numbers without gaps.
"""

from __future__ import annotations

ROUND_TWO: dict[int, str] = {}
