package org.letterflow.organisation.control;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;

/**
 * Checks a login and password against the users table. An unknown or deactivated login is
 * answered exactly like a wrong password, after the same amount of hashing work.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        User user = em.createNamedQuery(User.BY_LOGIN, User.class)
                .setParameter("login", credential.getCaller().strip())
                .getResultStream().findFirst().orElse(null);
        char[] password = credential.getPassword().getValue();
        if (user == null || !user.isActive()) {
            passwords.wasteVerification(password);
            return INVALID_RESULT;
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(user.getLogin(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
