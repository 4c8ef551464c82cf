//! Lines as the YAML reader counts them: `\n`, `\r\n` and a lone `\r` each end a line, so a
//! position finds the same text whatever line endings the file was saved with.

use super::Position;

/// The text of line `line` (counted from 1) of `source`, without its line break.
pub fn source_line(source: &str, line: usize) -> Option<&str> {
    lines(source).nth(line.checked_sub(1)?)
}

/// How many lines `source` has: none when it is empty, and an empty last line after a final
/// line break.
pub fn line_count(source: &str) -> usize {
    lines(source).count()
}

fn lines(source: &str) -> impl Iterator<Item = &str> {
    let mut rest = (!source.is_empty()).then_some(source);
    std::iter::from_fn(move || {
        let text = rest?;
        match text.find(['\n', '\r']) {
            Some(end) => {
                let break_len = if text[end..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
                rest = Some(&text[end + break_len..]);
                Some(&text[..end])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}

/// The position of byte `offset` of `source`, counted the way [`source_line`] counts lines.
pub(super) fn position_of(source: &str, offset: usize) -> Position {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    Position {
        line: line_count(before).max(1),
        column: before[line_start..].chars().count() + 1,
    }
}

/// The byte offset of a position counted by `serde_json`, which ends lines at `\n` only and
/// counts columns in bytes.
pub(super) fn offset_of_json_position(source: &str, line: usize, column: usize) -> usize {
    let line_start = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    (line_start + column.saturating_sub(1)).min(source.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_ending_ends_a_line() {
        let source = "a\nb\r\nc\rd";
        assert_eq!(line_count(source), 4);
        assert_eq!(source_line(source, 1), Some("a"));
        assert_eq!(source_line(source, 2), Some("b"));
        assert_eq!(source_line(source, 3), Some("c"));
        assert_eq!(source_line(source, 4), Some("d"));
        assert_eq!(source_line(source, 5), None);
        assert_eq!(source_line(source, 0), None);
    }

    #[test]
    fn a_final_line_break_starts_an_empty_last_line() {
        assert_eq!(line_count(""), 0);
        assert_eq!(source_line("", 1), None);
        assert_eq!(line_count("a\n"), 2);
        assert_eq!(source_line("a\n", 2), Some(""));
    }

    #[test]
    fn positions_count_lines_like_the_yaml_reader() {
        let source = "ab\rcd\r\nef";
        assert_eq!(position_of(source, 0), Position { line: 1, column: 1 });
        assert_eq!(position_of(source, 4), Position { line: 2, column: 2 });
        assert_eq!(position_of(source, 8), Position { line: 3, column: 2 });
        assert_eq!(position_of(source, 99), Position { line: 3, column: 3 });
    }

    #[test]
    fn json_positions_map_to_the_same_byte() {
        let source = "{\r  \"a\": 1,\n  x}";
        // serde_json sees two lines; the `x` is its line 2, column 3.
        let offset = offset_of_json_position(source, 2, 3);
        assert_eq!(&source[offset..offset + 1], "x");
        assert_eq!(position_of(source, offset), Position { line: 3, column: 3 });
    }
}
