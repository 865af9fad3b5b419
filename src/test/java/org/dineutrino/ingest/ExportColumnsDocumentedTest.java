package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.junit.jupiter.api.Test;

/**
 * The package documentation's column list (which the README copies) names every column an
 * export can write, so that a column added to the event model is not left undocumented.
 */
class ExportColumnsDocumentedTest {

    private static final Path PACKAGE_INFO = Path.of("src/main/java/org/dineutrino/ingest/package-info.java");

    @Test
    void the_package_documentation_lists_every_event_model_column() throws IOException {
        String text = Files.readString(PACKAGE_INFO);
        int columnsSection = text.indexOf("<h2>Columns and units</h2>");
        assertTrue(columnsSection > 0, "section 'Columns and units' in " + PACKAGE_INFO);
        String section = text.substring(columnsSection);

        for (ColumnSpec column : Columns.SIMULATED) {
            assertTrue(section.matches("(?s).*\\b" + column.name() + "\\b.*"), column.name() + " is not documented");
        }
        assertTrue(section.contains(NanoAodImporter.N_TRUE_INT.name()));
    }
}
