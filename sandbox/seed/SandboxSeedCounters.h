#pragma once

#include <QHash>

#include <vector>

namespace sandbox {

class SandboxAttributeTotals;

// What generated contexts carry, counted without JSON for SandboxAttributeTotals: one counter
// per (kind, attribute pointer) that SandboxEntities' contexts have, keyed by cheap values
// (addresses of constant texts, numbers, times) and turned into text only once per distinct
// value, by countInto(). `/key` only has a weight: its values are the contexts' keys.
class SandboxSeedCounters
{
public:
    enum Slot {
        UserKey,
        UserName,
        UserCity,
        UserStreet,
        UserBeta,
        UserCreatedAt,
        UserEmail,
        UserGroups,
        UserJob,
        UserLogins,
        UserPlan,
        OrgKey,
        OrgName,
        OrgCity,
        OrgStreet,
        OrgCreatedAt,
        OrgEmployees,
        OrgIndustry,
        OrgPlan,
        DeviceKey,
        DeviceId,
        DeviceModel,
        DeviceOsName,
        DeviceOsVersion,
        DeviceType,
        LocationKey,
        LocationName,
        LocationCountry,
        LocationStores,
        LocationTimeZone,
        SlotCount,
    };

    // A string made of constants, counted without making it: "a b", "a" or "a b" (b optional),
    // "a.b@c" in lower case, "number a".
    struct Text
    {
        enum Shape : quint8 { Name, OptionalSuffix, Email, Street };
        const char *a = nullptr;
        const char *b = nullptr;
        const char *c = nullptr;
        int number = 0;
        Shape shape = Name;
        bool operator==(const Text &) const = default;
    };

    struct Counter
    {
        qint64 weight = 0; // contexts carrying the attribute, with a value or as private
        qint64 redacted = 0; // contexts listing it as private
        qint64 trues = 0;
        qint64 falses = 0;
        QHash<const char *, qint64> constants; // Latin-1 constants, by address
        QHash<Text, qint64> texts;
        QHash<qint64, qint64> numbers;
        std::vector<qint64> dates; // epoch ms of date-time strings, one per context
    };

    SandboxSeedCounters();

    Counter &operator[](Slot slot) { return m_counters[static_cast<size_t>(slot)]; }

    // One more context with this attribute and value.
    void constant(Slot slot, const char *value);
    void text(Slot slot, const Text &value);
    void number(Slot slot, qint64 value);
    void boolean(Slot slot, bool value);
    void date(Slot slot, qint64 ms);
    void hidden(Slot slot); // private: listed, its value removed
    void weightOnly(Slot slot);

    // Adds everything counted so far to `totals`.
    void countInto(SandboxAttributeTotals &totals) const;

private:
    std::vector<Counter> m_counters;
};

size_t qHash(const SandboxSeedCounters::Text &text, size_t seed = 0);

} // namespace sandbox
