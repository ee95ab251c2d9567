package org.letterflow.approval.entity;

import org.letterflow.platform.Text;

/** What an approver answers; remarks are required where the answer is not a plain yes. */
public enum Decision {
    APPROVED(Text.DECISION_APPROVED, false),
    APPROVED_WITH_REMARKS(Text.DECISION_APPROVED_WITH_REMARKS, true),
    REJECTED(Text.DECISION_REJECTED, true),
    SIGNED(Text.DECISION_SIGNED, false);

    private final Text printed;
    private final boolean needsRemarks;

    Decision(Text printed, boolean needsRemarks) {
        this.printed = printed;
        this.needsRemarks = needsRemarks;
    }

    /** As the sheet prints it. */
    public String printed() {
        return printed.format();
    }

    public boolean needsRemarks() {
        return needsRemarks;
    }
}
