package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Donation;
import vn.mattran.fund.Fund;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.money.AmountInWords;
import vn.mattran.shared.print.Pdf;

/**
 * The printable receipt (biên lai thu) of a donation: the fund and unit, the receipt's number and
 * date, the donor, the amount in figures and in words, how and for which drive it was given, and who
 * took it. A voided receipt still prints, stamped "ĐÃ HỦY" with the reason, as the paper book keeps
 * a cancelled leaf. It is printed in Vietnamese whatever the reader's language: it is the donor's paper.
 */
@Component
public class ReceiptPdf {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Donations donations;
	private final Funds funds;
	private final Drives drives;
	private final Organization organization;
	private final MessageSource messages;

	ReceiptPdf(Donations donations, Funds funds, Drives drives, Organization organization, MessageSource messages) {
		this.donations = donations;
		this.funds = funds;
		this.drives = drives;
		this.organization = organization;
		this.messages = messages;
	}

	/** What a receipt shows, already in words. */
	record Receipt(String unitName, String fundName, String number, LocalDate receivedOn, String donorName,
			String donorAddress, long amount, String channel, String driveTitle, String inKind, String note,
			String collector, String createdBy, boolean voided, String voidReason) {
	}

	/** The receipt of a donation the caller may read (the scope is checked on the way). */
	@Transactional(readOnly = true)
	public byte[] print(long donationId) {
		Donation donation = donations.get(donationId);
		Fund fund = funds.get(donation.fundId());
		String drive = donation.driveId() == null ? null : drives.get(donation.driveId()).title();
		var names = organization.units(List.of(fund.unitId(), donation.unitId()));
		Unit collector = names.get(donation.unitId());
		Unit unit = names.get(fund.unitId());
		return render(new Receipt(unit == null ? "" : unit.name(), fund.name(), donation.receiptNumber(),
				donation.receivedOn(), donation.donor().publicName(), donation.donor().address(), donation.amount(),
				text("fund.channel." + donation.channel().name()), drive, donation.inKind(), donation.note(),
				collector == null ? null : collector.name(), donation.createdBy(), donation.voided(),
				donation.voidReason()), messages);
	}

	static byte[] render(Receipt r, MessageSource messages) {
		Texts t = new Texts(messages);
		StringBuilder rows = new StringBuilder();
		row(rows, t.get("fund.receipt.donor"), r.donorName(), "strong");
		row(rows, t.get("fund.receipt.address"), r.donorAddress(), "");
		row(rows, t.get("fund.receipt.purpose"), t.get("fund.receipt.purposeText", r.fundName()), "");
		row(rows, t.get("fund.receipt.drive"), r.driveTitle(), "");
		row(rows, t.get("fund.receipt.amount"), Formats.money(r.amount()), "strong");
		row(rows, t.get("fund.receipt.inWords"), AmountInWords.dong(r.amount()), "words");
		row(rows, t.get("fund.receipt.channel"), r.channel(), "");
		row(rows, t.get("fund.receipt.inKind"), r.inKind(), "");
		row(rows, t.get("fund.receipt.note"), r.note(), "");
		row(rows, t.get("fund.receipt.collector"), r.collector(), "");
		String stamp = !r.voided() ? "" : """
				<div class="void"><div class="mark">%s</div><div>%s</div></div>
				""".formatted(escape(t.get("fund.receipt.void")), escape(t.get("fund.receipt.voidReason", r.voidReason())));
		String xhtml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><meta charset="UTF-8"/>
				<title>%s</title>
				<style>
				@page { size: A5 portrait; margin: 12mm 12mm; }
				body { font-family: '%s'; font-size: 12pt; line-height: 1.35; }
				.head { width: 100%%; border-collapse: collapse; }
				.head td { vertical-align: top; padding: 0; }
				.unit { font-weight: bold; text-transform: uppercase; }
				.number { text-align: right; }
				h1 { text-align: center; font-size: 16pt; margin: 6mm 0 4mm 0; }
				.rows { width: 100%%; border-collapse: collapse; }
				.rows td { padding: 1mm 0; vertical-align: top; }
				.rows td.label { width: 34mm; }
				.strong { font-weight: bold; }
				.words { font-style: italic; }
				.void { border: 2pt solid #c00; color: #c00; text-align: center; padding: 2mm; margin-bottom: 3mm; }
				.void .mark { font-size: 22pt; font-weight: bold; letter-spacing: 2pt; }
				.signs { width: 100%%; margin-top: 6mm; text-align: center; page-break-inside: avoid; }
				.signs td { width: 50%%; vertical-align: top; }
				.hint { font-style: italic; font-size: 10pt; }
				</style></head><body>
				%s
				<table class="head"><tr>
				<td><div class="unit">%s</div><div>%s</div></td>
				<td class="number"><div>%s</div><div>%s</div></td>
				</tr></table>
				<h1>%s</h1>
				<table class="rows">%s</table>
				<table class="signs"><tr>
				<td><div class="strong">%s</div><div class="hint">%s</div></td>
				<td><div class="strong">%s</div><div class="hint">%s</div><div>&#160;</div><div>&#160;</div><div>%s</div></td>
				</tr></table>
				</body></html>
				""".formatted(escape(t.get("fund.receipt.title")), Pdf.FAMILY, stamp, escape(r.unitName()),
				escape(r.fundName()), escape(t.get("fund.receipt.number", r.number())),
				escape(t.get("fund.receipt.date", Formats.date(r.receivedOn()))), escape(t.get("fund.receipt.title")),
				rows, escape(t.get("fund.receipt.payer")), escape(t.get("fund.receipt.signHint")),
				escape(t.get("fund.receipt.receiver")), escape(t.get("fund.receipt.signHint")), escape(r.createdBy()));
		return Pdf.render(xhtml);
	}

	/** A line of the receipt, left out when there is nothing to say; {@code style} is "strong", "words" or "". */
	private static void row(StringBuilder rows, String label, String value, String style) {
		if (value == null || value.isBlank()) {
			return;
		}
		rows.append("<tr><td class=\"label\">").append(escape(label)).append(":</td><td class=\"").append(style)
			.append("\">").append(escape(value)).append("</td></tr>");
	}

	/** Text for XHTML: the five characters XML reserves, and control characters a pasted name may carry. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, VIETNAMESE);
	}

	/** The receipt's words in Vietnamese. */
	private record Texts(MessageSource messages) {

		String get(String key, Object... args) {
			return messages.getMessage(key, args.length == 0 ? null : args, key, VIETNAMESE);
		}
	}
}
