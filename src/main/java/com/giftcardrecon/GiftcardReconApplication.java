package com.giftcardrecon;

import com.giftcardrecon.operations.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GiftcardReconApplication {

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
