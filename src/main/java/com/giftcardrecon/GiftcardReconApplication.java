package com.giftcardrecon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GiftcardReconApplication {

    public static void main(String[] args) {
        SpringApplication.run(GiftcardReconApplication.class, args);
    }
}
