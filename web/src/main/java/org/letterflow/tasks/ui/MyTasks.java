package org.letterflow.tasks.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Letter;
import org.letterflow.platform.ui.Confirmation;
import org.letterflow.tasks.boundary.ResolutionForm;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.letterflow.organisation.ui.OrganisationPicker;
import org.letterflow.document.UploadLimit;
import org.letterflow.platform.ui.ShowsProblems;
import org.primefaces.event.FileUploadEvent;
import org.letterflow.tasks.boundary.TaskRow;
import org.letterflow.tasks.boundary.Tasks;
import org.letterflow.tasks.entity.CheckpointState;

/**
 * Мои поручения: the caller's open due dates, earliest first (overdue red, due within three days
 * amber), with the report; for a controller, the reports waiting for a decision; the calendar link.
 */
@Named
@ViewScoped
@ShowsProblems
public class MyTasks implements Serializable {

    @Inject
    transient Tasks tasks;

    @Inject
    UploadLimit uploadLimit;

    private transient List<TaskRow> mine;
    private transient List<TaskRow> controlled;
    private transient List<Tasks.Notice> notices;
    private transient ScheduleModel schedule;
    private Long acting;
    private String note;
    private String calendarUrl;
    private long actingCheckpoint;
    private List<String> added = new ArrayList<>();
    private CheckpointState filterState;
    private LocalDate filterDue;
    private List<Long> divideTo = new ArrayList<>();
    private final OrganisationPicker picker = new OrganisationPicker();
    private Long readingTask;
    private transient Letter reading;
    private transient List<Attachment> readingFiles;

    public List<TaskRow> getMine() {
        if (mine == null) {
            mine = tasks.list(false, filterState, filterDue);
        }
        return mine;
    }

    public List<TaskRow> getControlled() {
        if (controlled == null) {
            controlled = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("EXECUTIVE")
                    ? tasks.list(true, CheckpointState.REPORTED, null) : List.of();
        }
        return controlled;
    }

    /** The same due dates on a month or week calendar. */
    public ScheduleModel getSchedule() {
        if (schedule == null) {
            schedule = new DefaultScheduleModel();
            for (TaskRow row : getMine()) {
                schedule.addEvent(DefaultScheduleEvent.builder()
                        .title("№ " + row.letterNumber() + ": " + row.resolution())
                        .description(row.subject())
                        .startDate(row.dueOn().atStartOfDay()).endDate(row.dueOn().plusDays(1).atStartOfDay())
                        .allDay(true).editable(false)
                        .styleClass(row.overdue() ? "lf-event-overdue" : row.dueSoon() ? "lf-event-soon" : null)
                        .build());
            }
        }
        return schedule;
    }

    /**
     * Opens the letter of a task whose letter is an organisation's above the caller's: its
     * requisites and files, read through the task (the registry would not show it).
     */
    public void openLetter(long task) {
        reading = tasks.letterOf(task);
        readingFiles = tasks.letterFiles(task);
        readingTask = task;
    }

    public Letter getReading() {
        return reading;
    }

    public List<Attachment> getReadingFiles() {
        return readingFiles == null ? List.of() : readingFiles;
    }

    public Long getReadingTask() {
        return readingTask;
    }

    public List<Tasks.Notice> getNotices() {
        if (notices == null) {
            notices = tasks.notices();
        }
        return notices;
    }

    public void markRead() {
        tasks.markNoticesRead();
        notices = null;
    }

    /** Divides the task being acted on among subordinate organisations, with its open due dates. */
    public void divide() {
        tasks.divide(acting, new ResolutionForm(note, List.of(), divideTo, null, List.of(), null, null, true));
        divideTo = new ArrayList<>();
        reload();
    }

    public List<Long> complete(String typed) {
        return picker.offer(tasks.assignable(typed));
    }

    public String name(Long id) {
        return picker.name(id);
    }

    public List<Long> getDivideTo() {
        return divideTo;
    }

    public void setDivideTo(List<Long> divideTo) {
        this.divideTo = divideTo == null ? new ArrayList<>() : new ArrayList<>(divideTo);
    }

    public void start(long task) {
        acting = task;
        note = null;
    }

    /** Opens the report of one due date: its text, and files added to it as they are dropped. */
    public void startReport(long task, long checkpoint) {
        start(task);
        actingCheckpoint = checkpoint;
        added = new ArrayList<>();
    }

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        uploadLimit.check(file.getSize());
        tasks.addReportFile(acting, actingCheckpoint, file.getFileName(), file.getContent());
        added.add(file.getFileName());
    }

    public List<String> getAdded() {
        return added;
    }

    /** A controller's view of a task's report files. */
    public List<Tasks.ReportFile> files(long task) {
        return tasks.reportFiles(task);
    }

    public void report() {
        tasks.report(acting, note);
        Confirmation.say("task.reported");
        reload();
    }

    public void accept(long task) {
        tasks.accept(task);
        Confirmation.say("task.accepted");
        reload();
    }

    public void giveBack() {
        tasks.giveBack(acting, note);
        reload();
    }

    public void newCalendar() {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestScheme() + "://"
                + FacesContext.getCurrentInstance().getExternalContext().getRequestServerName() + ":"
                + FacesContext.getCurrentInstance().getExternalContext().getRequestServerPort()
                + FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        calendarUrl = base + "/api/v1/calendar/" + tasks.newCalendarToken() + ".ics";
    }

    private void reload() {
        mine = null;
        schedule = null;
        controlled = null;
        acting = null;
        note = null;
    }

    public String rowClass(TaskRow row) {
        return row.overdue() ? "lf-overdue-row" : row.dueSoon() ? "lf-soon-row" : null;
    }

    public void filter() {
        mine = null;
        schedule = null;
    }

    public CheckpointState[] getStates() {
        return CheckpointState.values();
    }

    public CheckpointState getFilterState() {
        return filterState;
    }

    public void setFilterState(CheckpointState filterState) {
        this.filterState = filterState;
    }

    public LocalDate getFilterDue() {
        return filterDue;
    }

    public void setFilterDue(LocalDate filterDue) {
        this.filterDue = filterDue;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCalendarUrl() {
        return calendarUrl;
    }
}
