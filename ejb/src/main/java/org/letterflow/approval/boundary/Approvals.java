package org.letterflow.approval.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.letterflow.approval.control.ApprovalListing;
import org.letterflow.approval.control.HistoricalSheet;
import org.letterflow.approval.control.PrintedSheet;
import org.letterflow.approval.control.WaitingSteps;
import org.letterflow.approval.entity.ApprovalSheet;
import org.letterflow.approval.entity.ApprovalStep;
import org.letterflow.approval.entity.Decision;
import org.letterflow.approval.entity.RouteKind;
import org.letterflow.approval.entity.SheetState;
import org.letterflow.extraction.entity.PrintedApprovalSheet;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.Text;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.control.AuditTrail;
import org.letterflow.registration.control.Filing;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;

/**
 * Approval of outgoing drafts: starting a round on a route, deciding a step, the sheets of a
 * letter and the steps waiting for the caller. A decision locks its sheet, so approvers of a
 * parallel stage deciding at the same instant are recorded one after the other, each once; the
 * signature registers the letter in the outgoing journal in the same transaction.
 */
@Stateless
public class Approvals {

    /** A step waiting for its approver, with its sheet (and so its letter and earlier remarks). */
    public record Pending(ApprovalStep step, ApprovalSheet sheet) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Letters letters;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    WaitingSteps waiting;

    /** Sends a draft round its route; a rejected draft starts its next round the same way. */
    @RolesAllowed({"CLERK", "EXECUTOR", "EXECUTIVE"})
    public ApprovalSheet start(long letterId, Route route) {
        Letter letter = letters.find(letterId);
        if (letter.getDirection() != Direction.OUTGOING || letter.getState() != LetterState.DRAFT) {
            throw BusinessException.conflict(Text.APPROVAL_ONLY_UNREGISTERED_DRAFT);
        }
        List<ApprovalSheet> rounds = sheets(letterId);
        if (rounds.stream().anyMatch(s -> s.getState() == SheetState.IN_PROGRESS || s.getState() == SheetState.SIGNED)) {
            throw BusinessException.conflict(Text.APPROVAL_ALREADY_STARTED);
        }
        if (route.steps().isEmpty()) {
            throw BusinessException.invalid("steps", Text.APPROVAL_ROUTE_EMPTY);
        }
        User me = caller.get();
        ZoneId zone = me.getOrganisation().getTimeZone();
        ApprovalSheet sheet = new ApprovalSheet(letterId, rounds.size() + 1, me.getId(), me.getShortName(), me.getPosition(),
                clock.instant(), route.kind(), SheetState.IN_PROGRESS);
        int last = route.steps().size() - 1;
        int previousStage = 0;
        for (int i = 0; i <= last; i++) {
            Route.Step step = route.steps().get(i);
            User approver = colleague(step.approver(), "steps[" + i + "].approver");
            boolean signature = i == last;
            if (signature && !approver.hasRole(Role.EXECUTIVE)) {
                throw BusinessException.invalid("steps[" + i + "].approver", Text.APPROVAL_SIGNER_NOT_EXECUTIVE,
                        approver.getShortName());
            }
            int stage = stage(route.kind(), step, i, signature, previousStage);
            previousStage = stage;
            Instant due = step.due() == null ? null : step.due().atZone(zone).toInstant();
            if (due != null && due.isBefore(clock.instant())) {
                throw BusinessException.invalid("steps[" + i + "].due", Text.APPROVAL_DUE_IN_PAST);
            }
            sheet.addStep(stage, approver.getId(), approver.getShortName(), signature, due);
        }
        em.persist(sheet);
        String approvers = sheet.getSteps().stream().map(ApprovalStep::getApprover).reduce((a, b) -> a + " → " + b).orElse("");
        audit.record(letter, "APPROVAL_STARTED", Text.AUDIT_APPROVAL_STARTED.format(sheet.getRound(), approvers));
        return sheet;
    }

    private static int stage(RouteKind kind, Route.Step step, int index, boolean signature, int previousStage) {
        if (signature) {
            return previousStage + 1; // the signature is a stage of its own, after all the others
        }
        return switch (kind) {
            case SEQUENTIAL -> index + 1;
            case PARALLEL -> 1;
            case MIXED -> {
                if (step.stage() == null || step.stage() < previousStage || step.stage() < 1) {
                    throw BusinessException.invalid("steps[" + index + "].stage", Text.APPROVAL_STAGES_OUT_OF_ORDER);
                }
                yield step.stage();
            }
        };
    }

    private User colleague(String login, String field) {
        if (login == null || login.isBlank()) {
            throw BusinessException.invalid(field, Text.APPROVAL_APPROVER_MISSING);
        }
        User user = em.createNamedQuery(User.BY_LOGIN, User.class).setParameter("login", login.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.invalid(field, Text.USER_NOT_FOUND_BY_LOGIN, login));
        if (!user.isActive() || !user.getOrganisation().getId().equals(caller.organisationId())) {
            throw BusinessException.invalid(field, Text.APPROVAL_APPROVER_OUTSIDE);
        }
        return user;
    }

    /** The caller's answer on a step of a sheet: theirs only, in turn, once. */
    @RolesAllowed({"CLERK", "EXECUTOR", "EXECUTIVE"})
    public ApprovalSheet decide(long stepId, Decision decision, String remarks) {
        if (decision == null) {
            throw BusinessException.invalid("result", Text.APPROVAL_RESULT_MISSING);
        }
        Long sheetId = em.createQuery("select s.sheet.id from ApprovalStep s where s.id = :step", Long.class)
                .setParameter("step", stepId).getResultStream().findFirst().orElse(null);
        if (sheetId == null) {
            throw BusinessException.notFound(Text.APPROVAL_STEP_NOT_FOUND);
        }
        // one decision at a time on a sheet: the lock orders simultaneous approvers of a stage, and
        // the sheet and its steps are read under it, as the approver before left them
        ApprovalSheet sheet = em.find(ApprovalSheet.class, sheetId, LockModeType.PESSIMISTIC_WRITE);
        Letter letter = em.find(Letter.class, sheet.getLetterId());
        if (!caller.sees(letter.getOrganisation().getId())) {
            throw BusinessException.notFound(Text.APPROVAL_STEP_NOT_FOUND);
        }
        ApprovalStep step = sheet.getSteps().stream().filter(s -> s.getId().equals(stepId)).findFirst().orElseThrow();
        User me = caller.get();
        String deputy = null;
        if (!me.getId().equals(step.getApproverId())) {
            if (!substituted(me).contains(step.getApproverId())) {
                throw BusinessException.forbidden(Text.APPROVAL_STEP_OF_ANOTHER, step.getApprover());
            }
            if (step.isSignature() && !me.hasRole(Role.EXECUTIVE)) {
                throw BusinessException.forbidden(Text.APPROVAL_SIGN_ONLY_EXECUTIVE);
            }
            deputy = me.getShortName();
        }
        sheet.decide(step, decision, remarks, clock.instant(), deputy);
        audit.record(letter, "APPROVAL_DECIDED", step.printedApprover() + ": " + decision.printed()
                + (step.getRemarks() == null ? "" : " — " + step.getRemarks()));
        if (decision == Decision.SIGNED) {
            letters.registerSigned(letter, me);
        }
        return sheet;
    }

    /** The executives the user stands in for today, in their organisation's calendar. */
    private List<Long> substituted(User user) {
        LocalDate today = LocalDate.now(clock.withZone(user.getOrganisation().getTimeZone()));
        return em.createNativeQuery("select executive_id from deputy where deputy_id = ?1 and ?2 between starts_on and ends_on")
                .setParameter(1, user.getId()).setParameter(2, java.sql.Date.valueOf(today)).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }


    /** Keeps a sheet printed in the letter's document (read by extraction) as a historical round. */
    @RolesAllowed({"CLERK", "EXECUTOR", "EXECUTIVE"})
    public ApprovalSheet keepPrinted(long letterId, PrintedApprovalSheet printed) {
        Letter letter = letters.find(letterId);
        ApprovalSheet sheet = HistoricalSheet.of(letterId, sheets(letterId).size() + 1, printed,
                letter.getOrganisation().getTimeZone());
        em.persist(sheet);
        return sheet;
    }

    /** The printed "Лист согласования" of a letter: every round, in its organisation's time. */
    @PermitAll
    public byte[] printed(long letterId) {
        Letter letter = letters.find(letterId);
        List<ApprovalSheet> rounds = sheets(letterId);
        if (rounds.isEmpty()) {
            throw BusinessException.notFound(Text.APPROVAL_SHEET_NOT_FOUND);
        }
        String document = letter.getRegistrationNumber() == null ? Text.APPROVAL_SHEET_OF_DRAFT.format()
                : Filing.numberAndDate(letter.getRegistrationNumber(), letter.getRegistrationDate());
        return PrintedSheet.pdf(document, rounds, letter.getOrganisation().getTimeZone());
    }

    /** Every round of a letter the caller may read, oldest first. */
    @PermitAll
    public List<ApprovalSheet> sheets(long letterId) {
        letters.find(letterId);
        return em.createQuery("select s from ApprovalSheet s where s.letterId = :letter order by s.round",
                ApprovalSheet.class).setParameter("letter", letterId).getResultList();
    }

    /** The steps whose turn it is and whose approver is the caller, or an executive the caller stands in for. */
    @PermitAll
    public List<Pending> pending() {
        return pending(ApprovalListing.ALL, ListSort.NONE, 0, Integer.MAX_VALUE).items();
    }

    /**
     * A page of them ("На согласовании"), filtered, sorted (oldest approval first unless by a column)
     * and counted in the query, so every draft waiting can be reached a page at a time.
     */
    @PermitAll
    public ResultPage<Pending> pending(ApprovalListing listing, ListSort sort, int offset, int limit) {
        User me = caller.get();
        ZoneId zone = me.getOrganisation().getTimeZone();
        ResultPage<ApprovalStep> steps = waiting.page(me.getId(), LocalDate.now(clock.withZone(zone)), zone, listing, sort,
                offset, limit);
        return new ResultPage<>(steps.items().stream().map(st -> new Pending(st, st.getSheet())).toList(), steps.total(),
                steps.totalExact(), steps.offset(), steps.limit());
    }
}
