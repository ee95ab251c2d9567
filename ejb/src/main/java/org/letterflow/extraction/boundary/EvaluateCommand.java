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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.letterflow.extraction.control.AnswerCheck;
import org.letterflow.extraction.control.ExtractionJson;
import org.letterflow.extraction.control.Extractor;
import org.letterflow.extraction.entity.LetterExtraction;

/**
 * {@code java -jar letterflow.jar evaluate FOLDER…}: extracts every letter in each folder that has
 * its expected answer beside it ({@code name.json} for {@code name.pdf}, {@code name.docx}, …) and
 * prints, a folder at a time, per-field precision and recall, and where the time went (reading
 * the file versus parsing its text), as Markdown tables for BENCHMARKS.md.
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            System.err.println("Использование: java -jar letterflow.jar evaluate ПАПКА…");
            System.exit(2);
        }
        ExecutorService threads = ExtractCommand.daemonThreads();
        Extractor extractor = ExtractCommand.extractor(threads);
        for (String folder : args) {
            evaluate(extractor, Path.of(folder), out);
        }
        threads.shutdownNow();
    }

    /** Evaluates the letters of one folder and prints their tables. */
    public static void evaluate(Extractor extractor, Path folder, PrintStream out) throws IOException {
        List<Path> letters;
        try (Stream<Path> files = Files.list(folder)) {
            letters = files.filter(f -> !f.toString().endsWith(".json") && Files.exists(answerOf(f))).sorted().toList();
        }
        Map<String, AnswerCheck.Score> total = new LinkedHashMap<>();
        Map<String, long[]> timeByType = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Path letter : letters) {
            LetterExtraction x = extractor.extract(Files.readAllBytes(letter), letter.getFileName().toString(), null, null);
            JsonObject expected = Json.createReader(new StringReader(Files.readString(answerOf(letter)))).readObject();
            Map<String, AnswerCheck.Score> scores = AnswerCheck.compare(expected, ExtractionJson.of(x, false, false).build());
            AnswerCheck.addTo(total, scores);
            scores.forEach((field, s) -> {
                if (s.wrong() + s.missed() > 0) {
                    misses.add(letter.getFileName() + ": " + field);
                }
            });
            long[] t = timeByType.computeIfAbsent(extension(letter), k -> new long[4]);
            t[0]++;
            t[1] += x.readingMillis();
            t[2] += x.parsingMillis();
            t[3] += x.pages() == null ? 0 : x.pages();
        }
        out.printf("%n### %s: %d letters%n%n| field | precision | recall | right | wrong | missed |%n|---|---|---|---|---|---|%n",
                folder, letters.size());
        for (String field : AnswerCheck.FIELDS) {
            AnswerCheck.Score s = total.getOrDefault(field, new AnswerCheck.Score(0, 0, 0));
            out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %d | %d | %d |%n", field, s.precision(), s.recall(), s.correct(),
                    s.wrong(), s.missed());
        }
        out.printf("%n| format | letters | pages | reading ms (Tika, PDFBox, OCR) | reading s/page | parsing ms | parsing share |%n"
                + "|---|---|---|---|---|---|---|%n");
        timeByType.forEach((type, t) -> out.printf(Locale.ROOT, "| %s | %d | %s | %d | %s | %d | %.1f%% |%n", type, t[0],
                t[3] == 0 ? "—" : String.valueOf(t[3]), t[1], t[3] == 0 ? "—" : String.format(Locale.ROOT, "%.2f", t[1] / 1000.0 / t[3]),
                t[2], 100.0 * t[2] / Math.max(1, t[1] + t[2])));
        if (!misses.isEmpty()) {
            out.printf("%nNot right: %s%n", String.join("; ", misses));
        }
    }

    private static Path answerOf(Path letter) {
        String name = letter.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return letter.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".json");
    }

    private static String extension(Path letter) {
        String name = letter.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "(none)" : name.substring(dot + 1);
    }
}
