package org.letterflow.extraction.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.extraction.entity.PrintedApprovalSheet;
import org.letterflow.extraction.entity.PrintedApprovalSheet.Step;

/**
 * A "Лист согласования" printed at the end of a document by the electronic document system it
 * came from: its header lines and its table, one row a step. The table is read as a stream of
 * rows starting with a step number and a name, so a row broken over lines (as PDF text and OCR
 * give it) reads as well as a tab-separated one.
 */
final class ApprovalSheetReader {

    private static final Pattern TITLE = Pattern.compile("(?iu)Лист\\s+согласования\\s+к\\s+документу\\s*(?:№|N)\\s*(?<number>"
            + Names.LETTER_NUMBER + ")\\s+от\\s+(?<date>" + RussianDates.DATE + ")");
    private static final Pattern INITIATOR = Pattern.compile("(?iu)Инициатор\\s+согласования\\s*:?\\s*(?<name>" + Names.PERSON
            + ")\\s*,?\\s*(?<position>[^\\n]*)");
    private static final Pattern STARTED = Pattern.compile("(?iu)Согласование\\s+инициировано\\s*:?\\s*(?<at>" + RussianDates.DATE
            + "\\s*[-–]?\\s*(?:" + RussianDates.TIME + ")?)");
    private static final Pattern TYPE = Pattern.compile("(?iu)Тип\\s+согласования\\s*:?\\s*(последовательн|параллельн)");
    private static final String RESULT = "Согласовано\\s+с\\s+замечаниями|Не\\s+согласовано|Согласовано|Подписано|Отклонено"
            + "|Отказано|Возвращено\\s+на\\s+доработку|На\\s+доработку|Ознакомлен[оа]?|Не\\s+подписано|На\\s+согласовании|Ожидает";
    private static final String WHEN = RussianDates.DATE + "(?:\\s*[-–]?\\s*" + RussianDates.TIME + ")?";
    private static final Pattern ROW = Pattern.compile("(?mu)^\\s*(?<order>\\d{1,2})[.)]?\\s+(?<name>" + Names.PERSON + ")\\s*"
            + "(?:(?<due>" + WHEN + ")\\s+)?(?<result>" + RESULT + ")?\\s*(?<decided>" + WHEN + ")?[ \\t]*(?<remarks>[^\\n]*)");

    private ApprovalSheetReader() {
    }

    static PrintedApprovalSheet read(LetterText text) {
        Matcher title = TITLE.matcher(text.text);
        if (!title.find()) {
            return null;
        }
        String sheet = text.text.substring(title.start());
        Matcher initiator = INITIATOR.matcher(sheet);
        Matcher started = STARTED.matcher(sheet);
        Matcher type = TYPE.matcher(sheet);
        List<Step> steps = new ArrayList<>();
        Matcher row = ROW.matcher(sheet);
        while (row.find()) {
            String remarks = LetterText.spaced(row.group("remarks"));
            steps.add(new Step(Integer.parseInt(row.group("order")), Names.tidy(row.group("name")),
                    row.group("due") == null ? null : RussianDates.parseDateTime(row.group("due")),
                    row.group("result") == null ? null : LetterText.spaced(row.group("result")),
                    row.group("decided") == null ? null : RussianDates.parseDateTime(row.group("decided")),
                    remarks.isEmpty() || remarks.matches("[-–—]+") ? null : remarks));
        }
        return new PrintedApprovalSheet(title.group("number").replace('–', '-'), RussianDates.parse(title.group("date")),
                initiator.find() ? Names.tidy(initiator.group("name")) : null,
                initiator.find(0) ? emptyToNull(LetterText.spaced(initiator.group("position"))) : null,
                started.find() ? RussianDates.parseDateTime(started.group("at")) : null,
                type.find() ? (type.group(1).toLowerCase().startsWith("послед") ? "sequential" : "parallel") : null,
                steps);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
