package org.letterflow.forwarding.control;

/**
 * Counts over a part of a chain: how many organisations received the letter, and how many of them
 * registered it (or went further), took note, executed it, sent it back, or are late with it.
 */
public record RollUp(long received, long registered, long acknowledged, long executed, long returned, long overdue) {

    public static final RollUp NONE = new RollUp(0, 0, 0, 0, 0, 0);

    /** Received but not yet registered nor returned. */
    public long awaiting() {
        return received - registered - returned;
    }
}
