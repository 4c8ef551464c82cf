# The gates every article of the Measures shares (Arts. 2, 19 and 20), as the rule crates
# decide them in `sdk/src/measures.rs`, and the entrusted-processor adjustment.
package frt.measures

import rego.v1

in_force := "2025-06-01"

identifying_modes := {"verification", "identification"}

# `applies`, `not_applicable` (the Measures do not reach the deployment) or `needs_review`
# (where the processing happens is not stated).
gate := "not_applicable" if {
	input.as_of < in_force
} else := "not_applicable" if {
	input.jurisdiction.country != "CN"
} else := "not_applicable" if {
	input.activity.scope == "rd_training"
} else := "not_applicable" if {
	input.activity.anonymized == true
} else := "not_applicable" if {
	count(input.activity.modes) > 0
	not identifies
} else := "needs_review" if {
	not input.jurisdiction.country
} else := "applies"

identifies if {
	some mode in input.activity.modes
	mode in identifying_modes
}

entrusted if input.handler.role == "entrusted_processor"

# A handler's own duty breached by an entrusted processor is for the principal to confirm.
for_processor(status) := "needs_review" if {
	entrusted
	status == "violation"
} else := status
