package vn.mattran.shared.format;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates are Vietnamese dates: "today" is today in Asia/Ho_Chi_Minh, whatever the server's zone. */
@Configuration(proxyBeanMethods = false)
class VietnamClock {

	@Bean
	Clock clock() {
		return Clock.system(Formats.VIETNAM);
	}
}
