package org.regiolab.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what many requests ask for at the same time in one transaction, and answers each request
 * only after that transaction has committed. With fsync on, every commit waits for the disk; one
 * worker that drains whatever has queued up meanwhile and commits it at once pays that wait once
 * for the whole batch instead of once per request, and needs one database connection instead of
 * one per request. A batch that fails is tried again one request at a time, so that one bad
 * request fails alone. The owner starts and stops it with its own lifecycle, or makes it a bean of its
 * own, which Spring starts before the web server and stops after it has finished the requests under
 * way (its graceful shutdown runs in a higher phase), so that no request it let in is cut off.
 * @param <R> a request
 * @param <A> the answer to one
 */
public final class GroupCommit<R, A> implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
	private static final long ANSWER_WITHIN_SECONDS = 60;

	/** Does a batch's work inside its transaction. */
	@FunctionalInterface
	public interface Work<R, A> {

		/**
		 * @return one outcome per request, in the batch's order; a refused request must have written nothing
		 *     that the others' commit would keep
		 */
		List<Outcome<A>> run(List<R> batch);
	}

	/** What became of one request of a batch: its answer, or why it was refused. */
	public static final class Outcome<A> {

		private final @Nullable A answer;
		private final @Nullable RuntimeException refusal;

		private Outcome(@Nullable A answer, @Nullable RuntimeException refusal) {
			this.answer = answer;
			this.refusal = refusal;
		}

		public static <A> Outcome<A> answer(A answer) {
			return new Outcome<>(Objects.requireNonNull(answer), null);
		}

		public static <A> Outcome<A> refused(RuntimeException refusal) {
			return new Outcome<>(null, Objects.requireNonNull(refusal));
		}

		/** The answer; throws the refusal. */
		A get() {
			if (refusal != null) {
				throw refusal;
			}
			return Objects.requireNonNull(answer);
		}
	}

	private record Pending<R, A>(R request, CompletableFuture<A> answer) {
	}

	private final String name;
	private final int maxBatch;
	private final TransactionTemplate transaction;
	private final Work<R, A> work;
	private final BlockingQueue<Pending<R, A>> queue = new LinkedBlockingQueue<>();
	private volatile @Nullable Thread worker;

	/**
	 * @param name names the worker thread and the log entries
	 * @param maxBatch the most requests one transaction takes
	 */
	public GroupCommit(String name, int maxBatch, TransactionTemplate transaction, Work<R, A> work) {
		this.name = name;
		this.maxBatch = maxBatch;
		this.transaction = transaction;
		this.work = work;
	}

	/**
	 * Queues the request and waits until its batch has committed. Inside a transaction of the caller's
	 * (the demo world's, say) the request is done at once in that transaction, which then decides
	 * whether it is kept: the worker could neither see nor wait for what the caller has not committed.
	 * @throws RuntimeException the refusal the work gave for the request, or what made its transaction fail
	 */
	public A submit(R request) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.run(List.of(request)).get(0).get();
		}
		Pending<R, A> pending = new Pending<>(request, new CompletableFuture<>());
		if (worker == null) {
			throw new IllegalStateException(name + " is not running");
		}
		queue.add(pending);
		try {
			return pending.answer().get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + name, ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("No answer from " + name, ex);
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::drain, name);
		thread.setDaemon(true);
		worker = thread;
		thread.start();
	}

	/** Finishes the batch under way; whoever still waits after it learns that nothing was stored. */
	@Override
	public void stop() {
		Thread thread = worker;
		worker = null;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return worker != null;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void drain() {
		while (!Thread.currentThread().isInterrupted()) {
			List<Pending<R, A>> batch = new ArrayList<>();
			try {
				batch.add(queue.take());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			queue.drainTo(batch, maxBatch - 1);
			commit(batch);
		}
		List<Pending<R, A>> left = new ArrayList<>();
		queue.drainTo(left);
		left.forEach(pending -> pending.answer().completeExceptionally(new IllegalStateException("Shutting down")));
	}

	private void commit(List<Pending<R, A>> batch) {
		try {
			List<Outcome<A>> outcomes = Objects.requireNonNull(
					transaction.execute(status -> work.run(batch.stream().map(Pending::request).toList())));
			if (outcomes.size() != batch.size()) {
				throw new IllegalStateException(outcomes.size() + " outcomes for " + batch.size() + " requests");
			}
			for (int i = 0; i < batch.size(); i++) {
				complete(batch.get(i).answer(), outcomes.get(i));
			}
		}
		catch (RuntimeException ex) {
			if (batch.size() == 1) {
				log.warn("{} failed", name, ex);
				batch.get(0).answer().completeExceptionally(ex);
				return;
			}
			batch.forEach(pending -> commit(List.of(pending)));
		}
	}

	private static <A> void complete(CompletableFuture<A> future, Outcome<A> outcome) {
		try {
			future.complete(outcome.get());
		}
		catch (RuntimeException refusal) {
			future.completeExceptionally(refusal);
		}
	}
}
