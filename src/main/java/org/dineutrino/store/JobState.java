package org.dineutrino.store;

/** Where a job stands. Only QUEUED and RUNNING can still change. */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, INTERRUPTED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
