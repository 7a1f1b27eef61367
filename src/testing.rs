//! Helpers shared by the unit tests of several modules (test builds only).

/// `count` texts, each of fewer than `max_parts` pieces drawn from `alphabet`, generated
/// by xorshift from `seed`: the same texts on every run, for tests that compare a fast
/// path with a plain one on many odd inputs.
pub(crate) fn random_texts(
    alphabet: &[&str],
    seed: u64,
    count: usize,
    max_parts: u64,
) -> Vec<String> {
    let mut seed = seed;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let n = alphabet.len() as u64;
    (0..count)
        .map(|_| {
            let parts = next() % max_parts.max(1);
            (0..parts)
                .filter_map(|_| alphabet.get((next() % n.max(1)) as usize).copied())
                .collect()
        })
        .collect()
}
