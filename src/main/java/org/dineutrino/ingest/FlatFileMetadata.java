package org.dineutrino.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.ValueType;

/**
 * The metadata an export writes beside its events, as one JSON object: the format and its
 * version, the level exported, the {@link ExportHeader}, the CSV's objects per collection, and
 * every column with its type, count column, unit and description, so that an import restores
 * the columns exactly as they were, including those {@link org.dineutrino.event.Columns} does
 * not name.
 *
 * @param level      what was exported
 * @param header     the sample's sum of weights and properties
 * @param maxObjects for CSV the number of numbered columns per collection; 0 for Parquet
 * @param columns    the columns exported, in file order
 */
record FlatFileMetadata(ExportLevel level, ExportHeader header, int maxObjects, List<ColumnSpec> columns) {

    /** Value of the "format" field. */
    static final String FORMAT = "dineutrino-events";
    /** Version of this layout; an import refuses a newer one. */
    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    FlatFileMetadata {
        columns = List.copyOf(columns);
    }

    /** The metadata as one line of JSON. */
    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("level", level.name());
        if (header.genEventSumw().isPresent()) {
            root.put("genEventSumw", header.genEventSumw().getAsDouble());
        }
        ObjectNode properties = root.putObject("properties");
        header.properties().forEach(properties::put);
        if (maxObjects > 0) {
            root.put("maxObjects", maxObjects);
        }
        ArrayNode list = root.putArray("columns");
        for (ColumnSpec column : columns) {
            ObjectNode c = list.addObject();
            c.put("name", column.name());
            c.put("type", column.type().name());
            c.put("countColumn", column.countColumn());
            c.put("unit", column.unit());
            c.put("description", column.description());
        }
        return root.toString();
    }

    /**
     * Reads the metadata written by {@link #toJson()}.
     *
     * @throws InputDataException if it is not that JSON, or of a newer version
     */
    static FlatFileMetadata parse(Path file, String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt(-1) < 1) {
                throw invalid(file, "it does not name the format " + FORMAT);
            }
            if (root.path("version").asInt() > VERSION) {
                throw invalid(file, "it is version " + root.path("version").asInt() + ", this importer reads"
                        + " version " + VERSION + ": import it with a newer dineutrino");
            }
            return new FlatFileMetadata(ExportLevel.parse(root.path("level").asText("BOTH")), header(root),
                    root.path("maxObjects").asInt(0), columns(file, root.path("columns")));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid(file, e.getMessage());
        }
    }

    private static ExportHeader header(JsonNode root) {
        OptionalDouble sumw = root.has("genEventSumw") ? OptionalDouble.of(root.get("genEventSumw").asDouble())
                : OptionalDouble.empty();
        Map<String, String> properties = new LinkedHashMap<>();
        root.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        return new ExportHeader(sumw, properties);
    }

    private static List<ColumnSpec> columns(Path file, JsonNode list) {
        if (!list.isArray()) {
            throw invalid(file, "it has no list of columns");
        }
        List<ColumnSpec> columns = new ArrayList<>();
        for (JsonNode c : list) {
            String count = c.path("countColumn").isTextual() ? c.get("countColumn").asText() : null;
            columns.add(new ColumnSpec(c.path("name").asText(), ValueType.valueOf(c.path("type").asText()), count,
                    c.path("unit").asText(""), c.path("description").asText("")));
        }
        return columns;
    }

    private static InputDataException invalid(Path file, String problem) {
        return new InputDataException(file, "metadata '" + ParquetSource.METADATA_KEY + "'",
                "is not dineutrino export metadata: " + problem);
    }
}
