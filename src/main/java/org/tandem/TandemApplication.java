package org.tandem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.tandem.platform.cli.TandemCommandLine;

/**
 * Tandem: outcomes-based co-commissioning of public services.
 *
 * <p>Each direct sub-package is one part of the commissioning cycle (a Spring Modulith module).
 * Started with a command word ({@code admin}, {@code audit}) it runs that command and exits instead of serving web pages.
 */
@SpringBootApplication
@EnableScheduling
public class TandemApplication {

    public static void main(String[] args) {
        if (TandemCommandLine.isCommand(args)) {
            System.exit(TandemCommandLine.run(TandemApplication.class, args));
        }
        SpringApplication.run(TandemApplication.class, args);
    }
}
