package org.seatkeeper.conventions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.BundleException;

/**
 * The repository's conventions for every bundle under {@code bundles/} (see docs/architecture.md):
 * lock-step versions, Java 21, a module name, every package exported, a tests bundle, no UI
 * dependency in the headless layer, and every string of a plugin.xml in its plugin.properties.
 */
class BuildConventionsTest {

	private static final Path ROOT = Path.of(System.getProperty("seatkeeper.root", "../.."));
	private static final Set<String> HEADLESS = Set.of("org.seatkeeper.cli", "org.seatkeeper.core", "org.seatkeeper.model", "org.seatkeeper.server",
			"org.seatkeeper.signatures");
	private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
			"org.eclipse.e4.ui");

	static Stream<Path> bundles() throws IOException {
		try (Stream<Path> children = Files.list(ROOT.resolve("bundles"))) {
			List<Path> list = children.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
			assertTrue(list.size() >= 6, "bundles found under " + ROOT.resolve("bundles") + ": " + list);
			return list.stream();
		}
	}

	private static Attributes manifest(Path bundle) throws IOException {
		try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
			return new Manifest(in).getMainAttributes();
		}
	}

	private static List<String> values(Attributes manifest, String header) throws BundleException {
		List<String> values = new ArrayList<>();
		ManifestElement[] elements = ManifestElement.parseHeader(header, manifest.getValue(header));
		if (elements != null) {
			for (ManifestElement element : elements) {
				values.addAll(List.of(element.getValueComponents()));
			}
		}
		return values;
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void headersFollowTheConventions(Path bundle) throws Exception {
		Attributes manifest = manifest(bundle);
		String name = values(manifest, "Bundle-SymbolicName").get(0);
		assertEquals(bundle.getFileName().toString(), name, "folder and symbolic name");
		assertEquals("1.0.0.qualifier", manifest.getValue("Bundle-Version"), name + ": lock-step version");
		assertEquals("JavaSE-21", manifest.getValue("Bundle-RequiredExecutionEnvironment"), name);
		assertEquals(name, manifest.getValue("Automatic-Module-Name"), name);
		assertEquals("Seatkeeper", manifest.getValue("Bundle-Vendor"), name);
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyBundleHasATestsBundle(Path bundle) {
		Path tests = ROOT.resolve("tests").resolve(bundle.getFileName() + ".tests");
		assertTrue(Files.isRegularFile(tests.resolve("META-INF/MANIFEST.MF")), "missing " + tests);
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyPackageWithSourcesIsExported(Path bundle) throws Exception {
		Set<String> packages = new TreeSet<>();
		Path src = bundle.resolve("src");
		if (Files.isDirectory(src)) {
			try (Stream<Path> files = Files.walk(src)) {
				files.filter(f -> f.toString().endsWith(".java"))
						.forEach(f -> packages.add(src.relativize(f.getParent()).toString().replace('/', '.')));
			}
		}
		Set<String> exported = new TreeSet<>(values(manifest(bundle), "Export-Package"));
		assertEquals(packages, exported, bundle.getFileName() + ": Export-Package lists exactly its packages");
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void headlessBundlesRequireNothingOfTheUi(Path bundle) throws Exception {
		String name = bundle.getFileName().toString();
		Attributes manifest = manifest(bundle);
		List<String> dependencies = new ArrayList<>(values(manifest, "Require-Bundle"));
		dependencies.addAll(values(manifest, "Import-Package"));
		if (HEADLESS.contains(name)) {
			for (String dependency : dependencies) {
				assertFalse(UI_PREFIXES.stream().anyMatch(dependency::startsWith), name + " is headless but needs " + dependency);
				assertFalse(dependency.startsWith("org.seatkeeper.") && !HEADLESS.contains(dependency),
						name + " is headless but needs " + dependency);
			}
		}
	}

	/** Attributes named {@code name} that are keys, not labels, on these elements. */
	private static final Set<String> NAME_IS_A_KEY = Set.of("separator", "groupMarker", "property", "parameter", "systemProperty",
			"variable", "test", "with", "attribute", "keyword");

	@ParameterizedTest
	@MethodSource("bundles")
	void everyStringOfAPluginXmlComesFromItsPluginProperties(Path bundle) throws Exception {
		Path xml = bundle.resolve("plugin.xml");
		if (!Files.isRegularFile(xml)) {
			return;
		}
		String name = bundle.getFileName().toString();
		assertEquals("plugin", manifest(bundle).getValue("Bundle-Localization"), name + ": Bundle-Localization");
		assertTrue(Files.readString(bundle.resolve("build.properties")).contains("plugin.properties"),
				name + ": build.properties ships plugin.properties");
		java.util.Properties strings = new java.util.Properties();
		try (InputStream in = Files.newInputStream(bundle.resolve("plugin.properties"))) {
			strings.load(in);
		}
		javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		org.w3c.dom.NodeList elements = factory.newDocumentBuilder().parse(xml.toFile()).getElementsByTagName("*");
		List<String> literal = new ArrayList<>();
		for (int i = 0; i < elements.getLength(); i++) {
			org.w3c.dom.Element element = (org.w3c.dom.Element) elements.item(i);
			for (String attribute : List.of("label", "tooltip", "description", "name", "value")) {
				String value = element.getAttribute(attribute);
				boolean label = switch (attribute) {
				case "name" -> !NAME_IS_A_KEY.contains(element.getTagName());
				case "value" -> element.getTagName().equals("property") && Set.of("appName", "aboutText").contains(element.getAttribute("name"));
				default -> true;
				};
				if (!label || value.isEmpty()) {
					continue;
				}
				if (!value.startsWith("%")) {
					literal.add("<" + element.getTagName() + " " + attribute + "=\"" + value + "\">");
				} else if (!strings.containsKey(value.substring(1))) {
					literal.add("<" + element.getTagName() + " " + attribute + "=\"" + value + "\"> (not in plugin.properties)");
				}
			}
		}
		assertEquals(List.of(), literal, name + ": strings of plugin.xml that a translation cannot reach");
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyMessagesClassHasItsStringsAndNoOthers(Path bundle) throws Exception {
		Path src = bundle.resolve("src");
		for (Path messages : filesNamed(src, "Messages.java")) {
			Set<String> fields = new TreeSet<>();
			java.util.regex.Matcher field = java.util.regex.Pattern.compile("public static String (\\w+);").matcher(Files.readString(messages));
			while (field.find()) {
				fields.add(field.group(1));
			}
			java.util.Properties strings = new java.util.Properties();
			try (InputStream in = Files.newInputStream(messages.resolveSibling("messages.properties"))) {
				strings.load(in);
			}
			assertEquals(fields, new TreeSet<>(strings.stringPropertyNames()), src.relativize(messages) + ": its fields and messages.properties");
		}
	}

	/**
	 * {@code NLS.bind} reads a message as {@code MessageFormat} does, so that a message with arguments must double its
	 * apostrophes ({@code server''s}); a message without arguments is shown as it is written and must not.
	 */
	@ParameterizedTest
	@MethodSource("bundles")
	void apostrophesAreDoubledExactlyInMessagesWithArguments(Path bundle) throws Exception {
		Path src = bundle.resolve("src");
		List<Path> files = filesNamed(src, "messages.properties");
		List<String> wrong = new ArrayList<>();
		java.util.regex.Pattern argument = java.util.regex.Pattern.compile("\\{\\d+\\}");
		java.util.regex.Pattern lone = java.util.regex.Pattern.compile("(?<!')'(?!')");
		for (Path file : files) {
			java.util.Properties strings = new java.util.Properties();
			try (InputStream in = Files.newInputStream(file)) {
				strings.load(in);
			}
			for (String key : new TreeSet<>(strings.stringPropertyNames())) {
				String value = strings.getProperty(key);
				boolean bound = argument.matcher(value).find();
				if (bound ? lone.matcher(value).find() : value.contains("''")) {
					wrong.add(src.relativize(file) + ": " + key + " = " + value);
				}
			}
		}
		assertEquals(List.of(), wrong, "messages whose apostrophes would show wrongly");
	}

	/**
	 * The server's licensing domain decides in records and knows neither JSON nor HTTP: reading requests, writing
	 * answers and choosing the status of a {@code Refusal} is the edge's work ({@code internal.api}), and the vendor
	 * dictionary passes through as a {@code state.VendorDictionary}.
	 */
	@org.junit.jupiter.api.Test
	void theServersLicensingDomainKnowsNeitherJsonNorHttp() throws Exception {
		Path licensing = ROOT.resolve("bundles/org.seatkeeper.server/src/org/seatkeeper/server/internal/licensing");
		List<String> edge = new ArrayList<>();
		for (Path file : filesNamed(licensing, null)) {
			for (String line : Files.readAllLines(file)) {
				boolean json = line.startsWith("import com.google.gson") || line.matches(".*\\b(JsonObject|JsonElement|JsonArray)\\b.*")
						&& !line.trim().startsWith("*");
				boolean http = line.startsWith("import org.seatkeeper.server.internal.api") || line.contains("ApiException");
				if (json || http) {
					edge.add(file.getFileName() + ": " + line.trim());
				}
			}
		}
		assertTrue(Files.isDirectory(licensing), licensing.toString());
		assertEquals(List.of(), edge, "JSON or HTTP in internal.licensing: it returns records and throws Refusal, internal.api answers");
	}

	/** The files named {@code name} under {@code src}, or every Java file for null (none when there is no such folder). */
	private static List<Path> filesNamed(Path src, String name) throws java.io.IOException {
		if (!Files.isDirectory(src)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(src)) {
			return files.filter(f -> name == null ? f.toString().endsWith(".java") : f.getFileName().toString().equals(name)).sorted()
					.toList();
		}
	}
}
