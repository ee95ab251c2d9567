package org.letterflow.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.letterflow.extraction.boundary.EvaluateCommand;
import org.letterflow.extraction.boundary.ExtractCommand;
import org.letterflow.extraction.control.EvaluationTables;
import org.letterflow.extraction.control.Extractor;
import org.letterflow.extraction.control.FormResult;
import org.letterflow.extraction.control.LetterForms;

/**
 * Extraction's accuracy and speed on the evaluation corpus (src/test/resources/extraction-corpus):
 * every letter of the tuning and the held-out set is written as plain text, PDF, DOCX, ODT, RTF
 * and a scanned PDF, then read back through the same Extractor the application uses. Prints
 * per-field precision and recall for each set and form, letters per second on two threads for
 * text-layer PDF and DOCX, the share of time spent parsing versus reading (Tika, PDFBox), and
 * seconds per page of OCR; then the real letters ({@code ../shared/real-letters} beside the project) in
 * their four forms (txt, pdf, docx, scan) beside the naive regular expression; writes it all to
 * src/target/extraction-evaluation.md.
 *
 * <p>Run: {@code mvn -B -q -DskipTests install && mvn -B -q -pl src exec:java@evaluate}
 * (EVAL_FORMS=txt,pdf,docx,odt,rtf,scan picks forms; the scans take a few minutes).
 */
public final class ExtractionEvaluation {

    private static final Path CORPUS = Path.of(System.getProperty("corpus", "src/test/resources/extraction-corpus"));
    private static final Path WORK = Path.of(System.getProperty("work", "src/target/extraction-corpus"));

    private ExtractionEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        List<String> forms = List.of(System.getenv().getOrDefault("EVAL_FORMS", "txt,pdf,docx,odt,rtf,scan").split(","));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8);
        ExecutorService threads = ExtractCommand.daemonThreads();
        Extractor extractor = ExtractCommand.extractor(threads);
        out.printf("# Extraction evaluation%n%nCorpus: %s. Forms: %s. Java %s, %d cores.%n", CORPUS, String.join(", ", forms),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        List<FormResult> synthetic = new ArrayList<>();
        for (String set : List.of("tuning", "held-out")) {
            for (String form : forms) {
                synthetic.addAll(EvaluateCommand.evaluate(extractor, write(set, form.strip()), out).values());
            }
        }
        // the real letters (shared/real-letters beside the project), in the forms they come in, beside the naive baseline
        Path real = EvaluateCommand.realLetters(Path.of(""));
        if (real != null) {
            out.printf("%n## Real letters (%s)%n", real);
            List<FormResult> realResults = new ArrayList<>(
                    EvaluateCommand.evaluate(extractor, real, new java.util.HashSet<>(forms), out).values());
            EvaluationTables.printCalibration("real letters, " + String.join(", ", forms), realResults, out);
        } else {
            out.printf("%n## Real letters: not found (../shared/real-letters beside the project)%n");
        }
        EvaluationTables.printCalibration("synthetic corpus (tuning and held-out), " + String.join(", ", forms), synthetic, out);
        // real use beside the corpus: what clerks kept of each proposed field, from a Letterflow database when given one
        EvaluateCommand.printClerksCorrections(System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"), out);
        out.printf("%n## Letters per second, two threads (median of 5 passes over both sets)%n%n| form | letters/s |%n|---|---|%n");
        for (String form : List.of("pdf", "docx")) {
            if (forms.contains(form)) {
                out.printf(Locale.ROOT, "| %s | %.1f |%n", form, lettersPerSecond(extractor, form));
            }
        }
        threads.shutdownNow();
        String text = report.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolveSibling("extraction-evaluation.md"), text);
    }

    /** The set's letters in one form, each with its answer beside it, in a folder of their own. */
    private static Path write(String set, String form) throws IOException {
        Path folder = WORK.resolve(set).resolve(form);
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(CORPUS.resolve(set))) {
            for (Path txt : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replace(".txt", "");
                String text = Files.readString(txt);
                byte[] bytes = switch (form) {
                    case "txt" -> text.getBytes(StandardCharsets.UTF_8);
                    case "pdf" -> LetterForms.pdf(text);
                    case "docx" -> LetterForms.docx(text);
                    case "odt" -> LetterForms.odt(text);
                    case "rtf" -> LetterForms.rtf(text);
                    case "scan" -> LetterForms.scan(text);
                    default -> throw new IllegalArgumentException("No form " + form);
                };
                Files.write(folder.resolve(name + "." + (form.equals("scan") ? "pdf" : form)), bytes);
                Files.copy(txt.resolveSibling(name + ".json"), folder.resolve(name + ".json"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    private static double lettersPerSecond(Extractor extractor, String form) throws Exception {
        List<byte[]> letters = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String set : List.of("tuning", "held-out")) {
            try (Stream<Path> files = Files.list(WORK.resolve(set).resolve(form))) {
                for (Path f : files.filter(p -> p.toString().endsWith("." + form)).toList()) {
                    letters.add(Files.readAllBytes(f));
                    names.add(f.getFileName().toString());
                }
            }
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Double> rates = new ArrayList<>();
        try {
            for (int pass = 0; pass < 6; pass++) {
                long start = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < letters.size(); i++) {
                    int at = i;
                    done.add(two.submit(() -> extractor.extract(letters.get(at), names.get(at), null, null)));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                if (pass > 0) { // the first pass warms the JIT up
                    rates.add(letters.size() / ((System.nanoTime() - start) / 1e9));
                }
            }
        } finally {
            two.shutdownNow();
        }
        Collections.sort(rates);
        return rates.get(rates.size() / 2);
    }
}
