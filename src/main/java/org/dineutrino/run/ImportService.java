package org.dineutrino.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.dineutrino.ingest.BTagDiscriminant;
import org.dineutrino.ingest.ImportSummary;
import org.dineutrino.ingest.InputDataException;
import org.dineutrino.ingest.FileImporter;
import org.dineutrino.ingest.ImportFormat;
import org.dineutrino.ingest.NanoAodImporter;
import org.dineutrino.ingest.NanoAodMapping;
import org.dineutrino.ingest.NanoAodQuantity;
import org.dineutrino.ingest.RootFile;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleMeta;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.store.Database;
import org.dineutrino.store.JobInfo;
import org.dineutrino.store.JobKind;
import org.dineutrino.store.SampleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports users' files as samples: on the command line at once, from the browser as a
 * job. Each import is one transaction: a file that fails half-way leaves nothing.
 */
public final class ImportService {

    /** Kind of the stored import summary (absent quantities, notes, statistics). */
    public static final String IMPORT_SUMMARY = "import";

    /** tt̄ at NNLO+NNLL, m_t = 172.5 GeV (DESIGN.md): the default for tt̄ imports without a cross section. */
    public static final double TTBAR_CROSS_SECTION_PB = 831.76;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module());

    private final Database db;
    private final JobExecutor executor;

    public ImportService(Database db, JobExecutor executor) {
        this.db = db;
        this.executor = executor;
        if (executor != null) {
            executor.register(JobKind.IMPORT, this::executeJob);
        }
    }

    /**
     * What to import and how.
     *
     * @param crossSectionPb null for tt̄ (831.76 pb) and data; required for other simulation
     * @param branches       NanoAOD quantity -> branch overrides ("" leaves a quantity out)
     * @param deleteAfter    delete the file once imported (uploads)
     */
    public record ImportRequest(Path file, String originalName, Process process, String name, Double crossSectionPb,
                                String bTag, Map<String, String> branches, String eventsTree,
                                boolean deleteAfter) {

        public ImportRequest {
            if (name == null || name.isBlank()) {
                throw new InvalidConfigException("name", "is required: the sample's name");
            }
            if (process == null) {
                throw new InvalidConfigException("process", "is required: data, ttbar, tW, DY, VV or BSM");
            }
            if (crossSectionPb != null && !(crossSectionPb > 0 && Double.isFinite(crossSectionPb))) {
                throw new InvalidConfigException("crossSection", "must be a finite number > 0 pb, got "
                        + crossSectionPb);
            }
            if (crossSectionPb == null && process != Process.DATA && process != Process.TTBAR) {
                throw new InvalidConfigException("crossSection", "is required for a " + process.shortName()
                        + " sample: give the cross section of the file's process in pb");
            }
            if (bTag != null && !bTag.isBlank()) {
                try {
                    BTagDiscriminant.parse(bTag);
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigException("btag", e.getMessage());
                }
            }
            branches = branches == null ? Map.of() : Map.copyOf(branches);
        }

        double sigmaPb() {
            if (process == Process.DATA) {
                return 0;
            }
            return crossSectionPb != null ? crossSectionPb : TTBAR_CROSS_SECTION_PB;
        }

        NanoAodMapping mapping() {
            NanoAodMapping m = NanoAodMapping.defaults();
            if (bTag != null && !bTag.isBlank()) {
                m = m.withBTag(BTagDiscriminant.parse(bTag));
            }
            if (eventsTree != null && !eventsTree.isBlank()) {
                m = m.withEventsTree(eventsTree);
            }
            for (var e : branches.entrySet()) {
                m = m.with(quantity(e.getKey()), e.getValue());
            }
            return m;
        }

        private static NanoAodQuantity quantity(String key) {
            for (NanoAodQuantity q : NanoAodQuantity.values()) {
                if (q.name().equalsIgnoreCase(key) || q.defaultBranch().equals(key)) {
                    return q;
                }
            }
            throw new InvalidConfigException("branches", "names an unknown quantity '" + key
                    + "'; use a NanoAodQuantity name or its default branch, e.g. JET_BTAG or Jet_btagDeepFlavB");
        }
    }

    /**
     * Imports at once; the progress callback gets the fraction of events read. The summary and
     * any {@link InputDataException} name the file by its original name, not the name an
     * upload was stored under.
     */
    public SampleInfo importFile(ImportRequest request, DoubleConsumer progress) {
        if (!Files.isRegularFile(request.file())) {
            throw new InvalidConfigException("file", request.file() + " does not exist or is not a file");
        }
        checkExplicitBranches(request);
        SampleStore samples = db.samples();
        try {
            return samples.writeWithSummaries(request.name(), sink -> {
                ImportSummary summary = underOriginalName(FileImporter.read(request.file(), request.mapping(),
                        NanoAodImporter.DEFAULT_BATCH_SIZE, sink, progress), request);
                return new SampleStore.Produced(meta(request, summary), Map.of(IMPORT_SUMMARY, write(summary)));
            });
        } catch (InputDataException e) {
            throw underOriginalName(e, request);
        } finally {
            if (request.deleteAfter()) {
                deleteUpload(request.file());
            }
        }
    }

    private static SampleMeta meta(ImportRequest r, ImportSummary s) {
        double sumWeights = s.genEventSumw().isPresent() ? s.genEventSumw().getAsDouble()
                : s.sumGenWeights().orElse(s.events());
        String source = s.genEventSumw().isPresent() ? "Runs tree genEventSumw"
                : s.sumGenWeights().isPresent() ? "sum of genWeight over the file's events" : "event count";
        String description = "imported from " + r.originalName() + " (tree " + s.tree() + ", b-tag " + s.bTag()
                + "); sum of generator weights from the " + source;
        SampleRole role = r.process() == Process.DATA ? SampleRole.DATA : SampleRole.OTHER;
        return new SampleMeta(r.name(), r.process(), "import", role, r.sigmaPb(), sumWeights, s.events(), null,
                "NanoAOD import of " + r.originalName(), description);
    }

    /**
     * Queues an import as a job; the browser follows it on the job page. A file that is not
     * ROOT, is truncated, is an RNTuple or lacks the events tree is refused here, before a job
     * exists.
     *
     * @throws InvalidConfigException naming the field ({@code name}, {@code file}) and the problem
     */
    public JobInfo queue(ImportRequest request) {
        if (db.samples().find(request.name()).isPresent()) {
            throw new InvalidConfigException("name", "'" + request.name() + "' is taken by another sample");
        }
        checkOpens(request);
        JobInfo job = db.jobs().create(JobKind.IMPORT, request.name() + " from " + request.originalName(),
                params(request));
        executor.submit(job.id());
        return job;
    }

    /**
     * Reads the file's header, keys and tree metadata, not its baskets: what the refusals of
     * {@link #queue} need, at a small fraction of the import's cost.
     */
    private static void checkOpens(ImportRequest request) {
        try {
            if (ImportFormat.detect(request.file()) == ImportFormat.ROOT) {
                try (RootFile root = RootFile.open(request.file())) {
                    root.tree(request.mapping().eventsTree());
                }
                return;
            }
            FileImporter.read(request.file(), request.mapping(), CHECK_EVENTS, b -> {
                throw new FirstBatchRead();
            }, f -> { });
        } catch (FirstBatchRead enough) {
            return;
        } catch (InputDataException e) {
            throw new InvalidConfigException("file", underOriginalName(e, request).getMessage());
        }
    }

    /**
     * A branch the user named explicitly must exist: a typo in a mapping is refused, not
     * imported as an absent quantity (ROOT files; flat files report their columns on import).
     */
    private static void checkExplicitBranches(ImportRequest request) {
        if (request.branches().values().stream().allMatch(String::isBlank)
                || ImportFormat.detect(request.file()) != ImportFormat.ROOT) {
            return;
        }
        try (RootFile root = RootFile.open(request.file())) {
            var tree = root.tree(request.mapping().eventsTree());
            for (var e : request.branches().entrySet()) {
                if (!e.getValue().isBlank() && !tree.has(e.getValue().trim())) {
                    throw new InvalidConfigException("branches", e.getKey() + "=" + e.getValue() + ": "
                            + request.originalName() + " has no branch '" + e.getValue().trim() + "'");
                }
            }
        } catch (InputDataException e) {
            throw new InvalidConfigException("file", underOriginalName(e, request).getMessage());
        }
    }

    /** Events a flat file's check reads: its columns and first rows, not the whole file. */
    private static final int CHECK_EVENTS = 100;

    /** Stops a check after the first batch: the file's layout and first rows are readable. */
    private static final class FirstBatchRead extends RuntimeException {
        FirstBatchRead() {
            super(null, null, false, false);
        }
    }

    /** The summary naming the file as the user named it. */
    private static ImportSummary underOriginalName(ImportSummary s, ImportRequest r) {
        return new ImportSummary(r.originalName(), s.tree(), s.events(), s.genEventSumw(), s.sumGenWeights(),
                s.hasGeneratorInformation(), s.columns(), s.absent(), s.bTag(), s.bTagBranch(), s.notes(),
                s.statistics());
    }

    /** The failure naming the file as the user named it (an upload is stored under another name). */
    private static InputDataException underOriginalName(InputDataException e, ImportRequest r) {
        if (r.originalName() == null || r.originalName().equals(e.file())) {
            return e;
        }
        try {
            return new InputDataException(Path.of(r.originalName()), e.object(), e.problem(), e);
        } catch (InvalidPathException notAPath) {
            return e;
        }
    }

    private String executeJob(JobInfo job, Pipeline.Listener listener) {
        ImportRequest request = fromParams(job.paramsJson());
        listener.info("importing " + request.originalName() + " as sample '" + request.name() + "' ("
                + request.process().shortName() + ")");
        SampleInfo info = importFile(request, f -> listener.progress(f, "reading " + request.originalName()));
        listener.info("sample " + info.name() + ": " + info.nEvents() + " events imported");
        return "sample " + info.id();
    }

    private static String params(ImportRequest r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("file", r.file().toString());
        p.put("originalName", r.originalName());
        p.put("process", r.process().name());
        p.put("name", r.name());
        p.put("crossSectionPb", r.crossSectionPb());
        p.put("bTag", r.bTag());
        p.put("branches", r.branches());
        p.put("eventsTree", r.eventsTree());
        p.put("deleteAfter", r.deleteAfter());
        return write(p);
    }

    private static ImportRequest fromParams(String json) {
        try {
            var n = MAPPER.readTree(json);
            Map<String, String> branches = new LinkedHashMap<>();
            n.path("branches").fields().forEachRemaining(e -> branches.put(e.getKey(), e.getValue().asText()));
            return new ImportRequest(Path.of(n.get("file").asText()), n.get("originalName").asText(),
                    Process.valueOf(n.get("process").asText()), n.get("name").asText(),
                    n.get("crossSectionPb").isNull() ? null : n.get("crossSectionPb").asDouble(),
                    n.get("bTag").isNull() ? null : n.get("bTag").asText(), branches,
                    n.get("eventsTree").isNull() ? null : n.get("eventsTree").asText(),
                    n.get("deleteAfter").asBoolean());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import parameters are not JSON: " + e.getMessage(), e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private static void deleteUpload(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete the uploaded file {} ({}); delete it by hand", file, e.getMessage());
        }
    }
}
