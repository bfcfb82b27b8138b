-- The Press Tally store. Portable between H2 and PostgreSQL. Each table is keyed by the input folder
-- (corpus) and the article id, so re-running or restarting a week replaces rows instead of adding them.
CREATE TABLE IF NOT EXISTS pt_article (
    corpus VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    iso_week VARCHAR(8),
    title VARCHAR,
    outlet VARCHAR,
    url VARCHAR,
    published DATE,
    status VARCHAR(16) NOT NULL,
    reason VARCHAR,
    fingerprint VARCHAR(64),
    extractor_version VARCHAR(16),
    PRIMARY KEY (corpus, article_id)
);
CREATE INDEX IF NOT EXISTS pt_article_week ON pt_article (corpus, iso_week);
CREATE TABLE IF NOT EXISTS pt_statement (
    corpus VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    seq INT NOT NULL,
    speaker VARCHAR,
    actor VARCHAR NOT NULL,
    actor_type VARCHAR(16) NOT NULL,
    affiliation VARCHAR,
    country VARCHAR,
    kind VARCHAR(16) NOT NULL,
    cue VARCHAR,
    content VARCHAR NOT NULL,
    rule_id VARCHAR NOT NULL,
    sentence VARCHAR,
    span_start INT NOT NULL,
    span_end INT NOT NULL,
    PRIMARY KEY (corpus, article_id, seq)
);
CREATE TABLE IF NOT EXISTS pt_casualty (
    corpus VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    seq INT NOT NULL,
    count_low BIGINT NOT NULL,
    count_high BIGINT,
    qualifier VARCHAR(16) NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    victim_group VARCHAR(16) NOT NULL,
    period VARCHAR(8),
    location VARCHAR,
    claimant VARCHAR,
    claimant_type VARCHAR(16),
    rule_id VARCHAR NOT NULL,
    sentence VARCHAR,
    span_start INT NOT NULL,
    span_end INT NOT NULL,
    PRIMARY KEY (corpus, article_id, seq)
);
CREATE TABLE IF NOT EXISTS pt_reaction (
    corpus VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    seq INT NOT NULL,
    source VARCHAR,
    actor VARCHAR NOT NULL,
    actor_type VARCHAR(16) NOT NULL,
    affiliation VARCHAR,
    country VARCHAR,
    stance VARCHAR(16) NOT NULL,
    cue VARCHAR,
    rule_id VARCHAR NOT NULL,
    sentence VARCHAR,
    span_start INT NOT NULL,
    span_end INT NOT NULL,
    PRIMARY KEY (corpus, article_id, seq)
);
CREATE TABLE IF NOT EXISTS pt_actor_tally (
    corpus VARCHAR NOT NULL,
    scope VARCHAR(8) NOT NULL,
    actor VARCHAR NOT NULL,
    actor_type VARCHAR(16) NOT NULL,
    affiliation VARCHAR,
    statements INT NOT NULL,
    direct_count INT NOT NULL,
    mixed_count INT NOT NULL,
    indirect_count INT NOT NULL,
    articles INT NOT NULL,
    reactions INT NOT NULL,
    casualty_claims INT NOT NULL,
    first_seen DATE,
    last_seen DATE,
    PRIMARY KEY (corpus, scope, actor)
)
;
CREATE TABLE IF NOT EXISTS pt_week_summary (
    corpus VARCHAR NOT NULL,
    scope VARCHAR(8) NOT NULL,
    articles INT NOT NULL,
    counted INT NOT NULL,
    duplicates INT NOT NULL,
    rejected INT NOT NULL,
    statements INT NOT NULL,
    casualties INT NOT NULL,
    reactions INT NOT NULL,
    PRIMARY KEY (corpus, scope)
)
;
-- added after 0.1: the near-copy signature (MinHash) of an article
ALTER TABLE pt_article ADD COLUMN IF NOT EXISTS near_fingerprint VARCHAR
;
-- added after 0.1: deterministic item ids (ItemIds), which a backfill load upserts by, within an article
-- (the primary key's corpus and article_id lead the way). No unique index on (corpus, item_id): with one,
-- H2 2.5 failed to resume a run whose process had been killed (KillAndResumeTest: "Timeout trying to lock
-- table" on the item tables, or a hang in the index, in 3 of 5 runs; 0 of 3 without it)
ALTER TABLE pt_statement ADD COLUMN IF NOT EXISTS item_id VARCHAR(32)
;
ALTER TABLE pt_casualty ADD COLUMN IF NOT EXISTS item_id VARCHAR(32)
;
ALTER TABLE pt_reaction ADD COLUMN IF NOT EXISTS item_id VARCHAR(32)

;
-- weeks whose rows came from a backfill load (the Spark module), not from reading the input folder
CREATE TABLE IF NOT EXISTS pt_loaded_week (
    corpus VARCHAR NOT NULL,
    iso_week VARCHAR(8) NOT NULL,
    source VARCHAR NOT NULL,
    extractor_version VARCHAR(16) NOT NULL,
    articles INT NOT NULL,
    loaded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (corpus, iso_week)
)
;
-- added after 0.1: how many copies of a story the week holds, on the story's original, set by the tally;
-- the report read them into a map of every original before (0.9 MB at 100,000 articles, growing with them)
ALTER TABLE pt_article ADD COLUMN IF NOT EXISTS copies INT DEFAULT 0 NOT NULL
