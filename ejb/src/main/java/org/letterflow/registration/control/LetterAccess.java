package org.letterflow.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;

/**
 * Who may read a letter, in one place for every boundary that hands one out: a user sees the
 * letters of their own organisation; a restricted (ДСП) letter only its registering clerk and the
 * readers named on it. Any other letter "does not exist", whatever the reason.
 */
@Dependent
public class LetterAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Instance<ApprovalState> approval;

    /** A letter the caller may read; any other answers "not found". */
    public Letter find(long id) {
        Letter letter = em.find(Letter.class, id);
        if (letter == null || !mayRead(letter)) {
            throw BusinessException.notFound(Text.LETTER_NOT_FOUND);
        }
        return letter;
    }

    /** What {@link #find} checks, as a yes or no. */
    public boolean readable(long id) {
        Letter letter = em.find(Letter.class, id);
        return letter != null && mayRead(letter);
    }

    public boolean mayRead(Letter letter) {
        User me = caller.get();
        if (!letter.getOrganisation().getId().equals(me.getOrganisation().getId())) {
            return false;
        }
        if (!letter.isRestricted() || me.getLogin().equalsIgnoreCase(letter.getCreatedBy())) {
            return true;
        }
        return !em.createNativeQuery("select 1 from letter_reader where letter_id = ?1 and user_id = ?2")
                .setParameter(1, letter.getId()).setParameter(2, me.getId()).getResultList().isEmpty();
    }

    /** Names the users of the letter's organisation who may read it besides its clerk (a restricted letter's readers). */
    public void nameReaders(Letter letter, List<String> logins) {
        for (String login : logins) {
            User reader = em.createNamedQuery(User.BY_LOGIN, User.class).setParameter("login", login)
                    .getResultStream().filter(u -> u.getOrganisation().getId().equals(letter.getOrganisation().getId()))
                    .findFirst()
                    .orElseThrow(() -> BusinessException.invalid("readers", Text.USER_NOT_IN_ORGANISATION, login));
            em.createNativeQuery("insert into letter_reader (letter_id, user_id) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, letter.getId()).setParameter(2, reader.getId()).executeUpdate();
        }
    }

    /**
     * Whether an approval round of the letter is under way: its requisites and files are then the
     * approvers', not the clerk's. Approval builds on registration, so it answers through
     * {@link ApprovalState}; a deployment without approval has no round under way.
     */
    public boolean onApproval(Letter letter) {
        return letter.getState() == LetterState.DRAFT && approval.isResolvable()
                && approval.get().inProgress(letter.getId());
    }
}
