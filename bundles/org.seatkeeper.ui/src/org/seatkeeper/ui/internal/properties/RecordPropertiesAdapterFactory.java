package org.seatkeeper.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.seatkeeper.ui.internal.reservations.ReservationsView;

/**
 * Shows the records selected in Seatkeeper's views in the Properties view (registered in plugin.xml for
 * each record type the views select: devices, features, consumed features, pools and their features,
 * the devices a feature serves, settings and reservation rows).
 */
public class RecordPropertiesAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class) {
			return null;
		}
		if (adaptable instanceof ReservationsView.Row row) {
			return adapterType.cast(row.properties());
		}
		return adaptable instanceof Record record ? adapterType.cast(RecordProperties.of(record)) : null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
