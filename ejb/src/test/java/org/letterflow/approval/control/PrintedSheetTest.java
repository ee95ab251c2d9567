package org.letterflow.approval.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.letterflow.approval.entity.ApprovalSheet;
import org.letterflow.approval.entity.ApprovalStep;
import org.letterflow.approval.entity.Decision;
import org.letterflow.approval.entity.RouteKind;
import org.letterflow.approval.entity.SheetState;

/** The printed sheet carries the seed 1871/23-Д's facts in its layout, as searchable text. */
class PrintedSheetTest {

    @Test
    void theSeedsSheetPrintsWithItsStepsAndTimes() throws IOException {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        ApprovalSheet sheet = new ApprovalSheet(1, 1, null, "Саубанова Л.И.",
                "Начальник отдела аналитического, информационного и организационного обеспечения",
                Instant.parse("2023-04-27T16:47:00Z"), RouteKind.SEQUENTIAL, SheetState.HISTORICAL);
        sheet.addDecidedStep("Захарова С.Н.", Decision.APPROVED, Instant.parse("2023-04-27T17:49:00Z"), null);
        sheet.addDecidedStep("Музипов Р.Г.", Decision.SIGNED, Instant.parse("2023-04-28T03:19:00Z"), null);
        byte[] pdf = PrintedSheet.pdf("№ 1871/23-Д от 28.04.2023", List.of(sheet), moscow);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Лист согласования к документу № 1871/23-Д от 28.04.2023",
                    "Инициатор согласования: Саубанова Л.И. Начальник отдела", "Согласование инициировано: 27.04.2023 19:47",
                    "Тип согласования: последовательное", "Захарова С.Н.", "Согласовано 27.04.2023 - 20:49",
                    "Музипов Р.Г.", "Подписано 28.04.2023 - 06:19")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
        }
    }

    @Test
    void severalRoundsAreNumberedAndAStepNotYetDecidedPrintsItsDueTimeAndNoResult() throws IOException {
        ZoneId tomsk = ZoneId.of("Asia/Tomsk");
        ApprovalSheet rejected = new ApprovalSheet(2, 1, 5L, "Иванова И.И.", null, Instant.parse("2026-01-10T03:00:00Z"),
                RouteKind.SEQUENTIAL, SheetState.IN_PROGRESS);
        ApprovalStep lawyer = rejected.addStep(1, 6L, "Петров П.П.", false, null);
        rejected.addStep(2, 7L, "Музипов Р.Г.", true, null);
        rejected.decide(lawyer, Decision.REJECTED, "Нет основания", Instant.parse("2026-01-10T04:00:00Z"), null);
        ApprovalSheet second = new ApprovalSheet(2, 2, 5L, "Иванова И.И.", null, Instant.parse("2026-01-11T03:00:00Z"),
                RouteKind.SEQUENTIAL, SheetState.IN_PROGRESS);
        second.addStep(1, 7L, "Музипов Р.Г.", true, Instant.parse("2026-01-12T10:00:00Z"));
        try (PDDocument document = Loader.loadPDF(PrintedSheet.pdf("«О мониторинге»", List.of(rejected, second), tomsk))) {
            String text = new PDFTextStripper().getText(document).replace("\r\n", "\n");
            for (String expected : List.of("Инициатор согласования: Иванова И.И.\n",
                    "Согласование инициировано: 10.01.2026 10:00 (круг 1)",
                    "Согласование инициировано: 11.01.2026 10:00 (круг 2)",
                    "1 Петров П.П. Не согласовано 10.01.2026 - 11:00 Нет основания", "2 Музипов Р.Г. -\n",
                    "1 Музипов Р.Г. 12.01.2026\n17:00\n-")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
        }
    }
}
