package com.giftcardrecon.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Support desk settings ({@code recon.cases.*} in jobs/).
 *
 * @param importMaxSize the largest support workbook {@code POST /api/cases/import} takes
 */
@ConfigurationProperties("recon.cases")
public record CasesProperties(@DefaultValue("10MB") DataSize importMaxSize) {
}
