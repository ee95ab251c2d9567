package org.letterflow.registration.control;

/**
 * Whether a draft is on approval: while a round is under way its requisites and files are the
 * approvers', not the clerk's. Approval sheets are the approval component's, which stands on
 * registration; so registration asks here and approval answers (issue 15).
 */
public interface ApprovalState {

    /** Whether an approval round of the letter is under way. */
    boolean inProgress(long letterId);
}
