package org.letterflow.approval.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.letterflow.approval.entity.ApprovalStep;
import org.letterflow.platform.Conditions;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.Row;

/**
 * The approval steps waiting for a person as a page: their own steps and those of the executives they
 * stand in for that day, whose turn has come (ApprovalListing.TURN), filtered, sorted and counted in
 * SQL; only the page's steps are then read as entities, with their sheets.
 */
@Dependent
public class WaitingSteps {

    @PersistenceContext
    EntityManager em;

    /** {@code today}: the day in the approver's organisation, which decides whose deputy they are. */
    public ResultPage<ApprovalStep> page(long approver, LocalDate today, ZoneId zone, ApprovalListing listing,
                                         ListSort sort, int offset, int limit) {
        Conditions where = listing.where(3, zone);
        String waiting = """
                 from approval_step st
                 join approval_sheet s on s.id = st.sheet_id
                 join letter l on l.id = s.letter_id
                where (st.approver_id = ?1 or st.approver_id in (select executive_id from deputy
                        where deputy_id = ?1 and ?2 between starts_on and ends_on))
                  and\s""" + ApprovalListing.TURN + where.sql();
        UnaryOperator<Query> theirs = q -> where.bind(q.setParameter(1, approver).setParameter(2, Date.valueOf(today)));
        long total = ((Number) theirs.apply(em.createNativeQuery("select count(*)" + waiting)).getSingleResult()).longValue();
        int first = Math.max(0, offset);
        int size = Math.max(1, limit);
        List<Long> ids = Row.all(theirs.apply(em.createNativeQuery("select st.id" + waiting
                        + ApprovalListing.COLUMNS.orderBy(sort) + where.page(first, size))))
                .stream().map(r -> r.longValue("id")).toList();
        Map<Long, ApprovalStep> steps = ids.isEmpty() ? Map.of()
                : em.createQuery("select st from ApprovalStep st join fetch st.sheet where st.id in :ids", ApprovalStep.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(ApprovalStep::getId, st -> st));
        return new ResultPage<>(ids.stream().map(steps::get).toList(), total, true, first, size);
    }
}
