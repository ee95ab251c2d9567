package org.letterflow.forwarding.boundary;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.forwarding.entity.DeliveryJob;

/** A sending's progress: {@code done} of {@code total} recipients through, {@code delivered} of them new. */
@Schema(description = "Задание рассылки: доставка идёт в фоне")
public record JobView(
        @Schema(description = "Идентификатор задания") long id,
        @Schema(description = "Рассылаемое письмо") long letter,
        @Schema(type = SchemaType.STRING, description = "Состояние", example = "RUNNING") DeliveryJob.State state,
        @Schema(description = "Всего получателей") int total,
        @Schema(description = "Обработано") int done,
        @Schema(description = "Доставлено") int delivered,
        @Schema(description = "Готово, %") int percent,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда начато (UTC)") Instant createdAt,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда закончено (UTC)") Instant finishedAt,
        @Schema(description = "Что помешало") String problem) {

    public static JobView of(DeliveryJob job) {
        return new JobView(job.getId(), job.getLetterId(), job.getState(), job.getTotal(), job.getDone(),
                job.getDelivered(), job.getPercent(), job.getCreatedAt(), job.getFinishedAt(), job.getProblem());
    }
}
