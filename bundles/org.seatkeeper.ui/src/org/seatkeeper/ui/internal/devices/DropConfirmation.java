package org.seatkeeper.ui.internal.devices;

import java.util.List;

import org.eclipse.osgi.util.NLS;
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
		return NLS.bind(Messages.Drop_allQuestion, devices(devices.size())) + "\n\n"
				+ NLS.bind(Messages.Drop_holdsCounts, holding.size() == 1 ? Messages.Drop_oneHolds : NLS.bind(Messages.Drop_manyHold,
						holding.size()), counts(freed, unknown))
				+ "\n\n" + Messages.Drop_cannotUndo;
	}

	static String text(List<Device> devices) {
		StringBuilder text = new StringBuilder();
		text.append(devices.size() == 1 ? Messages.Drop_questionOne : NLS.bind(Messages.Drop_questionMany, devices.size())).append('\n');
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
				text.append(": ").append(Messages.Drop_notListed);
			} else if (device.features().isEmpty()) {
				text.append(": ").append(Messages.Drop_holdsNothing);
			}
			for (ServedFeature feature : device.features()) {
				text.append("\n      ").append(NLS.bind(Messages.Drop_frees, new Object[] { feature.count(), feature.name(),
						feature.version() }));
			}
		}
		if (devices.size() > MAX_SHOWN) {
			text.append('\n').append(NLS.bind(Messages.Drop_more, devices.size() - MAX_SHOWN));
		}
		text.append("\n\n").append(NLS.bind(Messages.Drop_inAll, counts(freed, unknown)));
		return text.toString();
	}

	/** "1 device", "3 devices". */
	static String devices(int count) {
		return count == 1 ? Messages.Devices_countOne : NLS.bind(Messages.Devices_countMany, count);
	}

	/** "1 count is", "5 counts are", "at least 5 counts are". */
	private static String counts(int freed, boolean unknown) {
		return unknown ? NLS.bind(Messages.Drop_atLeastCounts, freed) : freed == 1 ? Messages.Drop_oneCount
				: NLS.bind(Messages.Drop_counts, freed);
	}
}
