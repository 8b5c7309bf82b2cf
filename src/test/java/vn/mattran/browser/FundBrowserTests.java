package vn.mattran.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.IntegrationTest;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.FundKind;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.organization.Organization;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entering a donation in a real browser, by the ward's officer: a donor who gave before is
 * suggested as the name is typed and picked (the same donor, not a second one), the receipt number
 * is shown, the printed receipt is a PDF with the amount in words, and the donation is found in the
 * list by the donor's name typed without diacritics.
 */
@IntegrationTest
class FundBrowserTests {

	/** A donor of an earlier drive; a name of its own so that no other test's donors are suggested with it. */
	private static final String KNOWN_DONOR = "Đặng Thị Hồng Nhung";

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Funds funds;
	@Autowired
	Drives drives;
	@Autowired
	Donations donations;
	@Autowired
	Organization organization;
	WebDriver browser;
	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = Chromium.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void entersADonationForAKnownDonorPrintsItsReceiptAndFindsItWithoutDiacritics() throws Exception {
		long ward = SystemUser.call(() -> organization.unitByCode("00256", LocalDate.of(2024, 10, 17)).orElseThrow().id());
		LocalDate today = funds.today();
		long fund = SystemUser.call(() -> funds.create(ward, "Quỹ \"Vì người nghèo\" thử trình duyệt", FundKind.FOR_THE_POOR,
				"0011001234567", "Vietcombank").id());
		long drive = SystemUser.call(() -> drives.open(fund, new Drives.DriveDraft("Tháng cao điểm thử", null,
				today.minusDays(20), today.plusDays(10), null, null, null, null, null)).id());
		long known = SystemUser.call(() -> donations.record(fund, new DonationDraft(null, null, DonorKind.PERSON, KNOWN_DONOR,
				"Số 9 ngõ Vân Hồ 2", "0912000111", 300_000L, today, Channel.CASH, null, null, null, null, null))
			.donor().id());

		signIn("ledaihanh");
		browser.get(url("/funds/" + fund));
		assertThat(text(By.tagName("h1"))).contains("thử trình duyệt");
		click(By.linkText("Ghi ủng hộ"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("donation-form")));

		type(By.id("donorName"), KNOWN_DONOR);
		WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#donor-suggestions .donor-suggestion")));
		assertThat(suggestion.getText()).contains(KNOWN_DONOR).contains("Số 9 ngõ Vân Hồ 2")
			.as("the phone of a known donor shown only by its last digits").contains("•••••••111").doesNotContain("0912000111");
		Chromium.screenshot(browser, "30-donation-suggestion");
		click(By.id("donor-" + known));
		type(By.id("amount"), "50.000.000");
		new Select(browser.findElement(By.id("channel"))).selectByVisibleText("Tiền mặt tại văn phòng");
		new Select(browser.findElement(By.id("driveId"))).selectByValue(String.valueOf(drive));
		new Select(browser.findElement(By.id("unitId"))).selectByVisibleText("Tổ dân phố số 1");
		type(By.id("note"), "Ủng hộ tháng cao điểm");
		click(By.cssSelector("#donation-form button[type=submit]"));

		wait.until(ExpectedConditions.urlMatches("/donations/\\d+\\?saved"));
		String saved = text(By.id("saved"));
		assertThat(saved).containsPattern("biên lai số \\d{6}/" + today.getYear());
		String number = text(By.cssSelector("#receipt .receipt-number"));
		assertThat(saved).contains(number);
		assertThat(text(By.id("receipt"))).contains(KNOWN_DONOR).contains("50.000.000 đ")
			.contains("Năm mươi triệu đồng chẵn").contains("Tổ dân phố số 1").contains("Tháng cao điểm thử");
		long donation = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/donations/(\\d+).*", "$1"));
		assertThat(jdbc.sql("select donor_id from fund_donation where id = :id").param("id", donation).query(Long.class).single())
			.as("the donor picked from the suggestions, not a second record of the same person").isEqualTo(known);
		Chromium.screenshot(browser, "31-donation-receipt");

		String pdfLink = browser.findElement(By.id("print-receipt")).getAttribute("href");
		HttpResponse<byte[]> pdf = fetch(pdfLink);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
		String printed = pdfText(pdf.body());
		assertThat(printed).contains("BIÊN LAI THU TIỀN ỦNG HỘ").contains(number).contains(KNOWN_DONOR)
			.contains("50.000.000 đ").contains("Năm mươi triệu đồng chẵn").contains("Tháng cao điểm thử");

		browser.get(url("/funds/" + fund + "/donations"));
		type(By.id("donor"), "dang thi hong nhung");
		browser.findElement(By.id("donor")).submit();
		wait.until(ExpectedConditions.urlContains("donor=dang"));
		List<WebElement> rows = browser.findElements(By.cssSelector("#donations tbody tr"));
		assertThat(rows).extracting(WebElement::getText)
			.anySatisfy(row -> assertThat(row).contains(number).contains(KNOWN_DONOR).contains("50.000.000 đ"))
			.anySatisfy(row -> assertThat(row).contains(KNOWN_DONOR).contains("300.000 đ"));
		Chromium.screenshot(browser, "32-donations-found");

		click(By.linkText("Tổng quan"));
		assertThat(text(By.cssSelector(".balance-cash"))).isEqualTo("50.300.000 đ");
		assertThat(text(By.id("drives"))).contains("Tháng cao điểm thử").contains("50.000.000 đ");
		Chromium.screenshot(browser, "33-fund");
		click(By.id("verify-link"));
		assertThat(text(By.id("verify-result"))).contains("Sổ nguyên vẹn").contains("2 bút toán");
		browser.get(url("/funds/" + fund + "/ledger"));
		assertThat(text(By.id("journal"))).contains("#2").contains("Thu ủng hộ (đợt #" + drive + ")").contains("50.000.000 đ");
		Chromium.screenshot(browser, "34-journal");
	}

	/** The receipt as the browser would download it: the same signed-in session, over plain HTTP. */
	private HttpResponse<byte[]> fetch(String link) throws IOException, InterruptedException {
		String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(link)).header("Cookie", cookies).GET().build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private void signIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(IntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit].w-100")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Brings the element to the middle of the window first, as a person scrolls to a button before pressing it. */
	private void click(By locator) {
		WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	private void type(By field, String text) {
		WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
		element.clear();
		element.sendKeys(text);
	}

	private String text(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
