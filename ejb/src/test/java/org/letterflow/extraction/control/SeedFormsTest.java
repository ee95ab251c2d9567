package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterflow.document.DocumentReader;
import org.letterflow.extraction.entity.LetterExtraction;

/**
 * The seed letters as a PDF with a text layer, a DOCX and a scanned PDF: read through Tika,
 * PDFBox and Tesseract, every field must still equal the hand-written answer.
 */
@Tag("slow") // the seed letters' scans go through OCR: minutes; out of the inner loop (-DexcludedGroups=slow), always in mvn verify
class SeedFormsTest {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool();
    private static final Extractor EXTRACTOR = new Extractor(new DocumentReader(THREADS, Duration.ofMinutes(5), 2_000_000),
            WorkingCalendar.russian());

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    private static void check(String seed, byte[] file, String name) throws IOException {
        LetterExtraction x = EXTRACTOR.extract(file, name, null, null);
        assertNull(x.error(), name + ": " + x.error());
        assertEquals("", SeedLetters.differences(SeedLetters.answer(seed), ExtractionJson.of(x, false, false).build()),
                name + " read as:\n" + x.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"minprosvescheniya-2021-01-12-10-1", "minprosvescheniya-2021-01-14-02-5",
            "tomsk-2021-01-15-57-0144", "irkutsk-2025-01-10-02-55-97-25", "tatarstan-2023-04-28-1871-23-D"})
    void textPdfDocxAndScan(String seed) throws IOException {
        String text = SeedLetters.text(seed);
        check(seed, text.getBytes(StandardCharsets.UTF_8), seed + ".txt");
        check(seed, LetterForms.pdf(text), seed + ".pdf");
        check(seed, LetterForms.docx(text), seed + ".docx");
        assertTrue(DocumentReader.tesseractInstalled(),
                "Tesseract is needed for scanned letters: apt-get install tesseract-ocr tesseract-ocr-rus (.ci/run does)");
        check(seed, LetterForms.scan(text), seed + "-scan.pdf");
    }
}
