-- The grain runtime's tables: grain state, the event log, durable reminders.

-- One row per grain state. version guards every write (optimistic concurrency); data is the
-- state as JSON (camelCase), NULL once cleared. Later migrations may add expression indexes
-- on data->>'...' for list queries.
CREATE TABLE grain_state (
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    state_name text NOT NULL,
    version bigint NOT NULL,
    data jsonb,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (grain_type, grain_key, state_name)
);

-- Append-only. Global order is (tx, seq): the writing transaction's id, then the sequence within
-- it. Readers only pass transactions older than the oldest one still running, so an event
-- committed late by a concurrent transaction is never skipped.
CREATE TABLE events (
    tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq bigint GENERATED ALWAYS AS IDENTITY,
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    state_name text NOT NULL,
    version bigint NOT NULL,
    type text NOT NULL,
    data jsonb NOT NULL,
    at timestamptz NOT NULL,
    PRIMARY KEY (tx, seq)
);

CREATE INDEX events_by_grain ON events (grain_type, grain_key, version);

-- Durable reminders. due_at is compared with the silo's clock (passed in), never now().
-- A silo leases due rows (lease_owner, lease_until) with FOR UPDATE SKIP LOCKED; version changes
-- on every registration, so a delivery never overwrites a reminder moved meanwhile.
CREATE TABLE reminders (
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    name text NOT NULL,
    first_tick timestamptz NOT NULL,
    period interval,
    due_at timestamptz NOT NULL,
    version bigint NOT NULL,
    lease_owner text,
    lease_until timestamptz,
    PRIMARY KEY (grain_type, grain_key, name)
);

CREATE INDEX reminders_due ON reminders (due_at);
