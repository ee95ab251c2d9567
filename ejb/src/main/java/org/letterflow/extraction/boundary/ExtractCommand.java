package org.letterflow.extraction.boundary;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.letterflow.document.DocumentReader;
import org.letterflow.extraction.control.ExtractionJson;
import org.letterflow.extraction.control.Extractor;
import org.letterflow.extraction.control.WorkingCalendar;
import org.letterflow.extraction.entity.LetterExtraction;

/**
 * {@code java -jar letterflow.jar extract [--received=YYYY-MM-DD] FILE…}: one JSON object a file
 * on standard output (JSON Lines), in the order given. A file that cannot be read still gets its
 * line, with an {@code error}; the exit code is 0 unless the command itself was misused (2).
 * Limits: LETTERFLOW_EXTRACTION_SECONDS a file (default 60), LETTERFLOW_UPLOAD_MAX_BYTES (50 MB).
 */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        LocalDate received = null;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--received=")) {
                try {
                    received = LocalDate.parse(arg.substring("--received=".length()));
                } catch (DateTimeParseException e) {
                    err.println("--received ждёт дату в виде ГГГГ-ММ-ДД: " + arg);
                    return 2;
                }
            } else if (arg.startsWith("--")) {
                err.println("Неизвестный параметр " + arg);
                return 2;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            err.println("Использование: java -jar letterflow.jar extract [--received=ГГГГ-ММ-ДД] ФАЙЛ…");
            return 2;
        }
        ExecutorService threads = daemonThreads();
        Extractor extractor = extractor(threads);
        long maxBytes = Long.parseLong(env("LETTERFLOW_UPLOAD_MAX_BYTES", "52428800"));
        for (Path file : files) {
            out.println(extract(extractor, file, received, maxBytes));
        }
        threads.shutdownNow();
        return 0;
    }

    /** Threads for reading files; daemons, so a parse that ran over its time limit cannot keep a command alive. */
    public static ExecutorService daemonThreads() {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "extraction");
            t.setDaemon(true);
            return t;
        });
    }

    /** The extractor the commands use, with the limits from the environment. */
    public static Extractor extractor(ExecutorService threads) {
        int seconds = Integer.parseInt(env("LETTERFLOW_EXTRACTION_SECONDS", "60"));
        int characters = Integer.parseInt(env("LETTERFLOW_EXTRACTION_MAX_CHARACTERS", "2000000"));
        return new Extractor(new DocumentReader(threads, Duration.ofSeconds(seconds), characters), WorkingCalendar.russian());
    }

    static JsonObject extract(Extractor extractor, Path file, LocalDate received, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return failed(file.toString(), "файл больше допустимых " + maxBytes + " байт");
            }
            return ExtractionJson.of(extractor.extract(Files.readAllBytes(file), file.toString(), received, null), true, false)
                    .build();
        } catch (NoSuchFileException e) {
            return failed(file.toString(), "файл не найден");
        } catch (IOException | RuntimeException e) {
            return failed(file.toString(), "файл не прочитан: " + e.getMessage());
        }
    }

    private static JsonObject failed(String file, String error) {
        return ExtractionJson.of(new LetterExtraction(file, null, null, false, error, null, null, 0, 0), true, false).build();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
