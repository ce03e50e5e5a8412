"""The print queue at the terminal: every card that has not come out yet (waiting for a printer that is off or
out of paper, failed, or "may have printed" after the station stopped while sending), with Retry and Cancel.

Opened from the printer's button in the status bar or from the settings' devices. The queue is the only truth:
the panel reads the open jobs back on the database thread when it opens, when a job changes and every second.
A job that may have printed is never sent again without a person saying that no card came out; cancelling it
asks whether it printed, and "yes" records the card as printed (as a card printed by other means would be).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from floorstation.app import pallets
from floorstation.domain.errors import FloorstationError
from floorstation.domain.printjobs import JobState, PrintJob
from floorstation.ui.error_texts import stored_error_text
from floorstation.ui.i18n import Retranslating
from floorstation.ui.screen_context import ScreenContext
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.layouts import clear, scrolling
from floorstation.ui.widgets.shown_timer import ShownTimer

#: How often the open jobs are read again while the panel is on screen (milliseconds).
RELOAD_MS = 1000


class JobRow(QFrame):
    """One job: what card, for what, on which printer, its state and last error in words, its age."""

    def __init__(self, job: PrintJob, title: str, line: str, error: str) -> None:
        super().__init__()
        self.job = job
        self.setProperty("panel", True)
        self.title = QLabel(title)
        set_look(self.title, role="subtitle")
        self.title.setWordWrap(True)
        self.line = QLabel(line)
        self.line.setWordWrap(True)
        self.error = QLabel(error)
        self.error.setWordWrap(True)
        set_look(self.error, role="hint")
        self.error.setVisible(bool(error))
        self.retry_button = BigButton("", kind="primary")
        self.cancel_button = BigButton("", kind="flat")
        self.retry_button.setMinimumWidth(150)
        self.cancel_button.setMinimumWidth(150)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.line)
        texts.addWidget(self.error)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(texts, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.cancel_button)


class PrintJobsPanel(Retranslating, QWidget):
    """The open print jobs with Retry and Cancel; a question page for jobs that may have printed."""

    def __init__(self, terminal: ScreenContext) -> None:
        super().__init__()
        self.terminal = terminal
        self.queue = terminal.print_queue
        self.jobs: list[PrintJob] | None = None
        self.rows: dict[str, JobRow] = {}
        self.asking: tuple[str, PrintJob] | None = None
        """The question on screen: ("retry" | "cancel", the job)."""

        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        set_look(self.summary, role="subtitle")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(8)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.summary)
        list_layout.addWidget(scrolling(self._rows), 1)

        self.question = QLabel("")
        self.question.setWordWrap(True)
        set_look(self.question, role="title")
        self.question_hint = QLabel("")
        self.question_hint.setWordWrap(True)
        set_look(self.question_hint, role="hint")
        self.back_button = BigButton("", kind="flat", height=80, expand=True)
        self.back_button.clicked.connect(self.show_list)
        self.no_button = BigButton("", kind="flat", height=80, expand=True)
        self.no_button.clicked.connect(lambda: self._answer(False))
        self.yes_button = BigButton("", kind="warn", height=80, expand=True)
        self.yes_button.clicked.connect(lambda: self._answer(True))
        answers = QGridLayout()
        answers.setSpacing(10)
        answers.addWidget(self.no_button, 0, 0)
        answers.addWidget(self.yes_button, 0, 1)
        answers.addWidget(self.back_button, 1, 0, 1, 2)
        question_page = QWidget()
        question_layout = QVBoxLayout(question_page)
        question_layout.setContentsMargins(0, 0, 0, 0)
        question_layout.addWidget(self.question)
        question_layout.addWidget(self.question_hint)
        question_layout.addStretch(1)
        question_layout.addLayout(answers)

        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(question_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._timer = ShownTimer(self, RELOAD_MS, self.reload)
        if self.queue is not None:
            self.queue.job_changed.connect(lambda _job: self.reload())
        self.retranslate()
        self.reload()

    # --- reading the queue ------------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.queue is not None:
            self.queue.open_jobs(self._on_jobs)

    def _on_jobs(self, jobs: list[PrintJob]) -> None:
        if jobs != self.jobs:
            self.jobs = jobs
            self._draw()

    # --- drawing ----------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to the list"))
        self._draw()
        if self.asking is not None:
            self._ask(*self.asking)

    def _draw(self) -> None:
        clear(self._rows)
        self.rows = {}
        if self.queue is None:
            self.summary.setText(self.tr("No printer is set up at this terminal (see [[printer]] in station.toml)."))
            return
        if self.jobs is None:
            self.summary.setText(self.tr("Reading the print queue …"))
            return
        if not self.jobs:
            self.summary.setText(self.tr("Every card has printed: nothing is waiting."))
            return
        self.summary.setText(self.tr("%n card(s) not printed yet", "", len(self.jobs)))
        for job in self.jobs:
            row = JobRow(job, self.card_title(job), self._line(job), self._error(job))
            row.retry_button.setText(self.tr("Retry"))
            row.cancel_button.setText(self.tr("Cancel"))
            row.retry_button.setEnabled(job.state is not JobState.PRINTING)
            row.cancel_button.setEnabled(job.state is not JobState.PRINTING)
            row.retry_button.clicked.connect(lambda _=False, j=job: self.retry(j))
            row.cancel_button.clicked.connect(lambda _=False, j=job: self.cancel(j))
            self._rows.addWidget(row)
            self.rows[job.id] = row

    def card_title(self, job: PrintJob) -> str:
        if job.card == "pallet":
            title = self.tr("Pallet card %s") % job.subject
        else:
            title = self.tr("Lot card %s") % job.subject
        return title + (" · " + self.tr("REPRINT") if job.reprint else "")

    def state_text(self, job: PrintJob) -> str:
        if job.state is JobState.QUEUED:
            return self.tr("waiting for the printer") if job.last_error else self.tr("waiting to print")
        words = {
            JobState.PRINTING: self.tr("printing"),
            JobState.UNCERTAIN: self.tr("may have printed"),
            JobState.FAILED: self.tr("cannot print"),
            JobState.DONE: self.tr("printed"),
            JobState.CANCELLED: self.tr("cancelled"),
        }
        return words[job.state]

    def age_text(self, job: PrintJob) -> str:
        try:
            queued = datetime.fromisoformat(job.created_at)
            minutes = int((self.terminal.ctx.now() - queued).total_seconds() // 60)
        except (TypeError, ValueError):
            return ""
        if minutes < 1:
            return self.tr("queued just now")
        if minutes < 120:
            return self.tr("queued %n min ago", "", minutes)
        return self.tr("queued %n h ago", "", minutes // 60)

    def _line(self, job: PrintJob) -> str:
        printer = self.queue.printer_named(job.printer) if self.queue is not None else job.printer
        return " · ".join(p for p in (self.tr("on %s") % printer, self.state_text(job), self.age_text(job)) if p)

    def _error(self, job: PrintJob) -> str:
        if job.state is JobState.UNCERTAIN:
            said = self.tr("The station stopped while sending this card: look at the printer before you retry.")
            return said
        return stored_error_text(job.last_error) if job.last_error else ""

    # --- Retry and Cancel -------------------------------------------------------------------------------------

    def retry(self, job: PrintJob) -> None:
        if job.state is JobState.UNCERTAIN:
            self._ask("retry", job)
            return
        self._retry(job)

    def cancel(self, job: PrintJob) -> None:
        if job.state is JobState.UNCERTAIN:
            self._ask("cancel", job)
            return
        self._cancel(job, printed=False)

    def _ask(self, what: str, job: PrintJob) -> None:
        self.asking = (what, job)
        title = self.card_title(job)
        if what == "retry":
            self.question.setText(self.tr("Print %s again?") % title)
            self.question_hint.setText(
                self.tr(
                    "The station stopped while sending it, so it may have come out already. Look at the printer: "
                    "print it again only if no card came out, or there will be two."
                )
            )
            self.no_button.setText(self.tr("No, leave it"))
            self.yes_button.setText(self.tr("Yes, no card came out:\nprint it again"))
        else:
            self.question.setText(self.tr("Did %s come out of the printer?") % title)
            self.question_hint.setText(
                self.tr(
                    "Yes: the job is closed and the card is recorded as printed. No: the job is closed and nothing "
                    "is recorded; print the card again from its screen when you need it."
                )
            )
            self.no_button.setText(self.tr("No, nothing came out"))
            self.yes_button.setText(self.tr("Yes, it printed"))
        self.pages.setCurrentIndex(1)

    def _answer(self, yes: bool) -> None:
        if self.asking is None:
            return
        what, job = self.asking
        if what == "retry":
            if yes:
                self._retry(job)
            else:
                self.show_list()
        else:
            self._cancel(job, printed=yes)

    def show_list(self) -> None:
        self.asking = None
        self.pages.setCurrentIndex(0)

    def _retry(self, job: PrintJob) -> None:
        if self.queue is None:
            return
        printer = self.queue.printer_named(job.printer)

        def done(_job: PrintJob) -> None:
            self.show_list()
            self.terminal.say(self.tr("%s goes to %s again now.") % (self.card_title(job), printer), "ok")

        self.queue.retry(job.id, done=done, error=self._failed)

    def _cancel(self, job: PrintJob, *, printed: bool) -> None:
        if self.queue is None:
            return
        operator = None
        if printed:
            operator = self.terminal.acting()
            if operator is None:
                return
        title = self.card_title(job)

        def done(_job: PrintJob) -> None:
            self.show_list()
            if operator is None:
                self.terminal.say(self.tr("%s was taken out of the print queue.") % title, "ok")
                return
            self.terminal.run(
                pallets.record_card_printed,
                operator,
                card=job.card,
                subject=job.subject,
                printer=job.printer,
                done=lambda _reprint: self.terminal.say(self.tr("%s is recorded as printed.") % title, "ok"),
                error=self._failed,
            )

        self.queue.cancel(job.id, done=done, error=self._failed)

    def _failed(self, error: FloorstationError) -> None:
        self.show_list()
        self.reload()
        self.terminal.show_error(error)
