"""The class hub: one PostgreSQL database a teacher shares with a class (see docs/class-hub.md).

The student's SQLite file stays the source of truth; this package only copies between it and the
hub. Nothing here imports Qt. Modules, each for one job:

- `errors`       what can go wrong, worded for the person at the keyboard
- `credentials`  the hub's address and password, kept owner-only in the config folder; join codes
- `connection`   an engine for the hub, and psycopg errors turned into those messages
- `schema`       the hub's tables, roles and row-level security policies (frozen SQL)
- `teacher`      init, add a student, publish and retire banks
- `local`        the hub's bookkeeping inside the student's SQLite file (its own `hub_*` tables)
- `replay`       a card's state from its reviews from every device, the same on each device
- `sync`         push reviews, pull banks and the student's own reviews
- `report`       the teacher's view of the class, and its CSV/PDF forms
"""
