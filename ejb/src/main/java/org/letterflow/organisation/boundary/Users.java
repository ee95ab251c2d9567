package org.letterflow.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.control.OrganisationTree;
import org.letterflow.organisation.control.Passwords;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.FormValidator;

/** The signed-in user, and the users an administrator manages in their part of the tree. */
@Stateless
public class Users {

    private static final Logger LOG = Logger.getLogger(Users.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    FormValidator validator;

    @Inject
    Organisations organisations;

    @Inject
    Passwords passwords;

    @Inject
    OrganisationTree tree;

    public User me() {
        return caller.get();
    }

    /** Today on the caller's organisation's calendar, for a page's default dates. */
    public LocalDate today() {
        return caller.today();
    }

    /** The time zone of the caller's organisation, in which a page or an export shows times. */
    public ZoneId zone() {
        return caller.get().getOrganisation().getTimeZone();
    }

    /** The active users of the caller's own organisation, e.g. to name the readers of a restricted letter. */
    public List<Colleague> colleagues() {
        return em.createNamedQuery(User.OF_ORGANISATIONS, User.class)
                .setParameter("organisations", List.of(caller.organisationId()))
                .getResultStream().filter(User::isActive).map(Colleague::of).toList();
    }

    /**
     * People's short names ("Е.Н. Иванова") by login, for a history that names who did what; a
     * login no longer known (or a system actor) stays as it is.
     */
    public java.util.Map<String, String> shortNames(java.util.Collection<String> logins) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (logins.isEmpty()) {
            return names;
        }
        em.createQuery("select u from User u where u.login in :logins", User.class)
                .setParameter("logins", java.util.Set.copyOf(logins)).getResultList()
                .forEach(u -> names.put(u.getLogin(), u.getShortName()));
        return names;
    }

    /** The users of the administrator's organisation and below (recursive SQL: no id list to pass). */
    @RolesAllowed("ADMIN")
    public List<User> managed() {
        return tree.usersBelow(caller.organisationId());
    }

    @RolesAllowed("ADMIN")
    public User find(long id) {
        User user = em.find(User.class, id);
        if (user == null || !caller.sees(user.getOrganisation().getId())) {
            throw BusinessException.notFound(Text.USER_NOT_FOUND);
        }
        return user;
    }

    @RolesAllowed("ADMIN")
    public User create(UserForm form) {
        validator.check(form);
        Organisation organisation = organisations.find(form.organisationId());
        boolean taken = !em.createNamedQuery(User.BY_LOGIN, User.class)
                .setParameter("login", form.login()).getResultList().isEmpty();
        if (taken) {
            throw BusinessException.conflict(Text.USER_LOGIN_TAKEN, form.login());
        }
        User user = new User(organisation, form.login(), passwords.hash(checkedPassword(form.password())));
        apply(user, form);
        em.persist(user);
        em.flush();
        LOG.info(() -> "User " + user.getLogin() + " created in organisation " + organisation.getId()
                + " by " + caller.get().getLogin());
        return user;
    }

    @RolesAllowed("ADMIN")
    public User update(long id, UserForm form, long expectedVersion) {
        validator.check(form);
        User user = find(id);
        if (user.getVersion() != expectedVersion) {
            throw BusinessException.conflict(Text.USER_CHANGED);
        }
        if (user.getId().equals(caller.get().getId()) && !form.active()) {
            throw BusinessException.invalid("active", Text.USER_CANNOT_DISABLE_SELF);
        }
        apply(user, form);
        if (form.password() != null && !form.password().isEmpty()) {
            user.changePassword(passwords.hash(checkedPassword(form.password())));
        }
        LOG.info(() -> "User " + user.getLogin() + " changed by " + caller.get().getLogin());
        return user;
    }

    private void apply(User user, UserForm form) {
        user.describe(form.fullName(), form.shortName(), Organisations.blankToNull(form.position()),
                Organisations.blankToNull(form.email()));
        user.grant(form.roles());
        user.setActive(form.active());
    }

    private static char[] checkedPassword(String password) {
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            throw BusinessException.invalid("password", Text.USER_PASSWORD_TOO_SHORT, Passwords.MIN_LENGTH);
        }
        return password.toCharArray();
    }
}
