package org.letterflow.tasks.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.letterflow.platform.ui.ShowsProblems;
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

    private transient List<TaskRow> mine;
    private transient List<TaskRow> controlled;
    private transient List<Tasks.Notice> notices;
    private Long acting;
    private String note;
    private String calendarUrl;

    public List<TaskRow> getMine() {
        if (mine == null) {
            mine = tasks.list(false, null, null);
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

    public void start(long task) {
        acting = task;
        note = null;
    }

    public void report() {
        tasks.report(acting, note);
        reload();
    }

    public void accept(long task) {
        tasks.accept(task);
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
        controlled = null;
        acting = null;
        note = null;
    }

    public String rowClass(TaskRow row) {
        return row.overdue() ? "lf-overdue-row" : row.dueSoon() ? "lf-soon-row" : null;
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
