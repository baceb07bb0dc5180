package com.giftcardrecon.operations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.giftcardrecon.operations.ServerTestSupport;
import com.giftcardrecon.operations.Trigger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ReportsApiTests extends ServerTestSupport {

    @Test
    void financeAndSupportDownloadTheWorkbooksOfADate() throws Exception {
        LocalDate date = date(50);
        runs.reconcile(date, Trigger.CLI);

        byte[] finance = mvc.perform(get("/api/reports/" + date + "/finance").with(FINANCE))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ReportsController.XLSX))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"finance-reconciliation-" + date + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] support = mvc.perform(get("/api/reports/" + date + "/support").with(SUPPORT))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"support-cases-" + date + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(finance).startsWith('P', 'K'); // a zip, as every .xlsx is
        assertThat(support).startsWith('P', 'K');
    }

    @Test
    void aDateWithoutWorkbooksIs404AndABadDate400() throws Exception {
        mvc.perform(get("/api/reports/" + date(51) + "/finance").with(OPERATOR)).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("no finance workbook for " + date(51))));
        mvc.perform(get("/api/reports/24-11-2026/support").with(OPERATOR)).andExpect(status().isBadRequest());
    }
}
