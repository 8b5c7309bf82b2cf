package vn.mattran;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The mattran platform: one Spring Boot application, one PostgreSQL database, modules with hard borders. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MattranApplication {

	public static void main(String[] args) {
		SpringApplication.run(MattranApplication.class, args);
	}
}
