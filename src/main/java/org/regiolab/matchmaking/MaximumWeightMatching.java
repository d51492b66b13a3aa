package org.regiolab.matchmaking;

import java.util.Arrays;

/**
 * An exact maximum-weight matching in a general graph: Edmonds' blossom algorithm with the
 * primal-dual method as Galil (1986) describes it, O(n³). Weights are integers, so that every
 * comparison of slacks is exact; callers scale their weights (see {@link PairWeights}).
 *
 * <p>Vertex duals, slacks and deltas are kept doubled, which keeps them integral. An instance is
 * used once; it is not thread-safe.
 */
final class MaximumWeightMatching {

	private final int vertices;
	private final int[] endpoint;
	private final long[] weight;
	private final int[][] neighbourEnds;

	private final int[] mate;
	private final int[] label;
	private final int[] labelEnd;
	private final int[] inBlossom;
	private final int[] blossomParent;
	private final int[][] blossomChildren;
	private final int[] blossomBase;
	private final int[][] blossomEnds;
	private final int[] bestEdge;
	private final int[][] blossomBestEdges;
	private final int[] unusedBlossoms;
	private int unusedCount;
	private final long[] dual;
	private final boolean[] allowed;
	private final IntStack queue;
	private final IntStack leaves = new IntStack(16);
	private final int[] bestEdgeTo;
	/** The free vertex whose alternating tree a labelled vertex belongs to, -1 when unlabelled. */
	private final int[] root;
	private final IntStack[] treeMembers;

	private MaximumWeightMatching(int vertices, int[] from, int[] to, long[] weight) {
		this.vertices = vertices;
		int edges = from.length;
		this.weight = weight;
		this.endpoint = new int[2 * edges];
		int[] degree = new int[vertices];
		for (int k = 0; k < edges; k++) {
			endpoint[2 * k] = from[k];
			endpoint[2 * k + 1] = to[k];
			degree[from[k]]++;
			degree[to[k]]++;
		}
		this.neighbourEnds = new int[vertices][];
		for (int v = 0; v < vertices; v++) {
			neighbourEnds[v] = new int[degree[v]];
		}
		Arrays.fill(degree, 0);
		for (int k = 0; k < edges; k++) {
			neighbourEnds[from[k]][degree[from[k]]++] = 2 * k + 1;
			neighbourEnds[to[k]][degree[to[k]]++] = 2 * k;
		}
		long maxWeight = 0;
		for (long w : weight) {
			maxWeight = Math.max(maxWeight, w);
		}
		mate = filled(vertices, -1);
		label = new int[2 * vertices];
		labelEnd = filled(2 * vertices, -1);
		inBlossom = new int[vertices];
		blossomBase = filled(2 * vertices, -1);
		for (int v = 0; v < vertices; v++) {
			inBlossom[v] = v;
			blossomBase[v] = v;
		}
		blossomParent = filled(2 * vertices, -1);
		blossomChildren = new int[2 * vertices][];
		blossomEnds = new int[2 * vertices][];
		bestEdge = filled(2 * vertices, -1);
		blossomBestEdges = new int[2 * vertices][];
		unusedBlossoms = new int[vertices];
		for (int b = 0; b < vertices; b++) {
			unusedBlossoms[b] = vertices + b;
		}
		unusedCount = vertices;
		dual = new long[2 * vertices];
		Arrays.fill(dual, 0, vertices, maxWeight);
		allowed = new boolean[edges];
		queue = new IntStack(vertices);
		bestEdgeTo = filled(2 * vertices, -1);
		root = filled(vertices, -1);
		treeMembers = new IntStack[vertices];
	}

	/**
	 * The partner of every vertex in a maximum-weight matching, -1 for the unmatched.
	 *
	 * @param from one end of every edge
	 * @param to the other end of every edge (no loops, at most one edge per pair)
	 * @param weight the edges' non-negative weights
	 */
	static int[] solve(int vertices, int[] from, int[] to, long[] weight) {
		return new MaximumWeightMatching(vertices, from, to, weight).run();
	}

	private int[] run() {
		for (int v = 0; v < vertices; v++) {
			if (mate[v] == -1 && label[inBlossom[v]] == 0) {
				assignLabel(v, 1, -1, v);
			}
		}
		// One long stage: the trees that an augmentation joins are dissolved, the others grow on,
		// instead of relabelling every free vertex after each augmentation as Galil's stages do
		growTrees();
		int[] partner = new int[vertices];
		for (int v = 0; v < vertices; v++) {
			partner[v] = mate[v] >= 0 ? endpoint[mate[v]] : -1;
		}
		return partner;
	}

	/** Grows the alternating trees, augmenting and adjusting duals, until the duals prove the optimum. */
	private void growTrees() {
		while (true) {
			while (!queue.isEmpty()) {
				int v = queue.pop();
				if (label[inBlossom[v]] != 1) {
					continue;
				}
				for (int p : neighbourEnds[v]) {
					int k = p >> 1;
					int w = endpoint[p];
					if (inBlossom[v] == inBlossom[w]) {
						continue;
					}
					long kslack = 0;
					if (!allowed[k]) {
						kslack = slack(k);
						if (kslack <= 0) {
							allowed[k] = true;
						}
					}
					if (allowed[k]) {
						if (label[inBlossom[w]] == 0) {
							assignLabel(w, 2, p ^ 1, root[v]);
						}
						else if (label[inBlossom[w]] == 1) {
							int base = scanBlossom(v, w);
							if (base >= 0) {
								addBlossom(base, k);
							}
							else {
								int rootV = root[v];
								int rootW = root[w];
								augmentMatching(k);
								dissolve(rootV);
								dissolve(rootW);
								break;
							}
						}
						else if (label[w] == 0) {
							label[w] = 2;
							labelEnd[w] = p ^ 1;
						}
					}
					else if (label[inBlossom[w]] == 1) {
						int b = inBlossom[v];
						if (bestEdge[b] == -1 || kslack < slack(bestEdge[b])) {
							bestEdge[b] = k;
						}
					}
					else if (label[w] == 0) {
						if (bestEdge[w] == -1 || kslack < slack(bestEdge[w])) {
							bestEdge[w] = k;
						}
					}
				}
			}
			if (!adjustDuals()) {
				return;
			}
		}
	}

	/** Pumps slack out of the duals; false when no augmenting path can exist any more. */
	private boolean adjustDuals() {
		int deltaType = 1;
		long delta = Long.MAX_VALUE;
		for (int v = 0; v < vertices; v++) {
			delta = Math.min(delta, dual[v]);
		}
		int deltaEdge = -1;
		int deltaBlossom = -1;
		for (int v = 0; v < vertices; v++) {
			if (label[inBlossom[v]] == 0 && bestEdge[v] != -1) {
				if (label[inBlossom[otherEnd(bestEdge[v], v)]] != 1) {
					bestEdge[v] = leastSlackToS(v);
					if (bestEdge[v] == -1) {
						continue;
					}
				}
				long d = slack(bestEdge[v]);
				if (d < delta) {
					delta = d;
					deltaType = 2;
					deltaEdge = bestEdge[v];
				}
			}
		}
		for (int b = 0; b < 2 * vertices; b++) {
			if (blossomParent[b] == -1 && label[b] == 1 && bestEdge[b] != -1) {
				if (!joinsTwoSBlossoms(bestEdge[b])) {
					bestEdge[b] = leastSlackBetweenS(b);
					if (bestEdge[b] == -1) {
						continue;
					}
				}
				long d = slack(bestEdge[b]) / 2;
				if (d < delta) {
					delta = d;
					deltaType = 3;
					deltaEdge = bestEdge[b];
				}
			}
		}
		for (int b = vertices; b < 2 * vertices; b++) {
			if (blossomBase[b] >= 0 && blossomParent[b] == -1 && label[b] == 2 && dual[b] < delta) {
				delta = dual[b];
				deltaType = 4;
				deltaBlossom = b;
			}
		}
		for (int v = 0; v < vertices; v++) {
			int l = label[inBlossom[v]];
			if (l == 1) {
				dual[v] -= delta;
			}
			else if (l == 2) {
				dual[v] += delta;
			}
		}
		for (int b = vertices; b < 2 * vertices; b++) {
			if (blossomBase[b] >= 0 && blossomParent[b] == -1) {
				if (label[b] == 1) {
					dual[b] += delta;
				}
				else if (label[b] == 2) {
					dual[b] -= delta;
				}
			}
		}
		switch (deltaType) {
			case 1:
				return false;
			case 2: {
				allowed[deltaEdge] = true;
				int i = endpoint[2 * deltaEdge];
				if (label[inBlossom[i]] == 0) {
					i = endpoint[2 * deltaEdge + 1];
				}
				queue.push(i);
				return true;
			}
			case 3:
				allowed[deltaEdge] = true;
				queue.push(endpoint[2 * deltaEdge]);
				return true;
			default:
				expandBlossom(deltaBlossom, false);
				return true;
		}
	}

	/** Puts every vertex of blossom b into the tree of the given root. */
	private void joinTree(int b, int tree) {
		leaves.clear();
		collectLeaves(b, leaves);
		for (int i = 0; i < leaves.size(); i++) {
			int v = leaves.get(i);
			if (root[v] != tree) {
				root[v] = tree;
				if (treeMembers[tree] == null) {
					treeMembers[tree] = new IntStack(4);
				}
				treeMembers[tree].push(v);
			}
		}
	}

	/**
	 * Unlabels the tree of a root that has just been matched. Its vertices become ordinary matched
	 * vertices again; the bookkeeping of the trees that go on growing is repaired around them.
	 */
	private void dissolve(int tree) {
		IntStack members = new IntStack(16);
		IntStack listed = treeMembers[tree];
		for (int i = 0; listed != null && i < listed.size(); i++) {
			int v = listed.get(i);
			// a vertex that moved to another tree (see relabelExpandedTBlossom) stays there
			if (root[v] == tree) {
				members.push(v);
			}
		}
		treeMembers[tree] = null;
		for (int i = 0; i < members.size(); i++) {
			int v = members.get(i);
			root[v] = -1;
			for (int b = v; b != -1; b = blossomParent[b]) {
				label[b] = 0;
				labelEnd[b] = -1;
				bestEdge[b] = -1;
				if (b >= vertices) {
					blossomBestEdges[b] = null;
				}
			}
		}
		for (int i = 0; i < members.size(); i++) {
			int b = inBlossom[members.get(i)];
			if (b >= vertices && blossomParent[b] == -1 && blossomBase[b] >= 0 && dual[b] == 0) {
				expandBlossom(b, true);
			}
		}
		for (int i = 0; i < members.size(); i++) {
			int v = members.get(i);
			for (int p : neighbourEnds[v]) {
				int k = p >> 1;
				int u = endpoint[p];
				allowed[k] = false;
				int bu = inBlossom[u];
				if (label[bu] == 1 && bu != inBlossom[v]) {
					long kslack = slack(k);
					if (kslack <= 0) {
						queue.push(u);
					}
					else if (bestEdge[v] == -1 || kslack < slack(bestEdge[v])) {
						bestEdge[v] = k;
					}
				}
				else if (label[bu] == 2 && bu != u && label[u] == 2 && endpoint[labelEnd[u]] == v) {
					// u inside a T-blossom was reached from this tree; let the live trees reach it again
					label[u] = 0;
					labelEnd[u] = -1;
					for (int q : neighbourEnds[u]) {
						if (label[inBlossom[endpoint[q]]] == 1) {
							queue.push(endpoint[q]);
						}
					}
				}
			}
		}
	}

	private int otherEnd(int k, int v) {
		int a = endpoint[2 * k];
		return a == v ? endpoint[2 * k + 1] : a;
	}

	private boolean joinsTwoSBlossoms(int k) {
		int a = inBlossom[endpoint[2 * k]];
		int b = inBlossom[endpoint[2 * k + 1]];
		return a != b && label[a] == 1 && label[b] == 1;
	}

	private int leastSlackToS(int v) {
		int best = -1;
		for (int p : neighbourEnds[v]) {
			int k = p >> 1;
			int u = endpoint[p];
			if (label[inBlossom[u]] == 1 && inBlossom[u] != inBlossom[v] && (best == -1 || slack(k) < slack(best))) {
				best = k;
			}
		}
		return best;
	}

	private int leastSlackBetweenS(int b) {
		int best = -1;
		if (b >= vertices && blossomBestEdges[b] != null) {
			for (int k : blossomBestEdges[b]) {
				if (joinsTwoSBlossoms(k) && (best == -1 || slack(k) < slack(best))) {
					best = k;
				}
			}
			return best;
		}
		for (int leaf : leavesOf(b)) {
			for (int p : neighbourEnds[leaf]) {
				int k = p >> 1;
				if (joinsTwoSBlossoms(k) && (best == -1 || slack(k) < slack(best))) {
					best = k;
				}
			}
		}
		return best;
	}

	private long slack(int k) {
		return dual[endpoint[2 * k]] + dual[endpoint[2 * k + 1]] - 2 * weight[k];
	}

	private void collectLeaves(int b, IntStack into) {
		if (b < vertices) {
			into.push(b);
			return;
		}
		for (int child : blossomChildren[b]) {
			collectLeaves(child, into);
		}
	}

	private int[] leavesOf(int b) {
		leaves.clear();
		collectLeaves(b, leaves);
		return leaves.toArray();
	}

	private void assignLabel(int w, int t, int p, int tree) {
		while (true) {
			int b = inBlossom[w];
			joinTree(b, tree);
			label[w] = t;
			label[b] = t;
			labelEnd[w] = p;
			labelEnd[b] = p;
			bestEdge[w] = -1;
			bestEdge[b] = -1;
			if (t == 1) {
				collectLeaves(b, queue);
				return;
			}
			int base = blossomBase[b];
			w = endpoint[mate[base]];
			t = 1;
			p = mate[base] ^ 1;
		}
	}

	/** Traces back from v and w: the base of a new blossom, or -1 for an augmenting path. */
	private int scanBlossom(int v, int w) {
		IntStack path = new IntStack(8);
		int base = -1;
		while (v != -1 || w != -1) {
			int b = inBlossom[v];
			if ((label[b] & 4) != 0) {
				base = blossomBase[b];
				break;
			}
			path.push(b);
			label[b] = 5;
			if (labelEnd[b] == -1) {
				v = -1;
			}
			else {
				v = endpoint[labelEnd[b]];
				b = inBlossom[v];
				v = endpoint[labelEnd[b]];
			}
			if (w != -1) {
				int swap = v;
				v = w;
				w = swap;
			}
		}
		for (int i = 0; i < path.size(); i++) {
			label[path.get(i)] = 1;
		}
		return base;
	}

	private void addBlossom(int base, int k) {
		int v = endpoint[2 * k];
		int w = endpoint[2 * k + 1];
		int bb = inBlossom[base];
		int bv = inBlossom[v];
		int bw = inBlossom[w];
		int b = unusedBlossoms[--unusedCount];
		blossomBase[b] = base;
		blossomParent[b] = -1;
		blossomParent[bb] = b;
		IntStack children = new IntStack(8);
		IntStack ends = new IntStack(8);
		while (bv != bb) {
			blossomParent[bv] = b;
			children.push(bv);
			ends.push(labelEnd[bv]);
			v = endpoint[labelEnd[bv]];
			bv = inBlossom[v];
		}
		children.push(bb);
		children.reverse();
		ends.reverse();
		ends.push(2 * k);
		while (bw != bb) {
			blossomParent[bw] = b;
			children.push(bw);
			ends.push(labelEnd[bw] ^ 1);
			w = endpoint[labelEnd[bw]];
			bw = inBlossom[w];
		}
		blossomChildren[b] = children.toArray();
		blossomEnds[b] = ends.toArray();
		label[b] = 1;
		labelEnd[b] = labelEnd[bb];
		dual[b] = 0;
		for (int leaf : leavesOf(b)) {
			if (label[inBlossom[leaf]] == 2) {
				queue.push(leaf);
			}
			inBlossom[leaf] = b;
		}
		IntStack touched = new IntStack(16);
		for (int child : blossomChildren[b]) {
			if (blossomBestEdges[child] == null) {
				for (int leaf : leavesOf(child)) {
					for (int p : neighbourEnds[leaf]) {
						considerBestEdge(b, p >> 1, touched);
					}
				}
			}
			else {
				for (int edge : blossomBestEdges[child]) {
					considerBestEdge(b, edge, touched);
				}
			}
			blossomBestEdges[child] = null;
			bestEdge[child] = -1;
		}
		int[] best = new int[touched.size()];
		bestEdge[b] = -1;
		for (int i = 0; i < best.length; i++) {
			int target = touched.get(i);
			best[i] = bestEdgeTo[target];
			bestEdgeTo[target] = -1;
			if (bestEdge[b] == -1 || slack(best[i]) < slack(bestEdge[b])) {
				bestEdge[b] = best[i];
			}
		}
		blossomBestEdges[b] = best;
	}

	private void considerBestEdge(int b, int k, IntStack touched) {
		int j = endpoint[2 * k + 1];
		if (inBlossom[j] == b) {
			j = endpoint[2 * k];
		}
		int bj = inBlossom[j];
		if (bj != b && label[bj] == 1) {
			if (bestEdgeTo[bj] == -1) {
				touched.push(bj);
				bestEdgeTo[bj] = k;
			}
			else if (slack(k) < slack(bestEdgeTo[bj])) {
				bestEdgeTo[bj] = k;
			}
		}
	}

	private void expandBlossom(int b, boolean endStage) {
		for (int s : blossomChildren[b]) {
			blossomParent[s] = -1;
			if (s < vertices) {
				inBlossom[s] = s;
			}
			else if (endStage && dual[s] == 0) {
				expandBlossom(s, true);
			}
			else {
				for (int leaf : leavesOf(s)) {
					inBlossom[leaf] = s;
				}
			}
		}
		if (!endStage && label[b] == 2) {
			relabelExpandedTBlossom(b);
		}
		label[b] = -1;
		labelEnd[b] = -1;
		blossomChildren[b] = null;
		blossomEnds[b] = null;
		blossomBase[b] = -1;
		blossomBestEdges[b] = null;
		bestEdge[b] = -1;
		unusedBlossoms[unusedCount++] = b;
	}

	private void relabelExpandedTBlossom(int b) {
		int[] children = blossomChildren[b];
		int[] ends = blossomEnds[b];
		int length = children.length;
		int entryChild = inBlossom[endpoint[labelEnd[b] ^ 1]];
		int j = indexOf(children, entryChild);
		int step;
		int trick;
		if ((j & 1) != 0) {
			j -= length;
			step = 1;
			trick = 0;
		}
		else {
			step = -1;
			trick = 1;
		}
		int p = labelEnd[b];
		while (j != 0) {
			label[endpoint[p ^ 1]] = 0;
			label[endpoint[at(ends, j - trick) ^ trick ^ 1]] = 0;
			assignLabel(endpoint[p ^ 1], 2, p, root[blossomBase[b]]);
			allowed[at(ends, j - trick) >> 1] = true;
			j += step;
			p = at(ends, j - trick) ^ trick;
			allowed[p >> 1] = true;
			j += step;
		}
		int bv = at(children, j);
		label[endpoint[p ^ 1]] = 2;
		label[bv] = 2;
		labelEnd[endpoint[p ^ 1]] = p;
		labelEnd[bv] = p;
		bestEdge[bv] = -1;
		j += step;
		while (at(children, j) != entryChild) {
			bv = at(children, j);
			if (label[bv] == 1) {
				j += step;
				continue;
			}
			int reached = -1;
			for (int leaf : leavesOf(bv)) {
				if (label[leaf] != 0) {
					reached = leaf;
					break;
				}
			}
			if (reached >= 0) {
				label[reached] = 0;
				label[endpoint[mate[blossomBase[bv]]]] = 0;
				// reached from an S-vertex that may belong to another tree: it joins that tree
				assignLabel(reached, 2, labelEnd[reached], root[endpoint[labelEnd[reached]]]);
			}
			j += step;
		}
	}

	private void augmentBlossom(int b, int v) {
		int t = v;
		while (blossomParent[t] != b) {
			t = blossomParent[t];
		}
		if (t >= vertices) {
			augmentBlossom(t, v);
		}
		int[] children = blossomChildren[b];
		int[] ends = blossomEnds[b];
		int i = indexOf(children, t);
		int j = i;
		int step;
		int trick;
		if ((i & 1) != 0) {
			j -= children.length;
			step = 1;
			trick = 0;
		}
		else {
			step = -1;
			trick = 1;
		}
		while (j != 0) {
			j += step;
			t = at(children, j);
			int p = at(ends, j - trick) ^ trick;
			if (t >= vertices) {
				augmentBlossom(t, endpoint[p]);
			}
			j += step;
			t = at(children, j);
			if (t >= vertices) {
				augmentBlossom(t, endpoint[p ^ 1]);
			}
			mate[endpoint[p]] = p ^ 1;
			mate[endpoint[p ^ 1]] = p;
		}
		blossomChildren[b] = rotate(children, i);
		blossomEnds[b] = rotate(ends, i);
		blossomBase[b] = blossomBase[blossomChildren[b][0]];
	}

	private void augmentMatching(int k) {
		int[] starts = { endpoint[2 * k], endpoint[2 * k + 1] };
		int[] remotes = { 2 * k + 1, 2 * k };
		for (int side = 0; side < 2; side++) {
			int s = starts[side];
			int p = remotes[side];
			while (true) {
				int bs = inBlossom[s];
				if (bs >= vertices) {
					augmentBlossom(bs, s);
				}
				mate[s] = p;
				if (labelEnd[bs] == -1) {
					break;
				}
				int t = endpoint[labelEnd[bs]];
				int bt = inBlossom[t];
				s = endpoint[labelEnd[bt]];
				int j = endpoint[labelEnd[bt] ^ 1];
				if (bt >= vertices) {
					augmentBlossom(bt, j);
				}
				mate[j] = labelEnd[bt];
				p = labelEnd[bt] ^ 1;
			}
		}
	}

	/** Python-style indexing: a negative index counts from the end. */
	private static int at(int[] values, int index) {
		return values[index < 0 ? index + values.length : index];
	}

	private static int indexOf(int[] values, int value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		throw new IllegalStateException("not a child of the blossom");
	}

	private static int[] rotate(int[] values, int first) {
		int[] rotated = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			rotated[i] = values[(first + i) % values.length];
		}
		return rotated;
	}

	private static int[] filled(int length, int value) {
		int[] values = new int[length];
		Arrays.fill(values, value);
		return values;
	}
}
