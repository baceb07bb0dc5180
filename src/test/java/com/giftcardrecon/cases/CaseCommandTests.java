package com.giftcardrecon.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseCommandTests {

    @Test
    void readsAResolve() {
        CaseCommand command = CaseCommand.of(Map.of("action", "RESOLVE", "resolution", "VALUE_RECOVERED",
                "remark", "value taken back"));

        assertThat(command).isEqualTo(new CaseCommand(CaseAction.RESOLVE, null, Resolution.VALUE_RECOVERED,
                "value taken back"));
    }

    @Test
    void anAssignNeedsNoRemark() {
        assertThat(CaseCommand.of(Map.of("action", "ASSIGN", "assignee", "bob")))
                .isEqualTo(new CaseCommand(CaseAction.ASSIGN, "bob", null, null));
    }

    @Test
    void theActorIsNeverTakenFromTheBody() {
        CaseCommand command = CaseCommand.of(Map.of("action", "COMMENT", "remark", "x", "actor", "mallory"));

        assertThat(command).isEqualTo(new CaseCommand(CaseAction.COMMENT, null, null, "x"));
    }

    @Test
    void namesTheFieldThatIsMissingOrWrong() {
        assertField(null, "action");
        assertField(Map.of(), "action");
        assertField(Map.of("action", "CLOSE"), "action");
        assertField(Map.of("action", 7), "action");
        assertField(Map.of("action", "ASSIGN"), "assignee");
        assertField(Map.of("action", "ASSIGN", "assignee", " "), "assignee");
        assertField(Map.of("action", "ASSIGN", "assignee", "b".repeat(256)), "assignee");
        assertField(Map.of("action", "RESOLVE", "remark", "x"), "resolution");
        assertField(Map.of("action", "RESOLVE", "resolution", "FIXED", "remark", "x"), "resolution");
        assertField(Map.of("action", "RESOLVE", "resolution", "VALUE_RECOVERED"), "remark");
        assertField(Map.of("action", "ESCALATE"), "remark");
        assertField(Map.of("action", "REOPEN", "remark", ""), "remark");
        assertField(Map.of("action", "COMMENT", "remark", "x".repeat(2001)), "remark");
        assertField(Map.of("action", "COMMENT", "remark", 12), "remark");
    }

    @Test
    void aRemarkIsUpTo2000CharactersCountingEachCharacterOnce() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        assertThat(CaseCommand.of(Map.of("action", "COMMENT", "remark", emoji.repeat(2000))).remark())
                .hasSize(4000);
        assertField(Map.of("action", "COMMENT", "remark", emoji.repeat(2001)), "remark");
    }

    @Test
    void aNullFieldIsAMissingOne() {
        Map<String, Object> body = new HashMap<>();
        body.put("action", "COMMENT");
        body.put("remark", null);
        assertField(body, "remark");
    }

    private static void assertField(Map<String, ?> body, String field) {
        assertThatThrownBy(() -> CaseCommand.of(body)).isInstanceOfSatisfying(InvalidCaseRequestException.class,
                e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(field);
                });
    }
}
