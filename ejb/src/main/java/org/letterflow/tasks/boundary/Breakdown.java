package org.letterflow.tasks.boundary;

/** How the discipline report breaks down the organisations below the one it is for. */
public enum Breakdown {
    /** A line for every organisation below and for every person in each. */
    ORGANISATIONS,
    /**
     * A line for every organisation directly below, its whole subtree summed: what a ministry reads
     * first (a line per region, not per school), drilling down one level at a time.
     */
    SUBORDINATES
}
