"""What the frozen build leaves out (read by salonvault.spec; tested in tests/test_packaging.py).

Plain Python with no PyInstaller import, so the rules can be tested without building.
"""

from __future__ import annotations

import re

# Qt modules the program never imports (it uses QtCore, QtGui, QtWidgets, QtNetwork,
# QtPrintSupport and QtDBus). Excluding them keeps their libraries and plugins out of the folder.
UNUSED_QT_MODULES = [
    "PySide6." + name
    for name in (  # noqa: SIM905 - one readable block, not fifty quoted names
        "Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtAxContainer "
        "QtBluetooth QtCharts QtConcurrent QtDataVisualization QtDesigner QtGraphs QtHelp "
        "QtHttpServer QtLocation QtMultimedia QtMultimediaWidgets QtNetworkAuth QtNfc QtOpenGL "
        "QtOpenGLWidgets QtPdf QtPdfWidgets QtPositioning QtQml QtQuick QtQuick3D "
        "QtQuickControls2 QtQuickWidgets QtRemoteObjects QtScxml QtSensors QtSerialBus "
        "QtSerialPort QtSpatialAudio QtSql QtStateMachine QtSvg QtSvgWidgets QtTest "
        "QtTextToSpeech QtUiTools QtWebChannel QtWebEngineCore QtWebEngineQuick "
        "QtWebEngineWidgets QtWebSockets QtWebView QtXml"
    ).split()
]
# Parts of Qt's plugin and translation folders the program has no use for: other display
# back-ends than X11, Wayland, Windows and offscreen; image formats other than JPEG, PNG (built
# in), GIF and ICO; TLS and network reachability (it never goes online); SVG; Qt's own
# translations other than the program's languages.
UNUSED_QT_PARTS = re.compile(
    r"PySide6[/\\]Qt[/\\]("
    r"plugins[/\\](egldeviceintegrations|generic|iconengines|networkinformation|tls)[/\\]"
    r"|plugins[/\\]platforms[/\\][^/\\]*(eglfs|linuxfb|minimal|vkkhrdisplay|vnc)"
    r"|plugins[/\\]platformthemes[/\\][^/\\]*gtk3"  # needs GTK, which is not bundled
    r"|plugins[/\\]imageformats[/\\][^/\\]*(icns|svg|tga|tiff|wbmp|webp|pdf)"
    r"|translations[/\\](?!qtbase_(pl|zh_CN)\.qm$)"
    r"|lib[/\\]libQt6(Svg|EglFSDeviceIntegration|EglFsKmsSupport)\.)"
    r"|PySide6[/\\]Qt6Svg\.dll"  # Windows keeps Qt's libraries beside the bindings
)
# Faker (demo salons only) carries every country's names; the demo uses these (plain language
# folders such as `la`, its lorem fallback, are few and stay).
FAKER_LOCALES = {"vi_VN", "pl_PL", "zh_CN", "en_GB", "en_US", "en"}
FAKER_LOCALE_PART = re.compile(r"faker[/\\.]providers[/\\.][a-z_]+[/\\.]([a-z]{2,3}_[A-Z]{2})\b")


def wanted(name: str) -> bool:
    """Whether a bundled file or module (its name in the build) stays in the build."""
    if UNUSED_QT_PARTS.search(name):
        return False
    locale = FAKER_LOCALE_PART.search(name)
    return locale is None or locale.group(1) in FAKER_LOCALES
