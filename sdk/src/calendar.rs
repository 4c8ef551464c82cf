//! PRC working days (工作日), for deadlines such as Art. 15's thirty working days.
//!
//! A working day is a Monday to Friday that is not a public holiday, or a weekend day the
//! State Council lists as a make-up working day (调休上班). The schedule is published each
//! year; this module carries the years in [`KNOWN_YEARS`] and answers `None` outside them,
//! so a rule reports the deadline for review instead of guessing.
//!
//! Sources: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号) and
//! 国务院办公厅关于2026年部分节假日安排的通知.

use frt_model::{Date, Weekday};

/// The years whose holiday schedule this module carries.
pub const KNOWN_YEARS: std::ops::RangeInclusive<i32> = 2025..=2026;

/// A day of a year, `(month, day)`.
type MonthDay = (u8, u8);

/// Public holidays, as inclusive ranges `(month, day)..=(month, day)` per year.
const HOLIDAYS: &[(i32, &[(MonthDay, MonthDay)])] = &[
    (
        2025,
        &[
            ((1, 1), (1, 1)),
            ((1, 28), (2, 4)),
            ((4, 4), (4, 6)),
            ((5, 1), (5, 5)),
            ((5, 31), (6, 2)),
            ((10, 1), (10, 8)),
        ],
    ),
    (
        2026,
        &[
            ((1, 1), (1, 3)),
            ((2, 15), (2, 23)),
            ((4, 4), (4, 6)),
            ((5, 1), (5, 5)),
            ((6, 19), (6, 21)),
            ((9, 25), (9, 27)),
            ((10, 1), (10, 7)),
        ],
    ),
];

/// Weekend days worked instead (调休上班), per year.
const MAKE_UP_DAYS: &[(i32, &[MonthDay])] = &[
    (2025, &[(1, 26), (2, 8), (4, 27), (9, 28), (10, 11)]),
    (2026, &[(1, 4), (2, 14), (2, 28), (5, 9), (9, 20), (10, 10)]),
];

/// Whether `date` is a working day, or `None` when its year's schedule is not known.
pub fn is_working_day(date: Date) -> Option<bool> {
    let year = date.year();
    if !KNOWN_YEARS.contains(&year) {
        return None;
    }
    let md = (date.month(), date.day());
    let listed = |table: &[(i32, &[MonthDay])]| {
        table
            .iter()
            .any(|(y, days)| *y == year && days.contains(&md))
    };
    if listed(MAKE_UP_DAYS) {
        return Some(true);
    }
    let holiday = HOLIDAYS
        .iter()
        .filter(|(y, _)| *y == year)
        .flat_map(|(_, ranges)| ranges.iter())
        .any(|(from, to)| (*from..=*to).contains(&md));
    let weekend = matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday);
    Some(!holiday && !weekend)
}

/// The `n`th working day after `start` (counting starts the day after), or `None` when the
/// count runs through a year whose schedule is not known.
pub fn add_working_days(start: Date, n: u32) -> Option<Date> {
    let mut day = start;
    let mut left = n;
    while left > 0 {
        day = day.add_days(1);
        if is_working_day(day)? {
            left -= 1;
        }
    }
    Some(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_worked_example_of_the_schedule() {
        // Triggered 2025-09-10: the National Day holiday and its make-up days shift the
        // deadline from 2025-10-22 (weekdays only) to 2025-10-28.
        assert_eq!(add_working_days(d("2025-09-10"), 30), Some(d("2025-10-28")));
    }

    #[test]
    fn make_up_days_work_and_holidays_rest() {
        assert_eq!(is_working_day(d("2025-09-28")), Some(true)); // Sunday, make-up day
        assert_eq!(is_working_day(d("2025-10-03")), Some(false)); // Friday, National Day
        assert_eq!(is_working_day(d("2026-02-16")), Some(false)); // Spring Festival
        assert_eq!(is_working_day(d("2026-02-14")), Some(true)); // Saturday, make-up day
        assert_eq!(is_working_day(d("2026-03-07")), Some(false)); // plain Saturday
        assert_eq!(is_working_day(d("2026-03-09")), Some(true)); // plain Monday
    }

    #[test]
    fn unknown_years_are_not_guessed() {
        assert_eq!(is_working_day(d("2027-01-04")), None);
        assert_eq!(add_working_days(d("2026-12-01"), 30), None);
        assert_eq!(add_working_days(d("2024-12-30"), 1), None);
        assert_eq!(add_working_days(d("2026-11-20"), 5), Some(d("2026-11-27")));
    }
}
