//! One test per obligation: the smallest declarations that decide it each way.

use cn_frt_art13::{Art13, CAPTURE_AREA, PRIVATE_SPACE, PUBLIC_SAFETY, SIGNAGE};
use frt_sdk::Status::{self, *};
use frt_sdk::testing::{check_yaml, status_of};

fn status(obligation: &str, siting: &str, capture: &str) -> Status {
    let yaml = format!(
        "schema: frt/declaration/v1\nid: t\nas_of: 2026-05-01\njurisdiction: {{ country: CN }}\nactivity: {{ capture: {capture} }}\nsiting: {siting}\n"
    );
    status_of(&check_yaml::<Art13>(&yaml), obligation)
}

#[test]
fn private_space() {
    let id = PRIVATE_SPACE.id;
    assert_eq!(
        status(id, "{ venue: public_restroom }", "passive"),
        Violation
    );
    assert_eq!(
        status(
            id,
            "{ venue: hotel_guest_room, public_place: false }",
            "passive"
        ),
        Violation
    );
    assert_eq!(status(id, "{ venue: hotel_lobby }", "passive"), Satisfied);
    assert_eq!(status(id, "{ public_place: true }", "passive"), NeedsReview);
}

#[test]
fn public_safety() {
    let id = PUBLIC_SAFETY.id;
    let public = |necessary: &str| {
        format!("{{ public_place: true, venue: mall, public_safety_necessity: {necessary} }}")
    };
    assert_eq!(status(id, &public("false"), "passive"), Violation);
    assert_eq!(status(id, &public("false"), "cooperative"), NeedsReview);
    assert_eq!(status(id, &public("true"), "passive"), Satisfied);
    assert_eq!(
        status(id, "{ public_place: true, venue: mall }", "passive"),
        NeedsReview
    );
    assert_eq!(
        status(
            id,
            "{ public_place: false, venue: office_building }",
            "passive"
        ),
        NotApplicable
    );
    assert_eq!(status(id, "{ venue: mall }", "passive"), NeedsReview);
}

#[test]
fn capture_area() {
    let id = CAPTURE_AREA.id;
    assert_eq!(
        status(
            id,
            "{ public_place: true, capture_area_defined: false }",
            "passive"
        ),
        Violation
    );
    assert_eq!(
        status(
            id,
            "{ public_place: true, capture_area_defined: true }",
            "passive"
        ),
        Satisfied
    );
    assert_eq!(status(id, "{ public_place: true }", "passive"), NeedsReview);
    assert_eq!(
        status(
            id,
            "{ public_place: false, capture_area_defined: false }",
            "passive"
        ),
        NotApplicable
    );
}

#[test]
fn signage() {
    let id = SIGNAGE.id;
    assert_eq!(
        status(id, "{ public_place: true, signage: false }", "passive"),
        Violation
    );
    assert_eq!(
        status(id, "{ public_place: true, signage: true }", "passive"),
        Satisfied
    );
    assert_eq!(status(id, "{ public_place: true }", "passive"), NeedsReview);
    assert_eq!(
        status(id, "{ public_place: false, signage: false }", "passive"),
        NotApplicable
    );
}
