"""The office's reports: work time, downtime, scrap, output against plan, OEE and order progress, computed from
the stored events (``plant_work_event``, the machine marks) and master data.

Every figure comes from the events' own times, never from the order the server received them in: a report run
again after a late upload gives what computing from scratch over all the events gives. Each report says up to
when each station's data is complete (its last sync)."""
