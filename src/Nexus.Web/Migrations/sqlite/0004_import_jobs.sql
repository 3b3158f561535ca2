-- 0004: archive imports run as background jobs any node can claim (the archive travels with the job).

CREATE TABLE "import_jobs" (
    "id" TEXT NOT NULL CONSTRAINT "pk_import_jobs" PRIMARY KEY,
    "owner_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "payload" BLOB NOT NULL,
    "total" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL,
    "hubs_json" TEXT NOT NULL,
    "errors_json" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "lease_until" INTEGER NULL,
    CONSTRAINT "fk_import_jobs_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_import_jobs_owner_id" ON "import_jobs" ("owner_id");
CREATE INDEX "ix_import_jobs_status_created_at" ON "import_jobs" ("status", "created_at");
