package vn.mattran.shared.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import vn.mattran.shared.format.Formats;

/** {@link Formats} for templates: {@code ${@fmt.money(amount)}}, {@code ${@fmt.date(day)}}. */
@Component("fmt")
public class TemplateFormats {

	public String number(long value) {
		return Formats.number(value);
	}

	public String money(long dong) {
		return Formats.money(dong);
	}

	public String date(LocalDate date) {
		return Formats.date(date);
	}

	public String dateTime(OffsetDateTime at) {
		return Formats.dateTime(at);
	}
}
