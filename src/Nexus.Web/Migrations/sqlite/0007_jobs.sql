-- 0007: background jobs and domain events through a transactional outbox (Infrastructure/Jobs, Infrastructure/Events).
-- Archive imports run as jobs, so their own lease column goes.

CREATE TABLE "jobs" (
    "id" TEXT NOT NULL CONSTRAINT "pk_jobs" PRIMARY KEY,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "max_attempts" INTEGER NOT NULL,
    "run_after" INTEGER NOT NULL,
    "lease_until" INTEGER NULL,
    "lease_owner" TEXT NULL,
    "last_error" TEXT NULL,
    "idempotency_key" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "finished_at" INTEGER NULL,
    "published_at" INTEGER NULL
);

CREATE INDEX "ix_jobs_status_run_after" ON "jobs" ("status", "run_after");
CREATE UNIQUE INDEX "ix_jobs_idempotency_key" ON "jobs" ("idempotency_key");

CREATE TABLE "outbox_events" (
    "id" TEXT NOT NULL CONSTRAINT "pk_outbox_events" PRIMARY KEY,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "origin_node" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL
);

ALTER TABLE "import_jobs" DROP COLUMN "lease_until";
