-- 0010: search documents partitioned by id, 131,072 ids a partition (SearchPartitions). Searches ask for the newest
-- matches first, and a GIN index yields matches in no order, so each query named blocks of ids as tokens ("_c" for
-- 65,536 ids) that the index had to intersect: at 100,000 hubs that cost 5-20 ms a query. A partition has its own,
-- small GIN index, and a range of ids in a query prunes every other partition, so the same span costs well under a
-- millisecond. The 4,096-id "_b" tokens stay for spans shorter than a partition; "_c" goes.
-- Each document also copies what the read rule and the ranking need from its hub (visibility, owner, owner's cohort)
-- and its challenge (verified), like its tags and in the same writes: a search reads them from the row it already
-- fetched instead of probing hubs and challenges for every match.
-- Partitions are added ahead of the ids by search_documents_add_partitions (the application calls it at start and
-- every few minutes, keeping several partitions of headroom); a default partition keeps a write beyond them from
-- failing, and the next call moves such rows into their partition.
ALTER TABLE search_documents RENAME TO search_documents_unpartitioned;
ALTER TABLE search_documents_unpartitioned RENAME CONSTRAINT pk_search_documents TO pk_search_documents_unpartitioned;
ALTER TABLE search_documents_unpartitioned RENAME CONSTRAINT fk_search_documents_hubs_hub_id TO fk_search_documents_unpartitioned;
ALTER INDEX ix_search_documents_hub_id RENAME TO ix_search_documents_unpartitioned_hub_id;
ALTER INDEX ix_search_documents_updated_at RENAME TO ix_search_documents_unpartitioned_updated_at;
ALTER INDEX ix_search_documents_tsv RENAME TO ix_search_documents_unpartitioned_tsv;

-- Identity columns cannot be declared on a partitioned table before PostgreSQL 17: a sequence of its own instead.
CREATE SEQUENCE search_documents_id_seq_partitioned;
SELECT setval('search_documents_id_seq_partitioned', COALESCE((SELECT MAX(id) FROM search_documents_unpartitioned), 0) + 1, false);

CREATE TABLE search_documents (
    id bigint NOT NULL DEFAULT nextval('search_documents_id_seq_partitioned'),
    hub_id bigint NOT NULL,
    kind character varying(16) NOT NULL,
    source_id bigint NOT NULL,
    section_title text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    title_terms text NOT NULL,
    body_terms text NOT NULL,
    updated_at bigint NOT NULL,
    tags text NOT NULL DEFAULT '',
    hub_visibility character varying(32) NOT NULL DEFAULT 'Private',
    owner_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
    owner_cohort character varying(32) NOT NULL DEFAULT '',
    verified boolean NOT NULL DEFAULT false,
    tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')
        || array_to_tsvector(string_to_array(ltrim(tags || ' _b' || (id / 4096)), ' '))) STORED
) PARTITION BY RANGE (id);

CREATE TABLE search_documents_default PARTITION OF search_documents DEFAULT;

-- Creates the missing partitions up to the one holding id "upto" (moving any rows the default partition holds for
-- them), and returns how many it created. A partition is created on its own and then attached, which locks the
-- parent only against other schema changes (SHARE UPDATE EXCLUSIVE): searches and writes go on meanwhile.
CREATE FUNCTION search_documents_add_partitions(upto bigint) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    size constant bigint := 131072;
    columns constant text := 'id, hub_id, kind, source_id, section_title, title, body, title_terms, body_terms, updated_at, tags, '
        'hub_visibility, owner_id, owner_cohort, verified';
    created integer := 0;
    partition_name text;
BEGIN
    -- One caller at a time (several nodes run this); the others find the partitions made.
    PERFORM pg_advisory_xact_lock(hashtext('search_documents_add_partitions'));
    FOR n IN 0 .. GREATEST(upto, 0) / size LOOP
        partition_name := 'search_documents_p' || n;
        CONTINUE WHEN to_regclass(partition_name) IS NOT NULL;
        EXECUTE format('CREATE TABLE %I (LIKE search_documents INCLUDING DEFAULTS INCLUDING GENERATED)', partition_name);
        EXECUTE format('ALTER TABLE %I ALTER COLUMN tsv SET STATISTICS 0', partition_name);
        EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM search_documents_default WHERE id >= %s AND id < %s',
            partition_name, columns, columns, n * size, (n + 1) * size);
        EXECUTE format('DELETE FROM search_documents_default WHERE id >= %s AND id < %s', n * size, (n + 1) * size);
        EXECUTE format('ALTER TABLE search_documents ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)',
            partition_name, CASE WHEN n = 0 THEN 'MINVALUE' ELSE (n * size)::text END, (n + 1) * size);
        created := created + 1;
    END LOOP;
    RETURN created;
END $$;

SELECT search_documents_add_partitions((SELECT last_value FROM search_documents_id_seq_partitioned) + 4 * 131072);

INSERT INTO search_documents (id, hub_id, kind, source_id, section_title, title, body, title_terms, body_terms, updated_at, tags,
                              hub_visibility, owner_id, owner_cohort, verified)
SELECT d.id, d.hub_id, d.kind, d.source_id, d.section_title, d.title, d.body, d.title_terms, d.body_terms, d.updated_at, d.tags,
       h.visibility, h.owner_id, u.cohort,
       d.kind = 'challenge' AND EXISTS (SELECT 1 FROM challenges AS c WHERE c.id = d.source_id AND c.verified_by_id IS NOT NULL)
FROM search_documents_unpartitioned AS d JOIN hubs AS h ON h.id = d.hub_id JOIN users AS u ON u.id = h.owner_id;

DROP TABLE search_documents_unpartitioned;
ALTER SEQUENCE search_documents_id_seq_partitioned RENAME TO search_documents_id_seq;
ALTER SEQUENCE search_documents_id_seq OWNED BY search_documents.id;

ALTER TABLE search_documents ADD CONSTRAINT pk_search_documents PRIMARY KEY (id);
ALTER TABLE search_documents ADD CONSTRAINT fk_search_documents_hubs_hub_id
    FOREIGN KEY (hub_id) REFERENCES hubs (id) ON DELETE CASCADE;
CREATE INDEX ix_search_documents_hub_id ON search_documents (hub_id);
CREATE INDEX ix_search_documents_tsv ON search_documents USING gin (tsv);
-- Planning a search reads the tsvector's statistics once per partition it may touch, and a GIN scan is the only
-- plan worth having for a match anyway: without statistics, planning costs half as much. (The index on updated_at,
-- which no query used, goes for the same reason.)
ALTER TABLE search_documents ALTER COLUMN tsv SET STATISTICS 0;
