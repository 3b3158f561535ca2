-- 0009: filter tokens in the full-text index (see SearchTags): each search document gets a "tags" column of
-- underscore-prefixed tokens for its kind, its hub's catalogue entries, its challenge's linked technologies, and its
-- owner's track, id and cohort, kept verbatim in a GIN-indexed tsvector, so a filtered search is one index
-- intersection with the words' GIN index instead of a probe of the live tables for every matching document.
ALTER TABLE search_documents ADD COLUMN tags text NOT NULL DEFAULT '';

UPDATE search_documents AS d SET tags =
    '_k' || d.kind
    || coalesce((SELECT ' _r' || lower(u.track) || ' _a' || replace(u.id::text, '-', '') || ' _o' || encode(convert_to(lower(u.cohort), 'UTF8'), 'hex')
        FROM hubs AS th JOIN users AS u ON u.id = th.owner_id WHERE th.id = d.hub_id), '')
    || coalesce((SELECT ' ' || string_agg('_e' || tt.entry_id, ' ') FROM hub_topics AS tt WHERE tt.hub_id = d.hub_id), '')
    || CASE WHEN d.kind = 'challenge' THEN coalesce((SELECT ' ' || string_agg('_e' || tl.entry_id, ' ')
        FROM challenge_technologies AS tl WHERE tl.challenge_id = d.source_id), '') ELSE '' END;

ALTER TABLE search_documents ADD COLUMN tag_tsv tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(tags, ' '))) STORED;

CREATE INDEX ix_search_documents_tag_tsv ON search_documents USING gin (tag_tsv);
