-- 0008: follows (hub, learner or technology), in-app notifications and per-learner email preferences.

CREATE TABLE "follows" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_follows" PRIMARY KEY AUTOINCREMENT,
    "follower_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "hub_id" INTEGER NULL,
    "learner_id" TEXT NULL,
    "technology_id" INTEGER NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "ck_follows_one_target" CHECK (
        ("kind" = 'Hub' AND "hub_id" IS NOT NULL AND "learner_id" IS NULL AND "technology_id" IS NULL)
        OR ("kind" = 'Learner' AND "learner_id" IS NOT NULL AND "hub_id" IS NULL AND "technology_id" IS NULL)
        OR ("kind" = 'Technology' AND "technology_id" IS NOT NULL AND "hub_id" IS NULL AND "learner_id" IS NULL)),
    CONSTRAINT "fk_follows_users_follower_id" FOREIGN KEY ("follower_id") REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_follows_users_learner_id" FOREIGN KEY ("learner_id") REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_follows_hubs_hub_id" FOREIGN KEY ("hub_id") REFERENCES "hubs" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_follows_catalogue_entries_technology_id" FOREIGN KEY ("technology_id") REFERENCES "catalogue_entries" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_follows_hub_id_follower_id" ON "follows" ("hub_id", "follower_id");
CREATE UNIQUE INDEX "ix_follows_learner_id_follower_id" ON "follows" ("learner_id", "follower_id");
CREATE UNIQUE INDEX "ix_follows_technology_id_follower_id" ON "follows" ("technology_id", "follower_id");
CREATE INDEX "ix_follows_follower_id_id" ON "follows" ("follower_id", "id");

CREATE TABLE "notifications" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_notifications" PRIMARY KEY AUTOINCREMENT,
    "recipient_id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "actor_id" TEXT NULL,
    "dedupe_key" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "read_at" INTEGER NULL,
    "emailed_at" INTEGER NULL,
    CONSTRAINT "fk_notifications_users_recipient_id" FOREIGN KEY ("recipient_id") REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_notifications_users_actor_id" FOREIGN KEY ("actor_id") REFERENCES "users" ("id") ON DELETE SET NULL
);

CREATE INDEX "ix_notifications_recipient_id_id" ON "notifications" ("recipient_id", "id");
CREATE INDEX "ix_notifications_recipient_id_read_at" ON "notifications" ("recipient_id", "read_at");
CREATE INDEX "ix_notifications_recipient_id_emailed_at" ON "notifications" ("recipient_id", "emailed_at");
CREATE UNIQUE INDEX "ix_notifications_recipient_id_dedupe_key" ON "notifications" ("recipient_id", "dedupe_key");
CREATE INDEX "ix_notifications_actor_id" ON "notifications" ("actor_id");

CREATE TABLE "notification_settings" (
    "learner_id" TEXT NOT NULL CONSTRAINT "pk_notification_settings" PRIMARY KEY,
    "followed_activity" TEXT NOT NULL,
    "challenge_verified" TEXT NOT NULL,
    "imports" TEXT NOT NULL,
    "new_follower" TEXT NOT NULL,
    "cohort_digest" TEXT NOT NULL,
    "daily_digest_sent_at" INTEGER NULL,
    "weekly_digest_sent_at" INTEGER NULL,
    "updated_at" INTEGER NOT NULL,
    CONSTRAINT "fk_notification_settings_users_learner_id" FOREIGN KEY ("learner_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
