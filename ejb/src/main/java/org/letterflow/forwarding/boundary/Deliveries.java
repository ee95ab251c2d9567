package org.letterflow.forwarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.letterflow.extraction.control.KeptDeadlines;
import org.letterflow.forwarding.control.ChainQueries;
import org.letterflow.forwarding.control.ChainQueries.Scope;
import org.letterflow.forwarding.control.RecipientSet;
import org.letterflow.forwarding.control.SendingRequested;
import org.letterflow.forwarding.entity.Delivery;
import org.letterflow.forwarding.entity.DeliveryJob;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.control.OrganisationTree;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.registration.boundary.LetterForm;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.platform.ResultPage;
import org.letterflow.registration.control.AuditTrail;
import org.letterflow.registration.control.Filing;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterLink;
import org.letterflow.registration.entity.LetterState;
import org.letterflow.document.FileStore;
import org.letterflow.forwarding.control.ChainRow;
import org.letterflow.forwarding.control.DeliveryRow;
import org.letterflow.forwarding.control.RollUp;

/**
 * Sending a registered letter down the tree and what recipients do with it: register it in
 * their own journal (or link it to the copy they registered by hand), take note, execute,
 * return it; re-issue it to their own subordinates; and the chain of it all.
 * A delivery is visible to its recipient only; to anyone else it does not exist.
 */
@Stateless
public class Deliveries {

    private static final int PAGE_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    KeptDeadlines keptDeadlines;

    @Inject
    CurrentUser caller;

    @Inject
    Letters letters;

    @Inject
    RecipientSet recipientSet;

    @Inject
    ChainQueries chains;

    @Inject
    Filing filing;

    @Inject
    AuditTrail audit;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    OrganisationTree tree;

    @Inject
    Event<SendingRequested> sending;

    /**
     * Checks the recipients, writes them into a job and returns it; the deliveries are made in the
     * background once this transaction commits. A single recipient out of reach refuses the lot.
     */
    @RolesAllowed("CLERK")
    public DeliveryJob send(long letterId, Recipients recipients) {
        Letter letter = ownLetter(letterId);
        if (letter.getDirection() != Direction.OUTGOING || !letter.isRegistered()) {
            throw BusinessException.conflict("Отправить можно только зарегистрированное исходящее письмо");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw BusinessException.invalid("recipients", "Укажите получателей: организации, подведомственных"
                    + " или вид организаций, или список рассылки");
        }
        Organisation sender = letter.getOrganisation();
        LocalDate today = sender.today(clock);
        if (recipients.dueOn() != null && recipients.dueOn().isBefore(today)) {
            throw BusinessException.invalid("dueOn", "Срок исполнения не может быть в прошлом");
        }
        List<Long> picked = new ArrayList<>(recipients.recipients());
        picked.addAll(recipientSet.members(sender.getId(), recipients.lists()));
        recipientSet.checkReach(sender.getId(), picked);
        long job = newJob(letter, recipients.dueOn() != null ? recipients.dueOn() : nextDeadline(letter, today));
        int total = recipientSet.write(job, sender.getId(), picked, recipients.subordinates(),
                recipients.descendantsOfKind());
        if (total == 0) {
            throw BusinessException.invalid("recipients", "Под вашей организацией нет организаций такого вида");
        }
        em.createNativeQuery("update delivery_job set total = ?2 where id = ?1")
                .setParameter(1, job).setParameter(2, total).executeUpdate();
        if (letter.getState() == LetterState.REGISTERED) {
            letter.markSent();
        }
        audit.record(letter, "SENT", "Направлено организациям: " + total);
        sending.fire(new SendingRequested(job));
        return job(job);
    }

    /** Organisations below the caller's whose name contains the text, for picking recipients. */
    /** Whether the caller's organisation has anyone below it to re-issue a letter to. */
    public boolean mayReissue() {
        return tree.hasSubordinates(caller.organisationId());
    }

    public List<Organisation> reachable(String text, int limit) {
        return tree.search(caller.organisationId(), text, limit);
    }

    /** A sending's progress, for its sender's organisation. */
    public DeliveryJob job(long id) {
        em.flush();
        DeliveryJob job = em.find(DeliveryJob.class, id);
        if (job != null) {
            em.refresh(job);
        }
        if (job == null || job.getOrganisationId() != caller.organisationId()) {
            throw BusinessException.notFound("Рассылка не найдена");
        }
        return job;
    }

    /** The caller's organisation's deliveries, newest first; {@code state} null: all of them. */
    public ResultPage<DeliveryRow> inbox(DeliveryState state, int offset, int limit) {
        int size = Math.min(Math.max(limit, 1), PAGE_LIMIT);
        // Delivery.visibleTo in SQL: a restricted letter is listed to clerks until registered, then to the copy's readers.
        String filter = " join letter v on v.id = d.letter_id where d.recipient_id = ?1"
                + " and (cast(?2 as varchar) is null or d.state = cast(?2 as varchar))"
                + " and (not v.restricted"
                + "      or (d.registered_letter_id is null and ?5)"
                + "      or exists (select 1 from letter c where c.id = d.registered_letter_id"
                + "                   and (not c.restricted or lower(c.created_by) = lower(?6) or exists (select 1 from letter_reader r"
                + "                        where r.letter_id = c.id and r.user_id = ?7))))";
        String wanted = state == null ? null : state.name();
        User me = caller.get();
        boolean clerk = me.hasRole(Role.CLERK);
        long total = ((Number) em.createNativeQuery("select count(*) from delivery d" + filter)
                .setParameter(1, caller.organisationId()).setParameter(2, wanted)
                .setParameter(5, clerk).setParameter(6, me.getLogin()).setParameter(7, me.getId())
                .getSingleResult()).longValue();
        List<?> rows = em.createNativeQuery("""
                        select d.id, d.state, l.id, s.short_name, l.registration_number, l.registration_date, l.subject,
                               d.delivered_at, d.due_on, d.registered_letter_id, r.registration_number, d.return_reason
                          from delivery d
                          join letter l on l.id = d.letter_id
                          join organisation s on s.id = l.organisation_id
                          left join letter r on r.id = d.registered_letter_id""" + filter
                        + " order by d.delivered_at desc, d.id desc offset ?3 limit ?4")
                .setParameter(1, caller.organisationId()).setParameter(2, wanted)
                .setParameter(5, clerk).setParameter(6, me.getLogin()).setParameter(7, me.getId())
                .setParameter(3, Math.max(0, offset)).setParameter(4, size).getResultList();
        List<DeliveryRow> items = rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new DeliveryRow(((Number) r[0]).longValue(), DeliveryState.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(), (String) r[3], (String) r[4], ((Date) r[5]).toLocalDate(),
                    (String) r[6], ((Timestamp) r[7]).toInstant(), r[8] == null ? null : ((Date) r[8]).toLocalDate(),
                    r[9] == null ? null : ((Number) r[9]).longValue(), (String) r[10], (String) r[11]);
        }).toList();
        return new ResultPage<>(items, total, true, Math.max(0, offset), size);
    }

    /**
     * A delivery to the caller's organisation that the caller may see (a restricted letter's only by
     * its clerks, then by the readers of the registered copy); any other answers "not found".
     */
    public Delivery find(long id) {
        Delivery delivery = em.find(Delivery.class, id);
        if (delivery == null || !delivery.getRecipient().getId().equals(caller.organisationId())
                || !delivery.visibleTo(caller.get().hasRole(Role.CLERK), letters::readable)) {
            throw BusinessException.notFound("Поступление не найдено");
        }
        return delivery;
    }

    /** The delivery an incoming letter of ours was registered from, if it came that way. */
    public Optional<Delivery> ofRegistered(long letterId) {
        return em.createQuery("select d from Delivery d where d.registeredLetterId = :letter", Delivery.class)
                .setParameter("letter", letterId).getResultStream()
                .filter(d -> d.getRecipient().getId().equals(caller.organisationId())).findFirst();
    }

    public List<Attachment> attachments(long deliveryId) {
        return em.createQuery("select a from Attachment a where a.letter = :letter order by a.id", Attachment.class)
                .setParameter("letter", find(deliveryId).getLetter()).getResultList();
    }

    public AttachmentContent content(long deliveryId, long attachmentId) {
        Attachment attachment = attachments(deliveryId).stream().filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("Файл не найден"));
        return new AttachmentContent(attachment.getFileName(), attachment.getMediaType(), files.read(attachment.getSha256()));
    }

    /**
     * Registers the delivered letter in the recipient's incoming journal with the sender's number
     * and date as "their" requisites and the files shared, not copied. {@code existingLetter}: the
     * copy a clerk already registered by hand, which the delivery is linked to instead.
     */
    @RolesAllowed("CLERK")
    public Letter register(long deliveryId, Long journalId, Long existingLetter) {
        Delivery delivery = find(deliveryId);
        delivery.checkRegistrable();
        Letter incoming;
        if (existingLetter != null) {
            incoming = ownLetter(existingLetter);
            if (incoming.getDirection() != Direction.INCOMING || !incoming.isRegistered()
                    || ofRegistered(existingLetter).isPresent()) {
                throw BusinessException.invalid("existingLetter",
                        "Связать поступление можно с зарегистрированным входящим, не связанным с другим поступлением");
            }
        } else {
            Letter sent = delivery.getLetter();
            var r = sent.requisites();
            incoming = letters.create(new LetterForm(Direction.INCOMING, journalId, null,
                    delivery.getDeliveredAt().atZone(caller.get().getOrganisation().getTimeZone()).toLocalDateTime(),
                    sent.getOrganisation().getId(), null, sent.getRegistrationNumber(), sent.getRegistrationDate(),
                    r.subject(), r.addressees(), r.signatoryPosition(), r.signatoryName(), r.executorName(),
                    r.executorPhone(), r.summary(), r.attachmentNote(), r.restricted(), List.of(), List.of(), true,
                    false));
            for (Attachment a : attachments(deliveryId)) {
                filing.share(a, incoming, caller.get().getLogin());
            }
        }
        delivery.registered(incoming.getId(), clock.instant(), caller.get().getLogin());
        keepSendersDueDate(delivery, incoming);
        audit.record(incoming, "DELIVERY_REGISTERED", "Поступило по рассылке от " + delivery.getLetter().getOrganisation()
                .getShortName() + ": № " + delivery.getLetter().getRegistrationNumber());
        return incoming;
    }

    /**
     * The due date the sender set on the sending becomes the registered letter's own due date, so
     * the card shows it and its resolution offers it; kept once, whichever way it was registered.
     */
    private void keepSendersDueDate(Delivery delivery, Letter incoming) {
        LocalDate due = delivery.getDueOn();
        if (due == null) {
            return;
        }
        Letter sent = delivery.getLetter();
        keptDeadlines.keepOnce(incoming.getId(), due, "Срок, установленный отправителем ("
                + sent.getOrganisation().getShortName() + ", № " + sent.getRegistrationNumber() + ")",
                caller.get().getLogin(), clock.instant());
    }

    @RolesAllowed({"CLERK", "EXECUTIVE", "EXECUTOR"})
    public Delivery acknowledge(long deliveryId) {
        Delivery delivery = find(deliveryId);
        delivery.acknowledged(clock.instant(), caller.get().getLogin());
        return delivery;
    }

    @RolesAllowed({"CLERK", "EXECUTIVE", "EXECUTOR"})
    public Delivery execute(long deliveryId) {
        Delivery delivery = find(deliveryId);
        delivery.executed(clock.instant(), caller.get().getLogin());
        return delivery;
    }

    /** Sends a misaddressed letter back unregistered, with the reason its sender will see in the chain. */
    @RolesAllowed("CLERK")
    public Delivery giveBack(long deliveryId, String reason) {
        Delivery delivery = find(deliveryId);
        delivery.returned(reason, clock.instant(), caller.get().getLogin());
        return delivery;
    }

    /**
     * Drafts the cover letter that forwards an incoming letter to the organisation's own
     * subordinates: the reference to it written in, its files carried along, the link kept (the
     * chain follows it once the cover letter is registered and sent).
     */
    @RolesAllowed({"CLERK", "EXECUTOR"})
    public Letter reissue(long incomingId) {
        Letter source = ownLetter(incomingId);
        if (source.getDirection() != Direction.INCOMING || !source.isRegistered()) {
            throw BusinessException.conflict("Переадресовать можно зарегистрированное входящее письмо");
        }
        if (!mayReissue()) {
            throw BusinessException.conflict("У вашей организации нет подведомственных: переадресовать некому");
        }
        var r = source.requisites();
        String sender = source.getCorrespondentOrganisationId() == null ? r.correspondentName()
                : em.find(Organisation.class, source.getCorrespondentOrganisationId()).getShortName();
        String reference = "В соответствии с письмом " + (sender == null ? "" : sender + " ")
                + (r.correspondentDate() == null ? "" : "от " + Letters.DATE.format(r.correspondentDate()) + " ")
                + (r.correspondentNumber() == null ? "" : "№ " + r.correspondentNumber() + " ")
                + "направляем для использования в работе.";
        Letter cover = letters.create(new LetterForm(Direction.OUTGOING, null, null, null, null, null, null, null,
                r.subject(), null, null, null, null, null, reference.replaceAll("\\s+", " "), r.attachmentNote(),
                r.restricted(), List.of(), List.of(), false, false));
        for (Attachment a : letters.attachments(source.getId())) {
            filing.share(a, cover, caller.get().getLogin());
        }
        em.createNativeQuery("insert into letter_link (from_letter_id, to_letter_id, kind) values (?1, ?2, ?3)")
                .setParameter(1, cover.getId()).setParameter(2, source.getId())
                .setParameter(3, LetterLink.REISSUE_OF.name()).executeUpdate();
        return cover;
    }

    /**
     * The chain below a letter of ours as far as we may see it: what we sent it to and everything
     * re-issued below, or, for a letter we received, our own delivery and what we did with it.
     * {@code node}: the children of that node instead of the top.
     */
    public ChainView chain(long letterId, Long node, int offset, int limit) {
        Letter letter = ownLetter(letterId);
        Optional<Scope> scope = scope(letter);
        if (scope.isEmpty()) {
            return new ChainView(letter.getId(), letter.getRegistrationNumber(), letter.getOrganisation().getShortName(),
                    RollUp.NONE, List.of(), node, List.of(), 0, 0);
        }
        Scope s = scope.get();
        int depth = s.depth();
        if (node != null) {
            depth = depthWithin(s, node) + 1;
        }
        var levels = chains.levels(s);
        int size = Math.min(Math.max(limit, 1), PAGE_LIMIT);
        long count = chains.count(s, node);
        return new ChainView(letter.getId(), letter.getRegistrationNumber(), letter.getOrganisation().getShortName(),
                ChainQueries.total(levels), ChainView.Level.of(levels), node,
                chains.nodes(s, node, depth, count, offset, size), count, Math.max(0, offset));
    }

    /** Whether the letter has gone anywhere by a sending, or came by one. */
    public boolean hasChain(long letterId) {
        return !em.createNativeQuery("select 1 from delivery where letter_id = ?1 or registered_letter_id = ?1 limit 1")
                .setParameter(1, ownLetter(letterId).getId()).getResultList().isEmpty();
    }

    /** The whole visible chain, top-down, for an export. */
    public List<ChainRow> chainRows(long letterId) {
        return scope(ownLetter(letterId)).map(chains::rows).orElse(List.of());
    }

    private Optional<Scope> scope(Letter letter) {
        List<?> sent = em.createNativeQuery("select root_letter_id, cardinality(ancestors) + 1 from delivery"
                + " where letter_id = ?1 limit 1").setParameter(1, letter.getId()).getResultList();
        if (!sent.isEmpty()) {
            Object[] r = (Object[]) sent.get(0);
            return Optional.of(Scope.deliveriesOf(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), letter.getId()));
        }
        List<?> received = em.createNativeQuery("select id, root_letter_id, cardinality(ancestors) + 1 from delivery"
                + " where registered_letter_id = ?1").setParameter(1, letter.getId()).getResultList();
        if (!received.isEmpty()) {
            Object[] r = (Object[]) received.get(0);
            return Optional.of(Scope.below(((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                    ((Number) r[0]).longValue()));
        }
        return Optional.empty();
    }

    /** The depth of a node, which must lie in the viewer's part. */
    private int depthWithin(Scope scope, long node) {
        if (!chains.inPart(scope, node)) {
            throw BusinessException.notFound("Узел цепочки не найден");
        }
        return ((Number) em.createNativeQuery("select cardinality(ancestors) + 1 from delivery where id = ?1")
                .setParameter(1, node).getSingleResult()).intValue();
    }

    private Letter ownLetter(long letterId) {
        Letter letter = letters.find(letterId);
        if (!letter.getOrganisation().getId().equals(caller.organisationId())) {
            throw BusinessException.notFound("Письмо не найдено");
        }
        return letter;
    }

    /** The letter's earliest due date still ahead, as the recipients' due date when the sender names none. */
    private LocalDate nextDeadline(Letter letter, LocalDate today) {
        return keptDeadlines.next(letter.getId(), today);
    }

    /** The job row, placed in the chain: under the delivery whose registered letter this one re-issues. */
    private long newJob(Letter letter, LocalDate dueOn) {
        return ((Number) em.createNativeQuery("""
                        insert into delivery_job (letter_id, organisation_id, requested_by, state, total, due_on,
                                                  parent_id, root_letter_id, ancestors, created_at)
                        select ?1, ?2, ?3, 'RUNNING', 0, cast(?4 as date), p.id, coalesce(p.root_letter_id, ?1),
                               coalesce(p.ancestors || p.id, '{}'), now()
                          from (select 1) one
                          left join (select d.* from delivery d
                                       join letter_link k on k.to_letter_id = d.registered_letter_id
                                      where k.from_letter_id = ?1 and k.kind = 'REISSUE_OF'
                                      limit 1) p on true
                        returning id""")
                .setParameter(1, letter.getId()).setParameter(2, letter.getOrganisation().getId())
                .setParameter(3, caller.get().getLogin()).setParameter(4, dueOn)
                .getSingleResult()).longValue();
    }
}
