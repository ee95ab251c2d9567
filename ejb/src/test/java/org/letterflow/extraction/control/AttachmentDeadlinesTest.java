package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.letterflow.document.DocumentReader;
import org.letterflow.document.TestFiles;
import org.letterflow.extraction.entity.Deadline;
import org.letterflow.extraction.entity.DeadlineSource;
import org.letterflow.extraction.entity.SourcedDeadline;

class AttachmentDeadlinesTest {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "attachment-deadlines-test");
        t.setDaemon(true);
        return t;
    });
    private static final DocumentReader READER = new DocumentReader(THREADS, Duration.ofSeconds(30), 2_000_000);
    private static final LocalDate LETTER = LocalDate.of(2027, 1, 20);

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    @Test
    void aScheduleOnPageTwoOfAPdfIsNamedByFileAndPage() {
        byte[] pdf = TestFiles.pagedPdf(
                "Приложение к письму министерства.\nСведения об учреждениях собраны в таблице на следующей странице.",
                "График представления отчётов\nОтчёт о приёме в первые классы представить до 15.03.2027.\n"
                        + "Сведения о выпускниках направить не позднее 10 апреля 2027 года.");
        DocumentReader.Reading reading = READER.read(pdf, "приложение.pdf", false, null);
        assertEquals(2, reading.pageStarts().size(), "a start for each page: " + reading.pageStarts());
        assertTrue(reading.text().substring(reading.pageStarts().get(1)).strip().startsWith("График"),
                "page 2 begins where its text does: " + reading.text().substring(reading.pageStarts().get(1)));

        AttachmentDeadlines.FileDeadlines found = AttachmentDeadlines.inFile("приложение.pdf", reading.text(),
                reading.pageStarts(), LETTER, null);

        assertEquals(List.of(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 4, 10)),
                found.deadlines().stream().map(SourcedDeadline::date).toList());
        assertEquals(new DeadlineSource("приложение.pdf", 2), found.deadlines().get(0).source());
        assertEquals("приложение.pdf, с. 2", found.deadlines().get(0).source().label());
        assertTrue(found.deadlines().get(0).sentence().contains("до 15.03.2027"));
        assertFalse(found.cutShort());
    }

    @Test
    void aDocxHasNoPagesSoItsDeadlinesNameTheFileAlone() {
        byte[] docx = TestFiles.docxText("График представления отчётов",
                "Отчёт по питанию представить до 25.02.2027.");
        DocumentReader.Reading reading = READER.read(docx, "график.docx", false, null);
        assertTrue(reading.pageStarts().isEmpty());

        AttachmentDeadlines.FileDeadlines found = AttachmentDeadlines.inFile("график.docx", reading.text(),
                reading.pageStarts(), LETTER, null);

        assertEquals(1, found.deadlines().size());
        assertEquals(new DeadlineSource("график.docx", null), found.deadlines().get(0).source());
        assertEquals("график.docx", found.deadlines().get(0).source().label());
    }

    @Test
    void aDateTheLetterItselfGivesComesOnceWithTheLetterAsSource() {
        List<Deadline> letterText = List.of(new Deadline(LocalDate.of(2027, 3, 15), "Просим представить до 15.03.2027.", 0, 30));
        AttachmentDeadlines.FileDeadlines pdf = new AttachmentDeadlines.FileDeadlines("приложение.pdf", List.of(
                new SourcedDeadline(LocalDate.of(2027, 3, 15), "до 15.03.2027", new DeadlineSource("приложение.pdf", 2)),
                new SourcedDeadline(LocalDate.of(2027, 4, 10), "до 10.04.2027", new DeadlineSource("приложение.pdf", 2))), false);
        AttachmentDeadlines.FileDeadlines docx = new AttachmentDeadlines.FileDeadlines("график.docx", List.of(
                new SourcedDeadline(LocalDate.of(2027, 4, 10), "до 10 апреля", new DeadlineSource("график.docx", null)),
                new SourcedDeadline(LocalDate.of(2027, 5, 1), "до 1 мая", new DeadlineSource("график.docx", null))), false);

        List<SourcedDeadline> merged = AttachmentDeadlines.merge(letterText, List.of(pdf, docx));

        assertEquals(List.of(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 4, 10), LocalDate.of(2027, 5, 1)),
                merged.stream().map(SourcedDeadline::date).toList());
        assertNull(merged.get(0).source(), "the letter's own text wins");
        assertTrue(merged.get(0).fromLetterText());
        assertEquals(new DeadlineSource("приложение.pdf", 2), merged.get(1).source(), "the first file that gives a date");
        assertEquals(new DeadlineSource("график.docx", null), merged.get(2).source());
    }

    @Test
    void datesAlreadyKeptAreNotProposedAgain() {
        AttachmentDeadlines.FileDeadlines pdf = new AttachmentDeadlines.FileDeadlines("приложение.pdf", List.of(
                new SourcedDeadline(LocalDate.of(2027, 3, 15), "до 15.03.2027", new DeadlineSource("приложение.pdf", 2)),
                new SourcedDeadline(LocalDate.of(2027, 4, 10), "до 10.04.2027", new DeadlineSource("приложение.pdf", 3))), false);

        List<SourcedDeadline> proposed = AttachmentDeadlines.proposals(List.of(LocalDate.of(2027, 3, 15)), List.of(pdf));

        assertEquals(List.of(LocalDate.of(2027, 4, 10)), proposed.stream().map(SourcedDeadline::date).toList());
    }

    @Test
    void aLongFileIsReadForDeadlinesOnlyToItsPageLimitAndSaysSo() {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new java.util.ArrayList<>();
        for (int page = 1; page <= 300; page++) {
            starts.add(text.length());
            text.append("Страница ").append(page).append(". Отчёт представить до ").append(String.format("%02d", page % 28 + 1))
                    .append(".").append(String.format("%02d", page % 12 + 1)).append(".2027.\n");
        }

        AttachmentDeadlines.FileDeadlines found = AttachmentDeadlines.inFile("толстое.pdf", text.toString(), starts, LETTER, null);

        assertTrue(found.cutShort(), "a 300-page file is read in part");
        assertFalse(found.deadlines().isEmpty());
        assertTrue(found.deadlines().stream().allMatch(d -> d.source().page() <= AttachmentDeadlines.MAX_PAGES),
                "nothing past the page limit");
        assertEquals(1, found.deadlines().get(0).source().page());
    }

    @Test
    void pagesAreCountedFromOneAndUnknownWithoutStarts() {
        assertEquals(1, AttachmentDeadlines.pageOf(0, List.of(0, 100, 200)));
        assertEquals(1, AttachmentDeadlines.pageOf(99, List.of(0, 100, 200)));
        assertEquals(2, AttachmentDeadlines.pageOf(100, List.of(0, 100, 200)));
        assertEquals(3, AttachmentDeadlines.pageOf(5000, List.of(0, 100, 200)));
        assertNull(AttachmentDeadlines.pageOf(10, List.of()));
    }
}
