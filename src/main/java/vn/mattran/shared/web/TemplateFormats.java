package vn.mattran.shared.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import vn.mattran.shared.format.Formats;

/** {@link Formats} for templates: {@code ${@fmt.money(amount)}}, {@code ${@fmt.date(day)}}. */
@Component("fmt")
public class TemplateFormats {

	private final Messages messages;

	TemplateFormats(Messages messages) {
		this.messages = messages;
	}

	public String number(long value) {
		return Formats.number(value);
	}

	public String money(long dong) {
		return Formats.money(dong);
	}

	/** 50000000 → "Năm mươi triệu đồng chẵn": the amount spelled out as documents write it. */
	public String inWords(long dong) {
		return vn.mattran.shared.money.AmountInWords.dong(dong);
	}

	/** A file's size as people read it: "820 KB", "12,5 MB" (never "0 KB"). */
	public String fileSize(long bytes) {
		return Formats.fileSize(bytes);
	}

	/** The lunar date of a day: "15/4 âm lịch". */
	public String lunar(LocalDate date) {
		return date == null ? "" : vn.mattran.shared.calendar.LunarCalendar.toLunar(date).toString();
	}

	public String date(LocalDate date) {
		return Formats.date(date);
	}

	public String dateTime(OffsetDateTime at) {
		return Formats.dateTime(at);
	}

	/** A period as "01/07/2025 – nay": an unknown start is "…", an open end is "now" in the reader's language. */
	public String period(LocalDate from, LocalDate to) {
		return messages.get("unit.period", from == null ? "…" : Formats.date(from),
				to == null ? messages.get("unit.now") : Formats.date(to));
	}
}
