package org.letterflow.extraction.control;

import java.time.LocalDate;
import java.util.function.IntConsumer;
import org.letterflow.document.DocumentReader;
import org.letterflow.extraction.entity.Extraction;
import org.letterflow.extraction.entity.LetterExtraction;

/**
 * From a file to its requisites: read the text (Tika, PDFBox, Tesseract for scans), then parse
 * it. Never throws for a bad file; the answer then carries an {@code error}. Plain Java: the
 * server and the command line use it alike.
 */
public final class Extractor {

    private final DocumentReader reader;
    private final WorkingCalendar calendar;

    public Extractor(DocumentReader reader, WorkingCalendar calendar) {
        this.reader = reader;
        this.calendar = calendar;
    }

    /**
     * {@code received} is the day the letter came in (relative deadlines count from it), null if
     * not known; {@code pageDone} hears each page finished, for progress.
     */
    public LetterExtraction extract(byte[] bytes, String fileName, LocalDate received, IntConsumer pageDone) {
        if (bytes.length == 0) {
            return new LetterExtraction(fileName, null, null, false, "файл пуст", null, null, 0, 0);
        }
        long start = System.nanoTime();
        DocumentReader.Reading reading = reader.read(bytes, fileName, true, pageDone);
        long read = System.nanoTime();
        if (!reading.hasText()) {
            String error = reading.problem() != null ? reading.problem() : "в файле нет текста";
            return new LetterExtraction(fileName, reading.mediaType(), reading.pages(), reading.recognised(), error,
                    reading.text(), null, millis(read - start), 0);
        }
        Extraction requisites;
        try {
            requisites = RequisiteParser.parse(reading.text(), received, calendar);
            if (reading.recognised()) {
                requisites = Confidence.recognised(requisites); // OCR may have mistaken any character
            }
        } catch (RuntimeException e) {
            // a parser bug must not cost the clerk the text: report it and let them fill the card by hand
            return new LetterExtraction(fileName, reading.mediaType(), reading.pages(), reading.recognised(),
                    "реквизиты не разобраны: " + e, reading.text(), null, millis(read - start), millis(System.nanoTime() - read));
        }
        return new LetterExtraction(fileName, reading.mediaType(), reading.pages(), reading.recognised(), reading.problem(),
                reading.text(), requisites, millis(read - start), millis(System.nanoTime() - read));
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
