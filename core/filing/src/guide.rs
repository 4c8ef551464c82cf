//! Deciding whether filing is due, by when, and what the declaration says for each material.

use frt_model::{Date, Declaration, FilingMaterial, Localized};
use frt_sdk::{calendar, measures};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::materials::{document, fields, title};
use crate::office::office;

/// The stored count that makes filing due.
pub const THRESHOLD: u64 = 100_000;
/// Working days allowed to file.
pub const WORKING_DAYS: u32 = 30;

/// Whether filing is due and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DueStatus {
    /// How many persons are stored is not stated.
    CountUnknown,
    /// Fewer than 100,000 persons are stored.
    NotDue,
    /// Due, but the day the count reached 100,000 is not stated.
    DateUnknown,
    /// Due, but the deadline runs into a year whose holiday schedule is not known.
    DeadlineUnknown,
    /// Due and not filed; the deadline has not passed.
    Due,
    /// Due and not filed; the deadline has passed.
    Overdue,
    /// Filed by the deadline.
    FiledOnTime,
    /// Filed after the deadline.
    FiledLate,
}

impl DueStatus {
    /// What the status means, for the handler.
    pub fn describe(self) -> Localized {
        let (en, zh) = match self {
            DueStatus::CountUnknown => (
                "Unknown: the number of persons whose face information is stored is not stated.",
                "无法判断：未说明存储人脸信息的人数。",
            ),
            DueStatus::NotDue => (
                "Not due: fewer than 100,000 persons are stored.",
                "无需备案：存储人数少于10万人。",
            ),
            DueStatus::DateUnknown => (
                "Due, but the day the count reached 100,000 persons is not stated, so the deadline cannot be computed.",
                "需要备案，但未说明达到10万人的日期，无法计算期限。",
            ),
            DueStatus::DeadlineUnknown => (
                "Due, but the deadline runs into a year whose official holiday schedule is not known yet; compute it by hand.",
                "需要备案，但期限涉及尚未公布节假日安排的年份，请人工计算。",
            ),
            DueStatus::Due => ("Due and not yet filed.", "需要备案，尚未办理。"),
            DueStatus::Overdue => (
                "Overdue: the deadline has passed and no filing is recorded.",
                "已逾期：期限已过，未见备案记录。",
            ),
            DueStatus::FiledOnTime => ("Filed within the deadline.", "已在期限内备案。"),
            DueStatus::FiledLate => ("Filed after the deadline.", "已备案，但晚于期限。"),
        };
        Localized::new(en, zh)
    }
}

/// A declaration field a material draws on, and what the declaration states for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// JSON Pointer into the declaration.
    pub pointer: String,
    /// What the field is.
    pub label: Localized,
    /// The value as stated, or `None` when the declaration does not state it.
    pub value: Option<String>,
}

/// One of the five materials of Art. 15(1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Material {
    /// The material's tag, as in `filing.materials`.
    pub id: FilingMaterial,
    /// Its title as Art. 15(1) words it.
    pub title: Localized,
    /// Whether `filing.materials` lists it as submitted (`None` when no list is stated).
    pub submitted: Option<bool>,
    /// What the declaration states for it.
    pub facts: Vec<Fact>,
    /// The document to prepare.
    pub document: Localized,
}

impl Material {
    /// The facts the declaration does not state.
    pub fn missing(&self) -> impl Iterator<Item = &Fact> {
        self.facts.iter().filter(|f| f.value.is_none())
    }
}

/// What a handler needs to file under Art. 15.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilingGuide {
    /// The declaration's id.
    pub declaration: String,
    /// The day the guide speaks for.
    pub as_of: Date,
    /// Whether filing is due and where it stands.
    pub status: DueStatus,
    /// [`DueStatus::describe`] of `status`.
    pub summary: Localized,
    /// Persons stored, as declared.
    pub persons_stored: Option<u64>,
    /// The day the 30 working days run from: the day the count reached 100,000, or
    /// 2025-06-01 for a count reached before the Measures came into force.
    pub counted_from: Option<Date>,
    /// The last day to file.
    pub deadline: Option<Date>,
    /// Working days from the day after `as_of` to the deadline (0 on the deadline or after).
    pub working_days_left: Option<u32>,
    /// The day filing was made, as declared.
    pub filed_on: Option<Date>,
    /// The office to file with.
    pub office: Localized,
    /// The five materials.
    pub materials: Vec<Material>,
}

/// The filing guide for `declaration` on `as_of`.
pub fn guide(declaration: &Declaration, as_of: Date) -> FilingGuide {
    let subjects = declaration.subjects.clone().unwrap_or_default();
    let filing = declaration.filing.clone().unwrap_or_default();
    // A count reached before the Measures came into force runs from that day: they have no
    // transitional clause (as the Art. 15 rule reads them).
    let counted_from = subjects
        .threshold_reached_on
        .map(|d| d.max(measures::in_force()));
    let due = subjects.persons_stored.is_some_and(|n| n >= THRESHOLD);
    let deadline = counted_from
        .filter(|_| due)
        .and_then(|d| calendar::add_working_days(d, WORKING_DAYS));
    let status = status(&subjects, counted_from, deadline, filing.filed_on, as_of);
    let working_days_left = deadline.and_then(|d| working_days_between(as_of, d));
    let region = declaration
        .jurisdiction
        .as_ref()
        .and_then(|j| j.region.as_deref());
    let office = region.and_then(office).unwrap_or_else(|| {
        Localized::new(
            "the cyberspace office of the province where the handler is located (`jurisdiction.region` does not name a province)",
            "处理者所在地省级网信部门（`jurisdiction.region` 未写明省份）",
        )
    });
    let facts = serde_json::to_value(declaration).expect("a declaration is JSON");
    let materials = FilingMaterial::ALL
        .iter()
        .map(|m| material(*m, &facts, filing.materials.as_deref()))
        .collect();
    FilingGuide {
        declaration: declaration.id.clone(),
        as_of,
        status,
        summary: status.describe(),
        persons_stored: subjects.persons_stored,
        counted_from: counted_from.filter(|_| due),
        deadline,
        working_days_left: working_days_left
            .filter(|_| matches!(status, DueStatus::Due | DueStatus::Overdue)),
        filed_on: filing.filed_on,
        office,
        materials,
    }
}

fn status(
    subjects: &frt_model::Subjects,
    counted_from: Option<Date>,
    deadline: Option<Date>,
    filed_on: Option<Date>,
    as_of: Date,
) -> DueStatus {
    match (subjects.persons_stored, counted_from, deadline, filed_on) {
        (None, ..) => DueStatus::CountUnknown,
        (Some(n), ..) if n < THRESHOLD => DueStatus::NotDue,
        (_, None, ..) => DueStatus::DateUnknown,
        (_, _, None, _) => DueStatus::DeadlineUnknown,
        (_, _, Some(deadline), Some(filed)) if filed <= deadline => DueStatus::FiledOnTime,
        (_, _, Some(_), Some(_)) => DueStatus::FiledLate,
        (_, _, Some(deadline), None) if as_of > deadline => DueStatus::Overdue,
        _ => DueStatus::Due,
    }
}

/// Working days after `from` up to and including `to`, on the SDK calendar.
fn working_days_between(from: Date, to: Date) -> Option<u32> {
    let mut count = 0;
    let mut day = from;
    while day < to {
        day = day.add_days(1);
        if calendar::is_working_day(day)? {
            count += 1;
        }
    }
    Some(count)
}

fn material(m: FilingMaterial, facts: &Value, submitted: Option<&[FilingMaterial]>) -> Material {
    Material {
        id: m,
        title: title(m),
        submitted: submitted.map(|list| list.contains(&m)),
        facts: fields(m)
            .iter()
            .map(|(pointer, en, zh)| Fact {
                pointer: (*pointer).to_owned(),
                label: Localized::new(*en, *zh),
                value: facts.pointer(pointer).and_then(show),
            })
            .collect(),
        document: document(m),
    }
}

/// A declared value as a handler reads it: text as is, lists joined.
fn show(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Array(items) if items.is_empty() => Some("(none)".to_owned()),
        Value::Array(items) => Some(items.iter().filter_map(show).collect::<Vec<_>>().join(", ")),
        other => Some(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn working_days_count_from_the_day_after() {
        // 2026-03-20 is the deadline for a count reached on 2026-02-02 (the Art. 15 rule's
        // boundary fixture); on 2026-03-19 one working day is left.
        assert_eq!(
            calendar::add_working_days(d("2026-02-02"), 30),
            Some(d("2026-03-20"))
        );
        assert_eq!(
            working_days_between(d("2026-03-19"), d("2026-03-20")),
            Some(1)
        );
        assert_eq!(
            working_days_between(d("2026-03-20"), d("2026-03-20")),
            Some(0)
        );
        assert_eq!(
            working_days_between(d("2026-02-02"), d("2026-03-20")),
            Some(30)
        );
    }
}
