package org.letterflow.approval.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.letterflow.approval.boundary.Approvals;
import org.letterflow.approval.boundary.Route;
import org.letterflow.approval.boundary.RouteTemplates;
import org.letterflow.approval.boundary.RouteTemplates.RouteTemplate;
import org.letterflow.approval.entity.ApprovalSheet;
import org.letterflow.approval.entity.ApprovalStep;
import org.letterflow.approval.entity.Decision;
import org.letterflow.approval.entity.RouteKind;
import org.letterflow.approval.entity.SheetState;
import org.letterflow.organisation.boundary.Colleague;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.ui.Confirmation;
import org.letterflow.platform.ui.PageParameters;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.LetterSummary;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;

/**
 * The approval part of a letter card: building a route and starting a round (for a draft), the
 * rounds as a timeline, and the decision buttons for the approver whose turn it is. The route's
 * steps carry their due times; the organisation's saved routes are applied, saved and deleted
 * through {@link RouteTemplates}, as the API does.
 */
@Named
@ViewScoped
@ShowsProblems
public class ApprovalPanel implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /**
     * A step of the route being built: the approver's login and, if given, the due time in the
     * organisation's local time, as {@link Route.Step} takes it; editable until the round starts.
     */
    public static final class StepDraft implements Serializable {

        private final String login;
        private LocalDateTime due;

        StepDraft(String login, LocalDateTime due) {
            this.login = login;
            this.due = due;
        }

        public String getLogin() {
            return login;
        }

        public LocalDateTime getDue() {
            return due;
        }

        public void setDue(LocalDateTime due) {
            this.due = due;
        }
    }

    @Inject
    transient Approvals approvals;

    @Inject
    transient Letters letters;

    @Inject
    transient Users users;

    @Inject
    transient Clock clock;

    @Inject
    transient RouteTemplates routeTemplates;

    private long letterId;
    private boolean draft;
    private ZoneId zone;
    private transient List<ApprovalSheet> sheets;
    private transient Optional<ApprovalStep> myStep;
    private transient List<Colleague> colleagues;
    private RouteKind kind = RouteKind.SEQUENTIAL;
    private final List<StepDraft> route = new ArrayList<>();
    private String chosen;
    private String remarks;
    private transient List<RouteTemplate> templates;
    private Long templateId;
    private String templateName;

    @PostConstruct
    void init() {
        letterId = PageParameters.id("id", Text.LETTER_NOT_FOUND);
        LetterSummary letter = letters.summary(letterId);
        draft = letter.direction() == Direction.OUTGOING && letter.state() == LetterState.DRAFT;
        zone = letter.timeZone();
    }

    public List<ApprovalSheet> getSheets() {
        if (sheets == null) {
            sheets = approvals.sheets(letterId);
        }
        return sheets;
    }

    /** A draft with no round going or signed may be sent round (again, after a rejection). */
    public boolean isRoutable() {
        return draft && getSheets().stream()
                .noneMatch(s -> s.getState() == SheetState.IN_PROGRESS || s.getState() == SheetState.SIGNED);
    }

    public void addApprover() {
        if (chosen != null && !chosen.isBlank()) {
            route.add(new StepDraft(chosen, null));
            chosen = null;
        }
    }

    public void removeApprover(int index) {
        route.remove(index);
    }

    /** The organisation's saved routes, read once for the view. */
    public List<RouteTemplate> getTemplates() {
        if (templates == null) {
            templates = routeTemplates.own();
        }
        return templates;
    }

    /** Puts a saved route into the builder, to start as it is or to change first (add, remove, set due times). */
    public void applyTemplate() {
        RouteTemplate template = chosenTemplate();
        Route saved = template.route();
        kind = saved.kind();
        route.clear();
        saved.steps().forEach(step -> route.add(new StepDraft(step.approver(), step.due())));
        Confirmation.say("approval.template.applied", template.name());
    }

    /** Saves the approvers and the kind under a name; due times belong to a round, not to a template. */
    public void saveTemplate() {
        RouteTemplate saved = routeTemplates.save(templateName, kind, logins());
        templates = null;
        templateName = null;
        templateId = saved.id();
        Confirmation.say("approval.template.saved", saved.name());
    }

    public void deleteTemplate() {
        RouteTemplate template = chosenTemplate();
        routeTemplates.delete(template.id());
        templates = null;
        templateId = null;
        Confirmation.say("approval.template.deleted", template.name());
    }

    private RouteTemplate chosenTemplate() {
        return getTemplates().stream().filter(t -> templateId != null && t.id() == templateId).findFirst()
                .orElseThrow(() -> BusinessException.invalid("template", Text.ROUTE_TEMPLATE_NOT_CHOSEN));
    }

    private List<String> logins() {
        return route.stream().map(StepDraft::getLogin).toList();
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    /**
     * Starts the round and opens the card afresh with its sheet. A refusal (a date that does not
     * exist, a due time gone by) redraws only the messages, so what was typed stays to be corrected.
     */
    public String start() {
        approvals.start(letterId, new Route(kind, route.stream().map(step -> new Route.Step(step.getLogin(), null, step.getDue()))
                .toList()));
        Confirmation.sayAfterRedirect("approval.started");
        return "/letter?faces-redirect=true&id=" + letterId;
    }

    /**
     * My step whose turn it is on this letter, if any: read with the sheets and again after each
     * action (the page asks for it several times a render); deciding checks the turn afresh.
     */
    public ApprovalStep getMyStep() {
        if (myStep == null) {
            myStep = Optional.ofNullable(currentStep());
        }
        return myStep.orElse(null);
    }

    private ApprovalStep currentStep() {
        return approvals.pending().stream().filter(p -> p.sheet().getLetterId() == letterId)
                .map(Approvals.Pending::step).findFirst().orElse(null);
    }

    /**
     * Records the decision and opens the card afresh with what was done: a signature registers the
     * letter, and the number, the title and the card's buttons change with it.
     */
    public String decide(String decision) {
        ApprovalStep step = currentStep();
        if (step == null) {
            throw BusinessException.conflict(Text.APPROVAL_NOT_YOUR_TURN_NOW);
        }
        Decision made = Decision.valueOf(decision);
        approvals.decide(step.getId(), made, remarks);
        if (made == Decision.SIGNED) {
            Confirmation.sayAfterRedirect("approval.done.SIGNED", letters.summary(letterId).registrationNumber());
        } else {
            Confirmation.sayAfterRedirect("approval.done." + made.name());
        }
        return "/letter?faces-redirect=true&id=" + letterId;
    }

    /** Colleagues who may be on a route (read once for the view); the name says who they are. */
    public List<Colleague> getColleagues() {
        if (colleagues == null) {
            colleagues = users.colleagues();
        }
        return colleagues;
    }

    public String nameOf(String login) {
        return getColleagues().stream().filter(u -> u.login().equals(login)).findFirst()
                .map(u -> u.executive() ? Text.APPROVER_EXECUTIVE.format(u.shortName()) : u.shortName())
                .orElse(login);
    }

    /** "С.Н. Захарова — с 27.04.2023 19:47 (1 ч 2 мин)": who holds the draft and for how long, while the round goes on. */
    public String holding(ApprovalSheet sheet) {
        return sheet.heldSince().map(since -> {
            Duration held = Duration.between(since, clock.instant());
            String length = held.toDays() > 0 ? Text.APPROVAL_HELD_DAYS.format(held.toDays(), held.toHoursPart())
                    : Text.APPROVAL_HELD_HOURS.format(held.toHours(), held.toMinutesPart());
            return Text.APPROVAL_HELD_BY.format(String.join(", ", sheet.holders()), time(since), length);
        }).orElse(null);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** Whether the sheet waits for this step past its due time (the rule is the sheet's). */
    public boolean overdue(ApprovalSheet sheet, ApprovalStep step) {
        return sheet.isOverdue(step, clock.instant());
    }

    public RouteKind[] getKinds() {
        return new RouteKind[] {RouteKind.SEQUENTIAL, RouteKind.PARALLEL};
    }

    public RouteKind getKind() {
        return kind;
    }

    public void setKind(RouteKind kind) {
        this.kind = kind;
    }

    public List<StepDraft> getRoute() {
        return route;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public long getLetterId() {
        return letterId;
    }
}
