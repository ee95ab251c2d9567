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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.letterflow.extraction.boundary.Extractions;
import org.letterflow.extraction.entity.LetterDeadline;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.tasks.boundary.ResolutionForm;
import org.letterflow.tasks.boundary.Tasks;
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
    transient Tasks tasks;

    @Inject
    transient Users users;

    @Inject
    transient Letters letters;

    @Inject
    transient Extractions extractions;

    private long letterId;
    private boolean writable;
    private List<User> colleagues;
    private List<LocalDate> offered;
    private transient List<Task> existing;
    private final Map<Long, String> names = new HashMap<>();
    private String text;
    private List<String> chosenUsers = new ArrayList<>();
    private List<Long> chosenOrganisations = new ArrayList<>();
    private List<String> chosenDates = new ArrayList<>();
    private final List<LocalDate> added = new ArrayList<>();
    private LocalDate extraDate;
    private boolean onControl = true;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param == null || !param.matches("\\d{1,18}")) {
            throw BusinessException.notFound("Письмо не найдено");
        }
        letterId = Long.parseLong(param);
        writable = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("EXECUTIVE")
                && letters.find(letterId).isRegistered();
        colleagues = writable ? users.colleagues() : List.of();
        offered = writable ? extractions.deadlines(letterId).stream().map(LetterDeadline::getDueOn)
                .filter(d -> !d.isBefore(LocalDate.now())).distinct().sorted().toList() : List.of();
    }

    public List<Task> getExisting() {
        if (existing == null) {
            existing = tasks.ofLetter(letterId);
        }
        return existing;
    }

    public List<Long> complete(String typed) {
        List<Long> found = new ArrayList<>();
        for (Organisation o : tasks.assignable(typed)) {
            names.put(o.getId(), o.getShortName());
            found.add(o.getId());
        }
        return found;
    }

    public String name(Long organisationId) {
        return names.getOrDefault(organisationId, String.valueOf(organisationId));
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

    /** The dates added by hand so far, as the clerk reads them. */
    public String getAdded() {
        return String.join(", ", added.stream().sorted().map(DAY::format).toList());
    }

    public void resolve() {
        TreeSet<LocalDate> dates = new TreeSet<>(added);
        chosenDates.forEach(d -> dates.add(LocalDate.parse(d)));
        if (extraDate != null) {
            dates.add(extraDate);
        }
        String responsible = !chosenUsers.isEmpty() ? chosenUsers.get(0)
                : chosenOrganisations.isEmpty() ? null : String.valueOf(chosenOrganisations.get(0));
        List<Task> made = tasks.resolve(letterId, new ResolutionForm(text, chosenUsers, chosenOrganisations, responsible,
                new ArrayList<>(dates), onControl));
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

    public boolean isWritable() {
        return writable;
    }

    public List<User> getColleagues() {
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
