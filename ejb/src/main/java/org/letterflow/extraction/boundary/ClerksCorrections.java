package org.letterflow.extraction.boundary;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.letterflow.extraction.control.CardFields;
import org.letterflow.extraction.control.Confidence;
import org.letterflow.extraction.entity.ExtractionReview;

/**
 * The clerks' corrections beside the corpus figures in the evaluation report: from a Letterflow
 * database ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), per extracted field, how many
 * proposals the clerks kept unchanged — the same count as {@code GET /api/v1/extractions/accuracy},
 * over every organisation — split at {@link Confidence#SURE} as the corpus' calibration is. Without
 * a database it says «нет данных»: the corpus figures alone are no measure of real use.
 */
final class ClerksCorrections {

    private ClerksCorrections() {
    }

    static void print(String url, String user, String password, PrintStream out) {
        out.printf(Locale.ROOT, "%n### Clerks' corrections (what clerks kept of each proposed field in real use)%n%n");
        if (url == null || url.isBlank()) {
            out.println("нет данных: no database given (DB_URL, DB_USER, DB_PASSWORD name a Letterflow database to read).");
            return;
        }
        Map<String, int[]> kept = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url, user, password);
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select field, proposed, kept, confidence from extraction_review")) {
            while (rows.next()) {
                double confidence = rows.getDouble(4);
                boolean weighed = !rows.wasNull();
                // the same rule as the accuracy the API reports: kept when unchanged, spaces aside
                boolean accepted = new ExtractionReview(0, 0, rows.getString(1), rows.getString(2), rows.getString(3), null, "",
                        Instant.EPOCH).accepted();
                tally(kept, CardFields.extractedFrom(rows.getString(1)), weighed && confidence >= Confidence.SURE, accepted);
            }
        } catch (SQLException e) {
            out.println("нет данных: the database could not be read (" + e.getMessage() + ").");
            return;
        }
        if (kept.isEmpty()) {
            out.println("нет данных: no letter has been registered from a file in this database yet.");
            return;
        }
        out.printf(Locale.ROOT, "| field | proposed | kept unchanged | kept at ≥ %.1f | kept below %.1f |%n|---|---|---|---|---|%n",
                Confidence.SURE, Confidence.SURE);
        kept.forEach((field, c) -> out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", field, c[0] + c[2],
                share(c[1] + c[3], c[0] + c[2]), share(c[1], c[0]), share(c[3], c[2])));
    }

    /** Counts one proposal: {proposed at ≥ SURE, of them kept, proposed below, of them kept}. */
    static void tally(Map<String, int[]> counts, String field, boolean sure, boolean accepted) {
        int[] c = counts.computeIfAbsent(field, k -> new int[4]);
        c[sure ? 0 : 2]++;
        c[sure ? 1 : 3] += accepted ? 1 : 0;
    }

    private static String share(int kept, int of) {
        return of == 0 ? "—" : String.format(Locale.ROOT, "%d/%d (%.0f%%)", kept, of, 100.0 * kept / of);
    }
}
