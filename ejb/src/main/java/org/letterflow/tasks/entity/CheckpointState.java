package org.letterflow.tasks.entity;

/** Where one due date of a task stands. */
public enum CheckpointState {
    /** Nothing reported yet (or a report was returned). */
    OPEN,
    /** Reported, waiting for the controller to accept it (tasks "на контроле"). */
    REPORTED,
    /** Done: accepted, or reported on a task not under control. */
    DONE
}
