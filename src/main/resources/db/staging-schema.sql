-- The project's own staging tables (the Spring Batch tables are created by Boot).
-- db/staging-schema-postgresql.sql is the same for PostgreSQL (profile postgres): keep the two in step.
-- Rows pass between the steps of a run through these tables, keyed by the run's name.
-- Long texts are VARCHAR without a length (H2 2.x allows up to 10^9 characters), not CLOB: H2
-- copies every CLOB a query returns into a temporary LOB that lives for minutes, which made
-- extraction slow and the heap grow with the number of articles.

-- Every file a run read: an article (status ok) or a rejection with its reason.
CREATE TABLE IF NOT EXISTS tb_run_file (
    run_name   VARCHAR(200)  NOT NULL,
    ordinal    INT           NOT NULL,
    source_id  VARCHAR(1000) NOT NULL,
    file_name  VARCHAR(1000) NOT NULL,
    sha256     VARCHAR(64),
    shard      INT,
    title      VARCHAR(1000),
    words      INT,
    encoding   VARCHAR(40),
    file_format VARCHAR(16),
    outlet     VARCHAR(200),
    status     VARCHAR(16)   NOT NULL,
    reason     VARCHAR(2000),
    body       VARCHAR,
    PRIMARY KEY (run_name, ordinal)
);

-- Databases created before the extraction step was partitioned by content.
ALTER TABLE tb_run_file ADD COLUMN IF NOT EXISTS shard INT;
-- Databases created before PDFs, Word documents and web pages were read (txt, html, pdf, docx).
ALTER TABLE tb_run_file ADD COLUMN IF NOT EXISTS file_format VARCHAR(16);
-- Databases created before the outlet of an article was read (a web page's site name).
ALTER TABLE tb_run_file ADD COLUMN IF NOT EXISTS outlet VARCHAR(200);

-- Extractions, reusable by any run: keyed by the article's content and the extractor's version.
CREATE TABLE IF NOT EXISTS tb_extraction (
    sha256         VARCHAR(64)  NOT NULL,
    extractor_key  VARCHAR(100) NOT NULL,
    body           VARCHAR      NOT NULL,
    PRIMARY KEY (sha256, extractor_key)
);

-- The merged briefing of a run: the rows of each table in order, cells as a JSON array.
CREATE TABLE IF NOT EXISTS tb_briefing_row (
    run_name    VARCHAR(200) NOT NULL,
    table_name  VARCHAR(40)  NOT NULL,
    row_no      INT          NOT NULL,
    cells       VARCHAR      NOT NULL,
    PRIMARY KEY (run_name, table_name, row_no)
);

-- Databases created with CLOB columns: the same change of type is a no-op once done.
ALTER TABLE tb_run_file ALTER COLUMN body SET DATA TYPE VARCHAR;
ALTER TABLE tb_extraction ALTER COLUMN body SET DATA TYPE VARCHAR;
ALTER TABLE tb_briefing_row ALTER COLUMN cells SET DATA TYPE VARCHAR;
