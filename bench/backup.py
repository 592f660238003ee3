"""Backup, verify and restore of a salon, next to `cp` of the same file (issue 6).

`measure` times, each in a fresh process so its peak memory is its own: `cp vault.db TARGET/`
(with and without `sync` of the copy), a backup to TARGET (writing and verifying split by the
progress phases), verifying that backup alone, a restore into an empty folder on the same disk,
and `age` alone over the same bytes (the floor). Targets (issue 24): backup ≤ 1.25x, verify ≤
1.5x and restore ≤ 2x that floor; extra memory ≤ 200 MB (peak resident memory minus the
process's own after opening, plus the peak of age's child process).

`python -m bench` runs it on the synthetic salon. Run alone, this module builds (or reuses) a
photo-heavy salon instead: N demo clients plus noisy 1600x1200 photos added through the photo
service until vault.db reaches the target size.

    .venv/bin/python -m bench.backup [--clients 20000] [--target-gb 1] [--runs 3] [--vault DIR]

--vault keeps that salon in DIR and reuses it next time (building takes a few minutes).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pyrage
from PIL import Image

from bench.report import write_section
from bench.salon import INFO, Salon
from bench.stats import ChildPeak, plural, reset_peak, size_text, status_kb, summary
from bench.targets import find, limit
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.demo.salon import create_demo_vault
from salonvault.services.vault.opening import open_vault
from salonvault.services.vault.restore import restore_into_empty

SECTION = "Backup and restore (issue 6)"
TARGETS = {
    "backup": find("backup_s").ratio_limit or 0,
    "verify": find("verify_s").ratio_limit or 0,
    "restore": find("restore_s").ratio_limit or 0,
    "extra_mb": limit("backup_restore_extra_mb"),
}
PHOTO_SIZE = (1600, 1200)  # the photo service's own long side: stored as taken, re-encoded
OPERATIONS = {  # measure name: the runs it summarises
    "cp_s": "cp",
    "cp_sync_s": "cp",
    "backup_s": "backup",
    "verify_s": "verify",
    "restore_s": "restore",
    "age_alone_s": "age",
}


def key_store(folder: Path) -> DeviceKeyStore:
    return DeviceKeyStore(fallback_dir=folder, use_os_store=False)


def noisy_jpeg(rng: random.Random) -> bytes:
    """Random noise compresses badly: each photo stores about 1.3 MB after re-encoding."""
    width, height = PHOTO_SIZE
    image = Image.frombytes("RGB", PHOTO_SIZE, rng.randbytes(width * height * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def build_photo_heavy(folder: Path, clients: int, target_bytes: int) -> Salon:
    """The standalone run's salon: demo clients, then noisy photos up to `target_bytes`."""
    info_file = folder / INFO
    if info_file.exists():
        info: dict[str, Any] = json.loads(info_file.read_text())
        if info["clients"] == clients and info.get("target_bytes") == target_bytes:
            return Salon(folder, info)
        raise SystemExit(f"{folder} holds another demo ({info['clients']} clients); use another.")
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    vault, staff = create_demo_vault(
        folder / "salon", folder / "recovery-key.txt", key_store(folder / "keys"), clients=clients
    )
    print(f"{clients:,} demo clients in {time.perf_counter() - started:.0f} s", flush=True)
    owner = vault.auth.sign_in(staff[0].name, staff[0].pin)
    rng = random.Random(6)
    ids = [r[0] for r in vault.database.query("SELECT id FROM clients ORDER BY id")]
    photos, size, photo_s = 0, vault.paths.database.stat().st_size, time.perf_counter()
    for client_id in rng.sample(ids, min(len(ids), 1000)):
        if size >= target_bytes:
            break
        vault.consent.record(
            owner, client_id, "photos", "granted", "en", "paper", paper_reference="BENCH"
        )
        for kind in ("before", "after", "before", "after"):
            vault.photos.add_photo(owner, client_id, noisy_jpeg(rng), kind)
            photos += 1
        vault.database.checkpoint()
        size = vault.paths.database.stat().st_size
        if photos % 100 == 0:
            print(f"  {photos} photos, {size / 1e9:.2f} GB", flush=True)
    photo_s = time.perf_counter() - photo_s
    visits = int(vault.database.scalar("SELECT count(*) FROM visits"))
    all_photos = int(vault.database.scalar("SELECT count(*) FROM photos"))
    vault.close()
    info = {
        "clients": clients,
        "visits": visits,
        "photos": all_photos,
        "noisy_photos": photos,
        "target_bytes": target_bytes,
        "vault_bytes": vault.paths.database.stat().st_size,
        "photo_s": round(photo_s, 1),
        "build_s": round(time.perf_counter() - started, 1),
        "staff": [{"name": s.name, "role": s.role.value, "pin": s.pin} for s in staff],
    }
    info_file.write_text(json.dumps(info))
    return Salon(folder, info)


def child(op: str, folder: Path, target: Path, file: str) -> dict[str, object]:
    """One measured operation; runs in its own process (see main)."""
    marks: dict[str, float] = {}

    def progress(phase: str, done: int, total: int) -> None:
        marks.setdefault(f"{phase}_first", time.perf_counter())
        marks[f"{phase}_last"] = time.perf_counter()

    if op == "age":
        return age_alone(folder, target)
    with ChildPeak(b"worker_main") as age_child:  # age's child process, for a large vault
        result = measured(op, folder, target, file, marks, progress)
    result["child_peak_mb"] = age_child.peak_kb / 1024
    return result


def measured(
    op: str,
    folder: Path,
    target: Path,
    file: str,
    marks: dict[str, float],
    progress: Callable[[str, int, int], None],
) -> dict[str, object]:
    result: dict[str, object] = {}
    if op == "restore":
        recovery = read_recovery_key_file(folder / "recovery-key.txt")
        baseline_kb = status_kb("VmRSS")
        reset_peak()  # VmHWM restarts from here
        start = time.perf_counter()
        vault = restore_into_empty(
            target / "restored", Path(file), recovery, key_store(target / "keys"),
            lambda done, total: progress("decrypting", done, total),
        )  # fmt: skip
        end = time.perf_counter()
        result["decrypt_s"] = marks["decrypting_last"] - start
        result["check_open_s"] = end - marks["decrypting_last"]
        vault.close()
    else:
        start = time.perf_counter()
        vault = open_vault(folder / "salon", device_store=key_store(folder / "keys"))
        result["open_s"] = time.perf_counter() - start
        owner = vault.auth.sign_in(*Salon.load(folder).staff("owner"))
        baseline_kb = status_kb("VmRSS")
        reset_peak()
        start = time.perf_counter()
        if op == "backup":
            backup = vault.backups.backup(owner, target, progress)
            result["file"] = str(backup.path)
            result["file_bytes"] = backup.path.stat().st_size
            result["snapshot_s"] = marks["writing_first"] - start
            result["write_s"] = marks["writing_last"] - marks["writing_first"]
            result["snapshot_checks_s"] = marks["verifying_first"] - marks["writing_last"]
            result["verify_decrypt_s"] = marks["verifying_last"] - marks["verifying_first"]
            end = time.perf_counter()
            result["verify_checks_s"] = end - marks["verifying_last"]
        elif op == "verify":
            vault.backups.verify(owner, Path(file), progress)
            end = time.perf_counter()
            result["decrypt_s"] = marks["verifying_last"] - start
            result["checks_s"] = end - marks["verifying_last"]
        else:  # "checks": SQLite's own passes over the whole file, one by one
            for pragma in ("cipher_integrity_check", "quick_check", "integrity_check"):
                began = time.perf_counter()
                vault.database.query(f"PRAGMA {pragma}")
                result[pragma + "_s"] = time.perf_counter() - began
            end = time.perf_counter()
        vault.close()
    result |= {"seconds": end - start, "base_mb": baseline_kb / 1024}
    result["peak_mb"] = status_kb("VmHWM") / 1024
    return result


def age_alone(folder: Path, target: Path) -> dict[str, object]:
    """The floor for any backup the issue asks for: `age` (pyrage) over the same number of
    bytes into a file on the target, fsync, then decrypting it back from the drive into
    nothing; as plain `age` does it (no early writeback), nothing else."""
    recovery = read_recovery_key_file(folder / "recovery-key.txt")
    recipient = pyrage.x25519.Recipient.from_str(recovery.public_key)
    identity = pyrage.x25519.Identity.from_str(recovery.secret)
    baseline_kb = status_kb("VmRSS")
    reset_peak()
    out_path = target / "age-alone.age"
    start = time.perf_counter()
    with open(folder / "salon" / "vault.db", "rb") as source, open(out_path, "wb") as out:
        pyrage.encrypt_io(source, out, [recipient])
        out.flush()
        os.fsync(out.fileno())
        os.posix_fadvise(out.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    written = time.perf_counter()

    class Nowhere(io.RawIOBase):
        """`age -d FILE > /dev/null`: the backup's read-back keeps nothing either (its proof
        is the file's head and age's MACs, decision 0008), so neither does the floor."""

        def writable(self) -> bool:
            return True

        def write(self, data: bytes) -> int:  # type: ignore[override]
            return len(data)

    with open(out_path, "rb") as back:
        pyrage.decrypt_io(back, Nowhere(), [identity])
    end = time.perf_counter()
    out_path.unlink()
    return {
        "encrypt_s": written - start,
        "decrypt_s": end - written,
        "seconds": end - start,
        "base_mb": baseline_kb / 1024,
        "peak_mb": status_kb("VmHWM") / 1024,
    }


def run_child(op: str, salon: Salon, target: Path, file: str = "") -> dict[str, object]:
    args = [sys.executable, "-m", "bench.backup", "--child", op, "--vault", str(salon.folder)]
    out = subprocess.run(
        [*args, "--target", str(target), "--file", file],
        capture_output=True,
        text=True,
        check=False,
        env=salon.env(),
    )
    if out.returncode:
        raise RuntimeError(f"{op} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_cp(source: Path, target: Path) -> dict[str, object]:
    """`cp` then `sync` of the copy (fsync of that file), timed apart. cp's peak memory comes
    from GNU time: a child forked straight from this big process would report ours."""
    start = time.perf_counter()
    out = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "cp", str(source), str(target)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    copied = time.perf_counter()
    subprocess.run(["sync", str(target / source.name)], check=True)
    synced = time.perf_counter()
    rss = int(out.stderr.split()[-1]) / 1024
    return {"cp_s": copied - start, "seconds": synced - start, "peak_mb": rss, "base_mb": 0.0}


def median(runs: list[dict[str, object]], key: str) -> float:
    return statistics.median(float(run[key]) for run in runs)  # type: ignore[arg-type]


def measure(salon: Salon, runs: int, target: Path, log: Any = print) -> dict[str, Any]:
    """Every operation `runs` times, interleaved so each sees the same machine; `target` is a
    folder on the disk that should be measured (made and removed here)."""
    results: dict[str, list[dict[str, object]]] = {"cp": [], "backup": [], "verify": []}
    results["restore"] = []
    results["age"] = []
    for number in range(runs):
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        results["cp"].append(run_cp(salon.data_dir / "vault.db", target))
        (target / "vault.db").unlink()
        backup = run_child("backup", salon, target)
        results["backup"].append(backup)
        results["verify"].append(run_child("verify", salon, target, str(backup["file"])))
        results["restore"].append(run_child("restore", salon, target, str(backup["file"])))
        results["age"].append(run_child("age", salon, target))
        log(f"  backup run {number + 1}: " + ", ".join(
            f"{op} {float(v[-1]['seconds']):.1f} s" for op, v in results.items()
        ))  # fmt: skip
    results["checks"] = [run_child("checks", salon, target)]
    shutil.rmtree(target, ignore_errors=True)
    return {"measures": measures(results), "details": results}


def measures(results: dict[str, list[dict[str, object]]]) -> dict[str, Any]:
    """Each operation's seconds with the median peak memory of its processes, and the extra
    memory (peak minus the process's own before the work) of every backup and restore."""
    found: dict[str, Any] = {}
    for name, op in OPERATIONS.items():
        key = "cp_s" if name == "cp_s" else "seconds"
        found[name] = summary(
            [float(r[key]) for r in results[op]],  # type: ignore[arg-type]
            "s",
            median(results[op], "peak_mb"),
        )
    both = results["backup"] + results["verify"] + results["restore"]
    extra = [extra_mb(r) for r in both]
    peak = max(float(r["peak_mb"]) for r in both)  # type: ignore[arg-type]
    found["backup_restore_extra_mb"] = summary(extra, "MB", peak)
    return found


def extra_mb(run: dict[str, object]) -> float:
    """Peak minus the process's own before the work, plus age's child process at its peak."""
    child = float(run.get("child_peak_mb", 0.0))  # type: ignore[arg-type]
    return float(run["peak_mb"]) - float(run["base_mb"]) + child  # type: ignore[arg-type]


def describe_photo_heavy(salon: Salon) -> str:
    info = salon.info
    return (
        f"{info['clients']:,} demo clients and {info['noisy_photos']} noisy 1600x1200 photos added"
        " through the photo service (about 1.3 MB each after re-encoding; built in"
        f" {info['build_s']} s), vault.db {size_text(info['vault_bytes'])}"
    )


def section(result: dict[str, Any], salon: str, machine: str, command: str) -> str:
    results: dict[str, list[dict[str, object]]] = result["details"]
    cp = median(results["cp"], "seconds")
    age = median(results["age"], "seconds")
    rows = [
        ("`cp` (no sync)", [{**r, "seconds": r["cp_s"]} for r in results["cp"]]),
        ("`cp` + `sync` of the copy", results["cp"]),
        ("`age` alone: encrypt the same bytes to the target, fsync, decrypt back (the floor)",
         results["age"]),
        ("backup (snapshot, write, read back and verify)", results["backup"]),
        ("verify a backup alone", results["verify"]),
        ("restore into an empty folder", results["restore"]),
    ]  # fmt: skip
    lines = [
        "| operation | time | vs `age` alone | vs cp+sync | peak RSS | extra RSS |",
        "|---|---|---|---|---|---|",
    ]
    for name, runs in rows:
        seconds, peak = median(runs, "seconds"), median(runs, "peak_mb")
        extra = statistics.median(extra_mb(r) for r in runs)
        lines.append(
            f"| {name} | {seconds:.1f} s | {seconds / age:.2f}x | {seconds / cp:.1f}x"
            f" | {peak:.0f} MB | {extra:.0f} MB |"
        )
    b, v, r = results["backup"], results["verify"], results["restore"]
    checks = results["checks"][0]
    worst_extra = max(extra_mb(x) for x in b + v + r)
    met = lambda ok: "met" if ok else "**not met**"  # noqa: E731
    verdicts = []
    for op, runs in (("backup", b), ("verify", v), ("restore", r)):
        ratio = median(runs, "seconds") / age
        verdicts.append(f"{op} ≤ {TARGETS[op]:g}x — {met(ratio <= TARGETS[op])} ({ratio:.2f}x)")
    return f"""
`{command}`: a salon of {salon}.
Every operation runs in a fresh process, {plural(len(b), "time")} interleaved; medians. Backup
file {size_text(int(b[0]["file_bytes"]))}. Target folder on the same disk as the vault; the
vault's pages are in the OS cache, but a written backup is dropped from the cache after its
fsync, so the read-back reads the disk, as it must to check the medium. Extra RSS = peak
resident memory during the operation minus the process's own just before it (the vault open
and signed in; for restore, imports only), plus the peak of `age`'s child process (with two
cores or more, a vault of 64 MB or more is encrypted and decrypted by `age` in a process of
its own, so the page codec and `age` each have a core: salonvault/backup/age_process.py; the
child's own peak after it starts, not `ru_maxrss`, which counts the parent's size at the
fork). {machine}

{chr(10).join(lines)}

Targets against `age` alone over the same bytes (issue 24): {"; ".join(verdicts)}; extra
memory ≤ {TARGETS["extra_mb"]:.0f} MB — {met(worst_extra <= TARGETS["extra_mb"])} (worst run
{worst_extra:.0f} MB).

Where the backup's time goes (medians): snapshot and manifest {median(b, "snapshot_s"):.1f} s;
writing {median(b, "write_s"):.1f} s (every SQLCipher page's HMAC checked and the page
decrypted in Python while `age` encrypts in its child process, the file handed to the drive
every 32 MiB; the pinned snapshot is checked meanwhile in a thread of its own: full
`integrity_check`, the manifest, counts, activity-log chain); fsync and rename
{median(b, "snapshot_checks_s"):.1f} s;
reading back {median(b, "verify_decrypt_s"):.1f} s (the file read from the drive, its pages
dropped from the cache behind the reader, and decrypted whole by `age` in its child, which
authenticates every chunk; its first 4 KiB, `age`'s header and nonce, compared with those
written; the snapshot's check goes on meanwhile); then waiting for that check, history and
rotation {median(b, "verify_checks_s"):.1f} s. Verify alone (as `verify-backup`, the drill
and a restore do it: the file decrypted by `age` in its child process and every page
re-encrypted into a working copy under a throwaway key, the odd runs of 64 pages by that
child, the rest here; a verify's copy under SQLCipher's HMAC-SHA256 setting, a restore's
under a vault's SHA-512; then
checked on two connections: SQLite's `quick_check` of the whole file beside the full check of
each table that has an index, with the counts and the chain; decision 0008's addendum):
decrypt {median(v, "decrypt_s"):.1f} s, checks {median(v, "checks_s"):.1f} s. Restore: decrypt and
re-key {median(r, "decrypt_s"):.1f} s, then {median(r, "check_open_s"):.1f} s to check the copy
and open the restored vault (which no longer reads every page again: the copy has just passed
`integrity_check`).
On this vault SQLite's passes alone take: `cipher_integrity_check`
{float(checks["cipher_integrity_check_s"]):.1f} s, `quick_check`
{float(checks["quick_check_s"]):.1f} s,
`integrity_check` {float(checks["integrity_check_s"]):.1f} s;
opening the vault (which runs the first two) took {median(b, "open_s"):.1f} s.

The floor: `age` alone (pyrage {version("pyrage")}, which holds the GIL: one core) over the
same bytes takes {median(results["age"], "encrypt_s"):.1f} s to encrypt and write and
{median(results["age"], "decrypt_s"):.1f} s to decrypt back, {age / cp:.1f}x cp + sync before
any page is decrypted or checked.
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--target-gb", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--vault", type=Path, help="keep and reuse the demo salon here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--target", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--file", default="", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(child(options.child, options.vault, options.target, options.file)))
        return
    from bench.machine import describe, sentence  # noqa: PLC0415
    from bench.stats import load_average  # noqa: PLC0415

    machine = describe()
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    if options.vault:
        options.vault.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=options.vault.parent if options.vault else None) as tmp:
        folder = options.vault or Path(tmp) / "demo"
        salon = build_photo_heavy(folder, options.clients, int(options.target_gb * 1e9))
        print(f"vault.db: {salon.info['vault_bytes'] / 1e9:.2f} GB", flush=True)
        result = measure(salon, options.runs, Path(tmp) / "target")
    machine["load_end"] = load_average()
    out_dir = Path(__file__).parent / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "backup.json").write_text(
        json.dumps({"info": salon.info, "machine": machine, "result": result}, indent=2)
    )
    body = section(result, describe_photo_heavy(salon), sentence(machine), "python -m bench.backup")
    print(body)
    write_section(SECTION, body)


if __name__ == "__main__":
    main()
