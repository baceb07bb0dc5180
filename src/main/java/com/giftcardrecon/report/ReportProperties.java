package com.giftcardrecon.report;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the nightly workbooks are written ({@code recon.output-dir} in jobs/). */
@ConfigurationProperties("recon")
public record ReportProperties(@DefaultValue("out/reports") Path outputDir) {
}
