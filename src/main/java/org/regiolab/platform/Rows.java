package org.regiolab.platform;

import java.util.function.Consumer;

/**
 * A list's rows handed one at a time to whoever writes them, for exports: nothing holds all of them
 * in memory, so an export has no cap. A list class offers them with a {@code forEach(filter, row)}
 * method that reads inside a read-only transaction while it hands the rows on (see
 * {@link PageQuery#forEach}); an export takes {@code row -> labs.forEach(filter, row)}.
 */
@FunctionalInterface
public interface Rows<T> {

	void forEach(Consumer<? super T> row);
}
