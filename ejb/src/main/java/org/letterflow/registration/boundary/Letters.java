package org.letterflow.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.FormValidator;
import org.letterflow.registration.control.AuditTrail;
import org.letterflow.registration.control.CorrespondentDirectory;
import org.letterflow.registration.control.Filing;
import org.letterflow.registration.control.LetterAccess;
import org.letterflow.registration.control.LetterLinks;
import org.letterflow.registration.control.LetterRow;
import org.letterflow.registration.entity.AuditEvent;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterLink;

/**
 * The clerk's work with a letter's card: register, edit, register and send outgoing ones, open
 * it with its links and history. A user sees the letters of their own organisation; a restricted
 * (ДСП) letter only its registering clerk and the readers named on it ({@link LetterAccess}).
 * Its files are {@link LetterFiles}', finding letters {@link LetterSearches}'.
 */
@Stateless
public class Letters {

    public static final DateTimeFormatter DATE = Filing.DATE;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    FormValidator validator;

    @Inject
    Filing filing;

    @Inject
    AuditTrail audit;

    @Inject
    LetterAccess access;

    @Inject
    LetterLinks links;

    @Inject
    Clock clock;

    @Inject
    CorrespondentDirectory correspondents;

    /**
     * Creates the letter and answers with its card as it stands: built here from what the creation
     * wrote, since reading the card again after the commit cost a registration a second transaction
     * (BENCHMARKS.md, issue 18 item 2), and reading it before the commit would hold the counter's lock.
     */
    @RolesAllowed({"CLERK", "EXECUTOR"})
    public LetterFile create(LetterForm form) {
        validator.check(form);
        Organisation organisation = caller.get().getOrganisation();
        if (form.direction() == Direction.INCOMING && !form.allowDuplicate()) {
            Letter twin = duplicateOf(form);
            if (twin != null) {
                throw new DuplicateLetterException(twin.getId(), twin.getRegistrationNumber(),
                        DATE.format(twin.getRegistrationDate()));
            }
        }
        Letter letter = new Letter(organisation, form.direction(), form.requisites(correspondentName(form)),
                caller.get().getLogin(), clock.instant());
        letter.correspondWith(form.correspondentOrganisationId(), directoryEntry(form));
        em.persist(letter);
        em.flush();
        access.nameReaders(letter, form.readers());
        List<LetterRow> answered = links.replyTo(letter, form.inReplyTo().stream().map(access::find).toList());
        audit.record(letter, "CREATED", letter.getSubject());
        if (form.direction() == Direction.INCOMING || form.register()) {
            register(letter, form.journalId(), form.registrationDate(),
                    Letter.receivedAt(form.receivedAt(), organisation.getTimeZone(), clock.instant()));
        }
        return LetterFile.created(letter, answered);
    }

    /** Registers an outgoing draft (signed on paper, or once its approval sheet is signed). */
    @RolesAllowed("CLERK")
    public Letter register(long id, Long journalId, LocalDate date) {
        Letter letter = find(id);
        letter.checkRegistrableByHand(access.onApproval(letter));
        register(letter, journalId, date, null);
        return letter;
    }

    /**
     * Registers a draft its signatory has just signed on its approval sheet: the next number of the
     * organisation's outgoing journal, and the signatory on the card where the draft named none.
     */
    @RolesAllowed("EXECUTIVE")
    public void registerSigned(Letter letter, User signatory) {
        letter.describe(letter.requisites().signedBy(signatory.getPosition(), signatory.getShortName()));
        register(letter, null, null, null);
    }

    @RolesAllowed("CLERK")
    public Letter send(long id) {
        Letter letter = find(id);
        letter.markSent();
        audit.record(letter, "SENT", null);
        return letter;
    }

    /** Replaces the requisites; a stale version means someone else edited the card meanwhile. */
    @RolesAllowed({"CLERK", "EXECUTOR"})
    public Letter update(long id, LetterForm form, long expectedVersion) {
        validator.check(form);
        Letter letter = find(id);
        if (letter.getVersion() != expectedVersion) {
            throw BusinessException.conflict(Text.LETTER_CHANGED_BY, audit.lastEditor(letter));
        }
        letter.checkChangeable(access.onApproval(letter));
        if (letter.getDirection() != form.direction()) {
            throw BusinessException.invalid("direction", Text.LETTER_DIRECTION_FIXED);
        }
        var before = letter.requisites();
        var after = form.requisites(correspondentName(form));
        letter.describe(after);
        letter.correspondWith(form.correspondentOrganisationId(), directoryEntry(form));
        String changes = after.differencesFrom(before);
        if (!changes.isEmpty()) {
            em.flush();
            audit.record(letter, "EDITED", changes);
        }
        return letter;
    }

    /** Whether a draft of the caller's may be registered by hand, edited or given files now (the card's buttons). */
    public boolean onApproval(long id) {
        return access.onApproval(find(id));
    }

    /** A letter the caller may read; any other answers "not found", whatever the reason. */
    public Letter find(long id) {
        return access.find(id);
    }

    /** What another component's page needs of a letter the caller may read; any other answers "not found". */
    public LetterSummary summary(long id) {
        return LetterSummary.of(access.find(id));
    }

    /** Opens the card: as find, and a restricted letter's reading is written to its trail. */
    public Letter open(long id) {
        Letter letter = find(id);
        if (letter.isRestricted()) {
            audit.record(letter, "VIEWED", null);
        }
        return letter;
    }

    public List<AuditEvent> history(long letterId) {
        return audit.of(find(letterId));
    }

    /** The letters this one links to (those it answers, the one it re-issues), each as its row, for the card. */
    public List<LetterRow> linked(long letterId, LetterLink kind) {
        return links.linked(find(letterId), kind);
    }

    /** The other way round: the letters linked to this one (the letters that re-issue it), for the card. */
    public List<LetterRow> linkedTo(long letterId, LetterLink kind) {
        return links.linkedTo(find(letterId), kind);
    }

    /** Our own registered letter with exactly this number, for "На № … от …". */
    public Letter byNumber(String number) {
        return em.createQuery("select l from Letter l where l.organisation.id = :organisation"
                        + " and l.registrationNumber = :number order by l.registrationDate desc", Letter.class)
                .setParameter("organisation", caller.organisationId()).setParameter("number", number.strip())
                .getResultStream().filter(access::mayRead).findFirst()
                .orElseThrow(() -> BusinessException.invalid("inReplyTo", Text.LETTER_ANSWERED_NOT_FOUND,
                        number.strip()));
    }

    private void register(Letter letter, Long journalId, LocalDate date, Instant received) {
        Organisation organisation = letter.getOrganisation();
        LocalDate registrationDate = Letter.registrationDate(date, organisation.today(clock));
        filing.register(letter, filing.journal(organisation, letter.getDirection(), journalId), registrationDate,
                received == null && letter.getDirection() == Direction.INCOMING ? clock.instant() : received,
                caller.get().getLogin());
    }

    private Letter duplicateOf(LetterForm form) {
        if (form.correspondentNumber() == null || form.correspondentNumber().isBlank()
                || form.correspondentDate() == null) {
            return null;
        }
        String correspondent = correspondentName(form);
        return em.createQuery("""
                        select l from Letter l where l.organisation.id = :organisation and l.direction = :direction
                           and l.correspondentNumber = :number and l.correspondentDate = :date
                           and lower(l.correspondentName) = lower(:correspondent)""", Letter.class)
                .setParameter("organisation", caller.organisationId())
                .setParameter("direction", Direction.INCOMING)
                .setParameter("number", form.correspondentNumber().strip())
                .setParameter("date", form.correspondentDate())
                .setParameter("correspondent", correspondent == null ? "" : correspondent)
                .getResultStream().filter(access::mayRead).findFirst().orElse(null);
    }

    /** The name as typed, or the tree organisation's full name when one is picked. */
    private String correspondentName(LetterForm form) {
        if (form.correspondentOrganisationId() != null) {
            Organisation correspondent = em.find(Organisation.class, form.correspondentOrganisationId());
            if (correspondent == null) {
                throw BusinessException.invalid("correspondentOrganisationId", Text.LETTER_CORRESPONDENT_NOT_FOUND);
            }
            return correspondent.getFullName();
        }
        return form.correspondentName() == null || form.correspondentName().isBlank() ? null
                : form.correspondentName().strip();
    }

    /** An external correspondent (not an organisation of the tree) is kept in the directory. */
    private Long directoryEntry(LetterForm form) {
        return form.correspondentOrganisationId() == null ? correspondents.remember(form.correspondentName()) : null;
    }
}
