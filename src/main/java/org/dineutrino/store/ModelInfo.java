package org.dineutrino.store;

import java.time.OffsetDateTime;

/** A stored MET regression model without its archive bytes. */
public record ModelInfo(long id, String name, int version, String trainingSample, String manifestJson,
                        String reportJson, String performanceJson, OffsetDateTime createdAt) {

    /** "name v3", as pages and logs name a model. */
    public String label() {
        return name + " v" + version;
    }
}
