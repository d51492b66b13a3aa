package org.regiolab.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on RegioLab's data directory, held for as long as RegioLab runs. The operating
 * system releases it when the process dies, however it dies, so a lock that can be taken means
 * that no live RegioLab uses the directory.
 */
final class DataDirectoryLock implements AutoCloseable {

	static final String FILE_NAME = "regiolab.lock";

	private final FileChannel channel;
	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectoryLock acquire(Path dataDirectory) {
		Path file = dataDirectory.resolve(FILE_NAME);
		try {
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new DataDirectoryInUseException(dataDirectory);
			}
			return new DataDirectoryLock(channel, lock);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot lock the data directory " + dataDirectory.toAbsolutePath(), ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null; // held by this very JVM, which is just as much "in use"
		}
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		}
		finally {
			channel.close();
		}
	}
}
