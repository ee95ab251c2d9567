package org.letterflow.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/** One numbering sequence of one organisation for one direction, reset every year. */
@Entity
@Table(name = "registration_journal")
@NamedQuery(name = RegistrationJournal.OF_ORGANISATION,
        query = "select j from RegistrationJournal j where j.organisation.id = :organisation order by j.direction, j.name")
public class RegistrationJournal {

    public static final String OF_ORGANISATION = "RegistrationJournal.ofOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(nullable = false)
    private String name;

    @Embedded
    private NumberTemplate template;

    private boolean active = true;

    @Version
    private long version;

    protected RegistrationJournal() {
    }

    public RegistrationJournal(Organisation organisation, Direction direction, String name, NumberTemplate template) {
        this.organisation = Objects.requireNonNull(organisation);
        this.direction = Objects.requireNonNull(direction);
        this.name = Objects.requireNonNull(name).strip();
        this.template = Objects.requireNonNull(template);
    }

    /** A journal picked by its id must be one of the organisation's, and open. */
    public void checkUsableBy(Organisation registering) {
        if (!organisation.getId().equals(registering.getId())) {
            throw BusinessException.invalid("journalId", Text.JOURNAL_NOT_IN_ORGANISATION);
        }
        if (!active) {
            throw BusinessException.invalid("journalId", Text.JOURNAL_CLOSED, name);
        }
    }

    public String number(long sequence, int year) {
        return template.format(sequence, year);
    }

    /** The year's numbers around their sequence, for a number written by the database. */
    public NumberAffixes numberAround(int year) {
        return template.around(year);
    }

    public void rename(String newName, NumberTemplate newTemplate, boolean isActive) {
        this.name = Objects.requireNonNull(newName).strip();
        this.template = Objects.requireNonNull(newTemplate);
        this.active = isActive;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getName() {
        return name;
    }

    public NumberTemplate getTemplate() {
        return template;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
