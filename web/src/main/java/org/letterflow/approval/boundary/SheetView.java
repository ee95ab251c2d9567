package org.letterflow.approval.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.approval.entity.ApprovalSheet;
import org.letterflow.approval.entity.ApprovalStep;

/**
 * An approval round as the API shows it; times in the organisation's zone. While it goes on,
 * {@code holders} hold the draft since {@code heldSince} ({@code heldMinutes} by now).
 */
@Schema(description = "Лист согласования: один круг согласования проекта письма")
public record SheetView(
        @Schema(description = "Идентификатор листа") long id,
        @Schema(description = "Письмо (проект)") long letter,
        @Schema(description = "Номер круга") int round,
        @Schema(description = "Кто отправил на согласование") String initiator,
        @Schema(description = "Его должность") String initiatorPosition,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Начало круга, время организации вызывающего", example = "2026-12-02T10:15:00+07:00") OffsetDateTime startedAt,
        @Schema(description = "Вид маршрута", example = "SEQUENTIAL") String kind,
        @Schema(description = "Состояние листа", example = "IN_PROGRESS") String state,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Чьего решения ждёт лист") List<String> holders,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "С какого момента ждёт") OffsetDateTime heldSince,
        @Schema(description = "Сколько минут ждёт") Long heldMinutes,
        @Schema(type = SchemaType.ARRAY, implementation = StepView.class, description = "Шаги маршрута") List<StepView> steps) {

    /**
     * One step; {@code current} says whether its approver may decide now; {@code decidedBy}: the deputy who decided
     * "за" them; {@code overdue}: past its {@code due} with no decision while the round goes on.
     */
    @Schema(description = "Шаг согласования")
    public record StepView(
            @Schema(description = "Идентификатор шага (для POST /approval-steps/{id}/decision)") long id,
            @Schema(description = "Порядок") int position,
            @Schema(description = "Этап (параллельные шаги одного этапа)") int stage,
            @Schema(description = "Согласующий (логин)") String approver,
            @Schema(description = "Шаг подписи") boolean signature,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Срок решения") OffsetDateTime due,
            @Schema(description = "Решение", example = "APPROVED") String result,
            @Schema(description = "Решение по-русски") String resultText,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда решено") OffsetDateTime decidedAt,
            @Schema(description = "Замечания") String remarks,
            @Schema(description = "Кто решил (в т.ч. заместитель)") String decidedBy,
            @Schema(description = "Сейчас очередь этого шага") boolean current,
            @Schema(description = "Срок решения прошёл") boolean overdue) {
    }

    public static SheetView of(ApprovalSheet sheet, ZoneId zone, Instant now) {
        var since = sheet.heldSince();
        return new SheetView(sheet.getId(), sheet.getLetterId(), sheet.getRound(), sheet.getInitiator(),
                sheet.getInitiatorPosition(), sheet.getStartedAt().atZone(zone).toOffsetDateTime(), sheet.getKind().name(),
                sheet.getState().name(), sheet.holders(), since.map(t -> t.atZone(zone).toOffsetDateTime()).orElse(null),
                since.map(t -> Duration.between(t, now).toMinutes()).orElse(null),
                sheet.getSteps().stream().map(step -> step(sheet, step, zone, now)).toList());
    }

    private static StepView step(ApprovalSheet sheet, ApprovalStep s, ZoneId zone, Instant now) {
        return new StepView(s.getId(), s.getPosition(), s.getStage(), s.getApprover(), s.isSignature(),
                s.getDueAt() == null ? null : s.getDueAt().atZone(zone).toOffsetDateTime(),
                s.getResult() == null ? null : s.getResult().name(), s.getResult() == null ? null : s.getResult().printed(),
                s.getDecidedAt() == null ? null : s.getDecidedAt().atZone(zone).toOffsetDateTime(), s.getRemarks(),
                s.getDecidedBy(), sheet.isCurrent(s), sheet.isOverdue(s, now));
    }
}
