package org.letterflow.tasks.control;

import jakarta.enterprise.context.Dependent;
import org.letterflow.registration.control.LetterExecutors;

/** The people given a task on a letter by a resolution on it, as the search's executor filter finds them. */
@Dependent
public class TaskExecutors implements LetterExecutors {

    @Override
    public String givenATask(int namePattern) {
        return "exists (select 1 from resolution er join task et on et.resolution_id = er.id"
                + " join app_user eu on eu.id = et.assignee_user_id where er.letter_id = l.id"
                + " and (lower(eu.full_name) like ?" + namePattern + " or lower(eu.short_name) like ?" + namePattern + "))";
    }
}
