# Art. 13 of the Measures, as `guest-rules/cn-frt-art13` decides it: no devices in private
# spaces, public places only for public safety, a reasonable capture area and signs.
package frt.art13

import rego.v1

import data.frt.measures

obligations := [
	"cn-frt-13-private-space",
	"cn-frt-13-public-safety",
	"cn-frt-13-capture-area",
	"cn-frt-13-signage",
]

statuses := {o: measures.gate | some o in obligations} if measures.gate != "applies"

statuses := {
	"cn-frt-13-private-space": private_space,
	"cn-frt-13-public-safety": public_safety,
	"cn-frt-13-capture-area": in_public_place(object.get(siting, "capture_area_defined", null)),
	"cn-frt-13-signage": in_public_place(object.get(siting, "signage", null)),
} if measures.gate == "applies"

siting := object.get(input, "siting", {})

private_spaces := {
	"hotel_guest_room",
	"public_bath",
	"public_changing_room",
	"public_restroom",
	"other_private_space",
}

private_space := "violation" if {
	siting.venue in private_spaces
} else := "satisfied" if {
	siting.venue
} else := "needs_review"

public_safety := "needs_review" if {
	not is_boolean(siting.public_place)
} else := "not_applicable" if {
	siting.public_place == false
} else := "satisfied" if {
	siting.public_safety_necessity == true
} else := "needs_review" if {
	not is_boolean(siting.public_safety_necessity)
} else := "violation" if {
	input.activity.capture == "passive"
} else := "needs_review"

# A duty that holds in public places: the capture area (`siting.capture_area_defined`) or the
# signs (`siting.signage`), given as `null` when not stated.
in_public_place(fact) := "needs_review" if {
	not is_boolean(siting.public_place)
} else := "not_applicable" if {
	siting.public_place == false
} else := "satisfied" if {
	fact == true
} else := "violation" if {
	fact == false
} else := "needs_review"
