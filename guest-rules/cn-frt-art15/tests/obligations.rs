//! One test per obligation: the smallest declarations that decide it each way, with the
//! deadlines worked out by hand on the State Council's holiday schedule.

use cn_frt_art15::{
    AUTHORITY, Art15, CHANGE, DATA_DISPOSAL, DEREGISTRATION, FILING_DUE, MATERIALS,
};
use frt_sdk::Status::{self, *};
use frt_sdk::testing::{check_yaml, status_of};

const ALL_MATERIALS: &str = "[handler_info, purpose_and_method, count_and_safeguards, rules_and_procedures, impact_assessment]";

fn status(obligation: &str, as_of: &str, subjects: &str, filing: &str) -> Status {
    let yaml = format!(
        "schema: frt/declaration/v1\nid: t\nas_of: {as_of}\njurisdiction: {{ country: CN }}\nsubjects: {subjects}\nfiling: {filing}\n"
    );
    status_of(&check_yaml::<Art15>(&yaml), obligation)
}

const REACHED: &str = "{ persons_stored: 100000, threshold_reached_on: 2026-02-02 }";

#[test]
fn filing_due() {
    let id = FILING_DUE.id;
    // 2026-02-02 + 30 working days = 2026-03-20 (Spring Festival, make-up Saturdays 14 and 28 Feb).
    assert_eq!(
        status(id, "2026-06-01", REACHED, "{ filed_on: 2026-03-20 }"),
        Satisfied
    );
    assert_eq!(
        status(id, "2026-06-01", REACHED, "{ filed_on: 2026-03-23 }"),
        Violation
    );
    assert_eq!(status(id, "2026-03-23", REACHED, "{}"), Violation);
    assert_eq!(status(id, "2026-03-20", REACHED, "{}"), NeedsReview);
    assert_eq!(
        status(id, "2026-06-01", "{ persons_stored: 99999 }", "{}"),
        NotApplicable
    );
    assert_eq!(
        status(id, "2026-06-01", "{ persons_stored: 100000 }", "{}"),
        NeedsReview
    );
    assert_eq!(status(id, "2026-06-01", "{}", "{}"), NeedsReview);
}

#[test]
fn authority() {
    let id = AUTHORITY.id;
    let filed = |authority: &str| format!("{{ filed_on: 2026-03-01, authority: {authority} }}");
    assert_eq!(
        status(id, "2026-06-01", REACHED, &filed("municipal")),
        Violation
    );
    assert_eq!(
        status(id, "2026-06-01", REACHED, &filed("provincial")),
        Satisfied
    );
    assert_eq!(
        status(id, "2026-06-01", REACHED, "{ filed_on: 2026-03-01 }"),
        NeedsReview
    );
    assert_eq!(status(id, "2026-06-01", REACHED, "{}"), NotApplicable);
}

#[test]
fn materials() {
    let id = MATERIALS.id;
    let filed = |materials: &str| format!("{{ filed_on: 2026-03-01, materials: {materials} }}");
    assert_eq!(
        status(id, "2026-06-01", REACHED, &filed(ALL_MATERIALS)),
        Satisfied
    );
    assert_eq!(
        status(id, "2026-06-01", REACHED, &filed("[handler_info]")),
        Violation
    );
    assert_eq!(
        status(id, "2026-06-01", REACHED, "{ filed_on: 2026-03-01 }"),
        NeedsReview
    );
    assert_eq!(status(id, "2026-06-01", REACHED, "{}"), NotApplicable);
}

#[test]
fn change() {
    let id = CHANGE.id;
    // 2026-03-02 + 30 working days = 2026-04-14 (Qingming, 4 to 6 April).
    let changed = |rest: &str| format!("{{ filed_on: 2026-03-01, changed_on: 2026-03-02{rest} }}");
    assert_eq!(
        status(
            id,
            "2026-06-01",
            REACHED,
            &changed(", change_filed_on: 2026-04-14")
        ),
        Satisfied
    );
    assert_eq!(
        status(
            id,
            "2026-06-01",
            REACHED,
            &changed(", change_filed_on: 2026-04-15")
        ),
        Violation
    );
    assert_eq!(status(id, "2026-04-15", REACHED, &changed("")), Violation);
    assert_eq!(status(id, "2026-04-14", REACHED, &changed("")), NeedsReview);
    assert_eq!(
        status(id, "2026-06-01", REACHED, "{ filed_on: 2026-03-01 }"),
        NotApplicable
    );
}

#[test]
fn deregistration() {
    let id = DEREGISTRATION.id;
    let stopped =
        |rest: &str| format!("{{ filed_on: 2026-03-01, terminated_on: 2026-03-02{rest} }}");
    assert_eq!(
        status(
            id,
            "2026-06-01",
            REACHED,
            &stopped(", deregistered_on: 2026-04-14")
        ),
        Satisfied
    );
    assert_eq!(
        status(
            id,
            "2026-06-01",
            REACHED,
            &stopped(", deregistered_on: 2026-04-15")
        ),
        Violation
    );
    assert_eq!(status(id, "2026-04-01", REACHED, &stopped("")), NeedsReview);
    assert_eq!(
        status(id, "2026-06-01", REACHED, "{ filed_on: 2026-03-01 }"),
        NotApplicable
    );
}

#[test]
fn data_disposal() {
    let id = DATA_DISPOSAL.id;
    let stopped = |disposed: &str| format!("{{ terminated_on: 2026-03-02{disposed} }}");
    assert_eq!(
        status(id, "2026-06-01", REACHED, &stopped(", data_disposed: true")),
        Satisfied
    );
    assert_eq!(
        status(
            id,
            "2026-06-01",
            REACHED,
            &stopped(", data_disposed: false")
        ),
        Violation
    );
    assert_eq!(status(id, "2026-06-01", REACHED, &stopped("")), NeedsReview);
    assert_eq!(status(id, "2026-06-01", REACHED, "{}"), NotApplicable);
}
