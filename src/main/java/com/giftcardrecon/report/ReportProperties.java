package com.giftcardrecon.report;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the nightly workbooks need from the job configuration ({@code recon.*} in jobs/).
 *
 * @param outputDir         where the workbooks are written
 * @param expectedRetailers retailer ids expected to send an activation file every business
 *                          date (comma-separated in jobs/); one without an accepted file for D
 *                          is MISSING on the Retailers sheet
 */
@ConfigurationProperties("recon")
public record ReportProperties(@DefaultValue("out/reports") Path outputDir, List<String> expectedRetailers) {

    public ReportProperties {
        expectedRetailers = expectedRetailers == null ? List.of()
                : expectedRetailers.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
    }
}
