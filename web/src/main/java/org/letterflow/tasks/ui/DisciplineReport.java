package org.letterflow.tasks.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.tasks.boundary.DisciplineRow;
import org.letterflow.tasks.boundary.Tasks;

/** Исполнительская дисциплина for a period: per organisation below the caller's and per person. */
@Named
@ViewScoped
@ShowsProblems
public class DisciplineReport implements Serializable {

    @Inject
    transient Tasks tasks;

    private LocalDate from = LocalDate.now().withDayOfMonth(1).minusMonths(2);
    private LocalDate to = LocalDate.now().plusMonths(1);
    private List<DisciplineRow> rows = List.of();

    public void show() {
        rows = tasks.discipline(from, to, null);
    }

    public List<DisciplineRow> getRows() {
        return rows;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
