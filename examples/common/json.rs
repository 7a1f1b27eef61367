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
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // eight bytes at a time while none of them needs an escape
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            if !needs_escape8(u64::from_le_bytes(w)) {
                i += 8;
                continue;
            }
        }
        let b = bytes.get(i).copied().unwrap_or(0);
        if ESCAPE[b as usize] != 0 {
            out.extend_from_slice(bytes.get(start..i).unwrap_or(&[]));
            push_escape(out, b);
            start = i + 1;
        }
        i += 1;
    }
    out.extend_from_slice(bytes.get(start..).unwrap_or(&[]));
    out.push(b'"');
}

/// Whether any of the eight bytes packed in `x` is a control character, `"` or `\`.
#[inline]
fn needs_escape8(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // a control byte: below 0x20 with its high bit clear (adding 0x60 to the low seven
    // bits sets the high bit exactly from 0x20 up, with no carry into the next byte); a
    // quotation mark or backslash: a zero byte in `x ^ c` (exact as a test for any)
    let low7 = x & !HIGH;
    let below_space = low7.wrapping_add((0x80 - 0x20) * ONES) & HIGH;
    let is_control = !below_space & !x & HIGH;
    let zero = |y: u64| y.wrapping_sub(ONES) & !y & HIGH;
    is_control != 0
        || zero(x ^ (u64::from(b'"') * ONES)) != 0
        || zero(x ^ (u64::from(b'\\') * ONES)) != 0
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

/// Appends `n` in decimal.
pub fn push_usize(out: &mut Vec<u8>, n: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

/// Appends `x` as serde_json formats an `f64`.
pub fn push_f64(out: &mut Vec<u8>, x: f64) {
    // writing a float into a Vec cannot fail
    let _ = serde_json::to_writer(&mut *out, &x);
}
