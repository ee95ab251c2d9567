package org.letterflow.forwarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.letterflow.extraction.control.KeptDeadlines;
import org.letterflow.forwarding.control.RecipientSet;
import org.letterflow.forwarding.control.SendingRequested;
import org.letterflow.forwarding.entity.DeliveryJob;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.control.OrganisationTree;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.control.AuditTrail;
import org.letterflow.registration.control.LetterAccess;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;

/**
 * Sending a registered outgoing letter down the tree: the recipients checked and written into a
 * job at once, the deliveries made in the background; the sending's progress for its sender.
 */
@Stateless
public class Sendings {

    @PersistenceContext
    EntityManager em;

    @Inject
    KeptDeadlines keptDeadlines;

    @Inject
    CurrentUser caller;

    @Inject
    LetterAccess letters;

    @Inject
    RecipientSet recipientSet;

    @Inject
    AuditTrail audit;

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
        Letter letter = letters.find(letterId);
        if (letter.getDirection() != Direction.OUTGOING || !letter.isRegistered()) {
            throw BusinessException.conflict(Text.SENDING_ONLY_REGISTERED_OUTGOING);
        }
        if (recipients == null || recipients.isEmpty()) {
            throw BusinessException.invalid("recipients", Text.SENDING_RECIPIENTS_MISSING);
        }
        Organisation sender = letter.getOrganisation();
        LocalDate today = sender.today(clock);
        if (recipients.dueOn() != null && recipients.dueOn().isBefore(today)) {
            throw BusinessException.invalid("dueOn", Text.DUE_DATE_IN_PAST);
        }
        List<Long> picked = new ArrayList<>(recipients.recipients());
        picked.addAll(recipientSet.members(sender.getId(), recipients.lists()));
        recipientSet.checkReach(sender.getId(), picked);
        // Without a due date of the sender's own, the letter's earliest due date still ahead.
        long job = newJob(letter, recipients.dueOn() != null ? recipients.dueOn()
                : keptDeadlines.next(letter.getId(), today));
        int total = recipientSet.write(job, sender.getId(), picked, recipients.subordinates(),
                recipients.descendantsOfKind());
        if (total == 0) {
            throw BusinessException.invalid("recipients", Text.SENDING_NO_ORGANISATIONS_OF_KIND);
        }
        em.createNativeQuery("update delivery_job set total = ?2 where id = ?1")
                .setParameter(1, job).setParameter(2, total).executeUpdate();
        if (letter.getState() == LetterState.REGISTERED) {
            letter.markSent();
        }
        audit.record(letter, "SENT", Text.AUDIT_SENT.format(total));
        sending.fire(new SendingRequested(job));
        return job(job);
    }

    /** Organisations below the caller's whose name contains the text, for picking recipients. */
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
            throw BusinessException.notFound(Text.SENDING_NOT_FOUND);
        }
        return job;
    }

    /**
     * The job row, placed in the chain: under the delivery whose registered letter this one
     * re-issues. Created at the injected clock's instant, as everything else of the sending.
     */
    private long newJob(Letter letter, LocalDate dueOn) {
        return ((Number) em.createNativeQuery("""
                        insert into delivery_job (letter_id, organisation_id, requested_by, state, total, due_on,
                                                  parent_id, root_letter_id, ancestors, created_at)
                        select ?1, ?2, ?3, 'RUNNING', 0, cast(?4 as date), p.id, coalesce(p.root_letter_id, ?1),
                               coalesce(p.ancestors || p.id, '{}'), cast(?5 as timestamptz)
                          from (select 1) one
                          left join (select d.* from delivery d
                                       join letter_link k on k.to_letter_id = d.registered_letter_id
                                      where k.from_letter_id = ?1 and k.kind = 'REISSUE_OF'
                                      limit 1) p on true
                        returning id""")
                .setParameter(1, letter.getId()).setParameter(2, letter.getOrganisation().getId())
                .setParameter(3, caller.get().getLogin()).setParameter(4, dueOn)
                .setParameter(5, Timestamp.from(clock.instant()))
                .getSingleResult()).longValue();
    }
}
