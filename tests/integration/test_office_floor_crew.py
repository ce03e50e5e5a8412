"""The live floor's crew of a task is who started or joined it and is still on it, however much the station
recorded since they joined (a long task: hundreds of pauses and resumes), and not who signed out."""

from __future__ import annotations

import html
import re

from floorstation.domain.events import Event, OperatorSignedOut, Payload, TaskPaused, TaskResumed, TaskStarted
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.office.floor import read_floor
from tests.integration.officekit import add_users, office_client
from tests.integration.serverkit import DEMO_PLANT, LiveServer, facts, post_batch

TASK = "306/2023-10"


def test_the_crew_of_a_long_task_is_everyone_still_on_it(live_server: LiveServer) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    add_users(live_server.engine)
    token = live_server.enroll("ST-LONG")
    log: list[Event] = []

    def record(operator: str, *payloads: Payload) -> None:
        log.extend(facts("ST-LONG", list(payloads), after=log[-1] if log else None, operator_id=operator))

    record("anna", TaskStarted(task_id=TASK, machine_id="M01", work_order="306/2023"))
    record("piotr", TaskStarted(task_id=TASK, machine_id="M01", work_order="306/2023", joined=True))
    for _ in range(300):  # 600 records after the crew joined
        record("anna", TaskPaused(task_id=TASK, reason="material"), TaskResumed(task_id=TASK))
    record("marta", TaskStarted(task_id=TASK, machine_id="M01", work_order="306/2023", joined=True))
    record("marta", OperatorSignedOut())
    for first in range(0, len(log), 200):
        assert post_batch(live_server, token, log[first : first + 200]).status_code == 200

    (machine,) = [m for m in read_floor(live_server.engine).machines if m.machine_id == "M01"]
    assert [t.crew for t in machine.tasks] == [("Anna Nowak", "Piotr Wiśniewski")]
    with office_client(live_server.url, "viewer") as viewer:
        floor = viewer.get("/floor/fragment").text
    card = re.search(r'data-machine="M01">(.*?)</article>', floor, re.S)
    assert card is not None
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", card.group(1))))
    assert "Crew: Anna Nowak, Piotr Wiśniewski" in text and "Marta" not in text
