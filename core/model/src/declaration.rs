//! The deployment declaration, `frt/declaration/v1`.
//!
//! Every field is optional unless the specification marks it required: an absent fact is
//! *unknown*, and rules decide what an unknown fact means for their article. Types here carry
//! no defaults for that reason.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Date;

/// The schema identifier every declaration of this version carries.
pub const DECLARATION_SCHEMA: &str = "frt/declaration/v1";

/// Declares a closed set of `snake_case` tags with its list of values.
macro_rules! tags {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* #[doc = concat!("`", $text, "`")] $variant),+
        }

        impl $name {
            /// Every value, in the order of the specification.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in a declaration.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// What a vendor, operator or app team states about one facial-recognition deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "frt/declaration/v1"))]
pub struct Declaration {
    /// Always `frt/declaration/v1`.
    pub schema: String,
    /// Stable identifier of the deployment.
    pub id: String,
    /// Human-readable name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The day the assessment speaks for; deadlines are computed against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// Where the processing happens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<Jurisdiction>,
    /// Who decides purpose and means (个人信息处理者).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler: Option<Handler>,
    /// What the face recognition does and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<Activity>,
    /// The PIPL Art. 13 basis relied on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<LegalBasis>,
    /// Notice to individuals (Art. 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<Notice>,
    /// Consent (Art. 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<Consent>,
    /// Whose faces are processed (Art. 7, Art. 15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subjects: Option<Subjects>,
    /// Storage and transmission (Art. 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<Storage>,
    /// Impact assessment and records (Art. 9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    /// Non-face alternatives (Art. 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternatives: Option<Alternatives>,
    /// How people are asked (Art. 12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practices: Option<Practices>,
    /// Where devices are installed (Art. 13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siting: Option<Siting>,
    /// Security measures (Art. 14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<Security>,
    /// Filing with the cyberspace office (Art. 15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filing: Option<Filing>,
    /// Extension: sale and disclosure of face data to others (BIPA 14/15(c)–(d), CUBI
    /// §503.001(c), SPC 2021 Art. 2(6)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure: Option<Disclosure>,
    /// Extension: use by or for law enforcement (EU AI Act Art. 5(1)(h)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law_enforcement: Option<LawEnforcement>,
    /// Free-form vendor or regional data, which rules may read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<BTreeMap<String, serde_json::Value>>,
}

/// Where the processing happens.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Jurisdiction {
    /// ISO 3166-1 alpha-2 code, such as `CN`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// ISO 3166-2 code, such as `CN-SH`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// City, such as `Hangzhou`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

tags! {
    /// Whether the organisation decides purpose and means or acts for one that does.
    HandlerRole { Handler = "handler", EntrustedProcessor = "entrusted_processor" }
}

tags! {
    /// The handler's sector, used by sectoral and regional rules.
    Sector {
        PropertyManagement = "property_management", Hotel = "hotel", Retail = "retail",
        Bank = "bank", School = "school", Employer = "employer", Transport = "transport",
        Healthcare = "healthcare", Government = "government",
        CreditReporting = "credit_reporting", Platform = "platform", Other = "other",
    }
}

/// Who decides purpose and means (个人信息处理者).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Handler {
    /// Legal name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// How individuals reach the handler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Handler, or entrusted processor (受托人) acting for `principal`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<HandlerRole>,
    /// The handler on whose behalf an entrusted processor acts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// The sector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    /// Operator of critical information infrastructure (关键信息基础设施).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cii_operator: Option<bool>,
}

tags! {
    /// Whether the activity is in production or research (Art. 2(2)).
    Scope { Production = "production", RdTraining = "rd_training" }
}

tags! {
    /// What a comparison does (Art. 19).
    Mode {
        /// 1:1 comparison with a stored specific face (Art. 19(5)).
        Verification = "verification",
        /// 1:N comparison within a defined range (Art. 19(6)).
        Identification = "identification",
        /// Estimates attributes without identifying anyone.
        AttributeAnalysis = "attribute_analysis",
        /// Finds faces without identifying anyone.
        Detection = "detection",
    }
}

tags! {
    /// Whether the person actively presents their face.
    Capture { Cooperative = "cooperative", Passive = "passive" }
}

tags! {
    /// The kind of purpose.
    PurposeCategory {
        IdentityVerification = "identity_verification", AccessControl = "access_control",
        Payment = "payment", Attendance = "attendance", PublicSafety = "public_safety",
        Marketing = "marketing", CustomerAnalytics = "customer_analytics", Other = "other",
    }
}

tags! {
    /// What faces are compared against (Art. 11).
    IdentitySource {
        OwnGallery = "own_gallery",
        NationalPopulationDatabase = "national_population_database",
        NationalNetworkIdentityService = "national_network_identity_service",
        IdDocumentChip = "id_document_chip",
    }
}

/// What the face recognition does and why.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Activity {
    /// Production, or research, development and algorithm training (outside the Measures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// The kinds of comparison performed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modes: Option<Vec<Mode>>,
    /// Cooperative or passive capture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture: Option<Capture>,
    /// The specific purpose, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// The kind of purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose_category: Option<PurposeCategory>,
    /// Why face recognition is necessary for that purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub necessity: Option<String>,
    /// A less intrusive way was weighed and this one has least impact (Art. 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub least_intrusive: Option<bool>,
    /// What faces are compared against (Art. 11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_source: Option<IdentitySource>,
    /// Raw face images are kept after the comparison.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_images_retained: Option<bool>,
    /// Only anonymised output is produced (Art. 19(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymized: Option<bool>,
    /// Extension: purposes the face data is also used for besides `purpose_category`; an
    /// empty list means none (PIPL Art. 26, Shanghai Art. 23(2), Shenzhen Art. 19(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_purposes: Option<Vec<PurposeCategory>>,
    /// Extension: capture for a commercial purpose (Texas CUBI §503.001(b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commercial: Option<bool>,
    /// Extension: comparison happens live, as people pass, not after the fact (EU AI Act
    /// Art. 5(1)(h), "real-time").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_time: Option<bool>,
    /// Extension: where the face images come from (EU AI Act Art. 5(1)(e), CUBI (b-1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_sources: Option<Vec<ImageSource>>,
    /// Extension: images are gathered only of specific, named persons, not in bulk (EU AI
    /// Act Art. 5(1)(e) bans *untargeted* scraping).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection_targeted: Option<bool>,
}

tags! {
    /// Where face images come from.
    ImageSource {
        /// Captured by the deployment's own devices.
        OwnCapture = "own_capture",
        /// Given by the person (an upload, an enrolment photo).
        ProvidedBySubject = "provided_by_subject",
        /// Scraped from the internet.
        InternetScraping = "internet_scraping",
        /// Taken from CCTV footage.
        CctvFootage = "cctv_footage",
        /// Obtained from another organisation.
        ThirdParty = "third_party",
    }
}

impl ImageSource {
    /// Whether the source is scraping from the internet or CCTV (EU AI Act Art. 5(1)(e)).
    pub const fn is_scraping(self) -> bool {
        matches!(
            self,
            ImageSource::InternetScraping | ImageSource::CctvFootage
        )
    }
}

tags! {
    /// The PIPL Art. 13 basis relied on.
    Basis {
        Consent = "consent", Contract = "contract", Employment = "employment",
        StatutoryDuty = "statutory_duty", PublicHealthEmergency = "public_health_emergency",
        NewsReporting = "news_reporting", OtherLaw = "other_law",
    }
}

/// The legal basis of processing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LegalBasis {
    /// The basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// The law relied on, for the non-consent bases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
}

tags! {
    /// What a notice states: Art. 5(1) items one to four.
    NoticeContent {
        HandlerIdentity = "handler_identity", Purpose = "purpose", Method = "method",
        RetentionPeriod = "retention_period", Necessity = "necessity",
        RightsImpact = "rights_impact", RightsExercise = "rights_exercise",
    }
}

/// Notice to individuals (Art. 5).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Notice {
    /// Individuals are told before processing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given: Option<bool>,
    /// The notice reaches them before any capture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_processing: Option<bool>,
    /// Shown in a conspicuous way (显著方式).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prominent: Option<bool>,
    /// Clear and easy to understand (清晰易懂).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plain_language: Option<bool>,
    /// What the notice states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contents: Option<Vec<NoticeContent>>,
    /// Accessible to elderly and disabled people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessible: Option<bool>,
    /// A law that allows not informing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption_citation: Option<String>,
    /// When the notified facts last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_on: Option<Date>,
    /// The change was notified to individuals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_notified: Option<bool>,
    /// Extension: the notice is given in writing (BIPA 14/15(b)(1)–(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_writing: Option<bool>,
}

/// Consent (Art. 6).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Consent {
    /// A separate consent for face processing (单独同意), not bundled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub separate: Option<bool>,
    /// Given by an explicit act.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explicit: Option<bool>,
    /// Freely given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voluntary: Option<bool>,
    /// Given in writing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<bool>,
    /// A law that requires written consent, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_required_by: Option<String>,
    /// A way to withdraw exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawal_available: Option<bool>,
    /// How to withdraw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawal_channel: Option<String>,
    /// Withdrawing takes more effort than consenting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawal_harder_than_consent: Option<bool>,
    /// Extension: a written release executed before capture, including a release signed as
    /// a condition of employment (BIPA 14/15(b)(3), 14/10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_release: Option<bool>,
}

tags! {
    /// Whether children under fourteen may be processed.
    MinorsPresence { None = "none", Possible = "possible", Targeted = "targeted" }
}

tags! {
    /// Topics of dedicated processing rules for minors (Art. 7(2)).
    MinorRule { Storage = "storage", Use = "use", Transfer = "transfer", Disclosure = "disclosure" }
}

/// Whose faces are processed (Art. 7, Art. 15).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Subjects {
    /// Whether children under fourteen may be processed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minors_under_14: Option<MinorsPresence>,
    /// Consent of a parent or guardian is obtained for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardian_consent: Option<bool>,
    /// Topics covered by dedicated processing rules for minors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minor_rules: Option<Vec<MinorRule>>,
    /// The population includes elderly or disabled people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elderly_or_disabled: Option<bool>,
    /// Distinct persons whose face information is stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persons_stored: Option<u64>,
    /// The day the stored count reached 100,000 persons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_reached_on: Option<Date>,
}

tags! {
    /// Where face information is kept.
    StorageLocation { OnDevice = "on_device", LocalNetwork = "local_network", Cloud = "cloud" }
}

tags! {
    /// What permits storage off the device or transmission.
    TransmissionBasis { None = "none", SeparateConsent = "separate_consent", Law = "law" }
}

/// Storage and transmission (Art. 8).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Storage {
    /// Where face information is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<StorageLocation>,
    /// Face information is sent out over the internet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_transmission: Option<bool>,
    /// What permits storage off the device or transmission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transmission_basis: Option<TransmissionBasis>,
    /// The law, when `transmission_basis` is `law`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transmission_citation: Option<String>,
    /// Face information leaves the PRC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_border: Option<bool>,
    /// How long face information is kept, in days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days: Option<u64>,
    /// Kept without a limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_indefinite: Option<bool>,
    /// Deleted once the purpose is achieved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_when_purpose_ends: Option<bool>,
    /// Extension: a written retention and destruction schedule is available to the public
    /// (BIPA 14/15(a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_policy_public: Option<bool>,
    /// Extension: the most days face data is kept after a person's last interaction
    /// (BIPA 14/15(a): at most three years).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_kept_after_last_interaction: Option<u64>,
    /// Extension: the most days face data is kept after its purpose expires (CUBI
    /// §503.001(c)(3): at most one year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_kept_after_purpose_ends: Option<u64>,
}

tags! {
    /// What an impact assessment covers: Art. 9(1) items one to four.
    AssessmentTopic {
        LawfulnessNecessity = "lawfulness_necessity",
        RightsImpactMitigation = "rights_impact_mitigation",
        SecurityRisks = "security_risks", ProtectionAdequacy = "protection_adequacy",
    }
}

tags! {
    /// An event that requires a new assessment.
    ChangeKind { Purpose = "purpose", Method = "method", MajorIncident = "major_incident" }
}

/// An event that requires a new assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AssessmentChange {
    /// What changed.
    pub kind: ChangeKind,
    /// When.
    pub date: Date,
}

/// Impact assessment and records (Art. 9).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Assessment {
    /// When the personal-information protection impact assessment was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<Date>,
    /// When processing began.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processing_started_on: Option<Date>,
    /// What the assessment covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers: Option<Vec<AssessmentTopic>>,
    /// Processing is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records_kept: Option<bool>,
    /// How long the report and the records are kept, in years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained_years: Option<f64>,
    /// Events that require a new assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<AssessmentChange>>,
}

tags! {
    /// A non-face method of verification.
    AlternativeMethod {
        IdDocument = "id_document", Card = "card", Password = "password",
        SmsCode = "sms_code", ManualCheck = "manual_check", Other = "other",
    }
}

/// Non-face alternatives (Art. 10).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Alternatives {
    /// The same purpose can be met without face recognition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_frt_feasible: Option<bool>,
    /// Non-face methods offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offered: Option<Vec<AlternativeMethod>>,
    /// A person who refuses face recognition gets another way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offered_on_refusal: Option<bool>,
    /// That way is reasonable and convenient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equally_convenient: Option<bool>,
    /// A national rule that mandates face verification here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_rule_citation: Option<String>,
}

/// How people are asked (Art. 12).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Practices {
    /// Refusing face recognition means no service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal_denies_service: Option<bool>,
    /// People are told face recognition is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims_mandatory: Option<bool>,
    /// The rule behind that claim, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandatory_claim_citation: Option<String>,
    /// The consent box is ticked in advance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_prechecked: Option<bool>,
    /// People are asked again after refusing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeated_prompts: Option<bool>,
}

tags! {
    /// Where a device is installed. The first five are private spaces inside public places
    /// (Art. 13(2)).
    Venue {
        HotelGuestRoom = "hotel_guest_room", PublicBath = "public_bath",
        PublicChangingRoom = "public_changing_room", PublicRestroom = "public_restroom",
        OtherPrivateSpace = "other_private_space", HotelLobby = "hotel_lobby",
        ResidentialCompound = "residential_compound", OfficeBuilding = "office_building",
        School = "school", Hospital = "hospital", Mall = "mall", Supermarket = "supermarket",
        Park = "park", ScenicArea = "scenic_area", SportsVenue = "sports_venue",
        TransportHub = "transport_hub", BankBranch = "bank_branch", Street = "street",
        Online = "online", Other = "other",
    }
}

impl Venue {
    /// Whether the venue is a private space inside a public place (Art. 13(2)).
    pub const fn is_private_space(self) -> bool {
        matches!(
            self,
            Venue::HotelGuestRoom
                | Venue::PublicBath
                | Venue::PublicChangingRoom
                | Venue::PublicRestroom
                | Venue::OtherPrivateSpace
        )
    }
}

/// Where devices are installed (Art. 13).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Siting {
    /// The device is in a public place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_place: Option<bool>,
    /// The kind of venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Venue>,
    /// Installed because public safety requires it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_safety_necessity: Option<bool>,
    /// The collection area is determined and limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_area_defined: Option<bool>,
    /// A conspicuous sign warns people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signage: Option<bool>,
}

tags! {
    /// The five security measures Art. 14 names.
    SecurityMeasure {
        Encryption = "encryption", SecurityAudit = "security_audit",
        AccessControl = "access_control", AuthorizationManagement = "authorization_management",
        IntrusionDetection = "intrusion_detection",
    }
}

/// Security measures (Art. 14).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Security {
    /// Measures in place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<Vec<SecurityMeasure>>,
    /// Classified protection level (等级保护), 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 5)))]
    pub mlps_level: Option<u8>,
    /// The level is filed with the public security organ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mlps_filed: Option<bool>,
    /// Extension: face data is stored, transmitted and protected with the care usual in the
    /// industry, and at least as well as other confidential data (BIPA 14/15(e)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protected_as_confidential: Option<bool>,
}

tags! {
    /// The level of cyberspace office filed with.
    FilingAuthority { Municipal = "municipal", Provincial = "provincial", National = "national" }
}

tags! {
    /// Filing materials: Art. 15(1) items one to five.
    FilingMaterial {
        HandlerInfo = "handler_info", PurposeAndMethod = "purpose_and_method",
        CountAndSafeguards = "count_and_safeguards", RulesAndProcedures = "rules_and_procedures",
        ImpactAssessment = "impact_assessment",
    }
}

/// Filing with the cyberspace office (Art. 15).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Filing {
    /// Filing completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filed_on: Option<Date>,
    /// The level of the office filed with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<FilingAuthority>,
    /// Materials submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials: Option<Vec<FilingMaterial>>,
    /// A substantive change of the filed facts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_on: Option<Date>,
    /// The change was filed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_filed_on: Option<Date>,
    /// Face recognition stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminated_on: Option<Date>,
    /// The filing was cancelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deregistered_on: Option<Date>,
    /// Face information was dealt with after termination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_disposed: Option<bool>,
}

tags! {
    /// A ground on which face data may be disclosed (BIPA 14/15(d), CUBI §503.001(c)(1)).
    DisclosureGround {
        /// The person (or their representative) consented.
        Consent = "consent",
        /// It completes a financial transaction the person requested.
        FinancialTransaction = "financial_transaction",
        /// A law requires or permits it.
        RequiredByLaw = "required_by_law",
        /// A warrant or subpoena requires it.
        WarrantOrSubpoena = "warrant_or_subpoena",
    }
}

/// Extension: sale and disclosure of face data to others.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Disclosure {
    /// Face data is sold, leased, traded or otherwise turned to profit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sold: Option<bool>,
    /// Face data is disclosed or given to anyone outside the handler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosed: Option<bool>,
    /// The grounds every disclosure rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grounds: Option<Vec<DisclosureGround>>,
}

tags! {
    /// The exceptions of EU AI Act Art. 5(1)(h)(i)–(iii).
    LawEnforcementException {
        /// (i) A targeted search for victims of abduction, trafficking or sexual
        /// exploitation, or for missing persons.
        VictimSearch = "victim_search",
        /// (ii) Preventing a specific, substantial and imminent threat to life or safety, or
        /// a terrorist attack.
        ImminentThreat = "imminent_threat",
        /// (iii) Locating or identifying a suspect of a serious crime (Annex II).
        SuspectLocalisation = "suspect_localisation",
    }
}

/// Extension: use by or for law enforcement (EU AI Act Art. 5(1)(h)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LawEnforcement {
    /// The system is used for the purposes of law enforcement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<bool>,
    /// The exception each use relies on, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception: Option<LawEnforcementException>,
    /// Each use is authorised beforehand by a judicial or independent administrative
    /// authority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prior_authorisation: Option<bool>,
}
