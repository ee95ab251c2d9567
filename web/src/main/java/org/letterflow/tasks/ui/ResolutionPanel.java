package org.letterflow.tasks.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.letterflow.extraction.boundary.Extractions;
import org.letterflow.organisation.boundary.Colleague;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.ui.PageParameters;
import org.letterflow.organisation.ui.OrganisationPicker;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.tasks.boundary.ResolutionForm;
import org.letterflow.tasks.boundary.ExecutionControl;
import org.letterflow.tasks.boundary.Resolutions;
import org.letterflow.tasks.entity.Task;

/**
 * The resolution part of a letter card: an executive writes the text, picks colleagues or
 * subordinate organisations, takes the letter's due dates in one click (each a checkpoint) or adds
 * dates, and the tasks appear below with their checkpoints.
 */
@Named
@ViewScoped
@ShowsProblems
public class ResolutionPanel implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    transient Resolutions resolutions;

    @Inject
    transient ExecutionControl control;

    @Inject
    transient Users users;

    @Inject
    transient Letters letters;

    @Inject
    transient Extractions extractions;

    private long letterId;
    private boolean writable;
    private List<Colleague> colleagues;
    private List<LocalDate> offered;
    private transient List<Task> existing;
    private final OrganisationPicker picker = new OrganisationPicker();
    private String text;
    private List<String> chosenUsers = new ArrayList<>();
    private List<Long> chosenOrganisations = new ArrayList<>();
    private List<String> chosenDates = new ArrayList<>();
    private final List<LocalDate> added = new ArrayList<>();
    private LocalDate extraDate;
    private boolean onControl = true;
    private long[] extending;
    private LocalDate extendTo;
    private String extendReason;
    private String repeat = "";
    private Integer repeatDay;
    private LocalDate until;

    @PostConstruct
    void init() {
        letterId = PageParameters.id("id", Text.LETTER_NOT_FOUND);
        writable = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("EXECUTIVE")
                && letters.summary(letterId).registered();
        colleagues = writable ? users.colleagues() : List.of();
        LocalDate today = users.today();
        offered = writable ? extractions.dueDates(letterId).stream().filter(d -> !d.isBefore(today)).toList()
                : List.of();
    }

    public List<Task> getExisting() {
        if (existing == null) {
            existing = resolutions.ofLetter(letterId);
        }
        return existing;
    }

    /** The controller moves a due date later, with the reason. */
    public void startExtension(long task, long checkpoint) {
        extending = new long[] {task, checkpoint};
        extendTo = null;
        extendReason = null;
    }

    public void extend() {
        control.extend(extending[0], extending[1], extendTo, extendReason);
        existing = null;
    }

    public LocalDate getExtendTo() {
        return extendTo;
    }

    public void setExtendTo(LocalDate extendTo) {
        this.extendTo = extendTo;
    }

    public String getExtendReason() {
        return extendReason;
    }

    public void setExtendReason(String extendReason) {
        this.extendReason = extendReason;
    }

    /** How far the task's division further down has got, for the tasks table (null when not divided). */
    public Resolutions.Division division(Task task) {
        Resolutions.Division d = resolutions.division(task.getId());
        return d.tasks() == 0 ? null : d;
    }

    public List<Long> complete(String typed) {
        return picker.offer(resolutions.assignable(typed));
    }

    public String name(Long organisationId) {
        return picker.name(organisationId);
    }

    /** Another due date besides the letter's: each becomes a checkpoint. */
    public void addDate() {
        if (extraDate != null && !added.contains(extraDate)) {
            added.add(extraDate);
        }
        extraDate = null;
    }

    public String label(LocalDate day) {
        return DAY.format(day);
    }

    /** The dates added by hand so far, earliest first; each can be taken back alone. */
    public List<LocalDate> getAddedDates() {
        return added.stream().sorted().toList();
    }

    /** Takes back one date added by hand (given as 2026-12-25). */
    public void removeDate(String day) {
        added.remove(LocalDate.parse(day));
    }

    public void resolve() {
        TreeSet<LocalDate> dates = new TreeSet<>(added);
        chosenDates.forEach(d -> dates.add(LocalDate.parse(d)));
        if (extraDate != null) {
            dates.add(extraDate);
        }
        String responsible = !chosenUsers.isEmpty() ? chosenUsers.get(0)
                : chosenOrganisations.isEmpty() ? null : String.valueOf(chosenOrganisations.get(0));
        List<Task> made = resolutions.resolve(letterId, new ResolutionForm(text, chosenUsers, chosenOrganisations, responsible,
                new ArrayList<>(dates), recurrence(), until, onControl));
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString("resolution.created");
        faces.addMessage(null, new FacesMessage(MessageFormat.format(pattern, made.size())));
        text = null;
        chosenUsers = new ArrayList<>();
        chosenOrganisations = new ArrayList<>();
        chosenDates = new ArrayList<>();
        added.clear();
        extraDate = null;
        existing = null;
    }

    /** The obligation's rule from the form: "ежемесячно до N числа", "ежеквартально до N числа", "еженедельно". */
    private String recurrence() {
        return switch (repeat == null ? "" : repeat) {
            case "MONTHLY" -> "FREQ=MONTHLY;BYMONTHDAY=" + day();
            case "QUARTERLY" -> "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=" + day();
            case "WEEKLY" -> "FREQ=WEEKLY";
            default -> null;
        };
    }

    private int day() {
        if (repeatDay == null || repeatDay < 1 || repeatDay > 28) {
            throw BusinessException.invalid("repeatDay", Text.RECURRENCE_DAY_OF_MONTH);
        }
        return repeatDay;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public Integer getRepeatDay() {
        return repeatDay;
    }

    public void setRepeatDay(Integer repeatDay) {
        this.repeatDay = repeatDay;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public boolean isWritable() {
        return writable;
    }

    public List<Colleague> getColleagues() {
        return colleagues;
    }

    public List<LocalDate> getOffered() {
        return offered;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getChosenUsers() {
        return chosenUsers;
    }

    public void setChosenUsers(List<String> chosenUsers) {
        this.chosenUsers = chosenUsers == null ? new ArrayList<>() : new ArrayList<>(chosenUsers);
    }

    public List<Long> getChosenOrganisations() {
        return chosenOrganisations;
    }

    public void setChosenOrganisations(List<Long> chosenOrganisations) {
        this.chosenOrganisations = chosenOrganisations == null ? new ArrayList<>() : new ArrayList<>(chosenOrganisations);
    }

    public List<String> getChosenDates() {
        return chosenDates;
    }

    public void setChosenDates(List<String> chosenDates) {
        this.chosenDates = chosenDates == null ? new ArrayList<>() : new ArrayList<>(chosenDates);
    }

    public LocalDate getExtraDate() {
        return extraDate;
    }

    public void setExtraDate(LocalDate extraDate) {
        this.extraDate = extraDate;
    }

    public boolean isOnControl() {
        return onControl;
    }

    public void setOnControl(boolean onControl) {
        this.onControl = onControl;
    }
}
