package org.seatkeeper.server.internal.state;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.seatkeeper.server.internal.state.ServerData.HostIdValue;

/** The hostids of the server's machine, and the one it uses. */
public final class ServerHostIds {

	private ServerHostIds() {
	}

	/** The machine's hostids: its Ethernet addresses, then the server's UUID as a STRING hostid (always there). */
	public static List<HostIdValue> machine(ServerCore core) {
		List<HostIdValue> ids = new ArrayList<>();
		try {
			for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				byte[] mac = network.getHardwareAddress();
				if (!network.isLoopback() && mac != null && mac.length == 6) {
					HostIdValue id = new HostIdValue("ETHERNET", HexFormat.of().formatHex(mac).toUpperCase(Locale.ROOT));
					if (!ids.contains(id)) {
						ids.add(id);
					}
				}
			}
		} catch (SocketException e) {
			// no network information: the UUID below still identifies the server
		}
		ids.add(new HostIdValue("STRING", core.read(s -> s.uuid)));
		return ids;
	}

	/** The hostid the server uses: the one chosen, else the machine's first. */
	public static HostIdValue selected(ServerCore core) {
		HostIdValue chosen = core.read(s -> s.selectedHostId);
		return chosen != null ? chosen : machine(core).get(0);
	}
}
