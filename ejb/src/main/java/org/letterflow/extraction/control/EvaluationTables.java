package org.letterflow.extraction.control;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.letterflow.extraction.control.AnswerCheck.Score;

/** The evaluation's figures as the Markdown tables BENCHMARKS.md holds. */
public final class EvaluationTables {

    private static final double SURE = Confidence.SURE;

    private EvaluationTables() {
    }

    /** One form of one folder's letters: per field scores beside the baseline's, then where the time went. */
    public static void printForm(String folder, FormResult r, PrintStream out) {
        out.printf(Locale.ROOT, "%n### %s, %s: %d letters (%d cut by their source)%n%n"
                        + "Mean field F1 %.2f (naive regex %.2f).%n%n"
                        + "| field | precision | recall | F1 | naive F1 | right | wrong | missed | right at ≥ %.1f | right below |%n"
                        + "|---|---|---|---|---|---|---|---|---|---|%n",
                folder, r.form(), r.letters(), r.cut(), r.meanF1(), r.baselineMeanF1(), SURE);
        for (String field : AnswerCheck.FIELDS) {
            Score s = r.fields().get(field);
            if (s == null) {
                continue;
            }
            Score b = r.baseline().getOrDefault(field, new Score(0, 0, 0));
            int[] c = r.calibration().getOrDefault(field, new int[4]);
            out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %d | %d | %d | %s | %s |%n", field, s.precision(), s.recall(),
                    s.f1(), b.f1(), s.correct(), s.wrong(), s.missed(), share(c[1], c[0]), share(c[3], c[2]));
        }
        out.printf(Locale.ROOT, "%n| form | letters | pages | reading ms (Tika, PDFBox, OCR) | reading s/page | parsing ms | parsing share |%n"
                        + "|---|---|---|---|---|---|---|%n| %s | %d | %s | %d | %s | %d | %.1f%% |%n", r.form(), r.letters(),
                r.pages() == 0 ? "—" : String.valueOf(r.pages()), r.readingMillis(),
                r.pages() == 0 ? "—" : String.format(Locale.ROOT, "%.2f", r.readingMillis() / 1000.0 / r.pages()),
                r.parsingMillis(), 100.0 * r.parsingMillis() / Math.max(1, r.readingMillis() + r.parsingMillis()));
        if (!r.misses().isEmpty()) {
            out.printf("%nNot right: %s%n", String.join("; ", r.misses()));
        }
    }

    /**
     * Calibration over several forms and corpora read in one run: per field, how many answers were
     * given at confidence ≥ {@link Confidence#SURE} and how many of them were right, and the same below it.
     */
    public static void printCalibration(String title, List<FormResult> results, PrintStream out) {
        Map<String, int[]> total = new LinkedHashMap<>();
        for (FormResult r : results) {
            r.calibration().forEach((field, c) -> {
                int[] t = total.computeIfAbsent(field, k -> new int[4]);
                for (int i = 0; i < 4; i++) {
                    t[i] += c[i];
                }
            });
        }
        out.printf(Locale.ROOT, "%n### Calibration: %s%n%n| field | answers | right at ≥ %.1f | right below %.1f |%n|---|---|---|---|%n",
                title, SURE, SURE);
        int[] all = new int[4];
        for (String field : AnswerCheck.FIELDS) {
            int[] c = total.get(field);
            if (c == null || c[0] + c[2] == 0) {
                continue;
            }
            for (int i = 0; i < 4; i++) {
                all[i] += c[i];
            }
            out.printf(Locale.ROOT, "| %s | %d | %s | %s |%n", field, c[0] + c[2], share(c[1], c[0]), share(c[3], c[2]));
        }
        out.printf(Locale.ROOT, "| all fields | %d | %s | %s |%n", all[0] + all[2], share(all[1], all[0]), share(all[3], all[2]));
    }

    /** "7/8 (88%)", or "—" when there was nothing to be right about. */
    static String share(int right, int of) {
        return of == 0 ? "—" : String.format(Locale.ROOT, "%d/%d (%.0f%%)", right, of, 100.0 * right / of);
    }
}
