package org.seatkeeper.core.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Asks several servers at once, at most {@link #AT_ONCE} at a time, each within its own time: one slow or dead
 * server never delays the others, and its answer says why it has none. What the fleet's survey and the
 * history's collector share. Blocks: call it from a background thread or a command line.
 */
public final class EachServer {

	/** How many servers are asked at once. */
	public static final int AT_ONCE = 8;

	private EachServer() {
	}

	/**
	 * Runs {@code ask} for each of {@code servers}, giving each at most {@code limit} from when it could start; a
	 * server that takes longer, fails unexpectedly or is interrupted gets {@code failed} with the reason instead.
	 * Each answer goes to {@code arrived} as soon as it is known (on the thread that asked, or gave up waiting);
	 * the answers come back in the order of {@code servers}.
	 */
	public static <T> List<T> ask(List<ServerEntry> servers, Function<ServerEntry, T> ask, BiFunction<ServerEntry, String, T> failed,
			Duration limit, Consumer<T> arrived, String threadName) {
		if (servers.isEmpty()) {
			return List.of();
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(AT_ONCE, servers.size()), runnable -> {
			Thread thread = new Thread(runnable, threadName);
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (ServerEntry server : servers) {
				futures.add(pool.submit(() -> {
					T answer = ask.apply(server);
					arrived.accept(answer);
					return answer;
				}));
			}
			List<T> answers = new ArrayList<>();
			long base = System.nanoTime();
			for (int i = 0; i < servers.size(); i++) {
				answers.add(collect(servers.get(i), futures.get(i), limit, base, i, failed, arrived));
			}
			return answers;
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Waits for one server's answer: it has {@code limit} from when it could start (a server waits for a free
	 * thread only behind the servers before it, {@link #AT_ONCE} at a time).
	 */
	private static <T> T collect(ServerEntry server, Future<T> future, Duration limit, long base, int index,
			BiFunction<ServerEntry, String, T> failed, Consumer<T> arrived) {
		long turn = index / AT_ONCE + 1; // the latest its questions can end if every server before it takes its whole time
		long deadline = base + turn * limit.toNanos();
		try {
			return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		} catch (TimeoutException e) {
			future.cancel(true);
			T answer = failed.apply(server, "no answer within " + limit.toSeconds() + " s");
			arrived.accept(answer);
			return answer;
		} catch (ExecutionException e) {
			T answer = failed.apply(server, "asking it failed: " + e.getCause());
			arrived.accept(answer);
			return answer;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			future.cancel(true);
			return failed.apply(server, "asking it was interrupted");
		}
	}
}
