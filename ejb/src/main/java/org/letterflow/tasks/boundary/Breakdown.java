package org.letterflow.tasks.boundary;

/** How the discipline report breaks down the organisations below the one it is for. */
public enum Breakdown {
    /**
     * The organisation and its people, and a line for every organisation directly below, its whole
     * subtree summed: what a ministry reads first (a line per region, not per school), drilling down
     * one level at a time. The default: a school's report is the same either way, and a ministry's
     * by organisations is some 90,000 lines nobody reads on a screen.
     */
    SUBORDINATES,
    /** A line for every organisation below and for every person in each. */
    ORGANISATIONS
}
