package org.letterflow.approval.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.letterflow.approval.boundary.Approvals;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.entity.Letter;

/** "На согласовании": the drafts waiting for the signed-in approver's decision. */
@Named
@RequestScoped
public class PendingApprovals {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A row of the page. */
    public record Row(long letterId, String subject, String initiator, String startedAt, int round, String earlier,
                      boolean signature) {
    }

    @Inject
    Approvals approvals;

    @Inject
    Letters letters;

    @Inject
    CurrentUser caller;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            var zone = caller.get().getOrganisation().getTimeZone();
            rows = approvals.pending().stream().map(p -> {
                Letter letter = letters.find(p.sheet().getLetterId());
                String earlier = p.sheet().getSteps().stream().filter(s -> s.isDecided())
                        .map(s -> s.getApprover() + ": " + s.getResult().printed()
                                + (s.getRemarks() == null ? "" : " — " + s.getRemarks()))
                        .collect(Collectors.joining("; "));
                return new Row(letter.getId(), letter.getSubject(), p.sheet().getInitiator(),
                        TIME.format(p.sheet().getStartedAt().atZone(zone)), p.sheet().getRound(), earlier,
                        p.step().isSignature());
            }).toList();
        }
        return rows;
    }
}
