-- Derived views of a sample (control distributions, per-quantity statistics), computed
-- once from its events and kept as JSON so that sample pages open quickly.
CREATE TABLE sample_summary (
    sample_id       BIGINT NOT NULL REFERENCES sample (id) ON DELETE CASCADE,
    kind            VARCHAR(40) NOT NULL,
    summary_json    CLOB NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (sample_id, kind)
);
