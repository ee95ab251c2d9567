package org.letterflow.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.letterflow.document.FileAnalysis;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.document.FileStore;
import org.letterflow.document.ReceiptStamp;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.NumberAffixes;
import org.letterflow.registration.entity.RegistrationJournal;

/** Entering a letter in its journal and filing its files, each with its trail entry. */
@Dependent
public class Filing {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Stands for the number in a text whose number only the database knows yet. */
    private static final String NUMBER = "\u0000";

    /** A registered letter as people name it: "№ 57-0144 от 15.01.2021". */
    public static String numberAndDate(String number, LocalDate date) {
        return date == null ? Text.LETTER_NUMBERED.format(number)
                : Text.LETTER_NUMBERED_DATED.format(number, DATE.format(date));
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

    /** The letter's files in the order they were filed, superseded versions too. */
    public List<Attachment> filesOf(Letter letter) {
        return em.createQuery("select a from Attachment a where a.letter = :letter order by a.id", Attachment.class)
                .setParameter("letter", letter).getResultList();
    }

    /**
     * The journal a letter is registered in: the one picked (the organisation's own, and open), or
     * else the organisation's first open journal of the letter's direction.
     */
    public RegistrationJournal journal(Organisation organisation, Direction direction, Long journalId) {
        if (journalId != null) {
            RegistrationJournal journal = em.find(RegistrationJournal.class, journalId);
            if (journal == null) {
                throw BusinessException.invalid("journalId", Text.JOURNAL_NOT_IN_ORGANISATION);
            }
            journal.checkUsableBy(organisation);
            return journal;
        }
        return em.createNamedQuery(RegistrationJournal.OF_ORGANISATION, RegistrationJournal.class)
                .setParameter("organisation", organisation.getId()).getResultStream()
                .filter(j -> j.getDirection() == direction && j.isActive()).findFirst()
                .orElseThrow(() -> BusinessException.invalid("journalId", Text.JOURNAL_NONE_OPEN));
    }

    /**
     * Enters the letter in the journal under its next number, as the last step of a registration.
     * Everything written so far in the transaction (the letter, its links, files and search
     * document, its history) goes to the database first; then one statement takes the number,
     * which locks the journal's counter until commit, writes it on the letter with the journal and
     * dates, and adds the trail entry. The letter is refreshed from that statement's answer, so
     * nothing is left to write at commit, and the other clerks of the journal wait for this one
     * statement and the commit, not for a whole registration.
     */
    public void register(Letter letter, RegistrationJournal journal, LocalDate date, Instant received, String actor) {
        letter.checkRegistrable(journal);
        numbering.open(journal, date.getYear());
        em.flush();
        NumberAffixes number = journal.numberAround(date.getYear());
        // the history line around the number, which only the insert itself gives
        String[] history = Text.AUDIT_REGISTERED.format(NUMBER, DATE.format(date), journal.getName()).split(NUMBER, 2);
        Query query = em.createNativeQuery("with taken (sequence) as (" + Numbering.TAKE + """
                        ),
                        registered as (
                            update letter l set state = 'REGISTERED', journal_id = ?1, registration_year = ?2,
                                   registration_sequence = taken.sequence,
                                   registration_number = ?3 || lpad(taken.sequence::text,
                                       greatest(?4, length(taken.sequence::text)), '0') || ?5,
                                   registration_date = ?6, received_at = cast(?7 as timestamptz), version = l.version + 1
                              from taken
                             where l.id = ?8 and l.state = 'DRAFT'
                            returning l.*),
                        trail as (
                            insert into audit_event (at, actor, organisation_id, letter_id, action, details)
                            select ?9, ?10, organisation_id, id, 'REGISTERED', ?11 || registration_number || ?12
                              from registered)
                        select * from registered""", Letter.class)
                .setParameter(1, journal.getId()).setParameter(2, date.getYear())
                .setParameter(3, number.before()).setParameter(4, number.width()).setParameter(5, number.after())
                .setParameter(6, Date.valueOf(date))
                .setParameter(7, received == null ? null : Timestamp.from(received))
                .setParameter(8, letter.getId())
                .setParameter(9, Timestamp.from(clock.instant())).setParameter(10, actor)
                .setParameter(11, history[0]).setParameter(12, history[1])
                // EclipseLink's hint: the managed letter takes the row as written (number, state, version)
                .setHint("eclipselink.refresh", "true");
        try {
            query.getSingleResult();
        } catch (NoResultException e) {
            // registered by another clerk meanwhile: the number just taken goes back with the rollback
            throw BusinessException.conflict(Text.LETTER_REGISTERED_BY_ANOTHER);
        }
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
        audit.record(letter, "ATTACHMENT_ADDED", (attachment.getVersion() > 1
                ? Text.ATTACHMENT_VERSIONED.format(fileName, attachment.getVersion()) : fileName)
                + " (" + FileKinds.describe(result.mediaType(), result.size())
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
        audit.record(to, "ATTACHMENT_ADDED",
                Text.ATTACHMENT_SHARED.format(original.getFileName(), FileKinds.letterName(original.getLetter())),
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
