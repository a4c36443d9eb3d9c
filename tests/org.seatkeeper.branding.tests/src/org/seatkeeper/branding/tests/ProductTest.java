package org.seatkeeper.branding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The product extension, its resources, and the product definition the build materializes. */
class ProductTest {

	private static final String PRODUCT_ID = "org.seatkeeper.branding.product";
	private static final String APPLICATION_ID = "org.seatkeeper.ui.application";

	private static IConfigurationElement product;
	private static Map<String, String> properties;
	private static Bundle branding;

	@BeforeAll
	static void findProduct() {
		product = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.core.runtime.products"))
				.filter(e -> PRODUCT_ID.equals(e.getDeclaringExtension().getUniqueIdentifier())).findFirst()
				.orElseThrow(() -> new AssertionError("no product extension " + PRODUCT_ID));
		properties = Arrays.stream(product.getChildren("property"))
				.collect(Collectors.toMap(p -> p.getAttribute("name"), p -> p.getAttribute("value")));
		branding = Platform.getBundle(product.getContributor().getName());
	}

	@Test
	void productRunsTheSeatkeeperApplication() {
		assertEquals("Seatkeeper", product.getAttribute("name"));
		assertEquals(APPLICATION_ID, product.getAttribute("application"));
		assertNotNull(Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications", APPLICATION_ID),
				"the application the product names is installed");
		assertEquals("Seatkeeper", properties.get("appName"));
	}

	@Test
	void everyImageTheProductNamesIsInTheBrandingBundle() {
		String[] windowImages = properties.get("windowImages").split(",");
		assertEquals(6, windowImages.length, "16, 32, 48, 64, 128 and 256 pixel icons");
		for (String image : windowImages) {
			assertResource(image);
		}
		assertResource(properties.get("aboutImage"));
	}

	@Test
	void preferenceCustomizationIsAReadablePropertiesFile() throws IOException {
		URL url = assertResource(properties.get("preferenceCustomization"));
		Properties defaults = new Properties();
		try (InputStream in = url.openStream()) {
			defaults.load(in);
		}
		assertEquals("false", defaults.getProperty("org.eclipse.ui/SHOW_PROGRESS_ON_STARTUP"));
	}

	@Test
	void productDefinitionUsesThisProductAndApplication() throws IOException {
		Path definition = Path.of(System.getProperty("seatkeeper.root"), "releng", "org.seatkeeper.product", "seatkeeper.product");
		String xml = Files.readString(definition);
		assertTrue(xml.contains("id=\"" + PRODUCT_ID + "\""), definition + " names the product extension");
		assertTrue(xml.contains("application=\"" + APPLICATION_ID + "\""), definition + " names the application");
		assertTrue(xml.contains("<feature id=\"org.seatkeeper.feature\""), "the product installs the manager feature");
		assertTrue(xml.contains("<feature id=\"org.seatkeeper.launcher.feature\""), "the product has the start script");
		for (String image : properties.get("windowImages").split(",")) {
			assertTrue(xml.contains("/org.seatkeeper.branding/" + image), "the product definition uses " + image);
		}
	}

	private static URL assertResource(String path) {
		assertNotNull(path, "a resource path");
		URL url = branding.getEntry(path);
		assertNotNull(url, path + " exists in " + branding.getSymbolicName());
		return url;
	}
}
