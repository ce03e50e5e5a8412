"""Enrolment by scanning: the office's QR code, read by the scanner or camera, enrols the station.

A terminal that is not enrolled takes the code on any screen (it is what the sign-in screen asks for then); an
enrolled one takes it only on the settings screen, behind the admin's PIN, so a code scanned by mistake on the
floor never moves a working station to another server. The server is asked on a thread of its own
(``Bridge.submit_away``): the screen and the scans never wait for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from floorstation.app.status import EnrolmentDone, ServerInfo
from floorstation.domain.enrolment_code import EnrolmentCode, read_enrolment_code
from floorstation.domain.errors import FloorstationError
from floorstation.ui.bridge import Bridge

Say = Callable[[str, str], None]


class EnrolmentScans(QObject):
    """Signals: changed(): what is known of the enrolment changed (read :attr:`server`)."""

    changed = Signal()

    def __init__(
        self,
        bridge: Bridge,
        *,
        enrol: Callable[[EnrolmentCode], EnrolmentDone] | None,
        server_info: Callable[[], ServerInfo] | None,
        say: Say,
        show_error: Callable[[FloorstationError], None],
        admin_here: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._enrol = enrol
        self._server_info = server_info
        self._say = say
        self._show_error = show_error
        self._admin_here = admin_here
        self.server: ServerInfo | None = None
        """What the station's enrolment file says; None until read (or when the terminal has no server at all)."""
        self.busy = False

    def check(self) -> None:
        """Read the enrolment again (on the database thread: it reads the station's file)."""
        if self._server_info is not None:
            self._bridge.submit(self._server_info, on_done=self._on_server)

    def _on_server(self, info: ServerInfo) -> None:
        if info != self.server:
            self.server = info
            self.changed.emit()

    @property
    def enrolled(self) -> bool | None:
        """Whether the station is enrolled; None: not known."""
        return None if self.server is None else self.server.enrolled

    def take(self, raw: str) -> bool:
        """Take a scan that is an enrolment code (True); anything else is left to the screens (False)."""
        scanned = read_enrolment_code(raw)
        if scanned is None:
            return False
        if self._enrol is None:
            self._say(self.tr("That is an enrolment code, but this terminal runs without a plant server."), "warn")
            return True
        if self.busy:
            self._say(self.tr("Enrolling already: wait for the server's answer."), "info")
            return True
        if self.enrolled and not self._admin_here():
            assert self.server is not None
            self._say(
                self.tr(
                    "This station is already enrolled with %s. To enrol it again, open Settings with an admin PIN "
                    "and scan the code there."
                )
                % self.server.url,
                "warn",
            )
            return True
        self.busy = True
        self._say(
            self.tr("Enrolling station %s with the server at %s …") % (scanned.station, scanned.server or "?"), "info"
        )
        self._bridge.submit_away(self._enrol, scanned, on_done=self._on_enrolled, on_error=self._on_refused)
        return True

    def _on_enrolled(self, done: EnrolmentDone) -> None:
        self.busy = False
        self.server = ServerInfo(done.server, True)
        self._say(
            self.tr("Enrolled: this terminal is station %s of the server at %s. Its records now go to the plant.")
            % (done.station_id, done.server),
            "ok",
        )
        self.changed.emit()

    def _on_refused(self, error: FloorstationError) -> None:
        self.busy = False
        self._show_error(error)
