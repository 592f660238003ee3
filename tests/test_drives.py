"""Backup targets (DESIGN.md §5): removable drives first, found from a fake /proc + /sys + /dev."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from salonvault.backup import drives
from salonvault.backup.drives import (
    BackupTarget,
    _LinuxProbe,
    is_removable,
    list_targets,
    target_for,
)

PCI = "devices/pci0000:00"
USB_HOST = f"{PCI}/0000:00:14.0/usb2/2-1/2-1:1.0/host4/target4:0:0/4:0:0:0"
SATA_HOST = f"{PCI}/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0"

MOUNTS = r"""
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
devtmpfs /dev devtmpfs rw,nosuid,size=8000000k 0 0
tmpfs /run tmpfs rw,nosuid,nodev,size=1600000k,mode=755 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda1 /boot/efi vfat rw,relatime,fmask=0077 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
/dev/sda3 /srv/home-again ext4 rw,relatime 0 0
/dev/sda4 /srv/archive ext4 ro,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
/dev/loop3 /snap/core22/1122 squashfs ro,nodev,relatime 0 0
overlay /var/lib/docker/overlay2/abc/merged overlay rw,relatime,lowerdir=/x 0 0
/dev/nvme0n1p1 /mnt/data ext4 rw,relatime 0 0
/dev/sdb1 /media/anna/SALON\040BACKUP vfat rw,nosuid,nodev,uid=1000 0 0
/dev/sdc1 /run/media/anna/T7 exfat rw,nosuid,nodev,uid=1000 0 0
/dev/mmcblk0p1 /media/anna/CARD vfat rw,nosuid,nodev 0 0
/dev/sdd1 /media/anna/PULLED vfat rw,nosuid,nodev 0 0
"""


def _disk(sys_root: Path, disk: str, host: str, partitions: list[str], removable: str) -> None:
    """Lay out a disk as sysfs does: real dirs under devices/, symlinks from block/ and class/."""
    host_dir = sys_root / host
    host_dir.mkdir(parents=True, exist_ok=True)
    disk_dir = host_dir / "block" / disk
    disk_dir.mkdir(parents=True)
    (disk_dir / "removable").write_text(f"{removable}\n")
    (disk_dir / "device").symlink_to(host_dir)
    for name, target in [(disk, disk_dir)] + [(p, disk_dir / p) for p in partitions]:
        target.mkdir(exist_ok=True)
        (sys_root / "class" / "block").mkdir(parents=True, exist_ok=True)
        (sys_root / "class" / "block" / name).symlink_to(target)
        if name != disk:
            (target / "partition").write_text("1\n")
    (sys_root / "block").mkdir(exist_ok=True)
    (sys_root / "block" / disk).symlink_to(disk_dir)


@pytest.fixture
def probe(tmp_path: Path) -> _LinuxProbe:
    sys_root, dev_root = tmp_path / "sys", tmp_path / "dev"
    _disk(sys_root, "sda", SATA_HOST, ["sda1", "sda2", "sda3", "sda4"], removable="0")
    _disk(sys_root, "sdb", USB_HOST, ["sdb1"], removable="1")  # USB stick
    _disk(sys_root, "sdc", USB_HOST.replace("2-1", "2-2"), ["sdc1"], removable="0")  # USB SSD
    _disk(sys_root, "sdd", USB_HOST.replace("2-1", "2-3"), ["sdd1"], removable="1")
    _disk(sys_root, "nvme0n1", f"{PCI}/0000:00:1d.0/nvme/nvme0", ["nvme0n1p1"], removable="0")
    mmc_host = f"{PCI}/0000:00:1a.0/mmc_host/mmc0/mmc0:aaaa"
    _disk(sys_root, "mmcblk0", mmc_host, ["mmcblk0p1"], removable="0")
    (sys_root / mmc_host / "type").write_text("SD\n")  # built-in card reader

    by_label = dev_root / "disk" / "by-label"
    by_label.mkdir(parents=True)
    (by_label / r"SALON\x20BACKUP").symlink_to("../../sdb1")  # udev escapes the space
    (by_label / "Data").symlink_to("../../nvme0n1p1")
    (by_label / "Ảnh").symlink_to("../../mmcblk0p1")  # udev keeps UTF-8 as it is

    proc_mounts = tmp_path / "mounts"
    proc_mounts.write_text(MOUNTS.lstrip())

    def usage(point: Path) -> tuple[int, int]:
        if point.name == "PULLED":
            raise OSError(5, "Input/output error")  # stick pulled out while listing
        return 1000 + len(str(point)), 9000 + len(str(point))

    return _LinuxProbe(proc_mounts, sys_root, dev_root, disk_usage=usage)


def test_removable_drives_come_first_then_data_volumes(probe: _LinuxProbe) -> None:
    targets = drives._in_offer_order(probe.targets())
    assert [(str(t.path), t.label, t.removable) for t in targets] == [
        ("/media/anna/SALON BACKUP", "SALON BACKUP", True),  # removable=1, label with a space
        ("/run/media/anna/T7", "T7", True),  # USB SSD says removable=0; label from the path
        ("/media/anna/CARD", "Ảnh", True),  # SD card in a built-in reader
        ("/home", "", False),
        ("/mnt/data", "Data", False),
    ]


def test_system_pseudo_read_only_and_unreadable_mounts_are_left_out(probe: _LinuxProbe) -> None:
    offered = {str(t.path) for t in probe.targets()}
    for hidden in ["/", "/boot/efi", "/proc", "/sys", "/dev", "/run", "/tmp", "/snap/core22/1122"]:
        assert hidden not in offered
    assert "/var/lib/docker/overlay2/abc/merged" not in offered
    assert "/srv/archive" not in offered  # mounted read-only
    assert "/srv/home-again" not in offered  # the same partition as /home, offered once
    assert "/media/anna/PULLED" not in offered  # disk_usage failed


def test_free_and_total_space_come_from_the_mount_point(probe: _LinuxProbe) -> None:
    stick = next(t for t in probe.targets() if t.label == "SALON BACKUP")
    point = "/media/anna/SALON BACKUP"
    assert (stick.free_bytes, stick.total_bytes) == (1000 + len(point), 9000 + len(point))


def test_octal_escapes_in_mounts_are_decoded(probe: _LinuxProbe) -> None:
    points = [m.point for m in probe.mounts()]
    assert Path("/media/anna/SALON BACKUP") in points
    assert not any("\\" in str(p) for p in points)


@pytest.mark.parametrize(
    ("escaped", "pattern", "base", "plain"),
    [
        (r"/media/anna/SALON\040BACKUP", r"\\([0-7]{3})", 8, "/media/anna/SALON BACKUP"),
        (r"/media/anna/caf\303\251\011x", r"\\([0-7]{3})", 8, "/media/anna/café\tx"),
        (r"SALON\x20BACKUP\x2fOLD", r"\\x([0-9a-fA-F]{2})", 16, "SALON BACKUP/OLD"),
        ("Ảnh", r"\\x([0-9a-fA-F]{2})", 16, "Ảnh"),
    ],
)
def test_unescape_decodes_bytes_and_keeps_utf8(
    escaped: str, pattern: str, base: int, plain: str
) -> None:
    assert drives._unescape(escaped, pattern, base) == plain


def test_target_for_picks_the_longest_mount_point(probe: _LinuxProbe) -> None:
    on_stick = probe.target_for(Path("/media/anna/SALON BACKUP/SalonVault/backups"))
    assert on_stick is not None
    assert (on_stick.path, on_stick.removable) == (Path("/media/anna/SALON BACKUP"), True)

    at_home = probe.target_for(Path("/home/anna/Documents"))
    assert at_home is not None
    assert (at_home.path, at_home.removable) == (Path("/home"), False)

    elsewhere = probe.target_for(Path("/opt/backups"))  # only "/" holds it; still answered
    assert elsewhere is not None
    assert (elsewhere.path, elsewhere.removable) == (Path("/"), False)


def test_target_for_a_volume_that_cannot_be_read_is_none(probe: _LinuxProbe) -> None:
    assert probe.target_for(Path("/media/anna/PULLED/backups")) is None


def test_offer_order_sorts_removable_by_label_then_path_and_others_by_path() -> None:
    def target(path: str, label: str, removable: bool) -> BackupTarget:
        return BackupTarget(Path(path), label, removable, 1, 2)

    given = [
        target("/mnt/b", "A", False),
        target("/media/x/2", "salon", True),
        target("/mnt/a", "Z", False),
        target("/media/x/1", "Salon", True),
        target("/media/x/3", "Anna", True),
    ]
    assert [str(t.path) for t in drives._in_offer_order(given)] == [
        "/media/x/3",
        "/media/x/1",
        "/media/x/2",
        "/mnt/a",
        "/mnt/b",
    ]


@pytest.mark.parametrize(
    ("info", "removable"),
    [
        ({"RemovableMedia": True, "Ejectable": True, "BusProtocol": "USB"}, True),
        ({"RemovableMedia": False, "Ejectable": False, "BusProtocol": "USB"}, True),  # USB SSD
        ({"RemovableMedia": False, "Ejectable": True, "BusProtocol": "Thunderbolt"}, True),
        ({"RemovableMedia": False, "Ejectable": False, "BusProtocol": "Apple Fabric"}, False),
    ],
)
def test_macos_diskutil_answer(info: dict[str, object], removable: bool) -> None:
    assert drives._removable_per_diskutil(plistlib.dumps(info)) is removable


def test_macos_diskutil_garbage_is_not_removable() -> None:
    assert drives._removable_per_diskutil(b"diskutil: not a volume") is False


def test_a_failing_probe_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> list[BackupTarget]:
        raise PermissionError("no /proc here")

    monkeypatch.setattr(_LinuxProbe, "targets", broken)
    monkeypatch.setattr(_LinuxProbe, "target_for", broken)
    assert list_targets() == []
    assert target_for(Path("/anywhere")) is None
    assert is_removable(Path("/anywhere")) is False


def test_this_machine(tmp_path: Path) -> None:
    targets = list_targets()
    assert isinstance(targets, list)
    assert all(isinstance(t, BackupTarget) and t.total_bytes >= t.free_bytes for t in targets)
    removable_flags = [t.removable for t in targets]
    assert removable_flags == sorted(removable_flags, reverse=True)  # removable ones first

    holding = target_for(tmp_path)
    assert holding is not None
    assert tmp_path.resolve().is_relative_to(holding.path)
    assert holding.free_bytes > 0
    assert is_removable(tmp_path) is holding.removable
