package vn.mattran.organization.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** First-start choices: the admin's password (else generated), demo data on or off, the demo users' password. */
@ConfigurationProperties("mattran.setup")
public record SetupSettings(String adminPassword, boolean demo, String demoPassword) {
}
