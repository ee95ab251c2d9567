package org.letterflow.extraction.boundary;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.document.DocumentReader;
import org.letterflow.document.FileAnalysis;
import org.letterflow.platform.UploadLimit;
import org.letterflow.extraction.control.AttachmentDeadlines;
import org.letterflow.extraction.control.ExtractionJob;
import org.letterflow.extraction.control.ExtractionJobs;
import org.letterflow.extraction.control.Extractor;
import org.letterflow.extraction.control.WorkingCalendar;
import org.letterflow.extraction.entity.DeadlineSource;
import org.letterflow.extraction.entity.LetterDeadline;
import org.letterflow.extraction.entity.LetterExtraction;
import org.letterflow.extraction.entity.SourcedDeadline;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Letter;

/**
 * Extraction for the people who register letters: a file's requisites at once, or for a large
 * file in the background with progress; the due dates kept for a letter, from its text or its
 * attachments. What clerks kept of each proposed field is {@link ExtractionReviews}'.
 */
@Stateless
@RolesAllowed({"CLERK", "EXECUTOR", "EXECUTIVE"})
public class Extractions {

    private static final Logger LOG = Logger.getLogger(Extractions.class.getName());
    private static final WorkingCalendar CALENDAR = WorkingCalendar.russian();

    /**
     * A due date to keep: confirmed from extraction, or entered by hand; {@code source} the
     * attachment it was found in (null for the letter's own text).
     */
    public record DueDate(@Schema(type = SchemaType.STRING, format = "date") LocalDate date,
                          String said, String relative, boolean extracted, DeadlineSource source) {
        /** Read from requests: Payara's Yasson needs the constructor named (see JsonbConfiguration). */
        @JsonbCreator
        public DueDate {
        }

        public DueDate(LocalDate date, String said, String relative, boolean extracted) {
            this(date, said, relative, extracted, null);
        }
    }

    /**
     * The deadlines a letter's attachments propose beyond its due dates, and the files read only in
     * part for them (too long to read whole).
     */
    public record AttachmentProposals(List<SourcedDeadline> deadlines, List<String> cutShort) {
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
                .orElseThrow(() -> BusinessException.notFound(Text.EXTRACTION_JOB_NOT_FOUND, id));
    }

    /** Keeps due dates for a letter the caller may read, beside those it already has. */
    public List<LetterDeadline> keepDeadlines(long letterId, List<DueDate> dates) {
        letters.find(letterId);
        Instant now = clock.instant();
        String who = currentUser.get().getLogin();
        for (DueDate d : dates) {
            if (d.date() == null) {
                throw BusinessException.invalid("date", Text.DEADLINE_WITHOUT_DATE);
            }
            if (d.source() != null && (d.source().file() == null || d.source().file().isBlank())) {
                throw BusinessException.invalid("source", Text.DEADLINE_SOURCE_UNNAMED);
            }
            em.persist(new LetterDeadline(letterId, d.date(), d.said(), d.relative(), d.extracted(), who, now).foundIn(d.source()));
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

    /** The letter's due dates, earliest first, each once: what a resolution on it may take as its own. */
    @PermitAll
    public List<LocalDate> dueDates(long letterId) {
        return deadlines(letterId).stream().map(LetterDeadline::getDueOn).distinct().toList();
    }

    /**
     * The deadlines in a file about to be attached (on the registration form, before the letter is
     * saved), read as registration will read it; {@code letterDate} and {@code received} settle years left out.
     */
    public AttachmentDeadlines.FileDeadlines readAttachment(byte[] bytes, String fileName, LocalDate letterDate,
                                                           LocalDate received) {
        uploadLimit.check(bytes.length);
        FileAnalysis.Result read = analysis.analyse(bytes, fileName);
        return AttachmentDeadlines.inFile(fileName, read.text(), read.pageStarts(), letterDate, receivedOrToday(received));
    }

    /**
     * What the letter's current attachments propose as due dates, found by the same rules as in a
     * letter's text, each with its file and page; dates the letter already keeps are not proposed, nor
     * are those of the letter's own file: they were the letter's own proposals, and a date the clerk
     * dropped from those must not come back as an attachment's.
     */
    @PermitAll
    public AttachmentProposals attachmentDeadlines(long letterId) {
        Letter letter = letters.find(letterId);
        LocalDate received = letter.getReceivedAt() == null ? null
                : LocalDate.ofInstant(letter.getReceivedAt(), letter.getOrganisation().getTimeZone());
        List<AttachmentDeadlines.FileDeadlines> files = new ArrayList<>();
        for (Attachment a : em.createQuery("select a from Attachment a where a.letter.id = :letter and a.supersededAt is null"
                + " and a.textStatus = :read and a.letterFile = false order by a.id", Attachment.class).setParameter("letter", letterId)
                .setParameter("read", FileAnalysis.TextStatus.EXTRACTED).getResultList()) {
            files.add(AttachmentDeadlines.inFile(a.getFileName(), a.getText(), a.getPageStarts(), letter.getCorrespondentDate(),
                    received));
        }
        List<LocalDate> kept = deadlines(letterId).stream().map(LetterDeadline::getDueOn).toList();
        return new AttachmentProposals(AttachmentDeadlines.proposals(kept, files),
                files.stream().filter(AttachmentDeadlines.FileDeadlines::cutShort).map(AttachmentDeadlines.FileDeadlines::file)
                        .toList());
    }

    /**
     * Keeps, among the letter's due dates, the attachments' proposal of that date (from that file,
     * when named), with where it was found; a date no attachment proposes is refused.
     */
    public List<LetterDeadline> takeAttachmentDeadline(long letterId, LocalDate date, String file) {
        if (date == null) {
            throw BusinessException.invalid("date", Text.DEADLINE_ATTACHMENT_DATE_MISSING);
        }
        SourcedDeadline proposal = attachmentDeadlines(letterId).deadlines().stream()
                .filter(d -> d.date().equals(date) && (file == null || d.source().file().equals(file))).findFirst()
                .orElseThrow(() -> file == null
                        ? BusinessException.notFound(Text.DEADLINE_NOT_PROPOSED, Letters.DATE.format(date))
                        : BusinessException.notFound(Text.DEADLINE_NOT_PROPOSED_IN_FILE, Letters.DATE.format(date), file));
        em.persist(LetterDeadline.fromAttachment(letterId, proposal, currentUser.get().getLogin(), clock.instant()));
        em.flush();
        LOG.info(() -> "Letter " + letterId + ": due date " + date + " taken from " + proposal.source().label());
        return deadlines(letterId);
    }

    /** Keeps every date the attachments propose. */
    public List<LetterDeadline> takeAttachmentDeadlines(long letterId) {
        Instant now = clock.instant();
        String who = currentUser.get().getLogin();
        for (SourcedDeadline d : attachmentDeadlines(letterId).deadlines()) {
            em.persist(LetterDeadline.fromAttachment(letterId, d, who, now));
        }
        em.flush();
        return deadlines(letterId);
    }

    private LocalDate receivedOrToday(LocalDate received) {
        return received != null ? received : currentUser.today();
    }
}
