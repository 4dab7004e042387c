#include "SandboxFlagCatalog.h"

#include <QJsonDocument>

namespace sandbox {

namespace {

// Clauses are written in full: {contextKind, attribute, op, values, negate?}. The seeder adds
// ids, salts, versions and dates.
const char kFlags[] = R"json([
{"key": "patient-records", "name": "Patient records", "kind": "boolean",
 "description": "Shows the patient records module to clinical staff",
 "tags": ["clinical", "compliance"], "temporary": false,
 "variations": [{"value": true, "name": "Available"}, {"value": false, "name": "Hidden"}],
 "on": true, "offVariation": 1, "fallthrough": {"variation": 1},
 "rules": [
  {"description": "Free plans never include records", "variation": 1, "clauses": [
    {"contextKind": "user", "attribute": "plan", "op": "in", "values": ["free"]}]},
  {"description": "Doctors", "variation": 0, "clauses": [
    {"contextKind": "user", "attribute": "jobFunction", "op": "in", "values": ["doctor"]}]},
  {"description": "Nurses and pharmacists in healthcare organizations", "variation": 0,
   "clauses": [
    {"contextKind": "user", "attribute": "jobFunction", "op": "in",
     "values": ["nurse", "pharmacist"]},
    {"contextKind": "organization", "attribute": "industry", "op": "in",
     "values": ["healthcare"]}]}]},
{"key": "telehealth-video", "name": "Telehealth video visits", "kind": "boolean",
 "description": "Video consultations from the patient record",
 "tags": ["clinical"], "temporary": true,
 "variations": [{"value": true, "name": "Enabled"}, {"value": false, "name": "Disabled"}],
 "on": true, "offVariation": 1, "fallthrough": {"variation": 1},
 "prerequisites": [{"key": "patient-records", "variation": 0}],
 "rules": [
  {"description": "Springfield pilot", "variation": 0, "clauses": [
    {"contextKind": "organization", "attribute": "/address/city", "op": "in",
     "values": ["Springfield"]}]},
  {"description": "Recent iPads", "variation": 0, "clauses": [
    {"contextKind": "device", "attribute": "/os/name", "op": "in", "values": ["iPadOS"]},
    {"contextKind": "device", "attribute": "/os/version", "op": "semVerGreaterThan",
     "values": ["17.0"]}]}]},
{"key": "new-checkout", "name": "New checkout flow", "kind": "boolean",
 "description": "The single-page checkout",
 "tags": ["checkout", "web"], "temporary": true,
 "variations": [{"value": true, "name": "New"}, {"value": false, "name": "Classic"}],
 "on": false, "offVariation": 1,
 "fallthrough": {"rollout": {"variations": [{"variation": 0, "weight": 50000},
                                            {"variation": 1, "weight": 50000}]}},
 "staging": {"on": true}},
{"key": "checkout-redesign-banner", "name": "Checkout redesign banner", "kind": "boolean",
 "description": "Announces the new checkout; needs new-checkout",
 "tags": ["checkout", "marketing"], "temporary": true,
 "variations": [{"value": true, "name": "Shown"}, {"value": false, "name": "Hidden"}],
 "on": true, "offVariation": 1, "fallthrough": {"variation": 0},
 "prerequisites": [{"key": "new-checkout", "variation": 0}]},
{"key": "dark-mode", "name": "Dark mode", "kind": "boolean",
 "description": "Dark theme in every app", "tags": ["ui"], "temporary": false,
 "variations": [{"value": true, "name": "Dark"}, {"value": false, "name": "Light"}],
 "on": true, "offVariation": 1,
 "fallthrough": {"rollout": {"bucketBy": "key", "contextKind": "user",
   "variations": [{"variation": 0, "weight": 30000}, {"variation": 1, "weight": 70000}]}},
 "rules": [
  {"description": "Beta users", "variation": 0, "clauses": [
    {"contextKind": "user", "attribute": "beta", "op": "in", "values": [true]}]}]},
{"key": "ipad-layout", "name": "Tablet layout", "kind": "multivariate",
 "description": "Which layout tablets and phones get", "tags": ["mobile", "ui"],
 "temporary": false,
 "variations": [{"value": "classic", "name": "Classic"},
                {"value": "split-view", "name": "Split view", "description": "Two panes"},
                {"value": "compact", "name": "Compact"}],
 "on": true, "offVariation": 0, "fallthrough": {"variation": 0},
 "rules": [
  {"description": "iPads", "variation": 1, "clauses": [
    {"contextKind": "device", "attribute": "type", "op": "in", "values": ["iPad"]}]},
  {"description": "Other Apple devices", "variation": 2, "clauses": [
    {"contextKind": "device", "attribute": "/os/name", "op": "in",
     "values": ["iOS", "iPadOS"]}]}]},
{"key": "search-results-limit", "name": "Search results limit", "kind": "multivariate",
 "description": "How many results a search page shows", "tags": ["search"],
 "temporary": false,
 "variations": [{"value": 10, "name": "Few"}, {"value": 25, "name": "Default"},
                {"value": 50, "name": "More"}, {"value": 100, "name": "Most"}],
 "on": true, "offVariation": 0, "fallthrough": {"variation": 1},
 "rules": [
  {"description": "Enterprise customers", "variation": 3, "clauses": [
    {"contextKind": "user", "attribute": "segmentMatch", "op": "segmentMatch",
     "values": ["enterprise-customers"]}]},
  {"description": "Pro plan", "variation": 2, "clauses": [
    {"contextKind": "user", "attribute": "plan", "op": "in", "values": ["pro"]}]}]},
{"key": "onboarding-checklist", "name": "Onboarding checklist", "kind": "multivariate",
 "description": "The checklist new users see", "tags": ["growth", "onboarding"],
 "temporary": false,
 "variations": [
  {"value": {"style": "cards", "steps": ["profile", "team", "billing"]}, "name": "Full"},
  {"value": {"style": "minimal", "steps": ["profile"]}, "name": "Minimal"},
  {"value": {"style": "hidden", "steps": []}, "name": "Hidden"}],
 "on": true, "offVariation": 2, "fallthrough": {"variation": 1},
 "rules": [
  {"description": "New users", "variation": 0, "clauses": [
    {"contextKind": "user", "attribute": "logins", "op": "lessThan", "values": [5]}]},
  {"description": "Experienced users", "variation": 2, "clauses": [
    {"contextKind": "user", "attribute": "logins", "op": "greaterThanOrEqual",
     "values": [100]}]}]},
{"key": "beta-features", "name": "Beta features", "kind": "boolean",
 "description": "Everything still in beta", "tags": ["beta"], "temporary": false,
 "variations": [{"value": true, "name": "On"}, {"value": false, "name": "Off"}],
 "on": true, "offVariation": 1, "fallthrough": {"variation": 1},
 "targets": [{"contextKind": "user", "values": ["user-key-123abc"], "variation": 0}],
 "rules": [
  {"description": "Beta testers", "variation": 0, "clauses": [
    {"contextKind": "user", "attribute": "segmentMatch", "op": "segmentMatch",
     "values": ["beta-testers"]}]}]},
{"key": "maintenance-banner", "name": "Maintenance banner", "kind": "multivariate",
 "description": "Warns about maintenance windows", "tags": ["operations"],
 "temporary": false,
 "variations": [{"value": "none", "name": "None"}, {"value": "scheduled", "name": "Scheduled"},
                {"value": "degraded", "name": "Degraded service"}],
 "on": true, "offVariation": 0, "fallthrough": {"variation": 0},
 "rules": [
  {"description": "West coast sites", "variation": 1, "clauses": [
    {"contextKind": "location", "attribute": "timeZone", "op": "in",
     "values": ["America/Los_Angeles"]}]},
  {"description": "Midway data center", "variation": 2, "clauses": [
    {"contextKind": "organization", "attribute": "/address/city", "op": "in",
     "values": ["Midway"]}]}]},
{"key": "pricing-page-experiment", "name": "Pricing page experiment", "kind": "multivariate",
 "description": "Which billing period the pricing page leads with",
 "tags": ["growth", "experiment"], "temporary": true,
 "variations": [{"value": "control", "name": "Control"},
                {"value": "annual-first", "name": "Annual first"},
                {"value": "monthly-first", "name": "Monthly first"}],
 "on": true, "offVariation": 0,
 "fallthrough": {"rollout": {"kind": "experiment", "variations": [
   {"variation": 0, "weight": 34000}, {"variation": 1, "weight": 33000},
   {"variation": 2, "weight": 33000}]}},
 "rules": [
  {"description": "Paying customers keep the current page", "variation": 0, "clauses": [
    {"contextKind": "user", "attribute": "plan", "op": "in", "values": ["free", "starter"],
     "negate": true}]}]},
{"key": "legacy-export", "name": "Legacy CSV export", "kind": "boolean",
 "description": "The old export, kept for long-standing customers",
 "tags": ["reports"], "temporary": false, "deprecated": true,
 "variations": [{"value": true}, {"value": false}],
 "on": true, "offVariation": 1, "fallthrough": {"variation": 1},
 "rules": [
  {"description": "Enterprise plan", "variation": 0, "clauses": [
    {"contextKind": "user", "attribute": "plan", "op": "in", "values": ["enterprise"]}]},
  {"description": "Accounts created before 2025", "variation": 0, "clauses": [
    {"contextKind": "user", "attribute": "createdAt", "op": "before",
     "values": ["2025-01-01T00:00:00Z"]}]}]},
{"key": "springfield-clinic-pilot", "name": "Springfield clinic pilot", "kind": "boolean",
 "description": "Scheduling pilot for the Springfield clinics",
 "tags": ["clinical", "pilot"], "temporary": true,
 "variations": [{"value": true, "name": "In pilot"}, {"value": false, "name": "Not in pilot"}],
 "on": true, "offVariation": 1, "fallthrough": {"variation": 1},
 "targets": [{"contextKind": "organization", "values": ["org-key-456def"], "variation": 1}],
 "rules": [
  {"description": "Springfield staff", "variation": 0, "clauses": [
    {"contextKind": "user", "attribute": "segmentMatch", "op": "segmentMatch",
     "values": ["springfield-staff"]}]}]},
{"key": "api-rate-limit", "name": "API rate limit", "kind": "multivariate",
 "description": "Requests per minute for the public API", "tags": ["api", "operations"],
 "temporary": false,
 "variations": [{"value": 100, "name": "Small"}, {"value": 1000, "name": "Standard"},
                {"value": 5000, "name": "Enterprise"}],
 "on": true, "offVariation": 1, "fallthrough": {"variation": 1},
 "rules": [
  {"description": "Small organizations", "variation": 0, "clauses": [
    {"contextKind": "organization", "attribute": "employees", "op": "lessThan",
     "values": [50]}]},
  {"description": "Enterprise organizations", "variation": 2, "clauses": [
    {"contextKind": "organization", "attribute": "plan", "op": "in",
     "values": ["enterprise"]}]}]}
])json";

const char kSegments[] = R"json([
{"key": "springfield-staff", "name": "Springfield staff",
 "description": "Everyone at an organization in Springfield", "tags": ["clinical"],
 "rules": [{"clauses": [{"contextKind": "organization", "attribute": "/address/city",
   "op": "in", "values": ["Springfield"]}]}]},
{"key": "beta-testers", "name": "Beta testers",
 "description": "Users who opted in to beta features", "tags": ["beta"],
 "included": [{"contextKind": "user", "values": ["user-key-123abc"]}],
 "rules": [
  {"clauses": [{"contextKind": "user", "attribute": "groups", "op": "in",
    "values": ["beta-testers", "early-access"]}]},
  {"clauses": [{"contextKind": "user", "attribute": "beta", "op": "in", "values": [true]}]}]},
{"key": "enterprise-customers", "name": "Enterprise customers",
 "description": "Organizations and users on the enterprise plan", "tags": ["billing"],
 "rules": [
  {"clauses": [{"contextKind": "organization", "attribute": "plan", "op": "in",
    "values": ["enterprise"]}]},
  {"clauses": [{"contextKind": "user", "attribute": "plan", "op": "in",
    "values": ["enterprise"]}]}]},
{"key": "internal-staff", "name": "Internal staff",
 "description": "Our own people, for dogfooding", "tags": ["internal"],
 "included": [{"contextKind": "user", "values": ["$user0", "$user1"]}],
 "excluded": [{"contextKind": "user", "values": ["$user2"]}],
 "rules": [{"clauses": [{"contextKind": "user", "attribute": "groups", "op": "in",
   "values": ["internal"]}]}]},
{"key": "legacy-devices", "name": "Legacy devices",
 "description": "Devices on operating systems we stop supporting next year",
 "tags": ["mobile"],
 "excluded": [{"contextKind": "device", "values": ["device-key-123abc"]}],
 "rules": [
  {"clauses": [{"contextKind": "device", "attribute": "operating_system", "op": "startsWith",
    "values": ["iPadOS 15", "Android 13"]}]},
  {"clauses": [{"contextKind": "device", "attribute": "/os/version", "op": "in",
    "values": ["13", "16.7"]}]}]},
{"key": "global-health-orgs", "name": "Global Health organizations",
 "description": "Every site of Global Health Services", "tags": ["clinical"],
 "included": [{"contextKind": "organization", "values": ["org-key-123abc", "org-key-456def"]}],
 "rules": [{"clauses": [{"contextKind": "organization", "attribute": "name",
   "op": "startsWith", "values": ["Global Health"]}]}]}
])json";

} // namespace

QJsonArray SandboxFlagCatalog::flags()
{
    return QJsonDocument::fromJson(QByteArray(kFlags)).array();
}

QJsonArray SandboxFlagCatalog::segments(const QStringList &internalUsers)
{
    QByteArray text(kSegments);
    for (qsizetype i = 0; i < internalUsers.size(); ++i)
        text.replace("$user" + QByteArray::number(i), internalUsers[i].toUtf8());
    return QJsonDocument::fromJson(text).array();
}

} // namespace sandbox
