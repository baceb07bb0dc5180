package com.giftcardrecon.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One action an agent asks for, checked field by field (cases.md, the table of actions). The
 * actor is never part of it: it is whoever is authenticated.
 *
 * @param assignee   ASSIGN only
 * @param resolution RESOLVE only
 * @param remark     required by every action but ASSIGN, for which it is optional
 */
public record CaseCommand(CaseAction action, String assignee, Resolution resolution, String remark) {

    /** A remark is 1–2000 characters (code points, so an emoji counts once). */
    public static final int MAX_REMARK = 2000;

    static final int MAX_ASSIGNEE = 255;

    /**
     * Reads a request body such as {@code {"action":"RESOLVE","resolution":"...","remark":"..."}}.
     * Fields the action does not use are ignored.
     *
     * @throws InvalidCaseRequestException naming the first field that is missing or wrong
     */
    public static CaseCommand of(Map<String, ?> body) {
        if (body == null) {
            throw new InvalidCaseRequestException("action", "the body must be a JSON object with an action, e.g."
                    + " {\"action\":\"COMMENT\",\"remark\":\"called the customer\"}");
        }
        CaseAction action = action(text(body, "action"));
        return switch (action) {
            case ASSIGN -> new CaseCommand(action, assignee(text(body, "assignee")), null,
                    optionalRemark(text(body, "remark")));
            case RESOLVE -> new CaseCommand(action, null, resolution(text(body, "resolution")),
                    remark(text(body, "remark")));
            case ESCALATE, REOPEN, COMMENT -> new CaseCommand(action, null, null, remark(text(body, "remark")));
        };
    }

    /** A RESOLVE, as a workbook row asks for it. */
    public static CaseCommand resolve(String resolution, String remark) {
        return new CaseCommand(CaseAction.RESOLVE, null, resolution(resolution), remark(remark));
    }

    private static String text(Map<String, ?> body, String field) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidCaseRequestException(field, field + " must be a JSON string");
    }

    private static CaseAction action(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCaseRequestException("action", "action is required: one of " + names(CaseAction.values()));
        }
        try {
            return CaseAction.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseRequestException("action", "action '" + text + "' is not one of "
                    + names(CaseAction.values()));
        }
    }

    private static String assignee(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCaseRequestException("assignee", "assignee is required for ASSIGN: who takes the case");
        }
        if (text.length() > MAX_ASSIGNEE) {
            throw new InvalidCaseRequestException("assignee", "assignee is longer than " + MAX_ASSIGNEE
                    + " characters");
        }
        return text.strip();
    }

    private static Resolution resolution(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCaseRequestException("resolution", "resolution is required for RESOLVE: one of "
                    + names(Resolution.values()));
        }
        try {
            return Resolution.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseRequestException("resolution", "resolution '" + text + "' is not one of "
                    + names(Resolution.values()));
        }
    }

    private static String remark(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCaseRequestException("remark", "remark is required: 1 to " + MAX_REMARK
                    + " characters saying what was done or found");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_REMARK) {
            throw new InvalidCaseRequestException("remark", "remark is " + length + " characters; at most "
                    + MAX_REMARK + " are kept");
        }
        return text;
    }

    private static String optionalRemark(String text) {
        return text == null || text.isEmpty() ? null : remark(text);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
