package org.letterflow.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.letterflow.document.FileAnalysis;
import org.letterflow.document.FileStore;
import org.letterflow.document.ReceiptStamp;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.RegistrationJournal;

/** Entering a letter in its journal and filing its files, each with its trail entry. */
@Dependent
public class Filing {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A registered letter as people name it: "№ 57-0144 от 15.01.2021". */
    public static String numberAndDate(String number, LocalDate date) {
        return "№ " + number + (date == null ? "" : " от " + DATE.format(date));
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Numbering numbering;

    @Inject
    AuditTrail audit;

    @Inject
    FileStore files;

    @Inject
    FileAnalysis analysis;

    @Inject
    Clock clock;

    public void register(Letter letter, RegistrationJournal journal, LocalDate date, Instant received, String actor) {
        Numbering.Issued number = numbering.next(journal, date.getYear());
        letter.register(journal, number.sequence(), number.year(), date, received);
        em.flush();
        audit.record(letter, "REGISTERED", numberAndDate(number.number(), date)
                + " в журнале «" + journal.getName() + "»", actor);
    }

    /**
     * Stores the file (once per content), reads what it is, and for a registered incoming PDF
     * makes the copy with the receipt mark. A file whose text cannot be read is kept all the same.
     */
    public Attachment attach(Letter letter, String fileName, byte[] bytes, String actor) {
        return attach(letter, fileName, bytes, false, actor);
    }

    /** As above; {@code letterFile} when the file is the letter's own (the one it is registered from), not an attachment. */
    public Attachment attach(Letter letter, String fileName, byte[] bytes, boolean letterFile, String actor) {
        FileAnalysis.Result result = analysis.analyse(bytes, fileName);
        files.store(bytes);
        Attachment attachment = new Attachment(letter, fileName, result.mediaType(), result.sha256(), result.size(),
                result.pages(), result.text(), result.status(), actor, clock.instant());
        attachment.pagesBeginAt(result.pageStarts());
        if (letterFile) {
            attachment.isTheLettersOwnFile();
        }
        if (letter.getDirection() == Direction.INCOMING && letter.isRegistered() && attachment.isPdf()) {
            stamp(letter, attachment, bytes);
        }
        if (!letter.isRegistered()) {
            // a draft being reworked: the same name is the file's next version, the old one kept
            em.createQuery("select a from Attachment a where a.letter = :letter and lower(a.fileName) = lower(:name)"
                            + " and a.supersededAt is null", Attachment.class)
                    .setParameter("letter", letter).setParameter("name", fileName).getResultStream().findFirst()
                    .ifPresent(previous -> attachment.replaces(previous, clock.instant()));
        }
        em.persist(attachment);
        em.flush();
        audit.record(letter, "ATTACHMENT_ADDED", fileName + (attachment.getVersion() > 1 ? ", версия " + attachment.getVersion()
                : "") + " (" + FileKinds.describe(result.mediaType(), result.size())
                + (result.problem() == null ? "" : "; " + result.problem()) + ")", actor);
        return attachment;
    }

    /**
     * The same file on another letter (a delivered letter registered by its recipient, a re-issue):
     * a new attachment row over the stored bytes, which are not copied; its text is not read again.
     */
    public Attachment share(Attachment original, Letter to, String actor) {
        Attachment copy = new Attachment(to, original.getFileName(), original.getMediaType(), original.getSha256(),
                original.getSize(), original.getPages(), original.getText(), original.getTextStatus(), actor,
                clock.instant());
        copy.pagesBeginAt(original.getPageStarts());
        if (to.getDirection() == Direction.INCOMING && to.isRegistered() && copy.isPdf()) {
            stamp(to, copy, files.read(original.getSha256()));
        }
        em.persist(copy);
        em.flush();
        audit.record(to, "ATTACHMENT_ADDED", original.getFileName() + " (из письма " + FileKinds.letterName(original.getLetter()) + ")",
                actor);
        return copy;
    }

    private void stamp(Letter letter, Attachment attachment, byte[] bytes) {
        try {
            byte[] stamped = ReceiptStamp.stamp(bytes, letter.getOrganisation().getShortName(),
                    ReceiptStamp.mark(letter.getRegistrationNumber(), DATE.format(letter.getRegistrationDate())));
            attachment.stamped(files.store(stamped));
        } catch (IOException | RuntimeException e) {
            // an encrypted or broken PDF keeps its original only; the card shows no stamped copy
        }
    }
}
