package com.giftcardrecon.cases;

/**
 * The names on the support workbook that an upload is read by (reports.md): the sheet and the
 * headers of the columns an agent fills in. The report's layout uses the same constants.
 */
public final class SupportSheet {

    public static final String OPEN_CASES = "Open Cases";

    public static final String CASE_ID = "Case ID";

    public static final String RESOLUTION = "Resolution";

    public static final String REMARK = "Remark";

    private SupportSheet() {
    }
}
