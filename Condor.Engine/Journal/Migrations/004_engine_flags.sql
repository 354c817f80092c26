-- Engine flags (issue 13, kill switch and pause): small named states of the engine that outlive a restart and are
-- read back, per mode. "paused" spans sessions until resumed; "kill:<yyyyMMdd>" is one session's kill switch
-- ("pending" until executed, then "done"). Rebuilt from nothing else: deleting the file loses the pause.
CREATE TABLE engine_flags (
    mode        TEXT NOT NULL,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    PRIMARY KEY (mode, key)
);
