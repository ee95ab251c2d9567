package org.letterflow.approval.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.letterflow.approval.entity.ApprovalSheet;
import org.letterflow.approval.entity.ApprovalStep;
import org.letterflow.document.PdfComposer;
import org.letterflow.platform.Text;

/**
 * The "Лист согласования к документу № … от …" as PDF, laid out as the electronic document
 * systems print it (seed 1871/23-Д): initiator with position, start, type, then a table
 * № / ФИО / Срок согласования / Результат согласования / Замечания. Times in the organisation's zone.
 */
public final class PrintedSheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DECIDED = DateTimeFormatter.ofPattern("dd.MM.yyyy - HH:mm");

    private PrintedSheet() {
    }

    /** {@code document} is "№ 1871/23-Д от 28.04.2023", or "(проект)" for an unregistered draft. */
    public static byte[] pdf(String document, List<ApprovalSheet> rounds, ZoneId zone) {
        PdfComposer pdf = new PdfComposer().heading(Text.SHEET_HEADING.format(document));
        for (ApprovalSheet sheet : rounds) {
            String started = WHEN.format(sheet.getStartedAt().atZone(zone));
            pdf.space()
                    .paragraph(Text.SHEET_INITIATOR.format(sheet.getInitiator()
                            + (sheet.getInitiatorPosition() == null ? "" : " " + sheet.getInitiatorPosition())))
                    .paragraph(rounds.size() > 1 ? Text.SHEET_STARTED_ROUND.format(started, sheet.getRound())
                            : Text.SHEET_STARTED.format(started))
                    .paragraph(Text.SHEET_KIND.format(sheet.getKind().printed()))
                    .space()
                    .table(new float[] {0.06f, 0.22f, 0.16f, 0.38f, 0.18f},
                            new String[] {Text.SHEET_POSITION.format(), Text.SHEET_APPROVER.format(),
                                    Text.SHEET_DUE.format(), Text.SHEET_RESULT.format(), Text.SHEET_REMARKS.format()},
                            sheet.getSteps().stream().map(step -> row(step, zone)).toList());
        }
        return pdf.toBytes();
    }

    private static String[] row(ApprovalStep step, ZoneId zone) {
        String result = step.getResult() == null ? "" : step.getResult().printed()
                + (step.getDecidedAt() == null ? "" : " " + DECIDED.format(step.getDecidedAt().atZone(zone)));
        return new String[] {String.valueOf(step.getPosition()), step.printedApprover(),
                step.getDueAt() == null ? "" : WHEN.format(step.getDueAt().atZone(zone)), result,
                step.getRemarks() == null ? "-" : step.getRemarks()};
    }
}
