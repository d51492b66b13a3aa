package org.regiolab.matchmaking;

import java.util.Arrays;

/** A growable stack of ints, to keep the solver's inner loops free of boxing. */
final class IntStack {

	private int[] values;
	private int size;

	IntStack(int capacity) {
		values = new int[Math.max(4, capacity)];
	}

	void push(int value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	int pop() {
		return values[--size];
	}

	int get(int index) {
		return values[index];
	}

	int size() {
		return size;
	}

	boolean isEmpty() {
		return size == 0;
	}

	void clear() {
		size = 0;
	}

	void reverse() {
		for (int i = 0, j = size - 1; i < j; i++, j--) {
			int swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

	int[] toArray() {
		return Arrays.copyOf(values, size);
	}
}
