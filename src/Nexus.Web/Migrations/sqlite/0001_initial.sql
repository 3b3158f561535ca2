-- 0001: accounts (Identity), refresh tokens, the catalogue, hubs with their parts, and revisions.
-- Applied migrations are immutable: change the schema with a new numbered file.

CREATE TABLE "catalogue_entries" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_catalogue_entries" PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "aliases" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL
);

CREATE TABLE "roles" (
    "id" TEXT NOT NULL CONSTRAINT "pk_roles" PRIMARY KEY,
    "name" TEXT NULL,
    "normalized_name" TEXT NULL,
    "concurrency_stamp" TEXT NULL
);

CREATE TABLE "users" (
    "id" TEXT NOT NULL CONSTRAINT "pk_users" PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "cohort" TEXT NOT NULL,
    "github" TEXT NULL,
    "discord" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "user_name" TEXT NULL,
    "normalized_user_name" TEXT NULL,
    "email" TEXT NULL,
    "normalized_email" TEXT NULL,
    "email_confirmed" INTEGER NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NULL,
    "concurrency_stamp" TEXT NULL,
    "phone_number" TEXT NULL,
    "phone_number_confirmed" INTEGER NOT NULL,
    "two_factor_enabled" INTEGER NOT NULL,
    "lockout_end" INTEGER NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "access_failed_count" INTEGER NOT NULL
);

CREATE TABLE "role_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_role_claims" PRIMARY KEY AUTOINCREMENT,
    "role_id" TEXT NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_role_claims_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "roles" ("id") ON DELETE CASCADE
);

CREATE TABLE "hubs" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_hubs" PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    CONSTRAINT "fk_hubs_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "refresh_tokens" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_refresh_tokens" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "family_id" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "expires_at" INTEGER NOT NULL,
    "used_at" INTEGER NULL,
    "revoked_at" INTEGER NULL,
    CONSTRAINT "fk_refresh_tokens_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "user_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_user_claims" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_user_claims_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "user_logins" (
    "login_provider" TEXT NOT NULL,
    "provider_key" TEXT NOT NULL,
    "provider_display_name" TEXT NULL,
    "user_id" TEXT NOT NULL,
    CONSTRAINT "pk_user_logins" PRIMARY KEY ("login_provider", "provider_key"),
    CONSTRAINT "fk_user_logins_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "user_roles" (
    "user_id" TEXT NOT NULL,
    "role_id" TEXT NOT NULL,
    CONSTRAINT "pk_user_roles" PRIMARY KEY ("user_id", "role_id"),
    CONSTRAINT "fk_user_roles_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "roles" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_user_roles_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "user_tokens" (
    "user_id" TEXT NOT NULL,
    "login_provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NULL,
    CONSTRAINT "pk_user_tokens" PRIMARY KEY ("user_id", "login_provider", "name"),
    CONSTRAINT "fk_user_tokens_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "challenges" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_challenges" PRIMARY KEY AUTOINCREMENT,
    "hub_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "solution" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "verified_by_id" TEXT NULL,
    "verified_at" INTEGER NULL,
    CONSTRAINT "fk_challenges_hubs_hub_id" FOREIGN KEY ("hub_id") REFERENCES "hubs" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_challenges_users_verified_by_id" FOREIGN KEY ("verified_by_id") REFERENCES "users" ("id") ON DELETE SET NULL
);

CREATE TABLE "hub_revisions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_hub_revisions" PRIMARY KEY AUTOINCREMENT,
    "hub_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "fk_hub_revisions_hubs_hub_id" FOREIGN KEY ("hub_id") REFERENCES "hubs" ("id") ON DELETE CASCADE
);

CREATE TABLE "hub_sections" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_hub_sections" PRIMARY KEY AUTOINCREMENT,
    "hub_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "markdown" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "fk_hub_sections_hubs_hub_id" FOREIGN KEY ("hub_id") REFERENCES "hubs" ("id") ON DELETE CASCADE
);

CREATE TABLE "hub_topics" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_hub_topics" PRIMARY KEY AUTOINCREMENT,
    "hub_id" INTEGER NOT NULL,
    "entry_id" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "fk_hub_topics_catalogue_entries_entry_id" FOREIGN KEY ("entry_id") REFERENCES "catalogue_entries" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_hub_topics_hubs_hub_id" FOREIGN KEY ("hub_id") REFERENCES "hubs" ("id") ON DELETE CASCADE
);

CREATE TABLE "projects" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_projects" PRIMARY KEY AUTOINCREMENT,
    "hub_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "repository_url" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "fk_projects_hubs_hub_id" FOREIGN KEY ("hub_id") REFERENCES "hubs" ("id") ON DELETE CASCADE
);

CREATE TABLE "resources" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_resources" PRIMARY KEY AUTOINCREMENT,
    "hub_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "fk_resources_hubs_hub_id" FOREIGN KEY ("hub_id") REFERENCES "hubs" ("id") ON DELETE CASCADE
);

CREATE TABLE "snippets" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_snippets" PRIMARY KEY AUTOINCREMENT,
    "hub_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "fk_snippets_hubs_hub_id" FOREIGN KEY ("hub_id") REFERENCES "hubs" ("id") ON DELETE CASCADE
);

CREATE TABLE "takeaways" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_takeaways" PRIMARY KEY AUTOINCREMENT,
    "hub_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "fk_takeaways_hubs_hub_id" FOREIGN KEY ("hub_id") REFERENCES "hubs" ("id") ON DELETE CASCADE
);

CREATE TABLE "challenge_technologies" (
    "challenge_id" INTEGER NOT NULL,
    "entry_id" INTEGER NOT NULL,
    CONSTRAINT "pk_challenge_technologies" PRIMARY KEY ("challenge_id", "entry_id"),
    CONSTRAINT "fk_challenge_technologies_catalogue_entries_entry_id" FOREIGN KEY ("entry_id") REFERENCES "catalogue_entries" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_challenge_technologies_challenges_challenge_id" FOREIGN KEY ("challenge_id") REFERENCES "challenges" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_catalogue_entries_kind_slug" ON "catalogue_entries" ("kind", "slug");

CREATE INDEX "ix_challenge_technologies_entry_id" ON "challenge_technologies" ("entry_id");

CREATE INDEX "ix_challenges_hub_id" ON "challenges" ("hub_id");

CREATE INDEX "ix_challenges_verified_by_id" ON "challenges" ("verified_by_id");

CREATE UNIQUE INDEX "ix_hub_revisions_hub_id_number" ON "hub_revisions" ("hub_id", "number");

CREATE INDEX "ix_hub_sections_hub_id" ON "hub_sections" ("hub_id");

CREATE INDEX "ix_hub_topics_entry_id" ON "hub_topics" ("entry_id");

CREATE UNIQUE INDEX "ix_hub_topics_hub_id_entry_id" ON "hub_topics" ("hub_id", "entry_id");

CREATE INDEX "ix_hubs_owner_id" ON "hubs" ("owner_id");

CREATE UNIQUE INDEX "ix_hubs_slug" ON "hubs" ("slug");

CREATE INDEX "ix_hubs_updated_at" ON "hubs" ("updated_at");

CREATE INDEX "ix_projects_hub_id" ON "projects" ("hub_id");

CREATE INDEX "ix_refresh_tokens_family_id" ON "refresh_tokens" ("family_id");

CREATE UNIQUE INDEX "ix_refresh_tokens_token_hash" ON "refresh_tokens" ("token_hash");

CREATE INDEX "ix_refresh_tokens_user_id" ON "refresh_tokens" ("user_id");

CREATE INDEX "ix_resources_hub_id" ON "resources" ("hub_id");

CREATE INDEX "ix_role_claims_role_id" ON "role_claims" ("role_id");

CREATE UNIQUE INDEX "role_name_index" ON "roles" ("normalized_name");

CREATE INDEX "ix_snippets_hub_id" ON "snippets" ("hub_id");

CREATE INDEX "ix_takeaways_hub_id" ON "takeaways" ("hub_id");

CREATE INDEX "ix_user_claims_user_id" ON "user_claims" ("user_id");

CREATE INDEX "ix_user_logins_user_id" ON "user_logins" ("user_id");

CREATE INDEX "ix_user_roles_role_id" ON "user_roles" ("role_id");

CREATE INDEX "email_index" ON "users" ("normalized_email");

CREATE INDEX "ix_users_cohort" ON "users" ("cohort");

CREATE UNIQUE INDEX "ix_users_handle" ON "users" ("handle");

CREATE UNIQUE INDEX "user_name_index" ON "users" ("normalized_user_name");

