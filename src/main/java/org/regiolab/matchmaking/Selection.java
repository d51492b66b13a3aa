package org.regiolab.matchmaking;

/** Order statistics without sorting. */
final class Selection {

	private Selection() {
	}

	/** The k-th largest (k from 1) of the first {@code count} values, which it reorders. */
	static double largest(double[] values, int count, int k) {
		int target = count - k;
		int low = 0;
		int high = count - 1;
		while (low < high) {
			double pivot = values[(low + high) >>> 1];
			int i = low;
			int j = high;
			while (i <= j) {
				while (values[i] < pivot) {
					i++;
				}
				while (values[j] > pivot) {
					j--;
				}
				if (i <= j) {
					double swap = values[i];
					values[i++] = values[j];
					values[j--] = swap;
				}
			}
			if (target <= j) {
				high = j;
			}
			else if (target >= i) {
				low = i;
			}
			else {
				return values[target];
			}
		}
		return values[target];
	}
}
