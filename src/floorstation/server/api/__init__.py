"""The station protocol's endpoints (v1, ``floorstation.sync.wire``), one module per job.

``health``: is the server up; ``enroll``: a station trades its one-time code for a token; ``upload``: a station's
events in batches, with backpressure; ``download``: master data and derived state, as a change feed and a snapshot;
``recall``: a lot's recall report; ``heartbeat``: how a station is doing. ``caller`` says which station is calling
and what its clock says; ``problems`` turns every refusal into a :class:`~floorstation.sync.wire.Problem`.
"""
