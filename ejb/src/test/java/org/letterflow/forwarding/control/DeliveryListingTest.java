package org.letterflow.forwarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Conditions;
import org.letterflow.platform.ListSort;

class DeliveryListingTest {

    @Test
    void periodSenderAndSubjectAreBoundConditions() {
        Conditions where = DeliveryListing.read(Map.of("from", "01.02.2026", "to", "01.02.2026", "sender", "Иркутской",
                "subject", "ОТЧЁТ")).where(6);
        assertEquals(" and l.registration_date >= ?6 and l.registration_date <= ?7 and lower(s.short_name) like ?8"
                + " and lower(l.subject) like ?9", where.sql());
        assertEquals(List.of(Date.valueOf("2026-02-01"), Date.valueOf("2026-02-01"), "%иркутской%", "%отчёт%"),
                where.values());
        assertEquals("", DeliveryListing.ALL.where(6).sql());
    }

    @Test
    void newestFirstUnlessAColumnIsClickedTiesByDelivery() {
        assertEquals(" order by d.delivered_at desc, d.id desc", DeliveryListing.COLUMNS.orderBy(ListSort.NONE));
        assertEquals(" order by l.registration_date desc nulls first, d.id",
                DeliveryListing.COLUMNS.orderBy(new ListSort("date", false)));
        assertEquals(" order by lower(s.short_name) asc nulls last, d.id",
                DeliveryListing.COLUMNS.orderBy(ListSort.parse("sender")));
        assertEquals(" order by d.delivered_at desc, d.id desc",
                DeliveryListing.COLUMNS.orderBy(new ListSort("sender desc, (select 1)", true)));
    }

    @Test
    void badInputIsRefusedByName() {
        assertEquals("from", assertThrows(BusinessException.class,
                () -> DeliveryListing.read(Map.of("from", "2026-02-01"))).field());
    }
}
