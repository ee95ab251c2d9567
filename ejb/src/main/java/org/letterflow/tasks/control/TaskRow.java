package org.letterflow.tasks.control;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.tasks.entity.CheckpointState;

/**
 * One due date of a task as "Мои поручения" lists it: the letter, the resolution, the date and
 * where it stands; {@code overdue} past its day and not done, {@code dueSoon} within three days;
 * {@code ownLetter}: the letter is the caller's organisation's (a divided task's letter is above it);
 * {@code report}: the assignee's report on this due date, for the controller who decides on it.
 */
public record TaskRow(long task, long checkpoint, int position, int checkpoints, long letter,
                      String letterNumber, String subject, String resolution, String author, String assignee,
                      @Schema(type = SchemaType.STRING, format = "date") LocalDate dueOn,
                      CheckpointState state, boolean overdue, boolean dueSoon, String returnedComment,
                      boolean ownLetter, String report) {
}
