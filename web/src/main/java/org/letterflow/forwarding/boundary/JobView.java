package org.letterflow.forwarding.boundary;

import java.time.Instant;
import org.letterflow.forwarding.entity.DeliveryJob;

/** A sending's progress: {@code done} of {@code total} recipients through, {@code delivered} of them new. */
public record JobView(long id, long letter, DeliveryJob.State state, int total, int done, int delivered, int percent,
                      Instant createdAt, Instant finishedAt, String problem) {

    public static JobView of(DeliveryJob job) {
        return new JobView(job.getId(), job.getLetterId(), job.getState(), job.getTotal(), job.getDone(),
                job.getDelivered(), job.getPercent(), job.getCreatedAt(), job.getFinishedAt(), job.getProblem());
    }
}
