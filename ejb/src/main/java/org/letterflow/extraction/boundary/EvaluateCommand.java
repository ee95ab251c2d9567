package org.letterflow.extraction.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.letterflow.extraction.control.AnswerCheck;
import org.letterflow.extraction.control.AnswerCheck.Score;
import org.letterflow.extraction.control.Confidence;
import org.letterflow.extraction.control.ExtractionJson;
import org.letterflow.extraction.control.Extractor;
import org.letterflow.extraction.control.NaiveBaseline;
import org.letterflow.extraction.entity.LetterExtraction;

/**
 * {@code java -jar letterflow.jar evaluate [--forms txt,pdf,docx,scan] FOLDER…}: extracts every
 * letter in each folder that has its expected answer beside it ({@code name.json} for
 * {@code name.txt}, {@code name.pdf}, {@code name.docx}, {@code name.scan.pdf}, …) and prints, a
 * form at a time, per-field precision, recall and F1 beside the naive regular expression's F1
 * ({@link NaiveBaseline}) on the same text in the same run, how often a field is right when the
 * extractor is sure of it (confidence ≥ 0.9) and when it is not, and where the time went (reading
 * the file versus parsing its text), as Markdown tables for BENCHMARKS.md. With no folder it reads
 * the real letters, {@code ../shared/real-letters} beside the project.
 */
public final class EvaluateCommand {

    /** The confidence from which a field counts as sure; the form highlights the fields below it. */
    public static final double SURE = Confidence.SURE;

    /**
     * One form's figures: per field the extractor's and the baseline's scores, and how calibrated the
     * extractor is: per field, {answers at ≥ SURE, of them right, answers below SURE, of them right}.
     */
    public record FormResult(String form, int letters, int cut, Map<String, Score> fields, Map<String, Score> baseline,
                             Map<String, int[]> calibration, long readingMillis, long parsingMillis, long pages,
                             List<String> misses) {

        /** The mean F1 over the fields that any answer, expected or read, filled in. */
        public double meanF1() {
            return mean(fields);
        }

        public double baselineMeanF1() {
            return mean(baseline);
        }

        private double mean(Map<String, Score> scores) {
            return fields.entrySet().stream().filter(e -> e.getValue().correct() + e.getValue().wrong() + e.getValue().missed() > 0)
                    .mapToDouble(e -> scores.getOrDefault(e.getKey(), new Score(0, 0, 0)).f1()).average().orElse(1);
        }
    }

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Set<String> forms = null;
        List<String> folders = new ArrayList<>(Arrays.asList(args));
        if (folders.size() >= 2 && folders.get(0).equals("--forms")) {
            forms = Set.of(folders.get(1).split(","));
            folders = folders.subList(2, folders.size());
        }
        if (folders.isEmpty()) {
            Path real = realLetters(Path.of("").toAbsolutePath());
            if (real == null) {
                System.err.println("Использование: java -jar letterflow.jar evaluate [--forms txt,pdf,docx,scan] ПАПКА…");
                System.exit(2);
            }
            folders = List.of(real.toString());
        }
        ExecutorService threads = ExtractCommand.daemonThreads();
        Extractor extractor = ExtractCommand.extractor(threads);
        List<FormResult> results = new ArrayList<>();
        for (String folder : folders) {
            results.addAll(evaluate(extractor, Path.of(folder), forms, out).values());
        }
        printCalibration("every form read above", results, out);
        printClerksCorrections(System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"), out);
        threads.shutdownNow();
    }

    /**
     * The real letters' folder: {@code shared/real-letters} beside the project's root (where CI lays
     * it beside the clone), found by walking up from {@code from} to the root; null when there is none.
     */
    public static Path realLetters(Path from) {
        for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("real-letters");
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        return null;
    }

    /** Evaluates every form of the letters of one folder and prints their tables. */
    public static Map<String, FormResult> evaluate(Extractor extractor, Path folder, PrintStream out) throws IOException {
        return evaluate(extractor, folder, null, out);
    }

    /** As above, for the given forms only ({@code txt}, {@code pdf}, {@code docx}, {@code scan}, …); null for all. */
    public static Map<String, FormResult> evaluate(Extractor extractor, Path folder, Set<String> forms, PrintStream out)
            throws IOException {
        Map<String, List<Path>> byForm = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> !f.toString().endsWith(".json") && Files.exists(answerOf(f))).sorted()
                    .forEach(f -> byForm.computeIfAbsent(form(f), k -> new ArrayList<>()).add(f));
        }
        Map<String, FormResult> results = new LinkedHashMap<>();
        for (Map.Entry<String, List<Path>> entry : byForm.entrySet()) {
            if (forms == null || forms.contains(entry.getKey())) {
                FormResult r = evaluate(extractor, entry.getKey(), entry.getValue());
                print(folder, r, out);
                results.put(entry.getKey(), r);
            }
        }
        return results;
    }

    private static FormResult evaluate(Extractor extractor, String form, List<Path> letters) throws IOException {
        Map<String, Score> total = new LinkedHashMap<>();
        Map<String, Score> baseline = new LinkedHashMap<>();
        Map<String, int[]> calibration = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        long reading = 0;
        long parsing = 0;
        long pages = 0;
        int cut = 0;
        for (Path letter : letters) {
            LetterExtraction x = extractor.extract(Files.readAllBytes(letter), letter.getFileName().toString(), null, null);
            JsonObject expected = Json.createReader(new StringReader(Files.readString(answerOf(letter)))).readObject();
            if (expected.get("complete") == JsonValue.FALSE) {
                cut++; // cut by its source: the answer holds only what the stored text shows, and is scored so
            }
            JsonObject actual = ExtractionJson.of(x, false, false).build();
            Map<String, Score> scores = AnswerCheck.compare(expected, actual);
            AnswerCheck.addTo(total, scores);
            // the baseline reads the same text the extractor read, so a bad OCR costs both alike
            AnswerCheck.addTo(baseline, AnswerCheck.compare(expected, NaiveBaseline.answer(x.text() == null ? "" : x.text())));
            // calibration counts answers (each deadline, each reference), not letters: a field left empty said nothing
            for (AnswerCheck.Answer a : AnswerCheck.answers(expected, actual)) {
                int[] c = calibration.computeIfAbsent(a.field(), k -> new int[4]);
                boolean high = a.confidence() >= SURE;
                c[high ? 0 : 2]++;
                c[high ? 1 : 3] += a.right() ? 1 : 0;
                if (!a.right() && high) {
                    misses.add(letter.getFileName() + ": " + a.field() + " wrong at confidence " + a.confidence());
                }
            }
            scores.forEach((field, s) -> {
                if (s.wrong() + s.missed() > 0) {
                    misses.add(letter.getFileName() + ": " + field);
                }
            });
            reading += x.readingMillis();
            parsing += x.parsingMillis();
            pages += x.pages() == null ? 0 : x.pages();
        }
        return new FormResult(form, letters.size(), cut, total, baseline, calibration, reading, parsing, pages, misses);
    }

    private static void print(Path folder, FormResult r, PrintStream out) {
        out.printf(Locale.ROOT, "%n### %s, %s: %d letters (%d cut by their source)%n%n"
                        + "Mean field F1 %.2f (naive regex %.2f).%n%n"
                        + "| field | precision | recall | F1 | naive F1 | right | wrong | missed | right at ≥ %.1f | right below |%n"
                        + "|---|---|---|---|---|---|---|---|---|---|%n",
                folder.getFileName(), r.form(), r.letters(), r.cut(), r.meanF1(), r.baselineMeanF1(), SURE);
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
     * given at confidence ≥ {@link #SURE} and how many of them were right, and the same below it.
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

    /**
     * What clerks kept of each proposed field in real use, read from a Letterflow database (JDBC
     * {@code url}), split at {@link #SURE}; «нет данных» without one or when it cannot be read.
     */
    public static void printClerksCorrections(String url, String user, String password, PrintStream out) {
        ClerksCorrections.print(url, user, password, out);
    }

    private static String share(int right, int of) {
        return of == 0 ? "—" : String.format(Locale.ROOT, "%d/%d (%.0f%%)", right, of, 100.0 * right / of);
    }

    /** "r001.scan.pdf" is the scanned form of r001; other files are their extension's form. */
    private static String form(Path letter) {
        String name = letter.getFileName().toString();
        if (name.endsWith(".scan.pdf")) {
            return "scan";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "(none)" : name.substring(dot + 1);
    }

    private static Path answerOf(Path letter) {
        String name = letter.getFileName().toString().replaceFirst("\\.scan\\.pdf$", "");
        int dot = name.lastIndexOf('.');
        return letter.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".json");
    }
}
