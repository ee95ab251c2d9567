package org.letterflow.organisation.boundary;

import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;

/**
 * A person of the caller's own organisation as another component's page offers them (an approver,
 * an assignee, a reader, a deputy): who they are, not the account behind them.
 *
 * @param executive whether they are an executive (руководитель), which an approval route names
 */
public record Colleague(String login, String shortName, String position, boolean executive) {

    static Colleague of(User user) {
        return new Colleague(user.getLogin(), user.getShortName(), user.getPosition(), user.hasRole(Role.EXECUTIVE));
    }
}
