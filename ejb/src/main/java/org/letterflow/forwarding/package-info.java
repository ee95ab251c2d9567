/**
 * Forwarding down the hierarchy: a registered outgoing letter delivered to organisations of the
 * tree (in batches, by a job that survives a crash), each recipient registering it in its own
 * journal, acknowledging, executing or returning it, and re-issuing it to its own subordinates;
 * the chain of deliveries with its roll-ups per level and per branch.
 */
package org.letterflow.forwarding;
