-- 0010: each search document copies what the read rule and the ranking need from its hub (visibility, owner, owner's
-- cohort) and its challenge (verified), like its tags and in the same writes (SearchTags): a search reads them from
-- the row it already fetched instead of probing hubs and challenges for every match. The full-text index is only
-- re-made when the words or tags change, no longer on updates of these columns.
DROP TRIGGER "search_documents_au";

ALTER TABLE "search_documents" ADD COLUMN "hub_visibility" TEXT NOT NULL DEFAULT 'Private';
ALTER TABLE "search_documents" ADD COLUMN "owner_id" TEXT NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
ALTER TABLE "search_documents" ADD COLUMN "owner_cohort" TEXT NOT NULL DEFAULT '';
ALTER TABLE "search_documents" ADD COLUMN "verified" INTEGER NOT NULL DEFAULT 0;

UPDATE "search_documents" AS d SET
    "hub_visibility" = (SELECT h.visibility FROM hubs AS h WHERE h.id = d.hub_id),
    "owner_id" = (SELECT h.owner_id FROM hubs AS h WHERE h.id = d.hub_id),
    "owner_cohort" = (SELECT u.cohort FROM hubs AS h JOIN users AS u ON u.id = h.owner_id WHERE h.id = d.hub_id),
    "verified" = d.kind = 'challenge' AND EXISTS (SELECT 1 FROM challenges AS c WHERE c.id = d.source_id AND c.verified_by_id IS NOT NULL);

CREATE TRIGGER "search_documents_au" AFTER UPDATE OF title_terms, body_terms, tags ON "search_documents" BEGIN
    INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms, tags) VALUES ('delete', old.id, old.title_terms, old.body_terms, old.tags);
    INSERT INTO search_fts(rowid, title_terms, body_terms, tags) VALUES (new.id, new.title_terms, new.body_terms, new.tags);
END;
