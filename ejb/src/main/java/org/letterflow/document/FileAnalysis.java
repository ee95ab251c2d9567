package org.letterflow.document;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's document reader: the configured time and text limits, parsing on a managed
 * thread. Registration reads a stored file's text for search without OCR (recognising scans
 * belongs to extraction, which asks for it).
 */
@ApplicationScoped
public class FileAnalysis {

    /**
     * What registration keeps of a file; {@code text} is null unless the status is EXTRACTED;
     * {@code pageStarts} where each page begins in it (empty when the file has no pages to tell).
     */
    public record Result(String sha256, long size, String mediaType, Integer pages, String text, TextStatus status,
                         String problem, List<Integer> pageStarts) {
    }

    /** Whether the text of the file could be read. */
    public enum TextStatus { EXTRACTED, EMPTY, FAILED }

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "letterflow.extraction.seconds", defaultValue = "60")
    int seconds;

    @Inject
    @ConfigProperty(name = "letterflow.extraction.max-characters", defaultValue = "2000000")
    int maxCharacters;

    /** Parsings at once: each may hold a file, its text and PDFBox's and POI's buffers in memory. */
    @Inject
    @ConfigProperty(name = "letterflow.extraction.parallel", defaultValue = "2")
    int parallel;

    private DocumentReader reader;

    @PostConstruct
    void configure() {
        reader = new DocumentReader(executor, Duration.ofSeconds(seconds), maxCharacters, parallel);
    }

    public DocumentReader reader() {
        return reader;
    }

    public Result analyse(byte[] bytes, String fileName) {
        DocumentReader.Reading reading = reader.read(bytes, fileName, false, null);
        TextStatus status = reading.hasText() ? TextStatus.EXTRACTED
                : reading.problem() == null ? TextStatus.EMPTY : TextStatus.FAILED;
        return new Result(FileStore.sha256(bytes), bytes.length, reading.mediaType(), reading.pages(),
                reading.text(), status, reading.problem(), reading.hasText() ? reading.pageStarts() : List.of());
    }

    public String mediaType(byte[] bytes, String fileName) {
        return reader.mediaType(bytes, fileName);
    }
}
