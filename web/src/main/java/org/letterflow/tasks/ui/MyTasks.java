package org.letterflow.tasks.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.letterflow.registration.boundary.AttachmentName;
import org.letterflow.registration.boundary.LetterSummary;
import org.letterflow.platform.ui.Confirmation;
import org.letterflow.tasks.boundary.ResolutionForm;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.letterflow.organisation.ui.OrganisationPicker;
import org.letterflow.platform.UploadLimit;
import org.letterflow.platform.ui.ShowsProblems;
import org.primefaces.event.FileUploadEvent;
import org.letterflow.tasks.control.TaskRow;
import org.letterflow.tasks.boundary.Tasks;
import org.letterflow.tasks.boundary.CalendarFeeds;
import org.letterflow.tasks.boundary.ExecutionControl;
import org.letterflow.tasks.boundary.Notices;
import org.letterflow.tasks.boundary.Resolutions;
import org.letterflow.tasks.entity.CheckpointState;
import org.letterflow.organisation.boundary.ListPreferences;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.organisation.ui.ListMemory;
import org.letterflow.organisation.ui.ListRows;
import org.letterflow.tasks.control.TaskListing;
import org.primefaces.component.datatable.DataTable;

/**
 * Мои поручения: the caller's open due dates, earliest first (overdue red, due within three days
 * amber), with the report; for a controller, the reports waiting for a decision (На контроле); the
 * calendar link. Both lists sort by a clicked column, filter by due period, letter and person
 * (TaskListing) and page, each page a query of its own however long the list; each person's choice
 * is remembered ("tasks", "controlled"). The calendar reads the due dates of the month or week shown.
 */
@Named
@ViewScoped
@ShowsProblems
public class MyTasks implements Serializable {

    @Inject
    transient Tasks tasks;

    @Inject
    transient Resolutions resolutions;

    @Inject
    transient ExecutionControl control;

    @Inject
    transient Notices reminders;

    @Inject
    transient CalendarFeeds calendarFeeds;


    @Inject
    UploadLimit uploadLimit;

    @Inject
    transient ListPreferences preferences;

    private transient Boolean controlledWaiting;
    private transient List<Notices.Notice> notices;
    private transient ScheduleModel schedule;
    private Long acting;
    private String note;
    private String calendarUrl;
    private long actingCheckpoint;
    private List<String> added = new ArrayList<>();
    private ListMemory mineMemory;
    private ListMemory controlledMemory;
    private TaskListing mineListing = TaskListing.read(java.util.Map.of());
    private TaskListing controlledListing = TaskListing.read(java.util.Map.of());
    private ListRows<TaskRow> mineRows;
    private ListRows<TaskRow> controlledRows;
    private List<Long> divideTo = new ArrayList<>();
    private final OrganisationPicker picker = new OrganisationPicker();
    private Long readingTask;
    private transient LetterSummary reading;
    private transient List<AttachmentName> readingFiles;

    @PostConstruct
    void init() {
        mineMemory = new ListMemory("tasks", TaskListing.SORTABLE, preferences.of("tasks"));
        controlledMemory = new ListMemory("controlled", TaskListing.SORTABLE, preferences.of("controlled"));
        try {
            mineListing = TaskListing.read(mineMemory.getFilters());
        } catch (BusinessException stale) {
            preferences.remember("tasks", mineMemory.cleared());
        }
        try {
            controlledListing = TaskListing.read(controlledMemory.getFilters());
        } catch (BusinessException stale) {
            preferences.remember("controlled", controlledMemory.cleared());
        }
        mineRows = new ListRows<>(this::minePage, field -> TaskListing.COLUMNS.sorts(field), TaskRow::checkpoint,
                mineMemory, this::mineLoaded);
        controlledRows = new ListRows<>(this::controlledPage, field -> TaskListing.COLUMNS.sorts(field),
                TaskRow::checkpoint, controlledMemory, this::controlledLoaded);
    }

    void mineLoaded(String field, boolean ascending, int pageSize) {
        if (mineMemory.loaded(field, ascending, pageSize)) {
            preferences.remember("tasks", mineMemory.choice());
        }
    }

    void controlledLoaded(String field, boolean ascending, int pageSize) {
        if (controlledMemory.loaded(field, ascending, pageSize)) {
            preferences.remember("controlled", controlledMemory.choice());
        }
    }

    /** A page of the caller's due dates that pass the filters (a chosen state, else all but done). */
    ResultPage<TaskRow> minePage(ListSort sort, int offset, int limit) {
        return tasks.list(false, mineListing, sort, offset, limit);
    }

    public ListRows<TaskRow> getMineRows() {
        return mineRows;
    }

    private static boolean executive() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("EXECUTIVE");
    }

    /** Whether any report waits for the caller's decision, whatever the filters (the panel shows while one does). */
    public boolean isControlledWaiting() {
        if (controlledWaiting == null) {
            controlledWaiting = executive()
                    && tasks.list(true, TaskListing.ALL.in(CheckpointState.REPORTED), ListSort.NONE, 0, 1).total() > 0;
        }
        return controlledWaiting;
    }

    /** A page of the reports waiting for the caller's decision that pass the filters. */
    ResultPage<TaskRow> controlledPage(ListSort sort, int offset, int limit) {
        return executive() ? tasks.list(true, controlledListing.in(CheckpointState.REPORTED), sort, offset, limit)
                : new ResultPage<>(List.of(), 0, true, offset, limit);
    }

    public ListRows<TaskRow> getControlledRows() {
        return controlledRows;
    }

    public ListMemory getMineMemory() {
        return mineMemory;
    }

    public ListMemory getControlledMemory() {
        return controlledMemory;
    }

    public void filter() {
        mineListing = TaskListing.read(mineMemory.getFilters());
        preferences.remember("tasks", mineMemory.filtered());
        schedule = null;
        firstPage(":tasks:views:mine");
    }

    public void clearFilter() {
        mineListing = TaskListing.read(java.util.Map.of());
        preferences.remember("tasks", mineMemory.cleared());
        schedule = null;
        firstPage(":tasks:views:mine");
    }

    public void filterControlled() {
        controlledListing = TaskListing.read(controlledMemory.getFilters());
        preferences.remember("controlled", controlledMemory.filtered());
        firstPage(":tasks:controlled");
    }

    public void clearControlled() {
        controlledListing = TaskListing.read(java.util.Map.of());
        preferences.remember("controlled", controlledMemory.cleared());
        firstPage(":tasks:controlled");
    }

    private static void firstPage(String table) {
        UIComponent found = FacesContext.getCurrentInstance().getViewRoot().findComponent(table);
        if (found instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** The same due dates on a month or week calendar: those of the days shown, read as the calendar turns. */
    public ScheduleModel getSchedule() {
        if (schedule == null) {
            schedule = new DueDatesShown();
        }
        return schedule;
    }

    /** The calendar's events: the filtered due dates between the first and the last day shown. */
    private final class DueDatesShown extends LazyScheduleModel {

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            // the end is the first moment after the days shown
            TaskListing shown = mineListing.within(start.toLocalDate(), end.minusNanos(1).toLocalDate());
            if (shown == null) {
                return;
            }
            for (TaskRow row : tasks.list(false, shown, ListSort.NONE, 0, Integer.MAX_VALUE).items()) {
                addEvent(DefaultScheduleEvent.builder()
                        .title("№ " + row.letterNumber() + ": " + row.resolution())
                        .description(row.subject())
                        .startDate(row.dueOn().atStartOfDay()).endDate(row.dueOn().plusDays(1).atStartOfDay())
                        .allDay(true).editable(false)
                        .styleClass(row.overdue() ? "lf-event-overdue" : row.dueSoon() ? "lf-event-soon" : null)
                        .build());
            }
        }
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

    public LetterSummary getReading() {
        return reading;
    }

    public List<AttachmentName> getReadingFiles() {
        return readingFiles == null ? List.of() : readingFiles;
    }

    public Long getReadingTask() {
        return readingTask;
    }

    public List<Notices.Notice> getNotices() {
        if (notices == null) {
            notices = reminders.notices();
        }
        return notices;
    }

    public void markRead() {
        reminders.markNoticesRead();
        notices = null;
    }

    /** Divides the task being acted on among subordinate organisations, with its open due dates. */
    public void divide() {
        resolutions.divide(acting, new ResolutionForm(note, List.of(), divideTo, null, List.of(), null, null, true));
        divideTo = new ArrayList<>();
        reload();
    }

    public List<Long> complete(String typed) {
        return picker.offer(resolutions.assignable(typed));
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
        control.accept(task);
        Confirmation.say("task.accepted");
        reload();
    }

    public void giveBack() {
        control.giveBack(acting, note);
        reload();
    }

    public void newCalendar() {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestScheme() + "://"
                + FacesContext.getCurrentInstance().getExternalContext().getRequestServerName() + ":"
                + FacesContext.getCurrentInstance().getExternalContext().getRequestServerPort()
                + FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        calendarUrl = base + "/api/v1/calendar/" + calendarFeeds.newCalendarToken() + ".ics";
    }

    private void reload() {
        schedule = null;
        controlledWaiting = null;
        acting = null;
        note = null;
    }

    public String rowClass(TaskRow row) {
        return row.overdue() ? "lf-overdue-row" : row.dueSoon() ? "lf-soon-row" : null;
    }

    public CheckpointState[] getStates() {
        return CheckpointState.values();
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
