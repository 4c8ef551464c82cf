# Art. 15 of the Measures, as `guest-rules/cn-frt-art15` decides it, on the shared subset:
# every status that needs no calendar. Deadlines counted in PRC working days (the filing due
# once 100,000 persons are stored, a change filing, a cancellation) need the official holiday
# schedule the rule carries; the policy leaves those obligations out rather than guess.
package frt.art15

import rego.v1

import data.frt.measures

obligations := [
	"cn-frt-15-filing-due",
	"cn-frt-15-authority",
	"cn-frt-15-materials",
	"cn-frt-15-change",
	"cn-frt-15-deregistration",
	"cn-frt-15-data-disposal",
]

statuses := {o: measures.gate | some o in obligations} if measures.gate != "applies"

statuses := {o: measures.for_processor(s) | some o, s in decided} if measures.gate == "applies"

# The statuses the policy decides; a deadline it cannot compute leaves its obligation out.
decided["cn-frt-15-filing-due"] := filing_due

decided["cn-frt-15-authority"] := authority

decided["cn-frt-15-materials"] := materials

decided["cn-frt-15-change"] := change

decided["cn-frt-15-deregistration"] := deregistration

decided["cn-frt-15-data-disposal"] := data_disposal

filing := object.get(input, "filing", {})

subjects := object.get(input, "subjects", {})

all_materials := {
	"handler_info",
	"purpose_and_method",
	"count_and_safeguards",
	"rules_and_procedures",
	"impact_assessment",
}

filing_due := "needs_review" if {
	not is_number(subjects.persons_stored)
} else := "not_applicable" if {
	subjects.persons_stored < 100000
} else := "needs_review" if {
	not subjects.threshold_reached_on
}

authority := "not_applicable" if {
	not filing.filed_on
} else := "violation" if {
	filing.authority == "municipal"
} else := "satisfied" if {
	filing.authority
} else := "needs_review"

materials := "not_applicable" if {
	not filing.filed_on
} else := "needs_review" if {
	not filing.materials
} else := "satisfied" if {
	count(all_materials - {m | some m in filing.materials}) == 0
} else := "violation"

change := "not_applicable" if not filing.changed_on

deregistration := "not_applicable" if not filing.terminated_on

data_disposal := "not_applicable" if {
	not filing.terminated_on
} else := "satisfied" if {
	filing.data_disposed == true
} else := "violation" if {
	filing.data_disposed == false
} else := "needs_review"
