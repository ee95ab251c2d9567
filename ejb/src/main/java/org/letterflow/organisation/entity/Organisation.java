package org.letterflow.organisation.entity;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A node of the organisation tree. Every document belongs to exactly one organisation. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    /** Due dates end at midnight here; Tomsk and Irkutsk are not Moscow. */
    @Column(name = "time_zone", nullable = false)
    private ZoneId timeZone;

    private String email;
    private String address;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(Organisation parent, OrganisationKind kind, String fullName, String shortName, ZoneId timeZone,
                        String email, String address) {
        this.parent = parent;
        describe(kind, fullName, shortName, timeZone, email, address);
    }

    /** Changes what the organisation is called and where it is; its place in the tree stays. */
    public void describe(OrganisationKind kind, String fullName, String shortName, ZoneId timeZone,
                         String email, String address) {
        this.kind = Objects.requireNonNull(kind);
        this.fullName = Objects.requireNonNull(fullName).strip();
        this.shortName = Objects.requireNonNull(shortName).strip();
        this.timeZone = Objects.requireNonNull(timeZone);
        this.email = email;
        this.address = address;
    }

    /** Today by this organisation's calendar: a due date passes at its midnight, not Moscow's or the server's. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }

    public Long getId() {
        return id;
    }

    public Organisation getParent() {
        return parent;
    }

    public Long parentId() {
        return parent == null ? null : parent.getId();
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getFullName() {
        return fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public long getVersion() {
        return version;
    }
}
