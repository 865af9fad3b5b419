-- Trained MET regression networks (DESIGN.md, "MET regression"): the SavedModel archive as
-- bytes with its manifest (features, standardisation, settings), the training sample, the
-- loss curves and the performance on the test set. Versions count up per name.
CREATE TABLE met_model (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_group_id      BIGINT NOT NULL REFERENCES owner_group (id),
    name                VARCHAR(200) NOT NULL,
    version             INT NOT NULL,
    training_sample     VARCHAR(200) NOT NULL,
    archive             BLOB NOT NULL,
    manifest_json       CLOB NOT NULL,
    report_json         CLOB NOT NULL,
    performance_json    CLOB NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    UNIQUE (name, version)
);
