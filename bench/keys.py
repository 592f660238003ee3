"""Cost of the key work a person waits for: PIN hash/verify, passphrase KDF, Recovery Kit PDF.

.venv/bin/python -m bench.keys [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.report import write_section
from salonvault.documents.recovery_kit import recovery_kit_pdf
from salonvault.security.passphrase import new_kdf_params, passphrase_wrapping_key
from salonvault.security.pins import hash_pin, verify_pin
from salonvault.security.recovery import generate_recovery_key


def timed(work: Callable[[], object], runs: int) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return {"median": statistics.median(samples), "max": max(samples)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    stored = hash_pin("482913")
    params = new_kdf_params()
    key = generate_recovery_key()
    recovery_kit_pdf("Salon", "", key.secret, key.public_key, date.today(), "zh_CN")  # warm fonts
    results = {
        "pin_hash_s": timed(lambda: hash_pin("482913"), runs),
        "pin_verify_s": timed(lambda: verify_pin(stored, "482913"), runs),
        "passphrase_kdf_s": timed(
            lambda: passphrase_wrapping_key("blue orchid desk", params), runs
        ),
        "recovery_kit_pdf_s": timed(
            lambda: recovery_kit_pdf(
                "Salon Hoa Mai", "12 Lê Lợi", key.secret, key.public_key, date.today(), "vi"
            ),
            runs,
        ),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "keys.json").write_text(json.dumps(results, indent=2))
    row = "| {} | {:.3f} s | {:.3f} s | {} |"
    table = [
        "| work | median | max | note |",
        "|---|---|---|---|",
        row.format(
            "PIN hash (Argon2id t=3, 64 MiB, p=4)",
            *results["pin_hash_s"].values(),
            "RFC 9106 second recommendation",
        ),
        row.format("PIN verify at sign-in", *results["pin_verify_s"].values(), ""),
        row.format(
            "Passphrase KDF (Argon2id t=6, 256 MiB, p=2)",
            *results["passphrase_kdf_s"].values(),
            "target: about 1 s",
        ),
        row.format(
            "Recovery Kit PDF (warm fonts)",
            *results["recovery_kit_pdf_s"].values(),
            "first build also loads the CJK font (~0.1 s)",
        ),
        "",
        f"{runs} runs each; peak RSS of the benchmark process {results['peak_rss_mib']:.0f} MiB"
        " (the passphrase KDF's 256 MiB dominates).",
    ]
    write_section("Key work (bench/keys.py)", "\n".join(table))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
