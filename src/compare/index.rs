//! Inverted index over word shingles, for finding statements that share wording without
//! comparing every pair.
//!
//! A shingle is `k` consecutive words (default 3), hashed. The index maps each shingle to
//! the items (statements) containing it, stored compactly: the shingle hash picks one of
//! 2^b buckets (2^b ≥ the number of shingles), and a bucket is a slice of one flat `u32`
//! array (counting sort in two linear passes, no per-shingle allocation). Two different
//! shingles landing in one bucket only add a candidate that verification then rejects.
//! Memory: 4 bytes per shingle plus 4 per bucket (at least 1024 buckets).
//!
//! [`ShingleIndex::candidates`] visits a probe's buckets from the rarest up and stops at a
//! work budget, so a very common shingle ("we will continue", "the United States") never
//! makes the search quadratic; a true match shares rarer shingles too.
//!
//! ```
//! use quotewire::compare::index::ShingleIndex;
//!
//! // Items are word-hash sequences; shingles of 2 words here.
//! let items: Vec<Vec<u64>> = vec![vec![1, 2, 3, 4], vec![9, 2, 3, 4], vec![7, 8, 9]];
//! let index = ShingleIndex::build(&items, 2);
//! let mut scratch = Default::default();
//! let found = index.candidates(&items[0], 2, 1000, 0.0, 10, &mut scratch);
//! assert_eq!(found, vec![(0, 3), (1, 2)]); // (item, shared shingles)
//! ```

use super::words::seq_hash;
use serde::{Deserialize, Serialize};

/// Shingle → items index (see the [module](self) docs).
///
/// ```
/// use quotewire::compare::index::ShingleIndex;
/// let idx = ShingleIndex::build(&[vec![1u64, 2, 3], vec![4, 5, 6]], 3);
/// let mut s = Default::default();
/// assert_eq!(idx.candidates(&[4, 5, 6], 3, 100, 0.0, 10, &mut s), vec![(1, 1)]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShingleIndex {
    shift: u32,
    /// `offsets[b]..offsets[b + 1]` is bucket `b` in `items`.
    offsets: Vec<u32>,
    items: Vec<u32>,
}

/// Reusable per-probe working memory for [`ShingleIndex::candidates`].
///
/// ```
/// let mut scratch = quotewire::compare::index::Scratch::default();
/// let idx = quotewire::compare::index::ShingleIndex::build(&[vec![7u64, 8]], 2);
/// for _ in 0..2 {
///     assert_eq!(idx.candidates(&[7, 8], 2, 10, 0.0, 10, &mut scratch), vec![(0, 1)]);
/// }
/// ```
#[derive(Debug, Clone, Default)]
pub struct Scratch {
    counts: Vec<u32>,
    touched: Vec<u32>,
    buckets: Vec<(u32, u32)>,
}

/// The shingle hashes of `words` (none when shorter than `k`).
pub(crate) fn shingles(words: &[u64], k: usize) -> impl Iterator<Item = u64> + '_ {
    words.windows(k.max(1)).map(seq_hash)
}

impl ShingleIndex {
    /// Indexes `items` (word-hash sequences) by their `k`-word shingles. Item ids are
    /// positions in `items`; at most `u32::MAX` items and shingles are indexed (beyond that,
    /// items are left out).
    ///
    /// ```
    /// use quotewire::compare::index::ShingleIndex;
    /// let idx = ShingleIndex::build(&[vec![1u64, 2, 3]], 3);
    /// assert_eq!(idx.len(), 1);
    /// ```
    pub fn build<S: AsRef<[u64]>>(items: &[S], k: usize) -> ShingleIndex {
        let total: usize = items
            .iter()
            .map(|w| (w.as_ref().len() + 1).saturating_sub(k.max(1)))
            .sum();
        let total = total.min(u32::MAX as usize - 1);
        let bits = total.max(1024).next_power_of_two().trailing_zeros();
        let shift = 64 - bits;
        let n_buckets = 1usize << bits;
        let mut offsets = vec![0u32; n_buckets + 1];
        let limit = items.len().min(u32::MAX as usize);
        let mut counted = 0usize;
        for w in items.iter().take(limit) {
            for h in shingles(w.as_ref(), k) {
                if counted >= total {
                    break;
                }
                counted += 1;
                if let Some(c) = offsets.get_mut((h >> shift) as usize + 1) {
                    *c += 1;
                }
            }
        }
        for i in 1..offsets.len() {
            let prev = offsets.get(i - 1).copied().unwrap_or(0);
            if let Some(c) = offsets.get_mut(i) {
                *c += prev;
            }
        }
        let mut fill: Vec<u32> = offsets.clone();
        let mut out = vec![0u32; counted];
        let mut placed = 0usize;
        for (id, w) in items.iter().take(limit).enumerate() {
            for h in shingles(w.as_ref(), k) {
                if placed >= counted {
                    break;
                }
                placed += 1;
                let b = (h >> shift) as usize;
                if let Some(pos) = fill.get_mut(b) {
                    if let Some(slot) = out.get_mut(*pos as usize) {
                        *slot = id as u32;
                    }
                    *pos += 1;
                }
            }
        }
        ShingleIndex {
            shift,
            offsets,
            items: out,
        }
    }

    /// Number of indexed shingle occurrences.
    ///
    /// ```
    /// let idx = quotewire::compare::index::ShingleIndex::build(&[vec![1u64, 2, 3, 4]], 2);
    /// assert_eq!(idx.len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when nothing is indexed.
    ///
    /// ```
    /// let idx = quotewire::compare::index::ShingleIndex::build(&[vec![1u64]], 2);
    /// assert!(idx.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Heap memory held by the index, in bytes.
    ///
    /// ```
    /// let idx = quotewire::compare::index::ShingleIndex::build(&[vec![1u64, 2, 3]], 3);
    /// assert!(idx.heap_bytes() >= 4);
    /// ```
    pub fn heap_bytes(&self) -> usize {
        (self.offsets.capacity() + self.items.capacity()) * 4
    }

    fn bucket(&self, b: usize) -> &[u32] {
        let lo = self.offsets.get(b).copied().unwrap_or(0) as usize;
        let hi = self.offsets.get(b + 1).copied().unwrap_or(0) as usize;
        self.items.get(lo..hi).unwrap_or_default()
    }

    /// Items sharing shingles with `words`, as `(item, shared shingle count)`, most shared
    /// first (then by item id), at most `max` of them. Buckets are visited from the smallest
    /// up while the entries visited stay within `budget`; an item is kept when it shares at
    /// least `min_share` of the visited shingles (and at least one). The probe itself, when
    /// indexed, is among the results.
    ///
    /// ```
    /// use quotewire::compare::index::ShingleIndex;
    /// let items = vec![vec![1u64, 2, 3], vec![1, 2, 3], vec![1, 2, 3]];
    /// let idx = ShingleIndex::build(&items, 3);
    /// let mut s = Default::default();
    /// // The one bucket holds 3 entries: within a budget of 3, not of 2.
    /// assert_eq!(idx.candidates(&items[0], 3, 3, 0.0, 10, &mut s).len(), 3);
    /// assert!(idx.candidates(&items[0], 3, 2, 0.0, 10, &mut s).is_empty());
    /// ```
    pub fn candidates(
        &self,
        words: &[u64],
        k: usize,
        budget: usize,
        min_share: f32,
        max: usize,
        scratch: &mut Scratch,
    ) -> Vec<(usize, u32)> {
        if self.items.is_empty() {
            return Vec::new();
        }
        scratch.buckets.clear();
        for h in shingles(words, k) {
            let b = (h >> self.shift) as u32;
            let size = self.bucket(b as usize).len() as u32;
            scratch.buckets.push((size, b));
        }
        scratch.buckets.sort_unstable();
        scratch.buckets.dedup();
        let mut visited = 0usize;
        let mut visited_buckets = 0usize;
        for &(size, b) in &scratch.buckets {
            if visited + size as usize > budget {
                break;
            }
            visited += size as usize;
            visited_buckets += 1;
            for &it in self.bucket(b as usize) {
                let i = it as usize;
                if scratch.counts.len() <= i {
                    scratch.counts.resize(i + 1, 0);
                }
                if let Some(c) = scratch.counts.get_mut(i) {
                    if *c == 0 {
                        scratch.touched.push(it);
                    }
                    *c += 1;
                }
            }
        }
        let need = ((min_share * visited_buckets as f32).ceil() as u32).max(1);
        let mut out: Vec<(usize, u32)> = scratch
            .touched
            .iter()
            .map(|&i| {
                let c = scratch.counts.get(i as usize).copied().unwrap_or(0);
                (i as usize, c)
            })
            .filter(|&(_, c)| c >= need)
            .collect();
        for &i in &scratch.touched {
            if let Some(c) = scratch.counts.get_mut(i as usize) {
                *c = 0;
            }
        }
        scratch.touched.clear();
        let order = |a: &(usize, u32), b: &(usize, u32)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        if out.len() > max && max > 0 {
            out.select_nth_unstable_by(max - 1, order);
        }
        out.truncate(max);
        out.sort_unstable_by(order);
        out
    }
}
