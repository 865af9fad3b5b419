package org.dineutrino.sample;

import java.time.OffsetDateTime;
import java.util.List;
import org.dineutrino.event.ColumnSpec;

/** A stored sample: its metadata, how many events it keeps, its columns and its checksum. */
public record SampleInfo(long id, SampleMeta meta, long nEvents, int nChunks, String checksum,
                         List<ColumnSpec> columns, OffsetDateTime createdAt) {

    /** 1 fb^-1 = 1000 pb^-1. */
    public static final double INV_PB_PER_INV_FB = 1000.0;

    public String name() {
        return meta.name();
    }

    /** Scale of this sample's generator weights at a luminosity: sigma [pb] * L [fb^-1] * 1000 / sum of weights. */
    public double lumiScale(double lumiInvFb) {
        if (meta.process() == Process.DATA) {
            return 1.0;
        }
        return meta.crossSectionPb() * lumiInvFb * INV_PB_PER_INV_FB / meta.sumGenWeights();
    }

    public boolean hasColumn(String name) {
        return columns.stream().anyMatch(c -> c.name().equals(name));
    }
}
