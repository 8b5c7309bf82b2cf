package vn.mattran.documents.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.documents.DocumentContent;
import vn.mattran.documents.DocumentIssued;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.Numbering;
import vn.mattran.documents.OutgoingDocument;
import vn.mattran.documents.internal.render.DocxRenderer;
import vn.mattran.documents.internal.render.PdfRenderer;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;

/**
 * The outgoing register: drafts, issuing (the number comes from the register, the files are
 * printed and kept), documents issued before the platform, and corrections, which are new
 * documents naming the one they correct.
 */
@Service
public class OutgoingDocuments {

	private final OutgoingRepository documents;
	private final Registers registers;
	private final IssuedFiles files;
	private final DocumentParties parties;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;

	OutgoingDocuments(OutgoingRepository documents, Registers registers, IssuedFiles files, DocumentParties parties,
			AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.documents = documents;
		this.registers = registers;
		this.files = files;
		this.parties = parties;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public OutgoingDocument get(long id) {
		OutgoingDocument document = documents.byId(id)
			.orElseThrow(() -> UserFacingException.notFound("document.error.noSuchId", String.valueOf(id)));
		CurrentUser.requireInScope(document.unitPath(), document.title());
		return document;
	}

	/** The header a new document of this issuer would print, for a form to start from. */
	@Transactional(readOnly = true)
	public DocumentText startingPoint(DocumentText text) {
		DocumentParties.Issuer issuer = parties.issuer(text);
		return new DocumentText(text.type(), text.issuerBodyId(), text.draftingBodyId(),
				DocumentParties.issuerLines(issuer), DocumentParties.rightTitle(issuer), true, issuer.unit().name()
					.replaceFirst("^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu) ", ""),
				text.type() == null ? null : text.type().titleLine(), null, null, null, null, "Nơi nhận:",
				"- Lưu: VT.", null, null, null, null);
	}

	/** A text as it would print, unnumbered, without keeping anything: for a preview by another module. */
	@Transactional(readOnly = true)
	public Preview preview(DocumentText text) {
		OutgoingRepository.Row row = row(text);
		return new Preview(row.content(), vn.mattran.documents.Numbering.draft(row.symbolSuffix()));
	}

	/** What a preview prints: the content, and the number line of a draft ("Số: /KH-MTTQ-BTT"). */
	public record Preview(DocumentContent content, Numbering numbering) {
	}

	/** The document a body's register holds under {@code number} in {@code year}, issued or recorded. */
	@Transactional(readOnly = true)
	public java.util.Optional<OutgoingDocument> byNumber(long issuerBodyId, int year, int number) {
		return jdbc.sql("select id from doc_outgoing where issuer_body_id = :body and year = :year and number = :number")
			.param("body", issuerBodyId)
			.param("year", year)
			.param("number", number)
			.query(Long.class)
			.optional()
			.map(this::get);
	}

	@Transactional
	public OutgoingDocument createDraft(DocumentText text) {
		CurrentUser.requireRole(Role.OFFICER);
		long id = documents.insertDraft(row(text), null, CurrentUser.actorName());
		OutgoingDocument created = documents.byId(id).orElseThrow();
		audit.record(AuditEvent.created("document", id, created.unitPath(), created.title(), summary(created)));
		return created;
	}

	@Transactional
	public OutgoingDocument updateDraft(long id, int version, DocumentText text) {
		CurrentUser.requireRole(Role.OFFICER);
		OutgoingDocument before = draft(id);
		if (!documents.updateDraft(id, version, row(text))) {
			throw UserFacingException.conflict("error.changedMeanwhile", before.title());
		}
		OutgoingDocument after = documents.byId(id).orElseThrow();
		audit.record(AuditEvent.updated("document", id, after.unitPath(), after.title(), summary(before), summary(after)));
		return after;
	}

	/**
	 * Gives the draft the next number of its issuer's register for the year of {@code day} (today
	 * when null), prints and keeps its PDF and DOCX, and from then on never lets it change.
	 */
	@Transactional
	public OutgoingDocument issue(long id, LocalDate day) {
		CurrentUser.requireRole(Role.OFFICER);
		OutgoingDocument draft = draft(id);
		LocalDate issuedOn = day == null ? LocalDate.now(clock) : day;
		if (issuedOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidInput("issuedOn", "document.error.futureDate", Formats.date(issuedOn));
		}
		requireCompleteHeader(draft);
		// The counter row is locked first, so that the date check sees every earlier issue of this body.
		int number = registers.next(draft.issuerBodyId(), issuedOn.getYear(), Registers.Direction.OUT);
		LocalDate latest = latestIssue(draft.issuerBodyId(), issuedOn.getYear());
		if (latest != null && issuedOn.isBefore(latest)) {
			throw new InvalidInput("issuedOn", "document.error.beforeLatest", Formats.date(issuedOn), Formats.date(latest));
		}
		return finish(draft, new Numbering(number, draft.symbolSuffix(), issuedOn), false);
	}

	/**
	 * Enters a document issued before the platform (an older paper register) with the number it
	 * bears. In the current year a number beyond the next one would leave numbers no one can use
	 * again, so it is taken only when {@code paperRegisterReachedIt} says the paper register went that far.
	 */
	@Transactional
	public OutgoingDocument record(DocumentText text, int number, LocalDate issuedOn, boolean paperRegisterReachedIt) {
		CurrentUser.requireRole(Role.OFFICER);
		if (number <= 0) {
			throw new InvalidInput("number", "document.error.number");
		}
		if (issuedOn == null || issuedOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidInput("issuedOn", "document.error.futureDate", Formats.date(issuedOn));
		}
		OutgoingDocument draft = documents.byId(documents.insertDraft(row(text), null, CurrentUser.actorName()))
			.orElseThrow();
		int next = registers.last(draft.issuerBodyId(), issuedOn.getYear(), Registers.Direction.OUT) + 1;
		if (issuedOn.getYear() == LocalDate.now(clock).getYear() && number > next && !paperRegisterReachedIt) {
			throw new InvalidInput("number", "document.error.numberLeavesGap", number, next, number - 1);
		}
		registers.taken(draft.issuerBodyId(), issuedOn.getYear(), Registers.Direction.OUT, number);
		try {
			return finish(draft, new Numbering(number, draft.symbolSuffix(), issuedOn), true);
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInput("number", "document.error.numberTaken", number, issuedOn.getYear());
		}
	}

	/** A new draft that corrects an issued document: its content to start from, and a reference to it. */
	@Transactional
	public OutgoingDocument correct(long id) {
		CurrentUser.requireRole(Role.OFFICER);
		OutgoingDocument issued = get(id);
		if (!issued.issued()) {
			throw UserFacingException.conflict("document.error.notIssued", issued.title());
		}
		long correction = documents.insertDraft(new OutgoingRepository.Row(issued.type(), issued.issuerBodyId(),
				issued.draftingBodyId(), issued.issuerName(), issued.unitPath(), issued.symbolSuffix(),
				issued.content()), issued.id(), CurrentUser.actorName());
		OutgoingDocument created = documents.byId(correction).orElseThrow();
		audit.record(AuditEvent.created("document", correction, created.unitPath(),
				created.title() + " (đính chính " + issued.symbol() + ")", summary(created)));
		return created;
	}

	/**
	 * An issued document's kept file and content for another module that decided who may read it (a
	 * plan's assignees read the plan that gave them their task); no scope check here.
	 */
	@Transactional(readOnly = true)
	public IssuedCopy issuedCopy(long id) {
		OutgoingDocument document = documents.byId(id).filter(OutgoingDocument::issued)
			.orElseThrow(() -> UserFacingException.notFound("document.error.noSuchId", String.valueOf(id)));
		return new IssuedCopy(document, files.get(id, IssuedFiles.Format.PDF).orElseThrow(),
				files.get(id, IssuedFiles.Format.DOCX).orElseThrow());
	}

	/** An issued document with its two kept files. */
	public record IssuedCopy(OutgoingDocument document, byte[] pdf, byte[] docx) {
	}

	/** The PDF as issued, or for a draft as it would print now. */
	@Transactional(readOnly = true)
	public byte[] pdf(long id) {
		OutgoingDocument document = get(id);
		return document.issued() ? files.get(id, IssuedFiles.Format.PDF).orElseThrow()
				: PdfRenderer.render(document.content(), document.numbering());
	}

	@Transactional(readOnly = true)
	public byte[] docx(long id) {
		OutgoingDocument document = get(id);
		return document.issued() ? files.get(id, IssuedFiles.Format.DOCX).orElseThrow()
				: DocxRenderer.render(document.content(), document.numbering());
	}

	private OutgoingDocument finish(OutgoingDocument draft, Numbering numbering, boolean recorded) {
		documents.markIssued(draft.id(), numbering.number(), numbering.issuedOn().getYear(), numbering.symbol(),
				numbering.issuedOn(), recorded, CurrentUser.actorName());
		files.keep(draft.id(), IssuedFiles.Format.PDF, PdfRenderer.render(draft.content(), numbering));
		files.keep(draft.id(), IssuedFiles.Format.DOCX, DocxRenderer.render(draft.content(), numbering));
		OutgoingDocument issued = documents.byId(draft.id()).orElseThrow();
		audit.record(AuditEvent.updated("document", issued.id(), issued.unitPath(),
				(recorded ? "Vào sổ " : "Ban hành ") + issued.symbol() + ": " + issued.title(), summary(draft),
				summary(issued)));
		events.publishEvent(new DocumentIssued(issued.id(), issued.symbol(), issued.issuerBodyId(), issued.issuedOn()));
		return issued;
	}

	private OutgoingDocument draft(long id) {
		OutgoingDocument document = get(id);
		if (document.issued()) {
			throw UserFacingException.conflict("document.error.issued", document.symbol());
		}
		return document;
	}

	private OutgoingRepository.Row row(DocumentText text) {
		if (text.type() == null) {
			throw new InvalidInput("type", "document.error.typeRequired");
		}
		DocumentParties.Issuer issuer = parties.issuer(text);
		DocumentContent content = agreeingWithType(text.type(), text.toContent());
		if (content.subject().isEmpty()) {
			throw new InvalidInput("subject", "document.error.subjectRequired");
		}
		return new OutgoingRepository.Row(text.type(), issuer.body().id(),
				issuer.drafting() == null ? null : issuer.drafting().id(), issuer.body().name(), issuer.unit().path(),
				DocumentParties.symbolSuffix(text.type(), issuer), content);
	}

	/** A công văn has no title line (its subject follows "V/v"); every other kind has one, its name by default. */
	private static DocumentContent agreeingWithType(vn.mattran.documents.DocumentType type, DocumentContent content) {
		String titleLine = type == vn.mattran.documents.DocumentType.DISPATCH ? null
				: content.titleLine() != null ? content.titleLine() : type.titleLine();
		return new DocumentContent(content.header(), titleLine, content.subject(), content.addressees(),
				content.legalBases(), content.body(), content.closing());
	}

	/** An issued document must show who issued it, its number and its place and date (Decree 30, Art. 8). */
	private static void requireCompleteHeader(OutgoingDocument draft) {
		DocumentContent.Header header = draft.content().header();
		java.util.List<String> missing = new java.util.ArrayList<>();
		if (header.issuer().isEmpty()) {
			missing.add("issuer");
		}
		if (!header.numbered()) {
			missing.add("number");
		}
		if (header.place() == null) {
			missing.add("place");
		}
		if (!missing.isEmpty()) {
			throw new InvalidInput(missing.get(0).equals("issuer") ? "issuerLines" : missing.get(0).equals("number")
					? "numbered" : "place", "document.error.headerIncomplete", draft.title());
		}
	}

	private LocalDate latestIssue(long issuerBodyId, int year) {
		return jdbc.sql("select max(issued_on) from doc_outgoing where issuer_body_id = :body and year = :year")
			.param("body", issuerBodyId)
			.param("year", year)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	private static Map<String, Object> summary(OutgoingDocument document) {
		return Map.of("type", document.type().name(), "title", document.title(), "issued", document.issued(),
				"symbol", document.symbol() == null ? "" : document.symbol(), "issuedOn",
				document.issuedOn() == null ? "" : document.issuedOn().toString());
	}
}
