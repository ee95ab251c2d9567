package org.letterflow.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.organisation.boundary.OrganisationCreated;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.Row;
import org.letterflow.registration.control.JournalAccess;
import org.letterflow.registration.control.Numbering;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.NumberTemplate;
import org.letterflow.registration.entity.RegistrationJournal;

/**
 * The registration journals of the caller's organisation, and numbers taken out of them. A journal
 * printed over a period is {@link JournalPrints}'.
 */
@Stateless
public class Journals {

    private static final Logger LOG = Logger.getLogger(Journals.class.getName());

    /** A number an administrator took out of a journal's sequence, and why. */
    public record WithheldNumber(String number, int year, long sequence, String kind, String reason, String by,
                                 @Schema(type = SchemaType.STRING, format = "date-time") java.time.Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Numbering numbering;

    @Inject
    Clock clock;

    @Inject
    JournalAccess journals;

    public List<RegistrationJournal> mine() {
        return em.createNamedQuery(RegistrationJournal.OF_ORGANISATION, RegistrationJournal.class)
                .setParameter("organisation", caller.organisationId()).getResultList();
    }

    /** Today in the caller's organisation: the end of the period a printed journal is offered for. */
    public LocalDate today() {
        return caller.today();
    }

    /** A sample of the journal's next number this year ("Вх-38"): templates are not for clerks' eyes. */
    public String nextNumber(RegistrationJournal journal) {
        return numbering.peek(journal, journal.getOrganisation().today(clock).getYear());
    }

    @RolesAllowed("ADMIN")
    public RegistrationJournal create(Direction direction, String name, String template) {
        if (direction == null || name == null || name.isBlank()) {
            throw BusinessException.invalid("name", Text.JOURNAL_NAME_MISSING);
        }
        RegistrationJournal journal = new RegistrationJournal(caller.get().getOrganisation(), direction, name,
                template(template));
        em.persist(journal);
        return journal;
    }

    /**
     * Takes the next number out of the sequence: skipped for good, or reserved for a letter to be
     * registered under it later. Either needs a reason, and both appear in the report.
     */
    @RolesAllowed("ADMIN")
    public WithheldNumber withhold(long journalId, boolean reserve, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", Text.JOURNAL_SKIP_REASON_MISSING);
        }
        RegistrationJournal journal = journals.own(journalId);
        int year = journal.getOrganisation().today(clock).getYear();
        numbering.open(journal, year);
        Numbering.Issued number = numbering.next(journal, year);
        String kind = reserve ? "RESERVED" : "SKIPPED";
        String by = caller.get().getLogin();
        em.createNativeQuery("""
                        insert into withheld_number (journal_id, year, sequence, number, kind, reason, withheld_by, withheld_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, journal.getId()).setParameter(2, year).setParameter(3, number.sequence())
                .setParameter(4, number.number()).setParameter(5, kind).setParameter(6, reason.strip())
                .setParameter(7, by).setParameter(8, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
        LOG.info(() -> "Number " + number.number() + " of journal " + journalId + " " + kind + " by " + by);
        return new WithheldNumber(number.number(), year, number.sequence(), kind, reason.strip(), by, clock.instant());
    }

    /** The report of numbers skipped or reserved in a journal. */
    public List<WithheldNumber> withheld(long journalId) {
        journals.own(journalId);
        return Row.all(em.createNativeQuery("""
                        select number, year, sequence, kind, reason, withheld_by, withheld_at
                          from withheld_number where journal_id = ?1 order by year desc, sequence""")
                .setParameter(1, journalId)).stream()
                .map(r -> new WithheldNumber(r.string("number"), r.intValue("year"), r.longValue("sequence"),
                        r.string("kind"), r.string("reason"), r.string("withheld_by"), r.instant("withheld_at")))
                .toList();
    }

    /** Every new organisation starts with an incoming and an outgoing journal. */
    public void openDefaultJournals(@Observes OrganisationCreated created) {
        Organisation organisation = em.find(Organisation.class, created.id());
        em.persist(new RegistrationJournal(organisation, Direction.INCOMING, Text.JOURNAL_DEFAULT_INCOMING.format(),
                NumberTemplate.of(Text.JOURNAL_DEFAULT_INCOMING_NUMBER.format())));
        em.persist(new RegistrationJournal(organisation, Direction.OUTGOING, Text.JOURNAL_DEFAULT_OUTGOING.format(),
                NumberTemplate.of(Text.JOURNAL_DEFAULT_OUTGOING_NUMBER.format())));
    }

    private static NumberTemplate template(String pattern) {
        try {
            return NumberTemplate.of(pattern);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("template", e.getMessage());
        }
    }
}
