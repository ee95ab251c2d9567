package org.letterflow.approval.entity;

/** What an approver answers; remarks are required where the answer is not a plain yes. */
public enum Decision {
    APPROVED("Согласовано", false),
    APPROVED_WITH_REMARKS("Согласовано с замечаниями", true),
    REJECTED("Не согласовано", true),
    SIGNED("Подписано", false);

    private final String printed;
    private final boolean needsRemarks;

    Decision(String printed, boolean needsRemarks) {
        this.printed = printed;
        this.needsRemarks = needsRemarks;
    }

    /** As the sheet prints it. */
    public String printed() {
        return printed;
    }

    public boolean needsRemarks() {
        return needsRemarks;
    }
}
