package vn.mattran.browser;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.mattran.IntegrationTest;
import vn.mattran.organization.internal.accounts.CreatedUser;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.accounts.UserDraft;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;

/** A new officer's first visit in a real browser: sign in, replace the one-time password, open the tree, search. */
@IntegrationTest
class FirstVisitBrowserTests {

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
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void signsInChangesTheFirstPasswordBrowsesTheTreeAndSearchesWithoutDiacritics() {
		CreatedUser officer = SystemUser.call(() -> accounts.create(new UserDraft("canbo.kontum", Role.OFFICER,
				units.byCode("62", LocalDate.of(2023, 1, 1)).id(), null)));

		browser.get(url("/units"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		browser.findElement(By.id("username")).sendKeys("canbo.kontum");
		browser.findElement(By.id("password")).sendKeys(officer.temporaryPassword());
		browser.findElement(By.cssSelector("button[type=submit].w-100")).click();

		wait.until(ExpectedConditions.urlContains("/account/password"));
		assertThat(text(By.cssSelector(".alert-warning"))).contains("mật khẩu dùng một lần");
		browser.findElement(By.id("currentPassword")).sendKeys(officer.temporaryPassword());
		browser.findElement(By.id("newPassword")).sendKeys("Mat-khau-that-2025");
		browser.findElement(By.id("repeatPassword")).sendKeys("Mat-khau-that-2025");
		Chromium.screenshot(browser, "01-change-password");
		browser.findElement(By.cssSelector("#content button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Đã đổi mật khẩu"));
		assertThat(text(By.tagName("h1"))).contains("Xin chào");

		browser.get(url("/units"));
		WebElement konTum = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Tỉnh Kon Tum")));
		assertThat(konTum.isDisplayed()).isTrue();
		toggleOf("Tỉnh Kon Tum").click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Huyện Đắk Glei")));
		toggleOf("Huyện Đắk Glei").click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Xã Đắk Pék")));
		Chromium.screenshot(browser, "02-tree");

		WebElement search = browser.findElement(By.id("q"));
		search.sendKeys("dak glei");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Tìm thấy"));
		assertThat(browser.findElements(By.cssSelector("#results tbody tr a")))
			.extracting(WebElement::getText)
			.first().isEqualTo("Huyện Đắk Glei");
		Chromium.screenshot(browser, "03-search");

		browser.findElement(By.cssSelector("#results tbody tr a")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
		assertThat(text(By.tagName("h1"))).isEqualTo("Huyện Đắk Glei");
		assertThat(browser.getPageSource()).contains("Ủy ban MTTQ Việt Nam huyện Đăk Glei");
	}

	private WebElement toggleOf(String unitName) {
		WebElement link = browser.findElement(By.linkText(unitName));
		return link.findElement(By.xpath("preceding-sibling::button[contains(@class,'tree-toggle')]"));
	}

	private String text(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
