-- 0002: the anonymous hub list filters on visibility and orders by recency; this index serves both and its count.
CREATE INDEX "ix_hubs_visibility_updated_at" ON "hubs" ("visibility", "updated_at");
