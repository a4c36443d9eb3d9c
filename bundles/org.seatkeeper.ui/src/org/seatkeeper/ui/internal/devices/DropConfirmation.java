package org.seatkeeper.ui.internal.devices;

import java.util.List;

import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.ServedFeature;

/** The text that asks to confirm a drop: each device and the counts its drop frees. */
final class DropConfirmation {

	private static final int MAX_SHOWN = 15;

	private DropConfirmation() {
	}

	/** The text that asks to confirm dropping every device: how many hold counts, and how many counts that frees. */
	static String allText(List<Device> devices) {
		List<Device> holding = devices.stream().filter(d -> "NORMAL".equals(d.status())).toList();
		boolean unknown = holding.stream().anyMatch(d -> !d.featuresListed());
		int freed = holding.stream().mapToInt(Device::countsHeld).sum();
		StringBuilder text = new StringBuilder("Drop all ").append(devices.size()).append(devices.size() == 1 ? " device" : " devices")
				.append(" this server knows? Every device loses what it holds; a device that asks again is served anew.\n\n");
		text.append(holding.size()).append(holding.size() == 1 ? " device holds" : " devices hold").append(" counts now: in all ")
				.append(unknown ? "at least " : "").append(freed).append(freed == 1 && !unknown ? " count is" : " counts are")
				.append(" freed.\n\nThis cannot be undone.");
		return text.toString();
	}

	static String text(List<Device> devices) {
		StringBuilder text = new StringBuilder();
		text.append(devices.size() == 1 ? "Drop this device? " : "Drop these " + devices.size() + " devices? ");
		text.append("The server forgets them and frees the counts they hold; a device that asks again is served anew.\n");
		int freed = 0;
		boolean unknown = false;
		for (int i = 0; i < devices.size(); i++) {
			Device device = devices.get(i);
			freed += device.countsHeld();
			unknown |= !device.featuresListed();
			if (i >= MAX_SHOWN) {
				continue;
			}
			text.append("\n\u2022 ").append(device.hostId().value()).append(" (").append(device.hostId().type()).append(')');
			if (!device.alias().isEmpty()) {
				text.append(" \u201c").append(device.alias()).append('\u201d');
			}
			if (!device.featuresListed()) {
				text.append(": the server does not say what it holds");
			} else if (device.features().isEmpty()) {
				text.append(": holds nothing");
			}
			for (ServedFeature feature : device.features()) {
				text.append("\n      frees ").append(feature.count()).append(" \u00d7 ").append(feature.name()).append(' ')
						.append(feature.version());
			}
		}
		if (devices.size() > MAX_SHOWN) {
			text.append("\n\u2026 and ").append(devices.size() - MAX_SHOWN).append(" more devices");
		}
		text.append("\n\nIn all ").append(unknown ? "at least " : "").append(freed).append(freed == 1 && !unknown ? " count is" : " counts are")
				.append(" freed.");
		return text.toString();
	}
}
