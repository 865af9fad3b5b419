package org.dineutrino.store;

/** What a job does. */
public enum JobKind {
    /** An analysis run from its stored configuration. */
    RUN,
    /** The import of a user's file as a sample. */
    IMPORT,
    /** The training of a MET regression network. */
    TRAIN
}
