package org.letterflow.extraction.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.letterflow.extraction.control.Confidence;
import org.letterflow.extraction.control.EvaluationTables;
import org.letterflow.extraction.control.ExtractionJson;
import org.letterflow.extraction.control.Extractor;
import org.letterflow.extraction.control.FormResult;
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
        EvaluationTables.printCalibration("every form read above", results, out);
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
                EvaluationTables.printForm(String.valueOf(folder.getFileName()), r, out);
                results.put(entry.getKey(), r);
            }
        }
        return results;
    }

    private static FormResult evaluate(Extractor extractor, String form, List<Path> letters) throws IOException {
        FormResult.Tally tally = new FormResult.Tally();
        for (Path letter : letters) {
            LetterExtraction x = extractor.extract(Files.readAllBytes(letter), letter.getFileName().toString(), null, null);
            JsonObject expected = Json.createReader(new StringReader(Files.readString(answerOf(letter)))).readObject();
            // the baseline reads the same text the extractor read, so a bad OCR costs both alike
            tally.add(letter.getFileName().toString(), expected, ExtractionJson.of(x, false, false).build(),
                    NaiveBaseline.answer(x.text() == null ? "" : x.text()), x.readingMillis(), x.parsingMillis(), x.pages());
        }
        return tally.result(form);
    }

    /**
     * What clerks kept of each proposed field in real use, read from a Letterflow database (JDBC
     * {@code url}), split at {@link Confidence#SURE}; «нет данных» without one or when it cannot be read.
     */
    public static void printClerksCorrections(String url, String user, String password, PrintStream out) {
        ClerksCorrections.print(url, user, password, out);
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
