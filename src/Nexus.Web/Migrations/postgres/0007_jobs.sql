-- 0007: background jobs and domain events through a transactional outbox (Infrastructure/Jobs, Infrastructure/Events).
-- Archive imports run as jobs, so their own lease column goes.

CREATE TABLE jobs (
    id uuid NOT NULL,
    type character varying(100) NOT NULL,
    payload text NOT NULL,
    status character varying(32) NOT NULL,
    attempts integer NOT NULL,
    max_attempts integer NOT NULL,
    run_after timestamp with time zone NOT NULL,
    lease_until timestamp with time zone,
    lease_owner character varying(64),
    last_error text,
    idempotency_key character varying(200),
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    published_at timestamp with time zone,
    CONSTRAINT pk_jobs PRIMARY KEY (id)
);

CREATE INDEX ix_jobs_status_run_after ON jobs (status, run_after);
CREATE UNIQUE INDEX ix_jobs_idempotency_key ON jobs (idempotency_key);

CREATE TABLE outbox_events (
    id uuid NOT NULL,
    type character varying(100) NOT NULL,
    payload text NOT NULL,
    origin_node character varying(32) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_outbox_events PRIMARY KEY (id)
);

ALTER TABLE import_jobs DROP COLUMN lease_until;
