-- 0005: full-text search. One row per searchable document (hub, section, challenge, takeaway, snippet), holding
-- its text and the word lists the search tokenizer made of it; an external-content FTS5 table indexes the word
-- lists and is kept in step by triggers; hub deletes cascade. Visibility, owners and topics are not copied here:
-- queries join the live tables, so a visibility or cohort change needs no re-index and cannot go stale.
CREATE TABLE "search_documents" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_search_documents" PRIMARY KEY AUTOINCREMENT,
    "hub_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "source_id" INTEGER NOT NULL,
    "section_title" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "title_terms" TEXT NOT NULL,
    "body_terms" TEXT NOT NULL,
    "updated_at" INTEGER NOT NULL,
    CONSTRAINT "fk_search_documents_hubs_hub_id" FOREIGN KEY ("hub_id") REFERENCES "hubs" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_search_documents_hub_id" ON "search_documents" ("hub_id");
CREATE INDEX "ix_search_documents_updated_at" ON "search_documents" ("updated_at");

CREATE VIRTUAL TABLE "search_fts" USING fts5(
    title_terms, body_terms, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER "search_documents_ai" AFTER INSERT ON "search_documents" BEGIN
    INSERT INTO search_fts(rowid, title_terms, body_terms) VALUES (new.id, new.title_terms, new.body_terms);
END;

CREATE TRIGGER "search_documents_ad" AFTER DELETE ON "search_documents" BEGIN
    INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) VALUES ('delete', old.id, old.title_terms, old.body_terms);
END;

CREATE TRIGGER "search_documents_au" AFTER UPDATE ON "search_documents" BEGIN
    INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) VALUES ('delete', old.id, old.title_terms, old.body_terms);
    INSERT INTO search_fts(rowid, title_terms, body_terms) VALUES (new.id, new.title_terms, new.body_terms);
END;

-- The vocabulary, for typo tolerance: each distinct word once, with its trigrams (padded by one space so that
-- a word's first and last letters count) in an FTS5 trigram index.
CREATE TABLE "search_terms" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_search_terms" PRIMARY KEY AUTOINCREMENT,
    "term" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_search_terms_term" ON "search_terms" ("term");

CREATE VIRTUAL TABLE "search_term_trigrams" USING fts5(term, tokenize='trigram');

CREATE TRIGGER "search_terms_ai" AFTER INSERT ON "search_terms" BEGIN
    INSERT INTO search_term_trigrams(rowid, term) VALUES (new.id, ' ' || new.term || ' ');
END;

CREATE TRIGGER "search_terms_ad" AFTER DELETE ON "search_terms" BEGIN
    DELETE FROM search_term_trigrams WHERE rowid = old.id;
END;
