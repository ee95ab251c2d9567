package org.letterflow.document;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a file is and what it says: media type by content (Tika), pages of a PDF (PDFBox), text
 * for search (Tika). Never throws for a bad file: a broken, encrypted or hostile file is stored
 * all the same and flagged "текст не извлечён". Parsing runs on a managed thread with a time
 * limit; Tika's own limits bound zip bombs and nested XML, the handler bounds the text.
 */
@ApplicationScoped
public class FileAnalysis {

    private static final Logger LOG = Logger.getLogger(FileAnalysis.class.getName());

    /** What was found; {@code text} is null unless the status is EXTRACTED. */
    public record Result(String sha256, long size, String mediaType, Integer pages, String text, TextStatus status,
                         String problem) {
    }

    /** Whether the text of the file could be read. */
    public enum TextStatus { EXTRACTED, EMPTY, FAILED }

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final Parser parser = new AutoDetectParser();

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "letterflow.extraction.seconds", defaultValue = "60")
    int seconds;

    @Inject
    @ConfigProperty(name = "letterflow.extraction.max-characters", defaultValue = "2000000")
    int maxCharacters;

    public Result analyse(byte[] bytes, String fileName) {
        String type = mediaType(bytes, fileName);
        Integer pages = "application/pdf".equals(type) ? pdfPages(bytes) : null;
        String text;
        String problem = null;
        TextStatus status;
        try {
            text = extractText(bytes, fileName).strip();
            status = text.isEmpty() ? TextStatus.EMPTY : TextStatus.EXTRACTED;
        } catch (TimeoutException e) {
            text = null;
            status = TextStatus.FAILED;
            problem = "время извлечения текста истекло (" + seconds + " с)";
        } catch (Exception e) {
            text = null;
            status = TextStatus.FAILED;
            problem = "текст не извлечён: " + brief(e);
            LOG.log(Level.INFO, "No text from " + fileName + ": " + brief(e));
        }
        return new Result(FileStore.sha256(bytes), bytes.length, type, pages, text, status, problem);
    }

    /** By content first; the name only decides between types the bytes cannot tell apart. */
    public String mediaType(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static Integer pdfPages(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            return null;
        }
    }

    private String extractText(byte[] bytes, String fileName) throws Exception {
        Future<String> parsing = executor.submit(() -> parse(bytes, fileName));
        try {
            return parsing.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private String parse(byte[] bytes, String fileName) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(maxCharacters);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true); // recognition of scans belongs to extraction, not to registering a file
        context.set(TesseractOCRConfig.class, noOcr);
        context.set(Parser.class, parser);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            // the text was longer than we keep: what was read so far is enough for search
        }
        return handler.toString();
    }

    private static String brief(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
