package vn.mattran.planning.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The morning reminders run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
