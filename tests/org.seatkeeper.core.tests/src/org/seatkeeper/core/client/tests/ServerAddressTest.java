package org.seatkeeper.core.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seatkeeper.core.client.ServerAddress;

class ServerAddressTest {

	@ParameterizedTest
	@CsvSource({
			"lls.example.com, http://lls.example.com:7070/api/1.0/instances/~/",
			"lls:8080, http://lls:8080/api/1.0/instances/~/",
			"http://10.0.0.5:7070, http://10.0.0.5:7070/api/1.0/instances/~/",
			"https://lls.example.com, https://lls.example.com/api/1.0/instances/~/",
			"https://lls.example.com:1443/, https://lls.example.com:1443/api/1.0/instances/~/",
			"http://proxy/licensing, http://proxy/licensing/api/1.0/instances/~/",
			"http://lls:7070/api/1.0, http://lls:7070/api/1.0/instances/~/",
			"http://lls:7070/api/1.0/instances/ABC123, http://lls:7070/api/1.0/instances/ABC123/",
			"https://acme.compliance.flexnetoperations.com/api/1.0/instances/XYZ10203040/, https://acme.compliance.flexnetoperations.com/api/1.0/instances/XYZ10203040/" })
	void whatUsersTypeBecomesTheInstanceBase(String typed, String base) {
		assertEquals(base, ServerAddress.parse(typed).toString());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			''                          | The server address is empty
			ftp://lls                   | 'ftp://lls' is not an http or https address
			http://lls:7070/api/1.0/features | 'http://lls:7070/api/1.0/features' points inside the API; give the server's address
			""")
	void badAddressesSayWhy(String typed, String message) {
		assertEquals(message, assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse(typed)).getMessage());
	}

	@org.junit.jupiter.api.Test
	void hostPortAndScheme() {
		assertEquals("https://h:1443/api/1.0/instances/~/", ServerAddress.of("h", 1443, true).toString());
		assertEquals("h:443", ServerAddress.parse("https://h").hostAndPort());
		assertEquals("The port must be between 1 and 65535, not 0",
				assertThrows(IllegalArgumentException.class, () -> ServerAddress.of("h", 0, false)).getMessage());
	}
}
