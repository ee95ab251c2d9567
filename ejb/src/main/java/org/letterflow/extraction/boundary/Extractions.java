package org.letterflow.extraction.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.letterflow.document.DocumentReader;
import org.letterflow.document.FileAnalysis;
import org.letterflow.document.UploadLimit;
import org.letterflow.extraction.control.ExtractionJob;
import org.letterflow.extraction.control.ExtractionJobs;
import org.letterflow.extraction.control.Extractor;
import org.letterflow.extraction.control.WorkingCalendar;
import org.letterflow.extraction.entity.ExtractionReview;
import org.letterflow.extraction.entity.LetterDeadline;
import org.letterflow.extraction.entity.LetterExtraction;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
import org.letterflow.registration.boundary.Letters;

/**
 * Extraction for the people who register letters: a file's requisites at once, or for a large
 * file in the background with progress; the due dates kept for a letter; and the record of what
 * clerks kept of each proposed field, which is extraction's accuracy in real use.
 */
@Stateless
@RolesAllowed({"CLERK", "EXECUTOR", "EXECUTIVE"})
public class Extractions {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.russian();

    /** A field as proposed and as kept on the card. */
    public record FieldReview(String field, String proposed, String kept, Double confidence) {
        /** Read from requests: Payara's Yasson needs the constructor named (see JsonbConfiguration). */
        @JsonbCreator
        public FieldReview {
        }
    }

    /** For one field: how often it was proposed and how often kept unchanged. */
    public record FieldAccuracy(String field, long proposed, long kept) {
    }

    /** A due date to keep: confirmed from extraction, or entered by hand. */
    public record DueDate(LocalDate date, String said, String relative, boolean extracted) {
        /** Read from requests: Payara's Yasson needs the constructor named (see JsonbConfiguration). */
        @JsonbCreator
        public DueDate {
        }
    }

    @Inject
    FileAnalysis analysis;

    @Inject
    ExtractionJobs jobs;

    @Inject
    UploadLimit uploadLimit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Letters letters;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    private Extractor extractor;

    @PostConstruct
    void prepare() {
        extractor = new Extractor(analysis.reader(), CALENDAR);
    }

    /** Reads a file now; {@code received} null means today in the clerk's organisation. */
    public LetterExtraction extract(byte[] bytes, String fileName, LocalDate received) {
        uploadLimit.check(bytes.length);
        return extractor.extract(bytes, fileName, receivedOrToday(received), null);
    }

    /** Reads a file on a background thread; {@link #job} tells how far it got. */
    public ExtractionJob start(byte[] bytes, String fileName, LocalDate received) {
        uploadLimit.check(bytes.length);
        Integer pages = "application/pdf".equals(analysis.mediaType(bytes, fileName)) ? DocumentReader.pdfPages(bytes) : null;
        return jobs.start(extractor, currentUser.get().getLogin(), bytes, fileName, pages, receivedOrToday(received),
                clock.instant());
    }

    public ExtractionJob job(String id) {
        return jobs.find(id, currentUser.get().getLogin())
                .orElseThrow(() -> BusinessException.notFound("Распознавание " + id + " не найдено (или уже забыто)"));
    }

    /** Keeps due dates for a letter the caller may read, beside those it already has. */
    public List<LetterDeadline> keepDeadlines(long letterId, List<DueDate> dates) {
        letters.find(letterId);
        Instant now = clock.instant();
        String who = currentUser.get().getLogin();
        for (DueDate d : dates) {
            if (d.date() == null) {
                throw BusinessException.invalid("date", "У срока нет даты");
            }
            em.persist(new LetterDeadline(letterId, d.date(), d.said(), d.relative(), d.extracted(), who, now));
        }
        em.flush();
        return deadlines(letterId);
    }

    /** Anyone who may read the letter may see its due dates. */
    @PermitAll
    public List<LetterDeadline> deadlines(long letterId) {
        letters.find(letterId);
        return em.createQuery("select d from LetterDeadline d where d.letterId = :letter order by d.dueOn, d.id",
                LetterDeadline.class).setParameter("letter", letterId).getResultList();
    }

    /** Records, for a letter registered from an extraction, what was proposed and what was kept. */
    public void review(long letterId, List<FieldReview> fields) {
        letters.find(letterId);
        Instant now = clock.instant();
        for (FieldReview f : fields) {
            if (f.field() == null || f.field().isBlank() || f.field().length() > 40) {
                throw BusinessException.invalid("field", "Укажите поле карточки (до 40 знаков)");
            }
            em.persist(new ExtractionReview(currentUser.organisationId(), letterId, f.field(), f.proposed(), f.kept(),
                    f.confidence(), currentUser.get().getLogin(), now));
        }
    }

    /** For the caller's organisation: per field, proposals and how many the clerks kept unchanged. */
    public List<FieldAccuracy> accuracy() {
        Map<String, long[]> counts = new TreeMap<>();
        em.createQuery("select r from ExtractionReview r where r.organisationId = :org", ExtractionReview.class)
                .setParameter("org", currentUser.organisationId()).getResultStream().forEach(r -> {
                    long[] c = counts.computeIfAbsent(r.getField(), k -> new long[2]);
                    c[0]++;
                    if (r.accepted()) {
                        c[1]++;
                    }
                });
        return counts.entrySet().stream().map(e -> new FieldAccuracy(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private LocalDate receivedOrToday(LocalDate received) {
        return received != null ? received : LocalDate.now(clock.withZone(currentUser.get().getOrganisation().getTimeZone()));
    }
}
