package org.letterflow.forwarding.control;

/** A sending job was written; its batches start once that transaction has committed. */
public record SendingRequested(long jobId) {
}
