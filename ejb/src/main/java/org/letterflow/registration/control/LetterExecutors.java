package org.letterflow.registration.control;

/**
 * Who executes a letter besides the executor written on it: the people given a task on it. Tasks
 * are the tasks component's, which stands on registration; so the search asks it for a condition
 * on letter {@code l} (issue 15) rather than joining the tasks' tables itself.
 */
public interface LetterExecutors {

    /**
     * A condition on letter {@code l}, true when a person given a task on it has a full or short
     * name like the pattern the search bound as parameter {@code namePattern}. It binds no value of
     * its own and pastes nothing typed: it only refers to that parameter.
     */
    String givenATask(int namePattern);
}
