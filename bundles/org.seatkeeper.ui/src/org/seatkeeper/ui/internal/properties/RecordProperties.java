package org.seatkeeper.ui.internal.properties;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.seatkeeper.core.domain.Expiry;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.ui.internal.tables.Formats;

/**
 * A record's values for the Properties view, read-only: each component is a property, labelled in words
 * ({@code hostName} is "Host name", {@code activationId} "Activation ID"), with dates, expiries and hostids
 * written as in the tables. A component that is itself a record, a list or a map is shown as a property
 * that opens to its own values (a device's consumed features, a pool's features, a vendor dictionary).
 */
public final class RecordProperties implements IPropertySource {

	/** Labels that words alone would not give. */
	private static final Map<String, String> LABELS = Map.ofEntries( //
			Map.entry("hostId", Messages.Record_hostId), //
			Map.entry("id", Messages.Record_id), //
			Map.entry("uuid", Messages.Record_uuid), //
			Map.entry("vendorDictionary", Messages.Record_vendorDictionary), //
			Map.entry("isDefault", Messages.Record_isDefault), //
			Map.entry("slices", Messages.Record_slices), //
			Map.entry("groupLabel", Messages.Record_groupLabel), //
			Map.entry("recordedHostId", Messages.Record_recordedHostId), //
			Map.entry("serverHostId", Messages.Record_serverHostId), //
			Map.entry("trusted", Messages.Record_trusted), //
			Map.entry("requestOperation", Messages.Record_requestOperation), //
			Map.entry("collectedHostIds", Messages.Record_collectedHostIds), //
			Map.entry("useCount", Messages.Record_useCount), //
			Map.entry("usageKind", Messages.Record_usageKind));

	/** Components that say how a record was read, not what it is: not shown. */
	private static final java.util.Set<String> HIDDEN = java.util.Set.of("featuresListed");

	/** One property: an id unique in its source, a label, and the value (text, or a source that opens). */
	public record Property(String id, String label, Object value) {
	}

	private final String summary;
	private final List<Property> properties;

	public RecordProperties(String summary, List<Property> properties) {
		this.summary = summary;
		this.properties = List.copyOf(properties);
	}

	/**
	 * The properties of {@code record}, one per component; a component {@code x} is left out when the record
	 * also has {@code xLabel}, its text as shown (a setting's group id beside the group's name).
	 */
	public static RecordProperties of(Record record) {
		List<Property> properties = new ArrayList<>();
		RecordComponent[] components = record.getClass().getRecordComponents();
		List<String> names = java.util.Arrays.stream(components).map(RecordComponent::getName).toList();
		for (RecordComponent component : components) {
			String name = component.getName();
			if (names.contains(name + "Label") || HIDDEN.contains(name)) {
				continue;
			}
			properties.add(new Property(name, label(name), value(label(name), read(record, component))));
		}
		return new RecordProperties(summary(record), properties);
	}

	private static Object read(Record record, RecordComponent component) {
		try {
			component.getAccessor().setAccessible(true); // records of non-exported packages, e.g. a view's rows
			return component.getAccessor().invoke(record);
		} catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
			return NLS.bind(Messages.Record_unreadable, e);
		}
	}

	/** {@code hostName} → "Host name"; {@code activationId} → "Activation ID". */
	public static String label(String name) {
		String known = LABELS.get(name);
		if (known != null) {
			return known;
		}
		List<String> words = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= name.length(); i++) {
			if (i == name.length() || Character.isUpperCase(name.charAt(i))) {
				words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
				start = i;
			}
		}
		StringBuilder label = new StringBuilder();
		for (String word : words) {
			label.append(label.length() == 0 ? "" : " ").append(word.equals("id") ? "ID" : word);
		}
		label.setCharAt(0, Character.toUpperCase(label.charAt(0)));
		return label.toString();
	}

	/** A value as shown: text, or a source that opens for records, lists and maps. */
	static Object value(String label, Object value) {
		if (value instanceof HostId hostId) {
			return hostId.value() + " (" + hostId.type() + ")";
		}
		if (value instanceof Record record) {
			return of(record);
		}
		if (value instanceof List<?> list) {
			List<Property> items = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				Object item = list.get(i);
				String itemLabel = "[" + (i + 1) + "]" + (item instanceof Record record && !summary(record).isEmpty() ? " " + summary(record) : "");
				items.add(new Property(Integer.toString(i), itemLabel, value(itemLabel, item)));
			}
			String noun = label.toLowerCase(Locale.ROOT);
			return new RecordProperties(list.size() + " " + (list.size() == 1 && noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun),
					items);
		}
		if (value instanceof Map<?, ?> map) {
			List<Property> entries = new ArrayList<>();
			map.forEach((key, entry) -> entries.add(new Property(String.valueOf(key), String.valueOf(key), value(String.valueOf(key), entry))));
			return new RecordProperties(map.isEmpty() ? Messages.Record_none : map.size() == 1 ? Messages.Record_oneEntry
					: NLS.bind(Messages.Record_entries, map.size()), entries);
		}
		return text(value);
	}

	/** Plain values written as in the tables. */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean yes) {
			return yes ? Messages.Record_yes : Messages.Record_no;
		}
		if (value instanceof Instant instant) {
			return Formats.time(instant);
		}
		if (value instanceof LocalDate date) {
			return Formats.date(date);
		}
		if (value instanceof Expiry expiry) {
			return Formats.expiry(expiry);
		}
		return value.toString();
	}

	/** A few words that name a record: its name and version, or its hostid; empty when it has neither. */
	static String summary(Record record) {
		Map<String, Object> values = new java.util.HashMap<>();
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			values.put(component.getName(), read(record, component));
		}
		for (String[] names : new String[][] { { "name", "version" }, { "featureName", "featureVersion" } }) {
			if (values.get(names[0]) instanceof String name && !name.isEmpty()) {
				return values.get(names[1]) instanceof String version && !version.isEmpty() ? name + " " + version : name;
			}
		}
		if (values.get("hostId") instanceof HostId hostId) {
			return hostId.value() + " (" + hostId.type() + ")";
		}
		if (values.get("device") instanceof Record device) {
			return summary(device);
		}
		return "";
	}

	public List<Property> properties() {
		return properties;
	}

	/** The text shown for this source where it is a value of another. */
	@Override
	public Object getEditableValue() {
		return summary;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		IPropertyDescriptor[] descriptors = new IPropertyDescriptor[properties.size()];
		for (int i = 0; i < descriptors.length; i++) {
			Property property = properties.get(i);
			PropertyDescriptor descriptor = new PropertyDescriptor(property.id(), property.label()); // no cell editor: read-only
			descriptor.setAlwaysIncompatible(true); // a selection of several shows no mixed values
			descriptors[i] = descriptor;
		}
		return descriptors;
	}

	@Override
	public Object getPropertyValue(Object id) {
		return properties.stream().filter(p -> p.id().equals(id)).map(Property::value).findFirst().orElse(null);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
	}

	@Override
	public String toString() {
		return summary;
	}
}
