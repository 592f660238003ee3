"""Translated sentences for key errors that carry a key (salonvault.domain.errors): the
launcher shows them when the vault does not open. Any other error keeps its own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.errors import PassphraseSlotUnusual
from ui.labels import fill


def key_error_text(error: Exception) -> str:
    if isinstance(error, PassphraseSlotUnusual):
        return fill(
            QCoreApplication.translate(
                "KeyMessages",
                "The passphrase slot asks for unusual settings (%1; SalonVault writes %2), so"
                " the passphrase was not tried: the key slot file was damaged or changed. Open"
                " the vault with the recovery key, then set the passphrase again.",
            ),
            _costs(error.asked),
            _costs(error.usual),
        )
    return str(error)


def _costs(costs: dict[str, object]) -> str:
    memory = costs.get("memory_kib")
    return fill(
        QCoreApplication.translate("KeyMessages", "time cost %1, memory %2 MiB, parallelism %3"),
        costs.get("time_cost"),
        memory // 1024 if type(memory) is int else memory,
        costs.get("parallelism"),
    )
