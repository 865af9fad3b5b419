-- The first schema. Every stored object has an owner group (DESIGN.md, "Sharing"):
-- a local installation has the one implicit group 'local'.

CREATE TABLE owner_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

INSERT INTO owner_group (name) VALUES ('local');

-- One sample: simulated or imported events of one process.
-- sum_gen_weights is over every generated event, kept or not, so that
-- weight * cross_section_pb * lumi / sum_gen_weights gives expected events.
CREATE TABLE sample (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_group_id      BIGINT NOT NULL REFERENCES owner_group (id),
    name                VARCHAR(200) NOT NULL UNIQUE,
    process             VARCHAR(40) NOT NULL,
    source              VARCHAR(40) NOT NULL,
    role                VARCHAR(40) NOT NULL,
    cross_section_pb    DOUBLE PRECISION NOT NULL,
    sum_gen_weights     DOUBLE PRECISION NOT NULL,
    n_generated         BIGINT NOT NULL,
    n_events            BIGINT NOT NULL,
    seed                BIGINT,
    generator_version   VARCHAR(100) NOT NULL,
    checksum            VARCHAR(64) NOT NULL,
    description         VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- The columns a sample has: name, primitive type, and the jagged collection
-- (by its count column, e.g. nJet) a per-object column belongs to.
CREATE TABLE sample_column (
    sample_id       BIGINT NOT NULL REFERENCES sample (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    name            VARCHAR(100) NOT NULL,
    value_type      VARCHAR(10) NOT NULL,
    count_column    VARCHAR(100),
    PRIMARY KEY (sample_id, name)
);

-- Event data, column by column in chunks of consecutive events
-- (DESIGN.md, "Storage"): one compressed binary value per column and chunk.
CREATE TABLE sample_chunk (
    sample_id       BIGINT NOT NULL REFERENCES sample (id) ON DELETE CASCADE,
    chunk_index     INT NOT NULL,
    first_event     BIGINT NOT NULL,
    n_events        INT NOT NULL,
    PRIMARY KEY (sample_id, chunk_index)
);

CREATE TABLE chunk_column (
    sample_id       BIGINT NOT NULL,
    chunk_index     INT NOT NULL,
    column_name     VARCHAR(100) NOT NULL,
    n_values        INT NOT NULL,
    raw_bytes       INT NOT NULL,
    data            VARBINARY(1000000000) NOT NULL,
    PRIMARY KEY (sample_id, chunk_index, column_name),
    FOREIGN KEY (sample_id, chunk_index) REFERENCES sample_chunk (sample_id, chunk_index) ON DELETE CASCADE
);

-- A run: a validated configuration (JSON, as POST /api/runs accepts it).
CREATE TABLE run (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_group_id  BIGINT NOT NULL REFERENCES owner_group (id),
    name            VARCHAR(200) NOT NULL,
    config_json     CLOB NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- A job executes a run. States: QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, INTERRUPTED.
CREATE TABLE job (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_group_id  BIGINT NOT NULL REFERENCES owner_group (id),
    run_id          BIGINT NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    state           VARCHAR(20) NOT NULL,
    progress        DOUBLE PRECISION DEFAULT 0 NOT NULL,
    current_step    VARCHAR(200),
    error           CLOB,
    cancel_requested BOOLEAN DEFAULT FALSE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX job_state_idx ON job (state);

CREATE TABLE job_log (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_id          BIGINT NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    logged_at       TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    level           VARCHAR(10) NOT NULL,
    message         VARCHAR(4000) NOT NULL
);

CREATE INDEX job_log_job_idx ON job_log (job_id, id);

-- The result of a run, with what it was made from (configuration, versions,
-- seeds, sample checksums) so that it can be reproduced.
CREATE TABLE run_result (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_group_id  BIGINT NOT NULL REFERENCES owner_group (id),
    run_id          BIGINT NOT NULL UNIQUE REFERENCES run (id) ON DELETE CASCADE,
    result_json     CLOB NOT NULL,
    provenance_json CLOB NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
