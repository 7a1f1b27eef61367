//! Name keys (crate-internal): each lower-cased full name or surname of an article and the
//! entities added under it, most recent first.
//!
//! The key texts live in one arena string and the id lists in one vector of links, found
//! through an open-addressing table of slot numbers: adding a name allocates nothing once
//! the vectors have grown, where a map of `String` keys to `Vec` lists allocates twice for
//! every new key.

/// No slot / no further link.
const NONE: u32 = u32::MAX;

/// One key: where its text lies in the arena, its hash, and its most recent link.
#[derive(Debug, Clone, Copy)]
struct Slot {
    hash: u64,
    start: usize,
    len: usize,
    head: u32,
}

/// The keys of one article.
#[derive(Debug, Default)]
pub(crate) struct Keys {
    /// Slot numbers by hash, open addressing, a power of two long (or empty).
    table: Vec<u32>,
    slots: Vec<Slot>,
    arena: String,
    /// (entity id, next older link of the same key).
    links: Vec<(usize, u32)>,
}

/// The hash of a key: its bytes eight at a time (first byte lowest, the last chunk
/// zero-padded) after its length.
fn hash(key: &str) -> u64 {
    let step = |h: u64, c: u64| (h.rotate_left(5) ^ c).wrapping_mul(0x517c_c1b7_2722_0a95);
    let mut parts = key.as_bytes().chunks_exact(8);
    let mut h = step(0, key.len() as u64);
    for part in &mut parts {
        let mut b = [0u8; 8];
        b.copy_from_slice(part);
        h = step(h, u64::from_le_bytes(b));
    }
    let rest = parts.remainder();
    if !rest.is_empty() {
        let mut b = [0u8; 8];
        if let Some(d) = b.get_mut(..rest.len()) {
            d.copy_from_slice(rest);
        }
        h = step(h, u64::from_le_bytes(b));
    }
    h ^ (h >> 32)
}

/// Where a key was looked for: its hash, its table position (where it is or the free
/// position it would take), its slot when present, and the number of slots then (a probe
/// is stale once a key was added after it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Probe {
    hash: u64,
    pos: usize,
    found: Option<u32>,
    slots: usize,
}

impl Keys {
    /// Removes every key, keeping the vectors' memory.
    pub(crate) fn clear(&mut self) {
        self.table.clear();
        self.slots.clear();
        self.arena.clear();
        self.links.clear();
    }

    /// Looks `key` up, for [`latest_of`](Self::latest_of) and
    /// [`add_probed`](Self::add_probed).
    pub(crate) fn probe_key(&self, key: &str) -> Probe {
        let h = hash(key);
        let (pos, found) = self.probe(key, h);
        Probe {
            hash: h,
            pos,
            found,
            slots: self.slots.len(),
        }
    }

    /// The entities added under `key`, most recent first.
    #[cfg(test)]
    pub(crate) fn ids(&self, key: &str) -> impl Iterator<Item = usize> + '_ {
        self.ids_of(key, self.probe_key(key))
    }

    /// `p` if it still tells where `key` is: a key found stays in its slot, a key not found
    /// may have been added since the probe.
    fn fresh(&self, key: &str, p: Probe) -> Probe {
        if p.found.is_some() || p.slots == self.slots.len() {
            p
        } else {
            self.probe_key(key)
        }
    }

    /// The ids under `key` (as `ids` gives them), probed as `p`.
    pub(crate) fn ids_of(&self, key: &str, p: Probe) -> impl Iterator<Item = usize> + '_ {
        let p = self.fresh(key, p);
        let mut at = p
            .found
            .and_then(|n| self.slots.get(n as usize))
            .map_or(NONE, |s| s.head);
        std::iter::from_fn(move || {
            let &(id, next) = self.links.get(at as usize)?;
            at = next;
            Some(id)
        })
    }

    /// The entity added last under `key`.
    #[cfg(test)]
    pub(crate) fn latest(&self, key: &str) -> Option<usize> {
        self.ids(key).next()
    }

    /// The entity added last under `key`, probed as `p`.
    pub(crate) fn latest_of(&self, key: &str, p: Probe) -> Option<usize> {
        self.ids_of(key, p).next()
    }

    /// Adds entity `id` under `key`, unless it is the one added last there already.
    pub(crate) fn add(&mut self, key: &str, id: usize) {
        let p = self.probe_key(key);
        self.add_probed(key, p, id);
    }

    /// [`add`](Self::add) with the probe `p` of `key` (probed again when stale).
    pub(crate) fn add_probed(&mut self, key: &str, p: Probe, id: usize) {
        let Probe {
            hash: h,
            pos,
            found,
            ..
        } = self.fresh(key, p);
        let link = self.links.len() as u32;
        if let Some(s) = found.and_then(|n| self.slots.get_mut(n as usize)) {
            if self.links.get(s.head as usize).map(|l| l.0) == Some(id) {
                return;
            }
            self.links.push((id, s.head));
            s.head = link;
            return;
        }
        if self.slots.is_empty() {
            // room for the keys of a usual article at once
            self.slots.reserve(64);
            self.links.reserve(128);
            self.arena.reserve(1024);
        }
        self.links.push((id, NONE));
        let start = self.arena.len();
        self.arena.push_str(key);
        let n = self.slots.len() as u32;
        self.slots.push(Slot {
            hash: h,
            start,
            len: key.len(),
            head: link,
        });
        match self.table.get_mut(pos) {
            Some(t) => *t = n,
            None => self.rebuild(),
        }
        if self.slots.len() * 2 > self.table.len() {
            self.rebuild();
        }
    }

    /// The table position of `key` (where it is, or the free position it would take) and
    /// its slot number when present.
    fn probe(&self, key: &str, h: u64) -> (usize, Option<u32>) {
        let mask = self.table.len().wrapping_sub(1);
        if self.table.is_empty() {
            return (usize::MAX, None);
        }
        let mut pos = (h as usize) & mask;
        loop {
            let n = self.table.get(pos).copied().unwrap_or(NONE);
            let Some(s) = self.slots.get(n as usize) else {
                return (pos, None);
            };
            let text = self.arena.get(s.start..s.start + s.len);
            if s.hash == h && text == Some(key) {
                return (pos, Some(n));
            }
            pos = (pos + 1) & mask;
        }
    }

    /// Rebuilds the table at four times the number of slots (at least 64).
    fn rebuild(&mut self) {
        let size = (self.slots.len() * 4).next_power_of_two().max(64);
        self.table.clear();
        self.table.resize(size, NONE);
        let mask = size - 1;
        for (n, s) in self.slots.iter().enumerate() {
            let mut pos = (s.hash as usize) & mask;
            while self.table.get(pos).is_some_and(|&t| t != NONE) {
                pos = (pos + 1) & mask;
            }
            if let Some(t) = self.table.get_mut(pos) {
                *t = n as u32;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_most_recent_first_and_a_repeat_of_the_last_is_not_added() {
        let mut k = Keys::default();
        k.add("miller", 0);
        k.add("matthew miller", 0);
        k.add("miller", 0);
        k.add("miller", 3);
        assert_eq!(k.ids("miller").collect::<Vec<_>>(), [3, 0]);
        assert_eq!(k.latest("matthew miller"), Some(0));
        assert_eq!(k.latest("matthew"), None);
        k.add("miller", 0);
        assert_eq!(k.ids("miller").collect::<Vec<_>>(), [0, 3, 0]);
    }

    #[test]
    fn a_probe_made_before_keys_were_added_still_finds_and_adds_its_key() {
        let mut k = Keys::default();
        k.add("roe", 1);
        let (old, new) = (k.probe_key("roe"), k.probe_key("jane roe"));
        for i in 0..200 {
            k.add(&format!("key {i}"), i);
        }
        k.add("jane roe", 7);
        assert_eq!(k.latest_of("roe", old), Some(1));
        assert_eq!(k.latest_of("jane roe", new), Some(7));
        k.add_probed("jane roe", new, 8);
        k.add_probed("roe", old, 9);
        assert_eq!(k.ids("jane roe").collect::<Vec<_>>(), [8, 7]);
        assert_eq!(k.ids("roe").collect::<Vec<_>>(), [9, 1]);
        let absent = k.probe_key("smith");
        k.add_probed("smith", absent, 3);
        k.add_probed("smith", absent, 4);
        assert_eq!(k.ids("smith").collect::<Vec<_>>(), [4, 3]);
    }

    #[test]
    fn many_keys_survive_the_table_growing() {
        let mut k = Keys::default();
        let keys: Vec<String> = (0..1000).map(|i| format!("name {i}")).collect();
        for (i, key) in keys.iter().enumerate() {
            k.add(key, i);
        }
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(k.latest(key), Some(i), "{key}");
        }
        assert_eq!(k.latest(""), None);
    }
}
