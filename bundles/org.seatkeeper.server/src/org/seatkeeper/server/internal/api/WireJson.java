package org.seatkeeper.server.internal.api;

import java.io.IOException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * How answers become JSON: a record's components are its keys, in their order; a {@code null} is written as
 * {@code null}, unless the component is marked to be left out then:
 * {@code @JsonAdapter(value = WireJson.LeftOutWhenNull.class, nullSafe = false)}. No HTML escaping: {@code <}
 * in a vendor string is sent as it is, as real servers do.
 */
public final class WireJson {

	/** The one Gson of the API's answers (thread-safe). */
	public static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

	private WireJson() {
	}

	/** Leaves out the key of a component whose value is {@code null}; writes other values as usual. */
	public static final class LeftOutWhenNull implements TypeAdapterFactory {
		@Override
		public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
			TypeAdapter<T> adapter = gson.getAdapter(type);
			return new TypeAdapter<>() {
				@Override
				public void write(JsonWriter out, T value) throws IOException {
					if (value != null) {
						adapter.write(out, value);
						return;
					}
					boolean nulls = out.getSerializeNulls();
					out.setSerializeNulls(false); // a null after a name drops the name too
					out.nullValue();
					out.setSerializeNulls(nulls);
				}

				@Override
				public T read(JsonReader in) throws IOException {
					return adapter.read(in);
				}
			};
		}
	}
}
