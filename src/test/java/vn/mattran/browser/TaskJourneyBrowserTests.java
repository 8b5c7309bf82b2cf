package vn.mattran.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import vn.mattran.IntegrationTest;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.planning.PlanningSamples;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task from the plan that gives it to the accepted report, in a real browser, by the people who
 * do each step: the ward's officer writes and submits the plan, its leader approves it, the officer
 * issues it; the women's union officer finds the task in her inbox and reports with a photo; the
 * officer asks for more, she adds it, and the officer accepts.
 */
@IntegrationTest
class TaskJourneyBrowserTests {

	@LocalServerPort
	int port;
	@Autowired
	UserAccounts accounts;
	@Autowired
	UnitService units;
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
	void aTaskGoesFromTheIssuedPlanToAnAcceptedReport() throws Exception {
		Unit ward = SystemUser.call(() -> units.byCode("00256", LocalDate.of(2024, 10, 17)));
		if (accounts.principal("tj.lanhdao").isEmpty()) {
			SystemUser.run(() -> accounts.createInitial("tj.lanhdao", IntegrationTest.DEMO_PASSWORD, Role.UNIT_ADMIN,
					ward.id(), null, false));
		}
		String due = LocalDate.now().plusDays(14).toString();

		signIn("ledaihanh");
		browser.get(url("/plans"));
		browser.findElement(By.linkText("Soạn kế hoạch")).click();
		new Select(browser.findElement(By.id("body"))).selectByVisibleText("Ban Thường trực Ủy ban MTTQ Việt Nam phường Lê Đại Hành");
		browser.findElement(By.cssSelector("#content button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form")));
		type(By.id("subject"), "Vận động hội viên ủng hộ Quỹ “Vì người nghèo” đợt thử");
		type(By.id("body"), "# I. MỤC ĐÍCH, YÊU CẦU\nHuy động hội viên tham gia ủng hộ Quỹ.\n# II. TỔ CHỨC THỰC HIỆN");
		type(By.id("assignments0.heading"), "1. Hội Liên hiệp Phụ nữ phường:");
		type(By.id("assignments0.duties"), "Vận động hội viên ủng hộ Quỹ.\nBáo cáo số tiền vận động được.");
		new Select(browser.findElement(By.id("assignments0.assigneeBodyIds")))
			.selectByVisibleText("Hội Liên hiệp Phụ nữ phường Lê Đại Hành");
		setDate(By.id("assignments0.dueOn"), due);
		type(By.id("figures0.label"), "Số tiền vận động được");
		type(By.id("figures0.unit"), "đồng");
		Chromium.screenshot(browser, "10-plan-form");
		click(By.cssSelector("#plan-form button[type=submit]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Đã lưu dự thảo"));
		String planUrl = browser.getCurrentUrl();
		assertThat(text(By.id("plan-status"))).isEqualTo("Dự thảo");
		assertThat(browser.findElement(By.cssSelector(".paper")).getText()).contains("Vận động hội viên ủng hộ Quỹ.");
		clickButton("Trình duyệt");
		wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Đã trình"));

		signIn("tj.lanhdao");
		browser.get(planUrl);
		clickButton("Duyệt");
		wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Đã duyệt"));

		signIn("ledaihanh");
		browser.get(planUrl);
		clickButton("Ban hành");
		wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Đã ban hành"));
		String symbol = text(By.cssSelector(".alert-success")).replaceAll(".*số (\\S+);.*", "$1");
		assertThat(symbol).matches("\\d+/KH-MTTQ-BTT");
		assertThat(text(By.id("tasks"))).contains("Hội Liên hiệp Phụ nữ phường Lê Đại Hành").contains("Đã giao");
		Chromium.screenshot(browser, "11-plan-issued");

		signIn("phunu.ledaihanh");
		browser.get(url("/inbox"));
		WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//li[contains(., '" + symbol + "')]")));
		assertThat(notice.getText()).contains("Hội Liên hiệp Phụ nữ phường Lê Đại Hành");
		notice.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
		String taskUrl = browser.getCurrentUrl();
		assertThat(text(By.id("duties"))).contains("Báo cáo số tiền vận động được.");
		type(By.id("text"), "Đã vận động 42 hội viên ủng hộ.");
		type(By.id("figure-so_tien_van_dong_duoc"), "abc");
		click(By.cssSelector("#report-form button.btn-primary"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-danger"), "phải là số nguyên"));
		assertThat(browser.findElement(By.id("text")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("Đã vận động 42 hội viên ủng hộ.");
		type(By.id("figure-so_tien_van_dong_duoc"), "8.400.000");
		Path photo = Files.createTempFile("hoi-nghi", ".jpg");
		Files.write(photo, PlanningSamples.jpeg());
		browser.findElement(By.id("files")).sendKeys(photo.toString());
		click(By.cssSelector("#report-form button.btn-primary"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Đã gửi báo cáo"));
		assertThat(text(By.id("task-state"))).isEqualTo("Đã báo cáo");
		assertThat(text(By.id("reports"))).contains("8.400.000 đồng").contains(photo.getFileName().toString());
		Chromium.screenshot(browser, "12-reported");

		signIn("ledaihanh");
		browser.get(taskUrl);
		type(By.id("note"), "Đề nghị gửi kèm danh sách hội viên.");
		clickButton("Đề nghị bổ sung");
		wait.until(ExpectedConditions.textToBe(By.id("task-state"), "Cần bổ sung"));

		signIn("phunu.ledaihanh");
		browser.get(taskUrl);
		assertThat(text(By.id("reports"))).contains("Đề nghị gửi kèm danh sách hội viên.");
		type(By.id("text"), "Bổ sung danh sách 42 hội viên đã ủng hộ.");
		type(By.id("figure-so_tien_van_dong_duoc"), "8400000");
		click(By.cssSelector("#report-form button.btn-primary"));
		wait.until(ExpectedConditions.textToBe(By.id("task-state"), "Đã báo cáo"));

		signIn("ledaihanh");
		browser.get(taskUrl);
		clickButton("Nhận báo cáo");
		wait.until(ExpectedConditions.textToBe(By.id("task-state"), "Đã nhận báo cáo"));
		browser.get(planUrl + "/progress");
		assertThat(text(By.id("totals"))).contains("1 (100%)");
		assertThat(text(By.id("figures"))).contains("8.400.000");
		Chromium.screenshot(browser, "13-accepted");
	}

	private void signIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(IntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit].w-100")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void clickButton(String label) {
		click(By.xpath("//main//button[normalize-space() = '" + label + "']"));
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

	private void setDate(By field, String isoDate) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(field), isoDate);
	}

	private String text(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
