package org.letterflow.extraction.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterflow.document.DocumentReader;
import org.letterflow.extraction.control.AnswerCheck.Score;
import org.letterflow.extraction.control.Extractor;
import org.letterflow.extraction.control.FormResult;
import org.letterflow.extraction.control.WorkingCalendar;

/**
 * The real letters ({@code shared/real-letters} beside the project: letters nobody here wrote) as
 * a regression guard: in each form the extractor must keep the mean field F1 and the deadline F1
 * it reached, and stay ahead of the naive regular expression on every field. Aggregate
 * thresholds, not a list of letters: the letters that judge the extractor are other real ones.
 * The scanned forms go through OCR and take minutes; they run with {@code -Dreal.letters.scans=true}.
 */
@Tag("slow") // 19 real letters read back as PDF and DOCX: about a minute; out of the inner loop (-DexcludedGroups=slow), always in mvn verify
class RealLettersTest {

    /**
     * Mean field F1 and deadline F1 just under what the extractor reached (txt 0.99/1.00, pdf 0.98-0.99/1.00,
     * docx 0.99/1.00, scan 0.95/1.00; see BENCHMARKS.md); raise them when it does better.
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "txt", new double[] {0.97, 0.95},
            "pdf", new double[] {0.95, 0.95},
            "docx", new double[] {0.97, 0.95},
            "scan", new double[] {0.92, 0.95});

    /**
     * Of the answers given at confidence ≥ 0.9, the share that must be right (all fields together): the
     * aim of the confidence rules; every form reached 100 % (see BENCHMARKS.md).
     */
    private static final double SURE_RIGHT = 0.95;

    private static final ExecutorService THREADS = Executors.newCachedThreadPool();
    private static final Extractor EXTRACTOR = new Extractor(new DocumentReader(THREADS, Duration.ofMinutes(5), 2_000_000),
            WorkingCalendar.russian());

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "pdf", "docx"})
    void holdsItsGroundOnRealLetters(String form) throws IOException {
        check(form);
    }

    @Test
    @EnabledIfSystemProperty(named = "real.letters.scans", matches = "true")
    void holdsItsGroundOnScannedRealLetters() throws IOException {
        check("scan");
    }

    private static void check(String form) throws IOException {
        Path folder = EvaluateCommand.realLetters(Path.of(""));
        assertNotNull(folder, "the real letters are beside the project: ../shared/real-letters from " + Path.of("").toAbsolutePath());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        FormResult r = EvaluateCommand.evaluate(EXTRACTOR, folder, Set.of(form),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).get(form);
        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertNotNull(r, report);
        assertTrue(r.letters() >= 19, report);
        double[] floor = FLOOR.get(form);
        assertTrue(r.meanF1() >= floor[0], "mean field F1 " + r.meanF1() + " fell under " + floor[0] + "\n" + report);
        double deadlines = r.fields().get("deadlines").f1();
        assertTrue(deadlines >= floor[1], "deadline F1 " + deadlines + " fell under " + floor[1] + "\n" + report);
        StringBuilder behind = new StringBuilder();
        r.fields().forEach((field, s) -> {
            Score naive = r.baseline().get(field);
            if (s.f1() < naive.f1()) {
                behind.append(field).append(' ').append(s.f1()).append(" < naive ").append(naive.f1()).append('\n');
            }
        });
        assertEquals("", behind.toString(), report);
        int sure = r.calibration().values().stream().mapToInt(c -> c[0]).sum();
        int sureRight = r.calibration().values().stream().mapToInt(c -> c[1]).sum();
        assertTrue(sure == 0 || sureRight >= SURE_RIGHT * sure,
                "answers at confidence ≥ 0.9 right " + sureRight + " of " + sure + ", under " + SURE_RIGHT + "\n" + report);
    }
}
