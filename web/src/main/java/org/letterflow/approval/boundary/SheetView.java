package org.letterflow.approval.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.letterflow.approval.entity.ApprovalSheet;
import org.letterflow.approval.entity.ApprovalStep;

/**
 * An approval round as the API shows it; times in the organisation's zone. While it goes on,
 * {@code holders} hold the draft since {@code heldSince} ({@code heldMinutes} by now).
 */
public record SheetView(long id, long letter, int round, String initiator, String initiatorPosition,
                        OffsetDateTime startedAt, String kind, String state, List<String> holders,
                        OffsetDateTime heldSince, Long heldMinutes, List<StepView> steps) {

    /**
     * One step; {@code current} says whether its approver may decide now; {@code decidedBy}: the deputy who decided
     * "за" them; {@code overdue}: past its {@code due} with no decision while the round goes on.
     */
    public record StepView(long id, int position, int stage, String approver, boolean signature, OffsetDateTime due,
                           String result, String resultText, OffsetDateTime decidedAt, String remarks, String decidedBy,
                           boolean current, boolean overdue) {
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
