package org.letterflow.approval.control;

import java.time.ZoneId;
import java.util.Locale;
import org.letterflow.approval.entity.ApprovalSheet;
import org.letterflow.approval.entity.Decision;
import org.letterflow.approval.entity.RouteKind;
import org.letterflow.approval.entity.SheetState;
import org.letterflow.extraction.entity.PrintedApprovalSheet;

/**
 * A sheet another system printed in a document (read by extraction), kept on the letter as a
 * read-only historical round: who approved, what they answered and when, in the organisation's time.
 */
public final class HistoricalSheet {

    private HistoricalSheet() {
    }

    public static ApprovalSheet of(long letterId, int round, PrintedApprovalSheet printed, ZoneId zone) {
        ApprovalSheet sheet = new ApprovalSheet(letterId, round, null,
                printed.initiatorName() == null ? "—" : printed.initiatorName(), printed.initiatorPosition(),
                printed.initiatedAt() == null ? null : printed.initiatedAt().atZone(zone).toInstant(),
                "parallel".equals(printed.type()) ? RouteKind.PARALLEL : RouteKind.SEQUENTIAL, SheetState.HISTORICAL);
        for (PrintedApprovalSheet.Step step : printed.steps()) {
            sheet.addDecidedStep(step.name(), decision(step.result()),
                    step.decidedAt() == null ? null : step.decidedAt().atZone(zone).toInstant(), step.remarks());
        }
        return sheet;
    }

    /** The printed result in our terms; null for one we do not know (the step then shows none). */
    static Decision decision(String printed) {
        if (printed == null) {
            return null;
        }
        String said = printed.toLowerCase(Locale.ROOT);
        if (said.startsWith("подписан")) {
            return Decision.SIGNED;
        }
        if (said.startsWith("не согласован") || said.startsWith("отклон") || said.startsWith("отказ")) {
            return Decision.REJECTED;
        }
        if (said.startsWith("согласовано с замечаниями")) {
            return Decision.APPROVED_WITH_REMARKS;
        }
        return said.startsWith("согласован") ? Decision.APPROVED : null;
    }
}
