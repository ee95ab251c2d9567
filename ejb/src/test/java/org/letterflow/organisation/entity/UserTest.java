package org.letterflow.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A user's roles are what was last granted, and a user works in the organisations of a subtree or not. */
class UserTest {

    private static final Organisation SCHOOL = new Organisation(null, OrganisationKind.SCHOOL, "Школа № 1", "Школа № 1",
            ZoneId.of("Asia/Irkutsk"), null, null) {
        @Override
        public Long getId() {
            return 12L;
        }
    };

    @Test
    void grantingRolesReplacesTheOnesBefore() {
        User user = new User(SCHOOL, " clerk ", "hash");
        assertEquals("clerk", user.getLogin(), "a login is kept without surrounding spaces");
        user.grant(Set.of(Role.CLERK, Role.EXECUTOR));
        assertTrue(user.hasRole(Role.CLERK));
        user.grant(Set.of(Role.EXECUTIVE));
        assertFalse(user.hasRole(Role.CLERK), "a role taken away is gone");
        assertTrue(user.hasRole(Role.EXECUTIVE));
        assertEquals(Set.of(Role.EXECUTIVE), user.getRoles());
    }

    @Test
    void aUserWorksInASubtreeThatHoldsTheirOrganisation() {
        User user = new User(SCHOOL, "teacher", "hash");
        assertTrue(user.worksIn(List.of(1L, 12L)));
        assertFalse(user.worksIn(List.of(1L, 13L)));
    }

    @Test
    void theNamesAreKeptWithoutSurroundingSpaces() {
        User user = new User(SCHOOL, "teacher", "hash");
        user.describe(" Петрова Анна Ивановна ", " Петрова А.И. ", "учитель", null);
        assertEquals("Петрова Анна Ивановна", user.getFullName());
        assertEquals("Петрова А.И.", user.getShortName());
    }

    @Test
    void aNewUserMaySignInUntilDeactivatedAndAgainOnceReactivated() {
        User user = new User(SCHOOL, "teacher", "hash");
        assertTrue(user.isActive());
        user.setActive(false);
        assertFalse(user.isActive());
        user.setActive(true);
        assertTrue(user.isActive());
    }
}
