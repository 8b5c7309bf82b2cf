package vn.mattran.planning;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real small files of the kinds a report carries: a JPEG photo, a PDF, the start of an MP4 video. */
public final class PlanningSamples {

	private PlanningSamples() {
	}

	public static byte[] jpeg() {
		try {
			BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
			image.setRGB(3, 3, 0xB3261E);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "jpg", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An ISO base media file's "ftyp" box with the mp42 brand, as every MP4 from a phone starts. */
	public static byte[] mp4() {
		return new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's',
				'o', 'm', 0, 0, 0, 8, 'f', 'r', 'e', 'e' };
	}
}
