-- 0006: slugs of catalogue entries merged into another; GET on an old slug redirects to the surviving entry.
CREATE TABLE "catalogue_redirects" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_catalogue_redirects" PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "entry_id" INTEGER NOT NULL,
    CONSTRAINT "fk_catalogue_redirects_catalogue_entries_entry_id" FOREIGN KEY ("entry_id") REFERENCES "catalogue_entries" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_catalogue_redirects_kind_slug" ON "catalogue_redirects" ("kind", "slug");
CREATE INDEX "ix_catalogue_redirects_entry_id" ON "catalogue_redirects" ("entry_id");
