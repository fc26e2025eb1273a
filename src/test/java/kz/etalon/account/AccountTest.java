package kz.etalon.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void eachRoleHasTheRightsOfTheOneBeforeItAndMore() {
        assertThat(rights(Role.VIEWER)).containsExactly(Right.READ);
        assertThat(rights(Role.ANALYST)).containsExactly(Right.READ, Right.ANALYSE, Right.UPLOAD);
        assertThat(rights(Role.EDITOR)).containsExactly(Right.READ, Right.ANALYSE, Right.UPLOAD, Right.EDIT_STANDARD);
        assertThat(rights(Role.ADMIN)).containsExactlyElementsOf(EnumSet.allOf(Right.class));
    }

    @Test
    void theLocalUserIsAnAdminWithoutACity() {
        Account local = Account.local();

        assertThat(local.name()).isEqualTo("local");
        assertThat(local.role()).isEqualTo(Role.ADMIN);
        assertThat(local.city()).isEmpty();
        assertThat(local.may(Right.MANAGE_USERS)).isTrue();
        assertThat(local.mayUploadFor(List.of("Almaty", "Aktau"))).isTrue();
    }

    @Test
    void aCityUserMayUploadForItsOwnCityOnly() {
        Account aktau = new Account("aigul", Role.ANALYST, Optional.of("Aktau"));

        assertThat(aktau.mayUploadFor(List.of("Aktau"))).isTrue();
        assertThat(aktau.mayUploadFor(List.of(" aktau ", "AKTAU"))).as("case and spaces aside").isTrue();
        assertThat(aktau.mayUploadFor(List.of("Aktau", "Almaty"))).as("one other city").isFalse();
        assertThat(aktau.mayUploadFor(List.of("Almaty"))).isFalse();
        assertThat(aktau.mayUploadFor(List.of())).as("a file with no city").isFalse();
    }

    @Test
    void aCityInCyrillicIsComparedWithoutCaseToo() {
        Account user = new Account("әлия", Role.EDITOR, Optional.of("Шымкент"));

        assertThat(user.mayUploadFor(List.of("ШЫМКЕНТ", "шымкент"))).isTrue();
        assertThat(user.mayUploadFor(List.of("Шымкент", "Тараз"))).isFalse();
    }

    @Test
    void aViewerMayUploadForNoCity_andAnAnalystWithoutACityForAny() {
        assertThat(new Account("v", Role.VIEWER, Optional.empty()).mayUploadFor(List.of("Aktau"))).isFalse();
        assertThat(new Account("v", Role.VIEWER, Optional.of("Aktau")).mayUploadFor(List.of("Aktau"))).isFalse();
        assertThat(new Account("a", Role.ANALYST, Optional.empty()).mayUploadFor(List.of("Aktau", "Almaty"))).isTrue();
    }

    @Test
    void aRoleIsReadInAnyCase_andAnUnknownOneIsRefusedWithTheListOfRoles() {
        assertThat(Role.parse("viewer")).isEqualTo(Role.VIEWER);
        assertThat(Role.parse(" ANALYST ")).isEqualTo(Role.ANALYST);
        assertThat(Role.parse("Admin")).isEqualTo(Role.ADMIN);
        assertThat(Role.EDITOR.id()).isEqualTo("editor");
        assertThatThrownBy(() -> Role.parse("root")).isInstanceOf(InputException.class)
                .hasMessageContaining("`root`").hasMessageContaining("viewer, analyst, editor, admin");
    }

    private static Set<Right> rights(Role role) {
        Set<Right> rights = EnumSet.noneOf(Right.class);
        for (Right right : Right.values()) {
            if (role.allows(right)) {
                rights.add(right);
            }
        }
        assertThat(new Account("x", role, Optional.empty()).may(Right.READ)).isEqualTo(role.allows(Right.READ));
        return rights;
    }
}
