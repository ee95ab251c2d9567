package org.letterflow.forwarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.letterflow.document.FileStore;
import org.letterflow.extraction.control.KeptDeadlines;
import org.letterflow.forwarding.control.DeliveryListing;
import org.letterflow.forwarding.control.DeliveryRow;
import org.letterflow.forwarding.entity.Delivery;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Conditions;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.Text;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.Row;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.registration.boundary.LetterFile;
import org.letterflow.registration.boundary.LetterForm;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.control.AuditTrail;
import org.letterflow.registration.control.Filing;
import org.letterflow.registration.control.LetterAccess;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;

/**
 * What recipients do with a letter sent down the tree: find it among their deliveries, register
 * it in their own journal (or link it to the copy they registered by hand), take note, execute,
 * return it. A delivery is visible to its recipient only; to anyone else it does not exist.
 * Sending is {@link Sendings}', passing it on {@link Reissues}', the chain {@link Chains}'.
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
    LetterAccess access;

    @Inject
    Filing filing;

    @Inject
    AuditTrail audit;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    /** The caller's organisation's deliveries, newest first; {@code state} null: all of them. */
    public ResultPage<DeliveryRow> inbox(DeliveryState state, int offset, int limit) {
        return inbox(state, DeliveryListing.ALL, ListSort.NONE, offset, limit);
    }

    /**
     * A page of the caller's organisation's deliveries (in {@code state}, or all) that pass the
     * listing's filters, newest first unless sorted by a column; filtered, sorted and counted in the
     * query, so every one of them can be reached a page at a time.
     */
    public ResultPage<DeliveryRow> inbox(DeliveryState state, DeliveryListing listing, ListSort sort, int offset, int limit) {
        int first = Math.max(0, offset);
        int size = Math.min(Math.max(limit, 1), PAGE_LIMIT);
        // Delivery.visibleTo in SQL: a restricted letter is listed to clerks until registered, then to the copy's readers.
        Conditions where = listing.where(6);
        String filtered = """
                  from delivery d
                  join letter l on l.id = d.letter_id
                  join organisation s on s.id = l.organisation_id
                  left join letter r on r.id = d.registered_letter_id
                 where d.recipient_id = ?1
                   and (cast(?2 as varchar) is null or d.state = cast(?2 as varchar))
                   and (not l.restricted
                        or (d.registered_letter_id is null and ?3)
                        or exists (select 1 from letter c where c.id = d.registered_letter_id
                                     and (not c.restricted or lower(c.created_by) = lower(?4) or exists (select 1 from letter_reader x
                                          where x.letter_id = c.id and x.user_id = ?5))))""" + where.sql();
        User me = caller.get();
        UnaryOperator<Query> visible = q -> where.bind(q.setParameter(1, caller.organisationId())
                .setParameter(2, state == null ? null : state.name()).setParameter(3, me.hasRole(Role.CLERK))
                .setParameter(4, me.getLogin()).setParameter(5, me.getId()));
        long total = ((Number) visible.apply(em.createNativeQuery("select count(*)" + filtered)).getSingleResult())
                .longValue();
        List<DeliveryRow> items = Row.all(visible.apply(em.createNativeQuery("""
                        select d.id as delivery, d.state as state, l.id as letter, s.short_name as sender,
                               l.registration_number as number, l.registration_date as date, l.subject as subject,
                               d.delivered_at as delivered_at, d.due_on as due_on,
                               d.registered_letter_id as registered_letter, r.registration_number as registered_number,
                               d.return_reason as return_reason""" + filtered + DeliveryListing.COLUMNS.orderBy(sort)
                        + where.page(first, size)))).stream()
                .map(r -> new DeliveryRow(r.longValue("delivery"), r.enumValue("state", DeliveryState.class),
                        r.longValue("letter"), r.string("sender"), r.string("number"), r.date("date"),
                        r.string("subject"), r.instant("delivered_at"), r.date("due_on"),
                        r.longOrNull("registered_letter"), r.string("registered_number"), r.string("return_reason")))
                .toList();
        return new ResultPage<>(items, total, true, first, size);
    }

    /**
     * A delivery to the caller's organisation that the caller may see (a restricted letter's only by
     * its clerks, then by the readers of the registered copy); any other answers "not found".
     */
    public Delivery find(long id) {
        Delivery delivery = em.find(Delivery.class, id);
        if (delivery == null || !delivery.getRecipient().getId().equals(caller.organisationId())
                || !delivery.visibleTo(caller.get().hasRole(Role.CLERK), access::readable)) {
            throw BusinessException.notFound(Text.DELIVERY_NOT_FOUND);
        }
        return delivery;
    }

    /** The delivery an incoming letter of ours was registered from, if it came that way. */
    public Optional<Delivery> ofRegistered(long letterId) {
        return em.createQuery("select d from Delivery d where d.registeredLetterId = :letter", Delivery.class)
                .setParameter("letter", letterId).getResultStream()
                .filter(d -> d.getRecipient().getId().equals(caller.organisationId())).findFirst();
    }

    /**
     * The sender's letter of a delivery with its files, as its recipient reads it before registering:
     * no links, since those are the sender's, not the recipient's.
     */
    public LetterFile sentLetter(long deliveryId) {
        Letter sent = find(deliveryId).getLetter();
        return new LetterFile(sent, filing.filesOf(sent), List.of(), List.of(), List.of());
    }

    private List<Attachment> attachments(long deliveryId) {
        return filing.filesOf(find(deliveryId).getLetter());
    }

    public AttachmentContent content(long deliveryId, long attachmentId) {
        Attachment attachment = attachments(deliveryId).stream().filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> BusinessException.notFound(Text.FILE_NOT_FOUND));
        return new AttachmentContent(attachment.getFileName(), attachment.getMediaType(), files.read(attachment.getSha256()));
    }

    /**
     * Registers the delivered letter in the recipient's incoming journal with the sender's number
     * and date as "their" requisites and the files shared, not copied. {@code existingLetter}: the
     * copy a clerk already registered by hand, which the delivery is linked to instead.
     *
     * @return the id of the registered incoming letter, which registration shows from here on
     */
    @RolesAllowed("CLERK")
    public long register(long deliveryId, Long journalId, Long existingLetter) {
        Delivery delivery = find(deliveryId);
        delivery.checkRegistrable();
        Letter incoming;
        if (existingLetter != null) {
            incoming = access.find(existingLetter);
            if (incoming.getDirection() != Direction.INCOMING || !incoming.isRegistered()
                    || ofRegistered(existingLetter).isPresent()) {
                throw BusinessException.invalid("existingLetter", Text.DELIVERY_LINK_NOT_POSSIBLE);
            }
        } else {
            Letter sent = delivery.getLetter();
            var r = sent.requisites();
            incoming = letters.create(new LetterForm(Direction.INCOMING, journalId, null,
                    delivery.getDeliveredAt().atZone(caller.get().getOrganisation().getTimeZone()).toLocalDateTime(),
                    sent.getOrganisation().getId(), null, sent.getRegistrationNumber(), sent.getRegistrationDate(),
                    r.subject(), r.addressees(), r.signatoryPosition(), r.signatoryName(), r.executorName(),
                    r.executorPhone(), r.summary(), r.attachmentNote(), r.restricted(), List.of(), List.of(), true,
                    false)).letter();
            for (Attachment a : attachments(deliveryId)) {
                filing.share(a, incoming, caller.get().getLogin());
            }
        }
        delivery.registered(incoming.getId(), clock.instant(), caller.get().getLogin());
        keepSendersDueDate(delivery, incoming);
        audit.record(incoming, "DELIVERY_REGISTERED", Text.AUDIT_DELIVERY_REGISTERED.format(
                delivery.getLetter().getOrganisation().getShortName(), delivery.getLetter().getRegistrationNumber()));
        return incoming.getId();
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
        keptDeadlines.keepOnce(incoming.getId(), due,
                Text.DUE_DATE_OF_SENDER.format(sent.getOrganisation().getShortName(), sent.getRegistrationNumber()),
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
}
