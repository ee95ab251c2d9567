package org.letterflow.document;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * What a file is and what it says, read with Tika (media type by content, text of PDF, DOCX, DOC,
 * ODT, RTF and plain text) and PDFBox (pages), and where asked and installed, Tesseract for scanned
 * pages in Russian. Never throws for a bad file: binary garbage, an encrypted PDF, a zip bomb or
 * nested XML give a reading with a {@code problem}. The parse runs on the given executor under a
 * time limit; Tika's own limits bound zip bombs and entity expansion, the handler bounds the text.
 * Plain Java, so the server and the command line read files the same way.
 */
public final class DocumentReader {

    /**
     * What was read. {@code text} is null for a file with no text; {@code problem} says why when
     * the file could not be read at all (and is null for a readable file that is simply empty).
     */
    public record Reading(String mediaType, Integer pages, String text, boolean recognised, String problem) {

        public boolean hasText() {
            return text != null && !text.isBlank();
        }
    }

    private static final Logger LOG = Logger.getLogger(DocumentReader.class.getName());
    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    private static final Parser PARSER = new AutoDetectParser();
    /** Fewer letters than this a page and a PDF is a scan, not a text. */
    private static final int LETTERS_PER_TEXT_PAGE = 40;

    private final ExecutorService executor;
    private final Duration limit;
    private final int maxCharacters;
    private final boolean recognition;

    public DocumentReader(ExecutorService executor, Duration limit, int maxCharacters) {
        this(executor, limit, maxCharacters, tesseractInstalled());
    }

    private DocumentReader(ExecutorService executor, Duration limit, int maxCharacters, boolean recognition) {
        this.executor = executor;
        this.limit = limit;
        this.maxCharacters = maxCharacters;
        this.recognition = recognition;
    }

    /** The same reader as on a machine without Tesseract. */
    public DocumentReader withoutRecognition() {
        return new DocumentReader(executor, limit, maxCharacters, false);
    }

    /** Whether the {@code tesseract} program is on the PATH: without it scans stay unread. */
    public static boolean tesseractInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, "tesseract").canExecute()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a file. With {@code recognise}, image-only pages are recognised by Tesseract where it is
     * installed, and {@code pageDone} hears the number of each page as it is finished.
     */
    public Reading read(byte[] bytes, String fileName, boolean recognise, IntConsumer pageDone) {
        String type = mediaType(bytes, fileName);
        Integer pages = "application/pdf".equals(type) ? pdfPages(bytes) : null;
        boolean ocr = recognise && recognition && (type.equals("application/pdf") || type.startsWith("image/"));
        try {
            Parsed parsed = parse(bytes, fileName, ocr, pageDone);
            String text = parsed.text().strip();
            if (recognise && !ocr && looksScanned(type, text, pages)) {
                return new Reading(type, pages, text.isEmpty() ? null : text, false,
                        "нужно распознавание: в файле нет текстового слоя, а Tesseract не установлен");
            }
            boolean recognised = ocr && (type.startsWith("image/") || parsed.recognisedPages() > 0);
            return new Reading(type, pages, text.isEmpty() ? null : text, recognised, null);
        } catch (TimeoutException e) {
            return new Reading(type, pages, null, ocr, "время чтения файла истекло (" + limit.toSeconds() + " с)");
        } catch (Exception e) {
            return new Reading(type, pages, null, ocr, "файл не прочитан: " + why(e, fileName));
        }
    }

    /** By content first; the name only decides between types the bytes cannot tell apart. */
    public String mediaType(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return DETECTOR.detect(in, metadata).getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static boolean looksScanned(String type, String text, Integer pages) {
        if (type.startsWith("image/")) {
            return true;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        return "application/pdf".equals(type) && letters < (long) LETTERS_PER_TEXT_PAGE * Math.max(1, pages == null ? 1 : pages);
    }

    /** The pages of a PDF, or null when it cannot be opened. */
    public static Integer pdfPages(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            return null;
        }
    }

    /** The text, and how many PDF pages Tika sent to Tesseract for it. */
    private record Parsed(String text, int recognisedPages) {
    }

    private Parsed parse(byte[] bytes, String fileName, boolean ocr, IntConsumer pageDone) throws Exception {
        Future<Parsed> parsing = executor.submit(() -> parseNow(bytes, fileName, ocr, pageDone));
        try {
            return parsing.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private Parsed parseNow(byte[] bytes, String fileName, boolean ocr, IntConsumer pageDone) throws Exception {
        BodyContentHandler body = new BodyContentHandler(maxCharacters);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        ParseContext context = new ParseContext();
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        if (ocr) {
            tesseract.setLanguage("rus");
            tesseract.setTimeoutSeconds((int) Math.max(1, limit.toSeconds()));
        } else {
            tesseract.setSkipOcr(true);
        }
        context.set(TesseractOCRConfig.class, tesseract);
        context.set(Parser.class, PARSER);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            PARSER.parse(in, new PageCounter(body, pageDone), metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            // longer than we keep: what was read so far is the letter, the rest is appendices
        }
        Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
        return new Parsed(body.toString(), ocrPages == null ? 0 : ocrPages);
    }

    /** Tika marks each PDF page as {@code <div class="page">}: the end of one is a page done. */
    private static final class PageCounter extends ContentHandlerDecorator {

        private final IntConsumer pageDone;
        private int depth;
        private int pageDepth = -1;
        private int pages;

        PageCounter(BodyContentHandler body, IntConsumer pageDone) {
            super(body);
            this.pageDone = pageDone;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            depth++;
            if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
                pageDepth = depth;
            }
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            if (depth == pageDepth && pageDone != null) {
                pageDone.accept(++pages);
                pageDepth = -1;
            }
            depth--;
            super.endElement(uri, localName, name);
        }
    }

    /** What went wrong, in words for a clerk; the technical cause goes to the log. */
    private static String why(Throwable e, String fileName) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" / ");
        }
        LOG.info(() -> "Not read: " + fileName + ": " + chain);
        String all = chain.toString().toLowerCase(java.util.Locale.ROOT);
        if (all.contains("password") || all.contains("encrypted")) {
            return "файл защищён паролем";
        }
        if (all.contains("zip bomb") || all.contains("zipbomb") || all.contains("max_depth") || all.contains("inflat")
                || all.contains("ratio")) {
            return "файл похож на «zip-бомбу» (слишком сильно сжат) и не будет прочитан";
        }
        if (all.contains("entity") || all.contains("depth") || all.contains("nesting") || all.contains("doctype")) {
            return "в файле опасная XML-разметка (разрастание сущностей или слишком глубокая вложенность)";
        }
        return "файл повреждён или его формат не поддерживается";
    }
}
