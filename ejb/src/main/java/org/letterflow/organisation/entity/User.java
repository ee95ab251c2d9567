package org.letterflow.organisation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person working in one organisation, who signs in with a login and a password. */
@Entity
@Table(name = "app_user")
// one statement for what every request needs of its caller (asked twice a request: sign-in and CurrentUser)
@NamedQuery(name = User.BY_LOGIN, query = "select distinct u from User u join fetch u.organisation left join fetch u.roles"
        + " where lower(u.login) = lower(:login)")
@NamedQuery(name = User.OF_ORGANISATIONS,
        query = "select u from User u where u.organisation.id in :organisations order by u.fullName")
public class User {

    public static final String BY_LOGIN = "User.findByLogin";
    public static final String OF_ORGANISATIONS = "User.findByOrganisations";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, updatable = false)
    private String login;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    /** The initials form used on documents: "С.П. Шатунов". */
    @Column(name = "short_name", nullable = false)
    private String shortName;

    private String position;
    private String email;
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected User() {
    }

    public User(Organisation organisation, String login, String passwordHash) {
        this.organisation = Objects.requireNonNull(organisation);
        this.login = Objects.requireNonNull(login).strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public void describe(String fullName, String shortName, String position, String email) {
        this.fullName = Objects.requireNonNull(fullName).strip();
        this.shortName = Objects.requireNonNull(shortName).strip();
        this.position = position;
        this.email = email;
    }

    public void grant(Collection<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** A user of this organisation or of one below it, by the ids of that subtree. */
    public boolean worksIn(Collection<Long> organisationIds) {
        return organisationIds.contains(organisation.getId());
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public String getPosition() {
        return position;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }
}
