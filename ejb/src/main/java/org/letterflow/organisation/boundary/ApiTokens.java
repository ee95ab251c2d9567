package org.letterflow.organisation.boundary;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.control.TokenSecrets;
import org.letterflow.organisation.entity.ApiToken;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * Personal API tokens: a user makes one for a script (the secret is shown once), lists and
 * revokes their own; the sign-in accepts a token's secret as a bearer credential.
 */
@Stateless
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());
    static final int MAX_PER_USER = 20;

    /** A token just made, with the secret that is never shown again. */
    public record Issued(ApiToken token, String secret) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    public Issued create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw BusinessException.invalid("name", Text.TOKEN_NAME_MISSING);
        }
        User me = caller.get();
        if (mine().size() >= MAX_PER_USER) {
            throw BusinessException.conflict(Text.TOKEN_LIMIT_REACHED, MAX_PER_USER);
        }
        String secret = TokenSecrets.newSecret();
        ApiToken token = new ApiToken(me, trimmed, TokenSecrets.hash(secret), clock.instant());
        em.persist(token);
        em.flush();
        LOG.info(() -> "API token " + token.getId() + " created by " + me.getLogin());
        return new Issued(token, secret);
    }

    public List<ApiToken> mine() {
        return em.createNamedQuery(ApiToken.OF_USER, ApiToken.class).setParameter("user", caller.get()).getResultList();
    }

    /** Revokes one of the caller's tokens; anyone else's answers "not found". */
    public void revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getUser().getId().equals(caller.get().getId())) {
            throw BusinessException.notFound(Text.TOKEN_NOT_FOUND);
        }
        em.remove(token);
        LOG.info(() -> "API token " + id + " revoked by " + caller.get().getLogin());
    }

    /** The user a bearer secret belongs to, if it is a live token of an active user. */
    public CredentialValidationResult validate(String secret) {
        if (secret == null || secret.isBlank()) {
            return INVALID_RESULT;
        }
        ApiToken token = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", TokenSecrets.hash(secret)).getResultStream().findFirst().orElse(null);
        if (token == null || !token.getUser().isActive()) {
            return INVALID_RESULT;
        }
        token.usedAt(clock.instant());
        User user = token.getUser();
        return new CredentialValidationResult(user.getLogin(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
