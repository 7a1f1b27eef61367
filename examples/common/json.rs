//! Compact JSON scalars appended to a byte buffer, written as serde_json writes them:
//! strings escape `"`, `\` and control characters only (`\b \t \n \f \r`, else `\u00xx`),
//! integers in decimal, floats through serde_json itself.

/// What byte `b` becomes inside a JSON string: 0 for itself, else the letter after the
/// backslash (`u` for the `\u00xx` form).
const ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = b'u';
        i += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// Appends `s` as a JSON string, copying the runs that need no escape at once.
pub fn push_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // most strings (names, cue words, sentences) need no escape at all: one test and one copy
    if needs_escape(bytes) {
        push_escaped(out, bytes);
    } else {
        out.extend_from_slice(bytes);
    }
    out.push(b'"');
}

/// Appends `bytes` escaped, without the quotation marks.
fn push_escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        i = skip_plain16(bytes, i);
        // sixteen bytes (or the tail) with an escape somewhere: one at a time
        let end = (i + 16).min(bytes.len());
        for (j, &b) in bytes.get(i..end).unwrap_or(&[]).iter().enumerate() {
            if ESCAPE[b as usize] != 0 {
                out.extend_from_slice(bytes.get(start..i + j).unwrap_or(&[]));
                push_escape(out, b);
                start = i + j + 1;
            }
        }
        i = end;
    }
    out.extend_from_slice(bytes.get(start..).unwrap_or(&[]));
}

/// Whether any byte of `bytes` needs an escape: whole blocks of sixteen bytes, then the
/// rest as the last sixteen (or eight, or four) bytes, overlapping bytes tested already.
fn needs_escape(bytes: &[u8]) -> bool {
    let n = bytes.len();
    if n >= 16 {
        let i = skip_plain16(bytes, 0);
        return i + 16 <= n || block_needs_escape(bytes, n - 16);
    }
    let (first, last) = if n >= 8 {
        (word(bytes, 0), word(bytes, n - 8))
    } else if n >= 4 {
        // four bytes in the low half, spaces (no escape) above
        const SPACES: u64 = 0x2020_2020 << 32;
        (half(bytes, 0) | SPACES, half(bytes, n - 4) | SPACES)
    } else {
        return bytes.iter().any(|&b| ESCAPE[b as usize] != 0);
    };
    escape_marks(first) | escape_marks(last) != 0
}

/// The eight bytes of `bytes` at `at` as a number (first byte lowest); 0 past the end.
#[inline]
fn word(bytes: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    if let Some(b) = bytes.get(at..at + 8) {
        w.copy_from_slice(b);
    }
    u64::from_le_bytes(w)
}

/// The four bytes of `bytes` at `at` as a number (first byte lowest); 0 past the end.
#[inline]
fn half(bytes: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 4];
    if let Some(b) = bytes.get(at..at + 4) {
        w.copy_from_slice(b);
    }
    u64::from(u32::from_le_bytes(w))
}

/// From byte `i` of `bytes` on, skips the blocks of sixteen bytes that need no escape:
/// returns where the first other block (or the short tail) starts.
#[inline]
fn skip_plain16(bytes: &[u8], mut i: usize) -> usize {
    while i + 16 <= bytes.len() && !block_needs_escape(bytes, i) {
        i += 16;
    }
    i
}

/// Whether any of the sixteen bytes of `bytes` at `at` (all in `bytes`) needs an escape.
#[inline]
fn block_needs_escape(bytes: &[u8], at: usize) -> bool {
    escape_marks(word(bytes, at)) | escape_marks(word(bytes, at + 8)) != 0
}

/// Non-zero when any of the eight bytes packed in `x` is a control character, `"` or `\`
/// (exact as a test for any: a borrow only marks bytes after a byte truly marked).
#[inline]
fn escape_marks(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // a byte below 0x20 (bytes from 0x80 up have their high bit cleared by `!x`); a
    // quotation mark or backslash: a zero byte in `x ^ c`
    let below = |y: u64, c: u8| y.wrapping_sub(u64::from(c) * ONES) & !y;
    let quote = x ^ (u64::from(b'"') * ONES);
    let backslash = x ^ (u64::from(b'\\') * ONES);
    (below(x, 0x20) | below(quote, 1) | below(backslash, 1)) & HIGH
}

/// Appends the escape of byte `b` (one that needs one).
fn push_escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let e = ESCAPE[b as usize];
    if e == b'u' {
        out.extend_from_slice(b"\\u00");
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 0xf) as usize]);
    } else {
        out.push(b'\\');
        out.push(e);
    }
}

/// The two-digit decimal numbers "00" to "99", one after the other.
const PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// Appends `n` in decimal.
pub fn push_usize(out: &mut Vec<u8>, n: usize) {
    let mut buf = [0u8; 20];
    let start = format_usize(n, &mut buf);
    out.extend_from_slice(buf.get(start..).unwrap_or(&[]));
}

/// Writes `n` in decimal at the end of `buf`, two digits a step; returns where it starts.
#[inline]
fn format_usize(mut n: usize, buf: &mut [u8; 20]) -> usize {
    let pair = |k: usize| [PAIRS[2 * k], PAIRS[2 * k + 1]];
    let mut i = buf.len();
    while n >= 100 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(&pair(n % 100));
        n /= 100;
    }
    if n >= 10 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(&pair(n));
    } else {
        i -= 1;
        buf[i] = b'0' + n as u8;
    }
    i
}

/// Appends `x` as serde_json formats an `f64`.
pub fn push_f64(out: &mut Vec<u8>, x: f64) {
    // writing a float into a Vec cannot fail
    let _ = serde_json::to_writer(&mut *out, &x);
}
