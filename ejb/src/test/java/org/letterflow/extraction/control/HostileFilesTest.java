package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.document.DocumentReader;
import org.letterflow.document.TestFiles;
import org.letterflow.extraction.entity.LetterExtraction;

/**
 * Files sent to break the extraction: each gives an answer with a clear {@code error} (or, where
 * the file is merely odd, a partial reading), never an exception, within the time limit.
 */
@Tag("slow") // hostile files are read to their limits: seconds each; out of the inner loop (-DexcludedGroups=slow), always in mvn verify
class HostileFilesTest {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    });
    private static final Extractor EXTRACTOR = new Extractor(new DocumentReader(THREADS, Duration.ofSeconds(30), 2_000_000),
            WorkingCalendar.russian());

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[256 * 1024];
        new Random(7).nextBytes(garbage);
        LetterExtraction x = EXTRACTOR.extract(garbage, "письмо.pdf", null, null);
        assertNotNull(x.error());
        assertNull(x.requisites());
    }

    @Test
    void anEmptyFile() {
        assertEquals("файл пуст", EXTRACTOR.extract(new byte[0], "письмо.docx", null, null).error());
    }

    @Test
    void aZipBombDocx() {
        LetterExtraction x = EXTRACTOR.extract(TestFiles.zipBombDocx(), "bomb.docx", null, null);
        assertEquals("файл не прочитан: файл похож на «zip-бомбу» (слишком сильно сжат) и не будет прочитан", x.error());
    }

    @Test
    void billionLaughsInADocx() {
        LetterExtraction x = EXTRACTOR.extract(TestFiles.billionLaughsDocx(), "laughs.docx", null, null);
        assertTrue(x.text() == null || x.text().length() < 10_000, "entities must not be expanded");
        assertEquals("файл не прочитан: в файле опасная XML-разметка (разрастание сущностей или слишком глубокая вложенность)",
                x.error());
    }

    @Test
    void billionLaughsInAnOdt() {
        LetterExtraction x = EXTRACTOR.extract(TestFiles.billionLaughsOdt(), "laughs.odt", null, null);
        assertTrue(x.text() == null || x.text().length() < 10_000, "entities must not be expanded");
        assertEquals("файл не прочитан: в файле опасная XML-разметка (разрастание сущностей или слишком глубокая вложенность)",
                x.error());
    }

    @Test
    void anEncryptedPdf() {
        LetterExtraction x = EXTRACTOR.extract(TestFiles.encryptedPdf("10.01.2025 № 02-55-97/25"), "secret.pdf", null, null);
        assertNotNull(x.error());
        assertEquals("файл не прочитан: файл защищён паролем", x.error());
    }

    @Test
    void aTwoThousandPagePdfIsReadOrStoppedInTime() {
        byte[] pdf = TestFiles.longPdf(2000);
        LetterExtraction x = EXTRACTOR.extract(pdf, "long.pdf", null, null);
        assertEquals(2000, x.pages());
        // either read within the limit (and then the text is capped) or stopped by it; both say so plainly
        assertTrue(x.error() == null ? x.text().contains("Страница 2000") || x.text().length() <= 2_000_000
                : x.error().startsWith("время чтения файла истекло"), String.valueOf(x.error()));
    }

    @Test
    void aScanWithoutTesseractAsksForRecognition() throws IOException {
        Extractor blind = new Extractor(new DocumentReader(THREADS, Duration.ofSeconds(30), 2_000_000).withoutRecognition(),
                WorkingCalendar.russian());
        LetterExtraction x = blind.extract(LetterForms.scan("12.01.2021 № 10-1\n\nОб информационном взаимодействии"),
                "scan.pdf", null, null);
        assertFalse(x.recognised());
        assertTrue(x.error().startsWith("нужно распознавание"), x.error());
    }

    @Test
    void aReadingThatRunsOverTheTimeLimitIsStopped() throws IOException {
        Extractor hurried = new Extractor(new DocumentReader(THREADS, Duration.ofSeconds(1), 2_000_000),
                WorkingCalendar.russian());
        String page = "Уважаемые коллеги!\n" + "Просим представить сведения в срок до 5 мая 2023 года.\n".repeat(40);
        LetterExtraction x = hurried.extract(LetterForms.scan(page.repeat(6)), "scan.pdf", null, null);
        assertEquals("время чтения файла истекло (1 с)", x.error());
    }

    @Test
    void plainTextInWindows1251IsReadToo() {
        String letter = "12.01.2021 № 10-1\n\nОб информационном взаимодействии\n";
        LetterExtraction x = EXTRACTOR.extract(letter.getBytes(java.nio.charset.Charset.forName("windows-1251")), "письмо.txt",
                null, null);
        assertNull(x.error());
        assertEquals("10-1", x.requisites().number());
        assertEquals("Об информационном взаимодействии", x.requisites().subject());
        assertEquals(letter.strip(), x.text().strip(), new String(letter.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
