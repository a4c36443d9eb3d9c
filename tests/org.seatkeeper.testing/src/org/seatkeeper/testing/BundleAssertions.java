package org.seatkeeper.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** Assertions about how bundles are wired in the running OSGi framework. */
public final class BundleAssertions {

	/** Symbolic-name prefixes of the UI toolkit and workbench, which headless bundles must not reach. */
	public static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
			"org.eclipse.e4.ui");

	private BundleAssertions() {
	}

	/**
	 * Fails unless {@code bundle} is resolved and nothing it depends on, directly or through other
	 * bundles, is a UI bundle: such a bundle runs without a display (server, CLI, tests).
	 */
	public static void assertHeadless(Bundle bundle) {
		assertNotNull(bundle, "bundle not installed");
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		assertNotNull(wiring, bundle.getSymbolicName() + " is not resolved");
		Map<String, String> reachedFrom = new LinkedHashMap<>();
		Deque<BundleWiring> todo = new ArrayDeque<>(List.of(wiring));
		reachedFrom.put(bundle.getSymbolicName(), null);
		while (!todo.isEmpty()) {
			BundleWiring current = todo.pop();
			String requirer = current.getBundle().getSymbolicName();
			for (BundleWire wire : current.getRequiredWires(null)) {
				BundleWiring provider = wire.getProviderWiring();
				String name = provider.getBundle().getSymbolicName();
				if (provider.getBundle().getBundleId() == 0 || reachedFrom.containsKey(name)) {
					continue;
				}
				reachedFrom.put(name, requirer);
				if (UI_PREFIXES.stream().anyMatch(name::startsWith)) {
					fail(bundle.getSymbolicName() + " must stay headless, but depends on UI bundle " + name + " through "
							+ path(reachedFrom, name));
				}
				todo.push(provider);
			}
		}
	}

	private static String path(Map<String, String> reachedFrom, String name) {
		StringBuilder path = new StringBuilder(name);
		for (String at = reachedFrom.get(name); at != null; at = reachedFrom.get(at)) {
			path.insert(0, at + " -> ");
		}
		return path.toString();
	}
}
