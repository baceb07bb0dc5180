package com.giftcardrecon.cases;

import java.util.List;

/**
 * What an upload of a support workbook did.
 *
 * @param applied how many rows were applied as a RESOLVE
 * @param skipped the filled-in rows that were not, each with why
 */
public record ImportResult(int applied, List<Skipped> skipped) {

    /**
     * @param row    the row number as Excel shows it (the header is row 1)
     * @param caseId as the row has it; null when the cell is empty
     */
    public record Skipped(int row, String caseId, String reason) {
    }
}
