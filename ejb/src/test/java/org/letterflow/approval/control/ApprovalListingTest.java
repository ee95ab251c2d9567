package org.letterflow.approval.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Date;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Conditions;
import org.letterflow.platform.ListSort;

class ApprovalListingTest {

    private static final ZoneId IRKUTSK = ZoneId.of("Asia/Irkutsk");

    @Test
    void theStartDayIsTheOrganisationsAndPartsOfNamesFilter() {
        Conditions where = ApprovalListing.read(Map.of("from", "01.03.2026", "to", "02.03.2026", "initiator", "Петров",
                "subject", "ОТЧЁТ")).where(3, IRKUTSK);
        assertEquals(" and cast(timezone(?3, s.started_at) as date) >= ?4 and cast(timezone(?3, s.started_at) as date) <= ?5"
                + " and lower(s.initiator) like ?6 and lower(l.subject) like ?7", where.sql());
        assertEquals(List.of("Asia/Irkutsk", Date.valueOf("2026-03-01"), Date.valueOf("2026-03-02"), "%петров%", "%отчёт%"),
                where.values());
        assertEquals(List.of(), ApprovalListing.ALL.where(3, IRKUTSK).values(), "no period, no time zone to bind");
    }

    @Test
    void oldestFirstUnlessAColumnIsClicked() {
        assertEquals(" order by s.started_at, st.id", ApprovalListing.COLUMNS.orderBy(ListSort.NONE));
        assertEquals(" order by s.started_at desc nulls first, s.started_at, st.id",
                ApprovalListing.COLUMNS.orderBy(ListSort.parse("-startedAt")));
        assertEquals(" order by s.started_at, st.id", ApprovalListing.COLUMNS.orderBy(new ListSort("initiator)--", true)));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThrows(BusinessException.class, () -> ApprovalListing.read(Map.of("from", "02.03.2026", "to", "01.03.2026")));
    }
}
