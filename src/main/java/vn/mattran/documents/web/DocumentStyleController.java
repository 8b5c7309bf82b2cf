package vn.mattran.documents.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.mattran.documents.internal.render.XhtmlRenderer;

/** The layout rules of documents as a stylesheet, so the page preview and the PDF share one set of rules. */
@Controller
class DocumentStyleController {

	private static final String PAPER = """
			@font-face { font-family: 'Liberation Serif'; src: url('/fonts/LiberationSerif-Regular.ttf'); font-weight: 400; font-style: normal; }
			@font-face { font-family: 'Liberation Serif'; src: url('/fonts/LiberationSerif-Bold.ttf'); font-weight: 700; font-style: normal; }
			@font-face { font-family: 'Liberation Serif'; src: url('/fonts/LiberationSerif-Italic.ttf'); font-weight: 400; font-style: italic; }
			@font-face { font-family: 'Liberation Serif'; src: url('/fonts/LiberationSerif-BoldItalic.ttf'); font-weight: 700; font-style: italic; }
			.paper { background: #fff; border: 1px solid #ccc; box-shadow: 0 2px 6px rgba(0,0,0,.08);
			  padding: 20mm 15mm 20mm 30mm; max-width: 210mm; margin: 0 auto; font-family: 'Liberation Serif', 'Times New Roman', serif; }
			@media (max-width: 768px) { .paper { padding: 1rem; } .paper .van-ban { font-size: 12pt; } }
			""";

	@GetMapping(value = "/css/van-ban.css", produces = "text/css")
	ResponseEntity<String> style() {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/css;charset=UTF-8"))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(XhtmlRenderer.STYLE + PAPER);
	}
}
