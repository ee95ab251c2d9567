package org.letterflow.organisation.boundary;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.stream.Collectors;
import org.letterflow.organisation.control.Passwords;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;

/**
 * Checks a login and password against the users table. An unknown or deactivated login is
 * answered exactly like a wrong password, after the same amount of hashing work. An EJB, so that
 * its persistence context is this module's even when the web module's sign-in calls it.
 */
@Stateless
public class SignInCheck {

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
        if (!passwords.matches(user.getLogin(), password, user.getPasswordHash())) {
            return INVALID_RESULT;
        }
        return valid(user);
    }

    /**
     * The signed-in person of a session as the database has them now: their current roles, or
     * invalid once the account was deactivated or removed — on whichever instance asks.
     */
    public CredentialValidationResult current(String login) {
        return em.createNamedQuery(User.BY_LOGIN, User.class)
                .setParameter("login", login)
                .getResultStream().findFirst()
                .filter(User::isActive)
                .map(SignInCheck::valid)
                .orElse(INVALID_RESULT);
    }

    private static CredentialValidationResult valid(User user) {
        return new CredentialValidationResult(user.getLogin(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
