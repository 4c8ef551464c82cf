//! Calendar dates without a clock.
//!
//! Rules never read a clock; they only compare and count calendar days, so a small proleptic
//! Gregorian date type is all they need, and it compiles to a few hundred bytes of Wasm.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An ISO 8601 calendar date, such as `2026-03-01`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

/// A string that is not an ISO 8601 calendar date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date `{0}`, expected an ISO 8601 calendar date such as `2026-03-01`")]
pub struct InvalidDate(pub String);

impl Date {
    /// The date of `year`, `month` (1–12) and `day` (1–31), if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// The year.
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The date `days` days later (earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_day_number(self.day_number() + days)
    }

    /// Days from `earlier` to `self`.
    pub fn days_since(self, earlier: Date) -> i64 {
        self.day_number() - earlier.day_number()
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // Day number 0 is 1970-01-01, a Thursday.
        const DAYS: [Weekday; 7] = [
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
        ];
        DAYS[self.day_number().rem_euclid(7) as usize]
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn day_number(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_day_number(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl FromStr for Date {
    type Err = InvalidDate;

    fn from_str(s: &str) -> Result<Date, InvalidDate> {
        let invalid = || InvalidDate(s.to_owned());
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(invalid());
        }
        let year = s[0..4].parse().map_err(|_| invalid())?;
        let month = s[5..7].parse().map_err(|_| invalid())?;
        let day = s[8..10].parse().map_err(|_| invalid())?;
        Date::new(year, month, day).ok_or_else(invalid)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an ISO 8601 calendar date such as `2026-03-01`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "An ISO 8601 calendar date, such as `2026-03-01`."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_day_numbers() {
        let mut d: Date = "1999-12-25".parse().unwrap();
        for _ in 0..20_000 {
            let next = d.add_days(1);
            assert_eq!(next.days_since(d), 1);
            assert_eq!(next.to_string().parse::<Date>().unwrap(), next);
            d = next;
        }
        assert_eq!(d.to_string(), "2054-09-27");
    }

    #[test]
    fn knows_weekdays_and_leap_years() {
        assert_eq!(
            "2025-06-01".parse::<Date>().unwrap().weekday(),
            Weekday::Sunday
        );
        assert_eq!(
            "2026-11-23".parse::<Date>().unwrap().weekday(),
            Weekday::Monday
        );
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2026-02-29".parse::<Date>().is_err());
        assert!("1900-02-29".parse::<Date>().is_err());
    }

    #[test]
    fn rejects_other_shapes() {
        for bad in [
            "2026-3-01",
            "2026/03/01",
            "20260301",
            "2026-13-01",
            "2026-00-10",
            " 2026-03-01",
        ] {
            let err = bad.parse::<Date>().unwrap_err();
            assert_eq!(err.0, bad);
        }
    }
}
