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

    /** The counts of two parts together, as the levels of a chain add up to its total. */
    public RollUp plus(RollUp other) {
        return new RollUp(received + other.received, registered + other.registered, acknowledged + other.acknowledged,
                executed + other.executed, returned + other.returned, overdue + other.overdue);
    }
}
