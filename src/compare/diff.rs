//! Word-level difference of two word sequences (Myers' O((N+M)·D) algorithm).
//!
//! [`diff`] turns sequence `a` into sequence `b` with the fewest deleted and inserted
//! elements (a longest common subsequence kept as [`DiffKind::Equal`] runs). The sequences
//! are usually the word hashes of two statements (see [`words`](super::words)).
//! [`lcs_len_within`] answers "do these differ by at most `max_d` words, and how many do they
//! share" in linear memory, stopping as soon as the bound is passed.
//!
//! ```
//! use quotewire::compare::diff::{diff, DiffKind};
//!
//! let a = [1, 2, 3, 4];
//! let b = [1, 2, 5, 4];
//! let ops: Vec<DiffKind> = diff(&a, &b).iter().map(|e| e.kind).collect();
//! assert_eq!(ops, [DiffKind::Equal, DiffKind::Delete, DiffKind::Insert, DiffKind::Equal]);
//! ```

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What a run of a diff does.
///
/// ```
/// use quotewire::compare::diff::DiffKind;
/// assert_eq!(serde_json::to_string(&DiffKind::Insert).unwrap(), "\"insert\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    /// Words in both sequences.
    Equal,
    /// Words only in the first sequence (`a`): dropped by the second.
    Delete,
    /// Words only in the second sequence (`b`): added by it.
    Insert,
}

/// One run of a diff: element ranges in `a` and `b` (an empty range on the side the run does
/// not touch, placed where it would be).
///
/// ```
/// use quotewire::compare::diff::{diff, DiffKind, Edit};
/// assert_eq!(diff(&[1], &[1, 2])[1], Edit { kind: DiffKind::Insert, a: 1..1, b: 1..2 });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Edit {
    /// Equal, delete or insert.
    pub kind: DiffKind,
    /// Range of elements of `a`.
    pub a: Range<usize>,
    /// Range of elements of `b`.
    pub b: Range<usize>,
}

/// Reads `v[k]` for a diagonal `k` stored at `k + off`; 0 when out of range (never happens
/// for the indices Myers' recurrence visits).
#[inline]
fn at(v: &[usize], k: isize, off: isize) -> usize {
    usize::try_from(k + off)
        .ok()
        .and_then(|i| v.get(i).copied())
        .unwrap_or(0)
}

#[inline]
fn set(v: &mut [usize], k: isize, off: isize, x: usize) {
    if let Some(slot) = usize::try_from(k + off).ok().and_then(|i| v.get_mut(i)) {
        *slot = x;
    }
}

#[inline]
fn snake<T: PartialEq>(a: &[T], b: &[T], mut x: usize, mut y: usize) -> (usize, usize) {
    while let (Some(p), Some(q)) = (a.get(x), b.get(y)) {
        if p != q {
            break;
        }
        x += 1;
        y += 1;
    }
    (x, y)
}

/// One step of the forward pass on diagonal `k` with the previous furthest points in `v`.
#[inline]
fn step<T: PartialEq>(a: &[T], b: &[T], v: &[usize], off: isize, k: isize, d: isize) -> usize {
    let down = k == -d || (k != d && at(v, k - 1, off) < at(v, k + 1, off));
    let x = if down {
        at(v, k + 1, off)
    } else {
        at(v, k - 1, off) + 1
    };
    let y = (x as isize - k).max(0) as usize;
    snake(a, b, x, y).0
}

/// Length of the longest common subsequence of `a` and `b` when they differ by at most
/// `max_d` deleted plus inserted elements; `None` when they differ by more. Time
/// O((N+M)·D), memory O(N+M).
///
/// ```
/// use quotewire::compare::diff::lcs_len_within;
/// assert_eq!(lcs_len_within(&[1, 2, 3], &[1, 3], 5), Some(2));
/// assert_eq!(lcs_len_within(&[1, 2, 3], &[4, 5, 6], 5), None);
/// ```
pub fn lcs_len_within<T: PartialEq>(a: &[T], b: &[T], max_d: usize) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    let max_d = max_d.min(n + m);
    if n.abs_diff(m) > max_d {
        return None;
    }
    let off = max_d as isize + 1;
    let mut v = vec![0usize; 2 * max_d + 3];
    for d in 0..=max_d as isize {
        let mut k = -d;
        while k <= d {
            let x = step(a, b, &v, off, k, d);
            set(&mut v, k, off, x);
            let y = (x as isize - k).max(0) as usize;
            if x >= n && y >= m {
                return Some((n + m - d as usize) / 2);
            }
            k += 2;
        }
    }
    None
}

/// The shortest edit script from `a` to `b` as runs of equal, deleted and inserted
/// elements, in order. Memory O(D²) for D differing elements (the caller bounds the input
/// length).
///
/// ```
/// use quotewire::compare::diff::{diff, DiffKind, Edit};
/// let a = ["we", "have", "great", "concern"];
/// let b = ["we", "have", "great", "concerns"];
/// assert_eq!(diff(&a, &b), vec![
///     Edit { kind: DiffKind::Equal, a: 0..3, b: 0..3 },
///     Edit { kind: DiffKind::Delete, a: 3..4, b: 3..3 },
///     Edit { kind: DiffKind::Insert, a: 4..4, b: 3..4 },
/// ]);
/// ```
pub fn diff<T: PartialEq>(a: &[T], b: &[T]) -> Vec<Edit> {
    let (n, m) = (a.len(), b.len());
    let max_d = n + m;
    let off = max_d as isize + 1;
    let mut v = vec![0usize; 2 * max_d + 3];
    // trace[d] = furthest x on diagonals -d..=d after round d.
    let mut trace: Vec<Vec<usize>> = Vec::new();
    let mut done = false;
    for d in 0..=max_d as isize {
        let mut k = -d;
        while k <= d {
            let x = step(a, b, &v, off, k, d);
            set(&mut v, k, off, x);
            let y = (x as isize - k).max(0) as usize;
            if x >= n && y >= m {
                done = true;
            }
            k += 2;
        }
        let lo = (off - d) as usize;
        let hi = (off + d) as usize;
        trace.push(v.get(lo..=hi).map(<[usize]>::to_vec).unwrap_or_default());
        if done {
            break;
        }
    }
    // Walk back from (n, m), collecting single-element steps in reverse.
    let mut steps: Vec<DiffKind> = Vec::with_capacity(n + m);
    let (mut x, mut y) = (n as isize, m as isize);
    for d in (1..trace.len() as isize).rev() {
        let prev = trace.get(d as usize - 1).map_or(&[][..], Vec::as_slice);
        // prev is stored with offset d-1 (index 0 is diagonal -(d-1)).
        let poff = d - 1;
        let k = x - y;
        let down = k == -d || (k != d && at(prev, k - 1, poff) < at(prev, k + 1, poff));
        let pk = if down { k + 1 } else { k - 1 };
        let px = at(prev, pk, poff) as isize;
        let py = px - pk;
        // The move out of (px, py) lands on (sx, sy), then the snake runs to (x, y).
        let (sx, sy) = if down { (px, py + 1) } else { (px + 1, py) };
        while x > sx && y > sy {
            steps.push(DiffKind::Equal);
            x -= 1;
            y -= 1;
        }
        steps.push(if down {
            DiffKind::Insert
        } else {
            DiffKind::Delete
        });
        x = px;
        y = py;
    }
    while x > 0 && y > 0 {
        steps.push(DiffKind::Equal);
        x -= 1;
        y -= 1;
    }
    steps.reverse();
    // Group into runs; within a changed stretch, deletions come before insertions.
    let mut out: Vec<Edit> = Vec::new();
    let (mut i, mut j) = (0usize, 0usize);
    for s in steps {
        let (di, dj) = match s {
            DiffKind::Equal => (1, 1),
            DiffKind::Delete => (1, 0),
            DiffKind::Insert => (0, 1),
        };
        match out.last_mut() {
            Some(e) if e.kind == s => {
                e.a.end += di;
                e.b.end += dj;
            }
            _ => out.push(Edit {
                kind: s,
                a: i..i + di,
                b: j..j + dj,
            }),
        }
        i += di;
        j += dj;
    }
    reorder_changes(out)
}

/// Puts every insert run that directly follows a delete run after it and merges runs of
/// the same kind in a stretch of changes, so a change reads "delete X, insert Y".
fn reorder_changes(edits: Vec<Edit>) -> Vec<Edit> {
    let mut out: Vec<Edit> = Vec::with_capacity(edits.len());
    let mut del: Option<Edit> = None;
    let mut ins: Option<Edit> = None;
    let flush = |out: &mut Vec<Edit>, del: &mut Option<Edit>, ins: &mut Option<Edit>| {
        if let Some(mut d) = del.take() {
            if let Some(i) = ins.as_ref() {
                // The deletion is placed before the insertion in b.
                d.b = i.b.start..i.b.start;
            }
            out.push(d);
        }
        if let Some(mut i) = ins.take() {
            if let Some(d) = out.last().filter(|e| e.kind == DiffKind::Delete) {
                i.a = d.a.end..d.a.end;
            }
            out.push(i);
        }
    };
    for e in edits {
        match e.kind {
            DiffKind::Equal => {
                flush(&mut out, &mut del, &mut ins);
                out.push(e);
            }
            DiffKind::Delete => match del.as_mut() {
                Some(d) => d.a.end = e.a.end,
                None => del = Some(e),
            },
            DiffKind::Insert => match ins.as_mut() {
                Some(i) => i.b.end = e.b.end,
                None => ins = Some(e),
            },
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

/// Position of the first occurrence of `needle` as a contiguous run in `hay`.
///
/// ```
/// use quotewire::compare::diff::find;
/// assert_eq!(find(&[1, 2, 3, 2, 3], &[2, 3]), Some(1));
/// assert_eq!(find(&[1, 2], &[]), None);
/// ```
pub fn find<T: PartialEq>(hay: &[T], needle: &[T]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(a: &[u32], b: &[u32], edits: &[Edit]) -> Vec<u32> {
        // Rebuild b from a and the edits: equal runs from a, inserts from b.
        let mut out = Vec::new();
        for e in edits {
            match e.kind {
                DiffKind::Equal => out.extend_from_slice(&a[e.a.clone()]),
                DiffKind::Insert => out.extend_from_slice(&b[e.b.clone()]),
                DiffKind::Delete => {}
            }
        }
        out
    }

    #[test]
    fn diff_rebuilds_the_second_sequence_and_is_minimal() {
        let cases: [(&[u32], &[u32]); 7] = [
            (&[], &[]),
            (&[1, 2, 3], &[]),
            (&[], &[1, 2]),
            (&[1, 2, 3, 4, 5], &[1, 3, 4, 6, 5]),
            (&[1, 1, 1], &[1, 1]),
            (&[7, 8, 9, 10], &[1, 2, 3]),
            (&[1, 2, 3, 4, 5, 6, 7, 8], &[1, 2, 4, 5, 9, 7, 8, 8]),
        ];
        for (a, b) in cases {
            let e = diff(a, b);
            assert_eq!(apply(a, b, &e), b, "{a:?} -> {b:?}: {e:?}");
            let kept: usize = e
                .iter()
                .filter(|x| x.kind == DiffKind::Equal)
                .map(|x| x.a.len())
                .sum();
            assert_eq!(Some(kept), lcs_len_within(a, b, a.len() + b.len()));
            // runs tile both sequences
            let na: usize = e.iter().map(|x| x.a.len()).sum();
            let nb: usize = e.iter().map(|x| x.b.len()).sum();
            assert_eq!((na, nb), (a.len(), b.len()));
        }
    }

    #[test]
    fn lcs_bound_is_respected() {
        let a = [1, 2, 3, 4, 5, 6];
        let b = [1, 2, 9, 4, 5, 6];
        assert_eq!(lcs_len_within(&a, &b, 2), Some(5));
        assert_eq!(lcs_len_within(&a, &b, 1), None);
        assert_eq!(lcs_len_within(&a, &[1], 3), None);
    }

    #[test]
    fn a_dropped_clause_is_one_delete_run() {
        let a = [1, 2, 3, 4, 5, 6];
        let b = [1, 2, 6];
        assert_eq!(
            diff(&a, &b),
            vec![
                Edit {
                    kind: DiffKind::Equal,
                    a: 0..2,
                    b: 0..2
                },
                Edit {
                    kind: DiffKind::Delete,
                    a: 2..5,
                    b: 2..2
                },
                Edit {
                    kind: DiffKind::Equal,
                    a: 5..6,
                    b: 2..3
                },
            ]
        );
    }
}
