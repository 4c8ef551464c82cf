# Art. 8 of the Measures, as `guest-rules/cn-frt-art8` decides it: face information stays on
# the device (8(1)) and is kept no longer than necessary (8(2)). Statuses only.
package frt.art8

import rego.v1

import data.frt.measures

obligations := ["cn-frt-8-on-device", "cn-frt-8-retention"]

statuses := {o: measures.gate | some o in obligations} if measures.gate != "applies"

statuses := {
	"cn-frt-8-on-device": on_device,
	"cn-frt-8-retention": retention,
} if measures.gate == "applies"

storage := object.get(input, "storage", {})

leaves if {
	storage.location
	storage.location != "on_device"
}

leaves if storage.internet_transmission == true

on_device := basis if {
	leaves
} else := "satisfied" if {
	storage.location == "on_device"
	storage.internet_transmission == false
} else := "satisfied" if {
	storage.transmission_basis == "separate_consent"
} else := "needs_review"

basis := "satisfied" if {
	storage.transmission_basis == "separate_consent"
} else := "needs_review" if {
	storage.transmission_basis == "law"
	storage.transmission_citation
} else := "violation" if {
	storage.transmission_basis in {"law", "none"}
} else := "needs_review"

retention := "violation" if {
	storage.retention_indefinite == true
} else := "satisfied" if {
	is_number(storage.retention_days)
	storage.deleted_when_purpose_ends == true
} else := "needs_review"
