package vn.mattran;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a real port with its own throw-away embedded PostgreSQL, the official
 * lists and the demo data. Every integration test uses exactly this, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"mattran.database.ephemeral=true", "mattran.database.url=", "mattran.setup.demo=true",
		"mattran.setup.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
		"mattran.setup.demo-password=" + IntegrationTest.DEMO_PASSWORD,
		// Notices are e-mailed to the SMTP server a test starts here (GreenMail); without one, sending just fails quietly.
		"spring.mail.host=127.0.0.1", "spring.mail.port=" + IntegrationTest.SMTP_PORT })
@AutoConfigureMockMvc
public @interface IntegrationTest {

	String ADMIN_PASSWORD = "Quan-tri-thu-nghiem-1";
	String DEMO_PASSWORD = "Demo-thu-nghiem-2024";
	int SMTP_PORT = 3025;
}
