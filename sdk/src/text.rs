//! Small helpers for writing findings' messages.

/// English words joined as a list: `a`, `a and b`, `a, b and c`.
///
/// ```
/// assert_eq!(frt_sdk::text::and_list(&["encryption", "audit", "access control"]), "encryption, audit and access control");
/// ```
pub fn and_list<S: AsRef<str>>(words: &[S]) -> String {
    match words {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// Chinese words joined as a list with the enumeration comma: `甲、乙、丙`.
pub fn zh_list<S: AsRef<str>>(words: &[S]) -> String {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    words.join("、")
}
