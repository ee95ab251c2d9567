package org.letterflow.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.letterflow.document.FileStore;
import org.letterflow.document.PdfComposer;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.FormValidator;
import org.letterflow.registration.control.AuditTrail;
import org.letterflow.document.FileNames;
import org.letterflow.registration.control.LetterSearch;
import org.letterflow.registration.control.Filing;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.AuditEvent;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterLink;
import org.letterflow.registration.entity.LetterState;
import org.letterflow.registration.entity.RegistrationJournal;
import org.letterflow.registration.entity.Requisites;
import org.letterflow.registration.control.LetterOrder;
import org.letterflow.registration.control.LetterQuery;
import org.letterflow.registration.control.LetterRow;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.TextPart;

/**
 * The clerk's work with letters: register, edit, attach files, register and send outgoing ones,
 * find them again. A user sees the letters of their own organisation; a restricted (ДСП) letter
 * only its registering clerk and the readers named on it.
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
    LetterSearch search;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    Correspondents correspondents;

    @RolesAllowed({"CLERK", "EXECUTOR"})
    public Letter create(LetterForm form) {
        validator.check(form);
        Organisation organisation = caller.get().getOrganisation();
        if (form.direction() == Direction.INCOMING && !form.allowDuplicate()) {
            Letter twin = duplicateOf(form);
            if (twin != null) {
                throw new DuplicateLetterException(twin.getId(), twin.getRegistrationNumber(),
                        "Это письмо уже зарегистрировано: вх. № " + twin.getRegistrationNumber() + " от "
                                + DATE.format(twin.getRegistrationDate()));
            }
        }
        Letter letter = new Letter(organisation, form.direction(), form.requisites(correspondentName(form)),
                caller.get().getLogin(), clock.instant());
        letter.correspondWith(form.correspondentOrganisationId(), directoryEntry(form));
        em.persist(letter);
        em.flush();
        linkReaders(letter, form.readers());
        linkReplies(letter, form.inReplyTo());
        audit.record(letter, "CREATED", letter.getSubject());
        if (form.direction() == Direction.INCOMING || form.register()) {
            register(letter, form.journalId(), form.registrationDate(), received(form, organisation.getTimeZone()));
        }
        return letter;
    }

    /** Registers an outgoing draft (signed on paper, or once its approval sheet is signed). */
    @RolesAllowed("CLERK")
    public Letter register(long id, Long journalId, LocalDate date) {
        Letter letter = find(id);
        letter.checkRegistrableByHand(onApproval(letter));
        register(letter, journalId, date, null);
        return letter;
    }

    /**
     * Registers a draft its signatory has just signed on its approval sheet: the next number of the
     * organisation's outgoing journal, and the signatory on the card where the draft named none.
     */
    @RolesAllowed("EXECUTIVE")
    public void registerSigned(Letter letter, User signatory) {
        Requisites r = letter.requisites();
        if (r.signatoryName() == null) {
            letter.describe(new Requisites(r.subject(), r.addressees(), r.correspondentName(), r.correspondentNumber(),
                    r.correspondentDate(), signatory.getPosition(), signatory.getShortName(), r.executorName(),
                    r.executorPhone(), r.summary(), r.attachmentNote(), r.restricted()));
        }
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
            throw BusinessException.conflict("Карточка изменена пользователем " + lastEditor(letter)
                    + "; обновите её и повторите правку");
        }
        letter.checkChangeable(onApproval(letter));
        if (letter.getDirection() != form.direction()) {
            throw BusinessException.invalid("direction", "Направление письма не меняется");
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
        return onApproval(find(id));
    }

    /**
     * Whether an approval round of the letter is under way. Read from the approval component's
     * table: approval builds on registration, so registration may not call it.
     */
    private boolean onApproval(Letter letter) {
        return letter.getState() == LetterState.DRAFT
                && !em.createNativeQuery("select 1 from approval_sheet where letter_id = ?1 and state = 'IN_PROGRESS'")
                .setParameter(1, letter.getId()).getResultList().isEmpty();
    }

    /** A letter the caller may read; any other answers "not found", whatever the reason. */
    public Letter find(long id) {
        Letter letter = em.find(Letter.class, id);
        if (letter == null || !mayRead(letter)) {
            throw BusinessException.notFound("Письмо не найдено");
        }
        return letter;
    }

    /** Whether the caller may read the letter: what {@link #find} checks, as a yes or no. */
    public boolean readable(long id) {
        Letter letter = em.find(Letter.class, id);
        return letter != null && mayRead(letter);
    }

    /** Opens the card: as find, and a restricted letter's reading is written to its trail. */
    public Letter open(long id) {
        Letter letter = find(id);
        if (letter.isRestricted()) {
            audit.record(letter, "VIEWED", null);
        }
        return letter;
    }

    @RolesAllowed({"CLERK", "EXECUTOR"})
    public Attachment attach(long letterId, String fileName, byte[] bytes) {
        return attach(letterId, fileName, bytes, false);
    }

    /**
     * As above; {@code letterFile} when the file is the letter's own (the one it was registered from):
     * its dates are then not proposed again among the attachments' deadlines. Guarded as the other:
     * the resources call this one directly, so the container checks the role here too.
     */
    @RolesAllowed({"CLERK", "EXECUTOR"})
    public Attachment attach(long letterId, String fileName, byte[] bytes, boolean letterFile) {
        Letter letter = find(letterId);
        letter.checkChangeable(onApproval(letter));
        String name = FileNames.sanitise(fileName);
        if (bytes.length == 0) {
            throw BusinessException.invalid("file", "Файл «" + name + "» пуст");
        }
        return filing.attach(letter, name, bytes, letterFile, caller.get().getLogin());
    }

    public List<Attachment> attachments(long letterId) {
        return attachments(find(letterId));
    }

    private List<Attachment> attachments(Letter letter) {
        return em.createQuery("select a from Attachment a where a.letter = :letter order by a.id", Attachment.class)
                .setParameter("letter", letter).getResultList();
    }

    /** The letter with its files and links, as its card shows them: one transaction, the letter found once. */
    public LetterFile withFilesAndLinks(long letterId) {
        Letter letter = find(letterId);
        return new LetterFile(letter, attachments(letter), rows(letter, LINKED, LetterLink.REPLY_TO),
                rows(letter, LINKED, LetterLink.REISSUE_OF), rows(letter, LINKED_TO, LetterLink.REISSUE_OF));
    }

    public AttachmentContent content(long letterId, long attachmentId, boolean stamped) {
        Attachment attachment = attachments(letterId).stream().filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("Файл не найден"));
        if (stamped && attachment.getStampedSha256() == null) {
            throw BusinessException.notFound("У этого файла нет копии с отметкой о поступлении");
        }
        String hash = stamped ? attachment.getStampedSha256() : attachment.getSha256();
        String name = stamped ? "вх-" + attachment.getFileName() : attachment.getFileName();
        return new AttachmentContent(name, attachment.getMediaType(), files.read(hash));
    }

    /** The printable registration card: every requisite, the files, and the links. */
    public byte[] card(long letterId) {
        Letter l = find(letterId);
        boolean incoming = l.getDirection() == Direction.INCOMING;
        PdfComposer pdf = new PdfComposer()
                .heading("Регистрационная карточка " + (incoming ? "входящего" : "исходящего") + " документа")
                .paragraph(l.getOrganisation().getFullName()).space()
                .row("Рег. номер", l.getRegistrationNumber() == null ? "не зарегистрирован (проект)"
                        : l.getRegistrationNumber())
                .row("Дата регистрации", l.getRegistrationDate() == null ? null : DATE.format(l.getRegistrationDate()))
                .row("Журнал", l.getJournal() == null ? null : l.getJournal().getName())
                .row("Поступило", l.getReceivedAt() == null ? null
                        : DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                        .format(l.getReceivedAt().atZone(l.getOrganisation().getTimeZone())))
                .row(incoming ? "Корреспондент" : "Адресат-организация", l.getCorrespondentName())
                .row("Исх. № и дата корреспондента", l.getCorrespondentNumber() == null ? null
                        : l.getCorrespondentNumber() + (l.getCorrespondentDate() == null ? ""
                        : " от " + DATE.format(l.getCorrespondentDate())))
                .row("Заголовок", l.getSubject())
                .row("Адресаты", l.getAddressees())
                .row("Подписант", join(l.getSignatoryPosition(), l.getSignatoryName()))
                .row("Исполнитель", join(l.getExecutorName(), l.getExecutorPhone()))
                .row("Краткое содержание", l.getSummary())
                .row("Приложение", l.getAttachmentNote())
                .row("Гриф", l.isRestricted() ? "Для служебного пользования" : null);
        for (LetterRow answered : linked(letterId, LetterLink.REPLY_TO)) {
            pdf.row("На №", answered.registrationNumber() + " от " + DATE.format(answered.registrationDate()));
        }
        for (LetterRow passedOn : linked(letterId, LetterLink.REISSUE_OF)) {
            pdf.row("Во исполнение", numbered(passedOn));
        }
        for (LetterRow reissue : linkedTo(letterId, LetterLink.REISSUE_OF)) {
            pdf.row("Переадресовано письмом", numbered(reissue));
        }
        for (Attachment a : attachments(letterId)) {
            pdf.row("Файл", a.getFileName() + (a.getPages() == null ? "" : ", " + a.getPages() + " стр."));
        }
        return pdf.space().paragraph("Карточка сформирована " + DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(clock.instant().atZone(l.getOrganisation().getTimeZone()))).toBytes();
    }

    /** A linked letter as the card names it: "№ 57-0144 от 15.01.2021", or a draft's subject. */
    public static String numbered(LetterRow row) {
        return row.registrationNumber() == null ? "проект: " + row.subject()
                : Filing.numberAndDate(row.registrationNumber(), row.registrationDate());
    }

    private static String join(String first, String second) {
        String joined = ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
        return joined.isEmpty() ? null : joined;
    }

    public List<AuditEvent> history(long letterId) {
        return audit.of(find(letterId));
    }

    public ResultPage<LetterRow> search(LetterQuery query, int offset, int limit) {
        return search(query, LetterOrder.NEWEST, offset, limit);
    }

    /** As search, in the order of a column a person clicked. */
    public ResultPage<LetterRow> search(LetterQuery query, LetterOrder order, int offset, int limit) {
        User me = caller.get();
        return search.find(me.getOrganisation().getId(), me.getId(), me.getLogin(), query, order, offset, limit);
    }

    /** The letters this one links to (those it answers, the one it re-issues), each as its row, for the card. */
    public List<LetterRow> linked(long letterId, LetterLink kind) {
        return rows(find(letterId), LINKED, kind);
    }

    /** The other way round: the letters linked to this one (the letters that re-issue it), for the card. */
    public List<LetterRow> linkedTo(long letterId, LetterLink kind) {
        return rows(find(letterId), LINKED_TO, kind);
    }

    private static final String LINKED = "select to_letter_id from letter_link where from_letter_id = ?1 and kind = ?2";
    private static final String LINKED_TO = "select from_letter_id from letter_link where to_letter_id = ?1 and kind = ?2"
            + " order by from_letter_id";

    private List<LetterRow> rows(Letter letter, String sql, LetterLink kind) {
        List<?> ids = em.createNativeQuery(sql).setParameter(1, letter.getId()).setParameter(2, kind.name())
                .getResultList();
        return ids.stream().map(i -> em.find(Letter.class, ((Number) i).longValue()))
                .filter(Objects::nonNull).filter(this::mayRead).map(Letters::row).toList();
    }

    public static LetterRow row(Letter l) {
        return new LetterRow(l.getId(), l.getDirection(), l.getState(), l.getRegistrationNumber(),
                l.getRegistrationDate(), l.getCorrespondentName(), l.getCorrespondentNumber(),
                l.getCorrespondentDate(), l.getSubject(), l.isRestricted(), TextPart.plain(l.getSubject()));
    }

    private void register(Letter letter, Long journalId, LocalDate date, Instant received) {
        Organisation organisation = letter.getOrganisation();
        ZoneId zone = organisation.getTimeZone();
        LocalDate today = organisation.today(clock);
        LocalDate registrationDate = date == null ? today : date;
        if (registrationDate.isAfter(today)) {
            throw BusinessException.invalid("registrationDate", "Дата регистрации не может быть в будущем");
        }
        RegistrationJournal journal = journal(organisation, letter.getDirection(), journalId);
        filing.register(letter, journal, registrationDate,
                received == null && letter.getDirection() == Direction.INCOMING ? clock.instant() : received,
                caller.get().getLogin());
    }

    private RegistrationJournal journal(Organisation organisation, Direction direction, Long journalId) {
        if (journalId != null) {
            RegistrationJournal journal = em.find(RegistrationJournal.class, journalId);
            if (journal == null || !journal.getOrganisation().getId().equals(organisation.getId())) {
                throw BusinessException.invalid("journalId", "Журнал не найден в вашей организации");
            }
            if (!journal.isActive()) {
                throw BusinessException.invalid("journalId", "Журнал «" + journal.getName() + "» закрыт");
            }
            return journal;
        }
        return em.createNamedQuery(RegistrationJournal.OF_ORGANISATION, RegistrationJournal.class)
                .setParameter("organisation", organisation.getId()).getResultStream()
                .filter(j -> j.getDirection() == direction && j.isActive()).findFirst()
                .orElseThrow(() -> BusinessException.invalid("journalId",
                        "В организации нет открытого журнала для этого вида писем; его заводит администратор"));
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
                .getResultStream().filter(this::mayRead).findFirst().orElse(null);
    }

    /** The name as typed, or the tree organisation's full name when one is picked. */
    private String correspondentName(LetterForm form) {
        if (form.correspondentOrganisationId() != null) {
            Organisation correspondent = em.find(Organisation.class, form.correspondentOrganisationId());
            if (correspondent == null) {
                throw BusinessException.invalid("correspondentOrganisationId", "Организация-корреспондент не найдена");
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

    /** Our own registered letter with exactly this number, for "На № … от …". */
    public Letter byNumber(String number) {
        return em.createQuery("select l from Letter l where l.organisation.id = :organisation"
                        + " and l.registrationNumber = :number order by l.registrationDate desc", Letter.class)
                .setParameter("organisation", caller.organisationId()).setParameter("number", number.strip())
                .getResultStream().filter(this::mayRead).findFirst()
                .orElseThrow(() -> BusinessException.invalid("inReplyTo", "Письмо № " + number.strip()
                        + " в вашей организации не найдено"));
    }

    private Instant received(LetterForm form, ZoneId zone) {
        if (form.receivedAt() == null) {
            return null;
        }
        Instant received = form.receivedAt().atZone(zone).toInstant();
        if (received.isAfter(clock.instant().plusSeconds(60))) {
            throw BusinessException.invalid("receivedAt", "Дата поступления не может быть в будущем");
        }
        return received;
    }

    private void linkReaders(Letter letter, List<String> logins) {
        for (String login : logins) {
            User reader = em.createNamedQuery(User.BY_LOGIN, User.class).setParameter("login", login)
                    .getResultStream().filter(u -> u.getOrganisation().getId().equals(letter.getOrganisation().getId()))
                    .findFirst().orElseThrow(() -> BusinessException.invalid("readers",
                            "Пользователь «" + login + "» не найден в вашей организации"));
            em.createNativeQuery("insert into letter_reader (letter_id, user_id) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, letter.getId()).setParameter(2, reader.getId()).executeUpdate();
        }
    }

    private void linkReplies(Letter letter, List<Long> answered) {
        for (Long id : answered) {
            Letter other = find(id);
            em.createNativeQuery("insert into letter_link (from_letter_id, to_letter_id, kind) values (?1, ?2, ?3)"
                            + " on conflict do nothing")
                    .setParameter(1, letter.getId()).setParameter(2, other.getId())
                    .setParameter(3, LetterLink.REPLY_TO.name()).executeUpdate();
        }
    }

    private boolean mayRead(Letter letter) {
        User me = caller.get();
        if (!letter.getOrganisation().getId().equals(me.getOrganisation().getId())) {
            return false;
        }
        if (!letter.isRestricted() || me.getLogin().equalsIgnoreCase(letter.getCreatedBy())) {
            return true;
        }
        return !em.createNativeQuery("select 1 from letter_reader where letter_id = ?1 and user_id = ?2")
                .setParameter(1, letter.getId()).setParameter(2, me.getId()).getResultList().isEmpty();
    }

    private String lastEditor(Letter letter) {
        List<AuditEvent> events = audit.of(letter);
        String login = events.isEmpty() ? letter.getCreatedBy() : events.get(events.size() - 1).getActor();
        return em.createNamedQuery(User.BY_LOGIN, User.class).setParameter("login", login).getResultStream()
                .map(User::getShortName).findFirst().orElse(login);
    }
}
