package org.letterflow.document;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
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
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.letterflow.platform.Text;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * What a file is and what it says, read with Tika (media type by content, text of PDF, DOCX, DOC,
 * ODT, RTF and plain text) and PDFBox (pages), and where asked and installed, Tesseract for scanned
 * pages in Russian. Never throws for a bad file: binary garbage, an encrypted PDF, a zip bomb or
 * nested XML give a reading with a {@code problem}. The parse runs on the given executor under a
 * time limit; Tika's own limits bound zip bombs and entity expansion, the handler bounds the text.
 * Plain Java, so the server and the command line read files the same way.
 *
 * <p>Memory is bounded because the files come from strangers: at most {@code parallel} parsings run
 * at once (a caller waits its turn up to the time limit), an office file's zip entries may not
 * inflate more than {@link #MAX_INFLATION} times nor beyond {@link #MAX_ZIP_ENTRY} bytes, a PDF
 * keeps at most {@link #PDF_MEMORY} of decoded streams in memory and spills the rest to a scratch
 * file of at most {@link #PDF_SCRATCH}, and its pages are counted by walking the page tree up to
 * {@link #MAX_PAGES}, never taken from the count the file claims.
 */
public final class DocumentReader {

    /**
     * What was read. {@code text} is null for a file with no text; {@code problem} says why when
     * the file could not be read at all (and is null for a readable file that is simply empty).
     * {@code pageStarts} holds, for a file with pages (PDF), where each page's text begins in
     * {@code text} (first page first); it is empty when the file does not mark its pages (DOCX).
     */
    public record Reading(String mediaType, Integer pages, String text, boolean recognised, String problem,
                          List<Integer> pageStarts) {

        public Reading {
            pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
        }

        public Reading(String mediaType, Integer pages, String text, boolean recognised, String problem) {
            this(mediaType, pages, text, recognised, problem, List.of());
        }

        public boolean hasText() {
            return text != null && !text.isBlank();
        }
    }

    private static final Logger LOG = Logger.getLogger(DocumentReader.class.getName());
    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    private static final Parser PARSER = new AutoDetectParser();
    /** Fewer letters than this a page and a PDF is a scan, not a text. */
    private static final int LETTERS_PER_TEXT_PAGE = 40;
    /** A PDF with more pages than this is not a letter; its pages are not counted further. */
    public static final int MAX_PAGES = 5_000;
    /** Zip entries of an office file may inflate at most this many times (POI's ratio is its inverse). */
    static final int MAX_INFLATION = 100;
    static final long MAX_ZIP_ENTRY = 200L * 1024 * 1024;
    static final long MAX_ZIP_TEXT = 20L * 1024 * 1024;
    static final long PDF_MEMORY = 32L * 1024 * 1024;
    static final long PDF_SCRATCH = 512L * 1024 * 1024;

    static {
        // POI's limits are process-wide; the defaults let one entry inflate to 4 GB
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATION);
        ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY);
        ZipSecureFile.setMaxTextSize(MAX_ZIP_TEXT);
    }

    private final ExecutorService executor;
    private final Duration limit;
    private final int maxCharacters;
    private final boolean recognition;
    /** Shared by the copies {@link #withoutRecognition} makes: one budget for the process. */
    private final Semaphore parsings;

    /** A reader that runs at most two parsings at once. */
    public DocumentReader(ExecutorService executor, Duration limit, int maxCharacters) {
        this(executor, limit, maxCharacters, 2);
    }

    public DocumentReader(ExecutorService executor, Duration limit, int maxCharacters, int parallel) {
        this(executor, limit, maxCharacters, tesseractInstalled(), new Semaphore(Math.max(1, parallel), true));
    }

    private DocumentReader(ExecutorService executor, Duration limit, int maxCharacters, boolean recognition,
                           Semaphore parsings) {
        this.executor = executor;
        this.limit = limit;
        this.maxCharacters = maxCharacters;
        this.recognition = recognition;
        this.parsings = parsings;
    }

    /** The same reader as on a machine without Tesseract. */
    public DocumentReader withoutRecognition() {
        return new DocumentReader(executor, limit, maxCharacters, false, parsings);
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
        boolean ocr = recognise && recognition && (type.equals("application/pdf") || type.startsWith("image/"));
        Runnable done = turn();
        if (done == null) {
            return new Reading(type, null, null, false, Text.READING_BUSY.format());
        }
        Integer pages;
        try {
            pages = "application/pdf".equals(type) ? pdfPages(bytes) : null;
        } catch (RuntimeException e) {
            done.run();
            throw e;
        }
        if (pages != null && pages > MAX_PAGES) {
            done.run();
            return new Reading(type, pages, null, false, Text.READING_TOO_MANY_PAGES.format(MAX_PAGES));
        }
        try {
            Parsed parsed = parse(bytes, fileName, ocr, pageDone, done);
            String text = parsed.text().strip();
            List<Integer> pageStarts = shifted(parsed.pageStarts(), parsed.text(), text);
            if (recognise && !ocr && looksScanned(type, text, pages)) {
                return new Reading(type, pages, text.isEmpty() ? null : text, false,
                        Text.READING_NEEDS_OCR.format(), pageStarts);
            }
            boolean recognised = ocr && (type.startsWith("image/") || parsed.recognisedPages() > 0);
            return new Reading(type, pages, text.isEmpty() ? null : text, recognised, null, pageStarts);
        } catch (TimeoutException e) {
            return new Reading(type, pages, null, ocr, Text.READING_TIMED_OUT.format(limit.toSeconds()));
        } catch (Exception e) {
            return new Reading(type, pages, null, ocr, Text.READING_FAILED.format(why(e, fileName)));
        }
    }

    /** Page starts in the parsed text moved to the stripped one: less its leading blanks, none past its end. */
    private static List<Integer> shifted(List<Integer> starts, String parsed, String stripped) {
        int lead = parsed.length() - parsed.stripLeading().length();
        List<Integer> moved = new ArrayList<>();
        for (int start : starts) {
            int at = Math.max(0, start - lead);
            if (at > stripped.length()) {
                break; // the text was cut at its limit before this page
            }
            moved.add(at);
        }
        return moved;
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

    /**
     * Waits up to the time limit for one of the parsings allowed at once; returns what ends the turn
     * (safe to call more than once), or null when no turn came.
     */
    private Runnable turn() {
        try {
            if (!parsings.tryAcquire(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        AtomicBoolean ended = new AtomicBoolean();
        return () -> {
            if (ended.compareAndSet(false, true)) {
                parsings.release();
            }
        };
    }

    /**
     * The pages of a PDF, or null when it cannot be opened: counted in its page tree, never the count
     * the file claims, and no further than one past {@link #MAX_PAGES}.
     */
    public static Integer pdfPages(byte[] bytes) {
        try (PDDocument document = loadPdf(bytes)) {
            int pages = 0;
            for (PDPage ignored : document.getPages()) {
                if (++pages > MAX_PAGES) {
                    break;
                }
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            // PDFBox answers some broken page trees with runtime exceptions: the file is unreadable all the same
            return null;
        }
    }

    /** A PDF opened with its decoded streams bounded in memory and spilled to a capped scratch file. */
    public static PDDocument loadPdf(byte[] bytes) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMixed(PDF_MEMORY, PDF_SCRATCH).streamCache);
    }

    /** The text, and how many PDF pages Tika sent to Tesseract for it, and where each page began. */
    private record Parsed(String text, int recognisedPages, List<Integer> pageStarts) {
    }

    /** Parses on the executor; the turn ends when the parsing does, even one abandoned for its time. */
    private Parsed parse(byte[] bytes, String fileName, boolean ocr, IntConsumer pageDone, Runnable done) throws Exception {
        AtomicBoolean begun = new AtomicBoolean(); // by the parsing, or by a caller who stopped waiting for it
        Future<Parsed> parsing;
        try {
            parsing = executor.submit(() -> {
                if (!begun.compareAndSet(false, true)) {
                    throw new TimeoutException("abandoned before it began");
                }
                try {
                    return parseNow(bytes, fileName, ocr, pageDone);
                } finally {
                    done.run();
                }
            });
        } catch (RuntimeException e) {
            done.run();
            throw e;
        }
        try {
            return parsing.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true);
            if (begun.compareAndSet(false, true)) {
                done.run(); // it had not begun and never will: the turn ends here
            }
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
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setMaxMainMemoryBytes(PDF_MEMORY);
        context.set(PDFParserConfig.class, pdf);
        context.set(Parser.class, PARSER);
        PageCounter counter = new PageCounter(body, pageDone);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            PARSER.parse(in, counter, metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            // longer than we keep: what was read so far is the letter, the rest is appendices
        }
        Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
        return new Parsed(body.toString(), ocrPages == null ? 0 : ocrPages, counter.starts);
    }

    /**
     * Tika marks each PDF page as {@code <div class="page">}: the end of one is a page done, and the
     * characters of the body written before its start are where its text begins.
     */
    private static final class PageCounter extends ContentHandlerDecorator {

        private final IntConsumer pageDone;
        private final List<Integer> starts = new ArrayList<>();
        private int depth;
        private int pageDepth = -1;
        private int pages;
        private int bodyDepth = -1;
        private int written;

        PageCounter(BodyContentHandler body, IntConsumer pageDone) {
            super(body);
            this.pageDone = pageDone;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            depth++;
            if ("body".equals(localName) && bodyDepth == -1) {
                bodyDepth = depth;
            }
            if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
                pageDepth = depth;
                starts.add(written);
            }
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            count(length);
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            count(length);
            super.ignorableWhitespace(ch, start, length);
        }

        /** Only the body's characters reach the text (the head's title does not). */
        private void count(int length) {
            if (bodyDepth >= 0 && depth >= bodyDepth) {
                written += length;
            }
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            if (depth == pageDepth) {
                pages++;
                if (pageDone != null) {
                    pageDone.accept(pages);
                }
                pageDepth = -1;
            }
            if (depth == bodyDepth) {
                bodyDepth = -2; // the body is over: nothing after it is written
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
            return Text.READING_PASSWORD.format();
        }
        if (all.contains("zip bomb") || all.contains("zipbomb") || all.contains("max_depth") || all.contains("inflat")
                || all.contains("ratio")) {
            return Text.READING_ZIP_BOMB.format();
        }
        if (all.contains("entity") || all.contains("depth") || all.contains("nesting") || all.contains("doctype")) {
            return Text.READING_HOSTILE_XML.format();
        }
        return Text.READING_DAMAGED.format();
    }
}
