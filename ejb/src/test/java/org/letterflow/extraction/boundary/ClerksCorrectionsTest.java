package org.letterflow.extraction.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The clerks' corrections in the evaluation report: counted per field at and below 0.9, or «нет данных». */
class ClerksCorrectionsTest {

    private static String printed(String url) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ClerksCorrections.print(url, "nobody", "nothing", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutADatabaseTheReportSaysThereIsNoData() {
        assertTrue(printed(null).contains("нет данных"), printed(null));
        assertTrue(printed("").contains("нет данных"));
    }

    @Test
    void aDatabaseThatCannotBeReadIsNoDataEitherNotAFailure() {
        String report = printed("jdbc:nosuchdriver://localhost:1/none");
        assertTrue(report.contains("нет данных") && report.contains("could not be read"), report);
    }

    @Test
    void proposalsAreCountedAtAndBelowTheLine() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        ClerksCorrections.tally(counts, "number", true, true);
        ClerksCorrections.tally(counts, "number", true, false);
        ClerksCorrections.tally(counts, "number", false, false);
        assertArrayEquals(new int[] {2, 1, 1, 0}, counts.get("number"));
    }
}
