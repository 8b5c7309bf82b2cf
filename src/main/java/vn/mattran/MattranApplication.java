package vn.mattran;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The mattran platform: one Spring Boot application, one PostgreSQL database, modules with hard borders. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MattranApplication {

	public static void main(String[] args) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(MattranApplication.class);
		// The command-line check of the funds' hash chains (--verify-ledger) listens on no port: it prints and exits.
		if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--verify-ledger"))) {
			System.setProperty("server.port", "-1");
			System.setProperty("spring.main.banner-mode", "off");
			System.setProperty("logging.level.root", "WARN");
		}
		application.run(args);
	}
}
