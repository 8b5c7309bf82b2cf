package vn.mattran.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Message texts by key, in the reader's language or in a named one. */
@Component
public class Messages {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String key, Object... args) {
		return in(LocaleContextHolder.getLocale(), key, args);
	}

	public String vi(String key, Object... args) {
		return in(VIETNAMESE, key, args);
	}

	public String en(String key, Object... args) {
		return in(Locale.ENGLISH, key, args);
	}

	public String in(Locale locale, String key, Object... args) {
		return source.getMessage(key, args, key, locale);
	}
}
