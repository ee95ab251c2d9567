package org.letterflow.tasks.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.ui.ShowsProblems;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.util.function.ToLongFunction;
import org.letterflow.tasks.boundary.DisciplineExport;
import org.letterflow.tasks.boundary.DisciplineRow;
import org.letterflow.tasks.control.TaskRow;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.letterflow.tasks.boundary.Breakdown;
import org.letterflow.tasks.boundary.Discipline;

/** Исполнительская дисциплина for a period: per organisation below the caller's and per person. */
@Named
@ViewScoped
@ShowsProblems
public class DisciplineReport implements Serializable {

    @Inject
    transient Discipline discipline;

    @Inject
    transient Users users;

    private LocalDate from;
    private LocalDate to;
    private Breakdown breakdown = Breakdown.SUBORDINATES;
    /** The organisation drilled down to by its subordinates' lines; null for the caller's own. */
    private Long root;
    private String rootName;
    private List<DisciplineRow> rows = List.of();
    private List<TaskRow> detail = List.of();
    private String detailOf;

    /** The default period: two months back from the first of this month to a month ahead, on the caller's calendar. */
    @PostConstruct
    void init() {
        LocalDate today = users.today();
        from = today.withDayOfMonth(1).minusMonths(2);
        to = today.plusMonths(1);
    }

    public void show() {
        rows = report();
        detail = List.of();
        detailOf = null;
    }

    private List<DisciplineRow> report() {
        return discipline.discipline(from, to, root, breakdown);
    }

    /** Back from a subordinate's report to the caller's own organisation. */
    public void up() {
        root = null;
        rootName = null;
        show();
    }

    /**
     * Drill-down: a subordinate's line (its subtree summed) opens that organisation's report by its
     * own subordinates; any other line, the due dates behind it.
     */
    public void open(DisciplineRow row) {
        if (row.withSubordinates()) {
            root = row.organisationId();
            rootName = row.organisation();
            show();
            return;
        }
        detail = discipline.disciplineDetail(from, to, row.organisationId(), row.personId());
        detailOf = row.person() == null ? row.organisation() : row.organisation() + ", " + row.person();
    }

    public StreamedContent getXlsx() {
        byte[] file = DisciplineExport.xlsx(report(), from, to);
        return DefaultStreamedContent.builder().name(DisciplineExport.fileName("xlsx"))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(file)).build();
    }

    public StreamedContent getPdf() {
        byte[] file = DisciplineExport.pdf(report(), from, to);
        return DefaultStreamedContent.builder().name(DisciplineExport.fileName("pdf")).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(file)).build();
    }

    /**
     * A Chart.js bar chart (PrimeFaces p:chart takes its configuration as JSON): per organisation,
     * due dates on time, late and overdue, stacked.
     */
    public String getChart() {
        List<DisciplineRow> organisations = rows.stream().filter(r -> r.person() == null).toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        organisations.forEach(r -> labels.add(r.organisation()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(organisations, "onTime", "#2f9e44", DisciplineRow::onTime))
                .add(dataset(organisations, "late", "#f0b429", DisciplineRow::late))
                .add(dataset(organisations, "overdue", "#b42318", DisciplineRow::overdue));
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", stacked)))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(List<DisciplineRow> rows, String column, String colour,
                                             ToLongFunction<DisciplineRow> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.applyAsLong(r)));
        return Json.createObjectBuilder().add("label", DisciplineExport.heading(column)).add("backgroundColor", colour)
                .add("data", data);
    }

    public Breakdown getBreakdown() {
        return breakdown;
    }

    public void setBreakdown(Breakdown breakdown) {
        this.breakdown = breakdown;
    }

    public Breakdown[] getBreakdowns() {
        return Breakdown.values();
    }

    public String getRootName() {
        return rootName;
    }

    public List<TaskRow> getDetail() {
        return detail;
    }

    public String getDetailOf() {
        return detailOf;
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
