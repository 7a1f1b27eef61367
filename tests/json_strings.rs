//! The examples' JSON string writer escapes exactly as serde_json does, for every byte
//! value at every position of the sixteen-byte blocks it skips at once.

#[path = "../examples/common/json.rs"]
#[allow(dead_code)]
mod json;

fn ours(s: &str) -> String {
    let mut out = Vec::new();
    json::push_str(&mut out, s);
    String::from_utf8(out).expect("UTF-8")
}

#[test]
fn every_ascii_character_at_every_offset_of_a_block_is_escaped_as_serde_json_escapes_it() {
    for c in (0u8..0x80).map(char::from) {
        for pos in 0..40 {
            let s: String = (0..44).map(|i| if i == pos { c } else { 'a' }).collect();
            assert_eq!(
                ours(&s),
                serde_json::to_string(&s).unwrap(),
                "{c:?} at {pos}"
            );
        }
    }
}

#[test]
fn a_character_at_any_place_of_a_short_string_is_escaped_as_serde_json_escapes_it() {
    let chars = [
        '\u{0}', '\u{1f}', '\n', '"', '\\', ' ', '!', '#', '[', ']', '\u{7f}', '\u{e9}',
    ];
    for c in chars {
        for len in 1..40 {
            for pos in 0..len {
                let s: String = (0..len).map(|i| if i == pos { c } else { 'a' }).collect();
                assert_eq!(ours(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
    }
    for s in ["", "a", "ab", "abc", "\u{1f600}"] {
        assert_eq!(ours(s), serde_json::to_string(s).unwrap(), "{s:?}");
    }
}

#[test]
fn non_ascii_text_next_to_escapes_is_copied_unchanged() {
    for s in [
        "",
        "\u{201c}We said \"no\" \\ twice,\u{201d}\n",
        "\u{e9}t\u{e9}\u{7}\t\u{2028}\u{1}caf\u{e9} \u{1f600}\u{1f600}\"",
        "\u{7f}\u{80}\u{a0}\u{feff}\r\n\u{c}\u{8}",
    ] {
        assert_eq!(ours(s), serde_json::to_string(s).unwrap());
    }
}

#[test]
fn integers_are_written_as_serde_json_writes_them() {
    let mut n: usize = 1;
    let mut cases = vec![0, 9, 10, 99, 100, usize::MAX];
    while n < usize::MAX / 3 {
        cases.extend([n - 1, n, n + 1]);
        n *= 3;
    }
    for n in cases {
        let mut out = b"x".to_vec();
        json::push_usize(&mut out, n);
        assert_eq!(
            out,
            format!("x{}", serde_json::to_string(&n).unwrap()).as_bytes()
        );
    }
}
