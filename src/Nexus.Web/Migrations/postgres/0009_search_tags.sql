-- 0009: filter tokens in the full-text index (see SearchTags): each search document gets a "tags" column of
-- underscore-prefixed tokens for its kind, its hub's catalogue entries, its challenge's linked technologies, and its
-- owner's track, id and cohort, and "_b"/"_c" tokens naming its blocks of 4,096 and 65,536 document ids (SearchSql).
-- They join the words in the tsvector verbatim (the parser never makes a lexeme starting with "_"), so a filtered
-- search is one GIN intersection, and newest-first searches ask for the newest blocks first instead of sorting
-- every match. The tsvector is generated, so it is re-created with the new expression and re-indexed once.
ALTER TABLE search_documents ADD COLUMN tags text NOT NULL DEFAULT '';
DROP INDEX ix_search_documents_tsv;
ALTER TABLE search_documents DROP COLUMN tsv;

UPDATE search_documents AS d SET tags =
    '_k' || d.kind
    || coalesce((SELECT ' _r' || lower(u.track) || ' _a' || replace(u.id::text, '-', '') || ' _o' || encode(convert_to(lower(u.cohort), 'UTF8'), 'hex')
        FROM hubs AS th JOIN users AS u ON u.id = th.owner_id WHERE th.id = d.hub_id), '')
    || coalesce((SELECT ' ' || string_agg('_e' || tt.entry_id, ' ') FROM hub_topics AS tt WHERE tt.hub_id = d.hub_id), '')
    || CASE WHEN d.kind = 'challenge' THEN coalesce((SELECT ' ' || string_agg('_e' || tl.entry_id, ' ')
        FROM challenge_technologies AS tl WHERE tl.challenge_id = d.source_id), '') ELSE '' END;

ALTER TABLE search_documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')
    || array_to_tsvector(string_to_array(ltrim(tags || ' _b' || (id / 4096) || ' _c' || (id / 65536)), ' '))) STORED;

CREATE INDEX ix_search_documents_tsv ON search_documents USING gin (tsv);

-- Each match's visibility and each challenge's verification are one index-only probe (no heap page per match).
CREATE INDEX ix_hubs_id_visibility ON hubs (id) INCLUDE (visibility);
CREATE INDEX ix_challenges_id_verified ON challenges (id) INCLUDE (verified_by_id);
