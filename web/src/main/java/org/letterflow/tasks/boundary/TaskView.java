package org.letterflow.tasks.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.tasks.entity.Checkpoint;
import org.letterflow.tasks.entity.CheckpointState;
import org.letterflow.tasks.entity.Task;

/** A task as the API shows it: the resolution, the assignee, the task it divides if any, and each checkpoint. */
@Schema(description = "Поручение по резолюции")
public record TaskView(
        @Schema(description = "Идентификатор поручения") long id,
        @Schema(description = "Письмо") long letter,
        @Schema(description = "Текст резолюции", example = "Подготовить ответ") String resolution,
        @Schema(description = "Автор резолюции") String author,
        @Schema(description = "На контроле") boolean onControl,
        @Schema(description = "Исполнитель (ФИО или организация)") String assignee,
        @Schema(description = "Исполнитель-пользователь") Long assigneeUser,
        @Schema(description = "Исполнитель-организация") Long assigneeOrganisation,
        @Schema(description = "Ответственный исполнитель") boolean responsible,
        @Schema(description = "Поручение, из которого выделено") Long parentTask,
        @Schema(type = SchemaType.ARRAY, implementation = CheckpointView.class, description = "Сроки (контрольные точки)") List<CheckpointView> checkpoints) {

    /** One due date and what became of it. */
    @Schema(description = "Срок поручения")
    public record CheckpointView(
            @Schema(description = "Идентификатор срока") long id,
            @Schema(description = "Порядок") int position,
            @Schema(type = SchemaType.STRING, format = "date", description = "Дата срока", example = "2026-12-15") LocalDate dueOn,
            @Schema(type = SchemaType.STRING, description = "Состояние", example = "OPEN") CheckpointState state,
            @Schema(description = "Отчёт") String report,
            @Schema(description = "Кто отчитался") String reportedBy,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда (UTC)") Instant reportedAt,
            @Schema(description = "Комментарий контролёра при возврате") String returnedComment) {
        static CheckpointView of(Checkpoint c) {
            return new CheckpointView(c.getId(), c.getPosition(), c.getDueOn(), c.getState(), c.getReport(),
                    c.getReportedBy(), c.getReportedAt(), c.getReturnedComment());
        }
    }

    public static TaskView of(Task t) {
        var r = t.getResolution();
        return new TaskView(t.getId(), r.getLetterId(), r.getText(), r.getAuthorName(), r.isOnControl(),
                t.getAssigneeName(), t.getAssigneeUserId(), t.getAssigneeOrganisationId(), t.isResponsible(),
                r.getParentTaskId(), t.getCheckpoints().stream().map(CheckpointView::of).toList());
    }
}
