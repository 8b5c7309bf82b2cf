package vn.mattran.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/** Sessions in the database (shared_session), so any instance can serve any signed-in request. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(tableName = "shared_session", maxInactiveIntervalInSeconds = 8 * 3600)
class SessionConfiguration {
}
