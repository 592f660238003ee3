"""Where a backup can go: removable drives first, then other data volumes (DESIGN.md §5).

Pure standard library and no Qt, so the GUI and the services can both ask. Every probe is
best-effort: a drive that cannot be read is left out rather than breaking the backup screen.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

# (free_bytes, total_bytes) of the volume holding a path; injectable so tests need no real mounts.
UsageReader = Callable[[Path], tuple[int, int]]

# Not places a salon would keep a backup: the system's own trees and read-only media.
_SYSTEM_TREES = ("/boot", "/proc", "/sys", "/dev", "/run", "/snap", "/usr", "/var", "/etc", "/tmp")  # noqa: S108
_USER_MEDIA_TREES = ("/media", "/run/media")
_SKIPPED_FS_TYPES = {"squashfs", "iso9660", "udf", "overlay", "tmpfs", "devtmpfs", "ramfs"}


@dataclass(frozen=True, slots=True)
class BackupTarget:
    path: Path  # mount point / drive root
    label: str  # volume label, or "" when none
    removable: bool
    free_bytes: int
    total_bytes: int


def list_targets() -> list[BackupTarget]:
    """Removable drives first (by label, then path), then other data volumes (by path)."""
    try:
        if sys.platform == "win32":
            found = _windows_drives(include_system=False)
        elif sys.platform == "darwin":
            found = _mac_volumes()
        else:
            found = _LinuxProbe().targets()
    except Exception:  # a probe must never break the backup screen
        return []
    return _in_offer_order(found)


def target_for(folder: Path) -> BackupTarget | None:
    """The volume holding `folder` (longest mount point prefix), or None if unknown."""
    try:
        if sys.platform == "win32":
            return _longest_prefix(folder, _windows_drives(include_system=True))
        if sys.platform == "darwin":
            return _longest_prefix(folder, [*_mac_volumes(), _mac_root()])
        return _LinuxProbe().target_for(folder)
    except Exception:  # "free space unknown" is an answer; a crash is not
        return None


def is_removable(folder: Path) -> bool:
    target = target_for(folder)
    return target is not None and target.removable


def _in_offer_order(targets: list[BackupTarget]) -> list[BackupTarget]:
    def order(t: BackupTarget) -> tuple[bool, str, str]:
        return (not t.removable, t.label.casefold() if t.removable else "", str(t.path))

    return sorted(targets, key=order)


def _usage(path: Path) -> tuple[int, int]:
    usage = shutil.disk_usage(path)
    return usage.free, usage.total


def _longest_prefix(folder: Path, targets: Iterable[BackupTarget]) -> BackupTarget | None:
    where = folder.resolve()
    holding = [t for t in targets if where.is_relative_to(t.path)]
    return max(holding, key=lambda t: len(t.path.parts), default=None)


def _unescape(text: str, escape: str, base: int) -> str:
    """Undo byte escapes (`\\040` in mounts, `\\x20` in udev names), keeping UTF-8 intact."""
    pieces = re.split(escape, text)  # the escape's one group (the digits) lands at odd indexes
    raw = b"".join(bytes([int(p, base)]) if i % 2 else p.encode() for i, p in enumerate(pieces))
    return raw.decode("utf-8", errors="replace")


@dataclass(frozen=True, slots=True)
class _Mount:
    device: str
    point: Path
    fs_type: str
    read_only: bool


class _LinuxProbe:
    """Reads /proc, /sys and /dev; the roots are parameters so tests can build a fake tree."""

    def __init__(
        self,
        proc_mounts: Path = Path("/proc/self/mounts"),
        sys_root: Path = Path("/sys"),
        dev_root: Path = Path("/dev"),
        disk_usage: UsageReader = _usage,
    ) -> None:
        self.proc_mounts, self.sys_root, self.dev_root = proc_mounts, sys_root, dev_root
        self.disk_usage = disk_usage

    def mounts(self) -> list[_Mount]:
        found = []
        for line in self.proc_mounts.read_text(encoding="utf-8", errors="replace").splitlines():
            fields = line.split()
            if len(fields) >= 4:
                device, point = (_unescape(f, r"\\([0-7]{3})", 8) for f in fields[:2])
                found.append(_Mount(device, Path(point), fields[2], "ro" in fields[3].split(",")))
        return found

    def targets(self) -> list[BackupTarget]:
        labels = self._labels()
        by_point: dict[Path, _Mount] = {}
        for mount in self.mounts():  # a later mount on the same point hides the earlier one
            by_point[mount.point] = mount
        seen_devices: set[str] = set()
        found = []
        for mount in by_point.values():
            if not self._is_data_volume(mount) or mount.device in seen_devices:
                continue  # the same device bind-mounted twice is offered once
            seen_devices.add(mount.device)
            target = self._target(mount, labels)
            if target is not None:
                found.append(target)
        return found

    def target_for(self, folder: Path) -> BackupTarget | None:
        where = folder.resolve()
        holding = None
        for mount in self.mounts():  # `>=`: the last mount on a point is the visible one
            if where.is_relative_to(mount.point) and (
                holding is None or len(mount.point.parts) >= len(holding.point.parts)
            ):
                holding = mount
        return None if holding is None else self._target(holding, self._labels())

    def _is_data_volume(self, mount: _Mount) -> bool:
        point = str(mount.point)
        in_system_tree = any(point == t or point.startswith(t + "/") for t in _SYSTEM_TREES)
        in_user_media = any(point.startswith(t + "/") for t in _USER_MEDIA_TREES)
        return (
            mount.device.startswith("/dev/")
            and not mount.device.startswith("/dev/loop")
            and mount.fs_type not in _SKIPPED_FS_TYPES
            and not mount.read_only
            and point != "/"
            and (in_user_media or not in_system_tree)
        )

    def _target(self, mount: _Mount, labels: dict[str, str]) -> BackupTarget | None:
        try:
            free, total = self.disk_usage(mount.point)
        except OSError:
            return None  # pulled out, or unreadable: leave it out
        name = self._kernel_name(mount.device)
        label = labels.get(name, "") if name else ""
        return BackupTarget(
            mount.point,
            label or _label_from_media_path(mount.point),
            bool(name) and self._is_removable(name),
            free,
            total,
        )

    def _kernel_name(self, device: str) -> str:
        """`/dev/sdb1` -> `sdb1`; `/dev/mapper/x` or `/dev/disk/by-uuid/...` -> `dm-0`/`sdb1`."""
        if not device.startswith("/dev/"):
            return ""
        return (self.dev_root / device.removeprefix("/dev/")).resolve().name

    def _labels(self) -> dict[str, str]:
        labels = {}
        try:
            links = list((self.dev_root / "disk" / "by-label").iterdir())
        except OSError:
            return {}
        for link in links:
            labels[link.resolve().name] = _unescape(link.name, r"\\x([0-9a-fA-F]{2})", 16)
        return labels

    def _is_removable(self, name: str) -> bool:
        """Removable flag of the whole disk; USB disks (often removable=0) and SD cards count."""
        block = self.sys_root / "class" / "block" / name
        disk = block.resolve().parent.name if (block / "partition").exists() else name
        disk_dir = self.sys_root / "block" / disk
        sd_card = _read_text(disk_dir / "device" / "type") == "SD"
        if _read_text(disk_dir / "removable") == "1" or sd_card:
            return True
        try:
            device = (disk_dir / "device").resolve(strict=True)
            device = device.relative_to(self.sys_root.resolve())
        except (OSError, ValueError):
            return False
        return any(part.startswith("usb") for part in device.parts)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _label_from_media_path(point: Path) -> str:
    """Desktops mount at /media/<user>/<label> or /run/media/<user>/<label>."""
    media_dirs = (Path("/media"), Path("/run/media"))
    return point.name if point.parent in media_dirs or point.parent.parent in media_dirs else ""


if sys.platform == "win32":
    import ctypes

    def _windows_drives(*, include_system: bool) -> list[BackupTarget]:
        """Removable and fixed drive letters; an empty card reader is skipped without a dialog."""
        drive_removable, drive_fixed, sem_failcriticalerrors = 2, 3, 0x0001
        kernel32 = ctypes.windll.kernel32
        system_drive = os.environ.get("SYSTEMDRIVE", "C:").upper() + "\\"
        found = []
        previous_mode = kernel32.SetErrorMode(sem_failcriticalerrors)
        try:
            mask = kernel32.GetLogicalDrives()
            for index in range(26):
                root = f"{chr(ord('A') + index)}:\\"
                kind = kernel32.GetDriveTypeW(root) if mask & (1 << index) else 0
                if kind not in (drive_removable, drive_fixed):
                    continue
                if root == system_drive and not include_system:
                    continue
                label = ctypes.create_unicode_buffer(261)
                if not kernel32.GetVolumeInformationW(root, label, 261, None, None, None, None, 0):
                    continue  # no medium in the reader
                try:
                    free, total = _usage(Path(root))
                except OSError:
                    continue
                found.append(
                    BackupTarget(Path(root), label.value, kind == drive_removable, free, total)
                )
        finally:
            kernel32.SetErrorMode(previous_mode)
        return found

else:

    def _windows_drives(*, include_system: bool) -> list[BackupTarget]:
        return []


def _mac_root() -> BackupTarget:
    free, total = _usage(Path("/"))
    return BackupTarget(Path("/"), "", removable=False, free_bytes=free, total_bytes=total)


def _mac_volumes(volumes: Path = Path("/Volumes")) -> list[BackupTarget]:
    """Everything under /Volumes except the startup disk (it shares "/"'s device)."""
    root_device = os.stat("/").st_dev
    found = []
    for entry in sorted(volumes.iterdir()):
        try:
            if entry.stat().st_dev == root_device:
                continue
            free, total = _usage(entry)
        except OSError:
            continue
        found.append(BackupTarget(entry, entry.name, _mac_is_removable(entry), free, total))
    return found


def _mac_is_removable(mount: Path) -> bool:
    try:
        result = subprocess.run(  # noqa: S603 - fixed program, the mount point is one argument
            ["/usr/sbin/diskutil", "info", "-plist", str(mount)],
            capture_output=True,
            timeout=3,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return _removable_per_diskutil(result.stdout)


def _removable_per_diskutil(plist: bytes) -> bool:
    """Read `diskutil info -plist`; anything unreadable counts as not removable."""
    try:
        info = plistlib.loads(plist)
    except (plistlib.InvalidFileException, ValueError):
        return False
    if not isinstance(info, dict):
        return False
    external = any(info.get(key) is True for key in ("RemovableMedia", "Ejectable"))
    over_usb = "USB" in (info.get("BusProtocol"), info.get("Protocol"))
    return external or over_usb
