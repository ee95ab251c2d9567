package org.letterflow.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/** One document of one organisation: its requisites and, once registered, its number. */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LetterState state = LetterState.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "journal_id")
    private RegistrationJournal journal;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "registration_year")
    private Integer registrationYear;

    @Column(name = "registration_sequence")
    private Long registrationSequence;

    @Column(name = "registration_date")
    private LocalDate registrationDate;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "correspondent_org_id")
    private Long correspondentOrganisationId;

    @Column(name = "correspondent_id")
    private Long correspondentId;

    @Column(name = "correspondent_name")
    private String correspondentName;

    @Column(name = "correspondent_number")
    private String correspondentNumber;

    @Column(name = "correspondent_date")
    private LocalDate correspondentDate;

    @Column(nullable = false)
    private String subject;

    private String addressees;

    @Column(name = "signatory_position")
    private String signatoryPosition;

    @Column(name = "signatory_name")
    private String signatoryName;

    @Column(name = "executor_name")
    private String executorName;

    @Column(name = "executor_phone")
    private String executorPhone;

    private String summary;
    private boolean restricted;

    @Column(name = "attachment_note")
    private String attachmentNote;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Letter() {
    }

    public Letter(Organisation organisation, Direction direction, Requisites requisites, String createdBy,
                  Instant createdAt) {
        this.organisation = Objects.requireNonNull(organisation);
        this.direction = Objects.requireNonNull(direction);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        describe(requisites);
    }

    public void describe(Requisites r) {
        this.subject = r.subject();
        this.addressees = r.addressees();
        this.correspondentName = r.correspondentName();
        this.correspondentNumber = r.correspondentNumber();
        this.correspondentDate = r.correspondentDate();
        this.signatoryPosition = r.signatoryPosition();
        this.signatoryName = r.signatoryName();
        this.executorName = r.executorName();
        this.executorPhone = r.executorPhone();
        this.summary = r.summary();
        this.attachmentNote = r.attachmentNote();
        this.restricted = r.restricted();
    }

    public Requisites requisites() {
        return new Requisites(subject, addressees, correspondentName, correspondentNumber, correspondentDate,
                signatoryPosition, signatoryName, executorName, executorPhone, summary, attachmentNote, restricted);
    }

    /** The correspondent as an organisation of the tree or of the directory (at most one of them). */
    public void correspondWith(Long organisationId, Long directoryId) {
        this.correspondentOrganisationId = organisationId;
        this.correspondentId = directoryId;
    }

    /** Enters the letter in a journal under the number it was given; a letter is registered once. */
    public void register(RegistrationJournal inJournal, long sequence, int year, LocalDate date, Instant received) {
        checkRegistrable(inJournal);
        this.journal = inJournal;
        this.registrationSequence = sequence;
        this.registrationYear = year;
        this.registrationNumber = inJournal.number(sequence, year);
        this.registrationDate = date;
        this.receivedAt = received;
        this.state = LetterState.REGISTERED;
    }

    /** The date a letter is registered under: the one asked for, today when none; never a day still to come. */
    public static LocalDate registrationDate(LocalDate asked, LocalDate today) {
        LocalDate date = asked == null ? today : asked;
        if (date.isAfter(today)) {
            throw BusinessException.invalid("registrationDate", Text.LETTER_REGISTRATION_DATE_FUTURE);
        }
        return date;
    }

    /**
     * When a letter came in, as the clerk typed it on the organisation's wall clock; a minute's
     * grace for a clock a little ahead of the server's, no more.
     */
    public static Instant receivedAt(LocalDateTime typed, ZoneId zone, Instant now) {
        if (typed == null) {
            return null;
        }
        Instant received = typed.atZone(zone).toInstant();
        if (received.isAfter(now.plusSeconds(60))) {
            throw BusinessException.invalid("receivedAt", Text.LETTER_RECEIVED_FUTURE);
        }
        return received;
    }

    /** Whether the letter may be entered in the journal: checked before its number is taken, so no number is wasted. */
    public void checkRegistrable(RegistrationJournal inJournal) {
        if (state != LetterState.DRAFT) {
            throw BusinessException.conflict(Text.LETTER_ALREADY_REGISTERED_AS, registrationNumber);
        }
        if (inJournal.getDirection() != direction) {
            throw BusinessException.invalid("journalId", Text.JOURNAL_WRONG_DIRECTION, inJournal.getName());
        }
    }

    /**
     * Registration by hand (a draft signed on paper): a draft whose approval round is under way is
     * registered by its signature on the sheet and by nothing else, or the round would never end.
     */
    public void checkRegistrableByHand(boolean onApproval) {
        if (onApproval) {
            throw BusinessException.conflict(Text.LETTER_ON_APPROVAL_SIGNATURE_REGISTERS);
        }
    }

    /** What the approvers of a round under way read is what they approve: the draft waits for the round's end. */
    public void checkChangeable(boolean onApproval) {
        if (onApproval) {
            throw BusinessException.conflict(Text.LETTER_ON_APPROVAL_UNCHANGED);
        }
    }

    public void markSent() {
        if (state != LetterState.REGISTERED || direction != Direction.OUTGOING) {
            throw BusinessException.conflict(Text.SENDING_ONLY_REGISTERED_OUTGOING);
        }
        this.state = LetterState.SENT;
    }

    public boolean isRegistered() {
        return state != LetterState.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** The zone of the letter's organisation, in which its card and its files show times. */
    public ZoneId getTimeZone() {
        return organisation.getTimeZone();
    }

    public Direction getDirection() {
        return direction;
    }

    public LetterState getState() {
        return state;
    }

    public RegistrationJournal getJournal() {
        return journal;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public Integer getRegistrationYear() {
        return registrationYear;
    }

    /** The place in the journal's yearly sequence: the order the journal lists its letters in. */
    public Long getRegistrationSequence() {
        return registrationSequence;
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Long getCorrespondentOrganisationId() {
        return correspondentOrganisationId;
    }

    public Long getCorrespondentId() {
        return correspondentId;
    }

    public String getCorrespondentName() {
        return correspondentName;
    }

    public String getCorrespondentNumber() {
        return correspondentNumber;
    }

    public LocalDate getCorrespondentDate() {
        return correspondentDate;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddressees() {
        return addressees;
    }

    public String getSignatoryPosition() {
        return signatoryPosition;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public String getExecutorName() {
        return executorName;
    }

    public String getExecutorPhone() {
        return executorPhone;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public String getAttachmentNote() {
        return attachmentNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
