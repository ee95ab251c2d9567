package org.letterflow.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A personal API token: a user's bearer secret for scripts, of which only the hash is kept. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.OF_USER, query = "select t from ApiToken t where t.user = :user order by t.id")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.user u join fetch u.organisation"
        + " where t.secretHash = :hash")
public class ApiToken {

    public static final String OF_USER = "ApiToken.ofUser";
    public static final String BY_HASH = "ApiToken.byHash";
    /** How stale "last used" may get: writing it on every call would make each API read a write. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    private String name;

    @Column(name = "secret_hash")
    private String secretHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(User user, String name, String secretHash, Instant createdAt) {
        this.user = user;
        this.name = name;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
    }

    /** Notes a use, at most every few minutes. */
    public void usedAt(Instant at) {
        if (lastUsedAt == null || lastUsedAt.plus(USE_RECORDED_EVERY).isBefore(at)) {
            lastUsedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
