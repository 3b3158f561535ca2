-- 0004: archive imports run as background jobs any node can claim (the archive travels with the job).

CREATE TABLE import_jobs (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    status character varying(32) NOT NULL,
    file_name character varying(260) NOT NULL,
    visibility character varying(16) NOT NULL,
    payload bytea NOT NULL,
    total integer NOT NULL,
    processed integer NOT NULL,
    hubs_json text NOT NULL,
    errors_json text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    lease_until timestamp with time zone,
    CONSTRAINT pk_import_jobs PRIMARY KEY (id),
    CONSTRAINT fk_import_jobs_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_import_jobs_owner_id ON import_jobs (owner_id);
CREATE INDEX ix_import_jobs_status_created_at ON import_jobs (status, created_at);
