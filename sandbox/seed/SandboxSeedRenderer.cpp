#include "SandboxSeedRenderer.h"

#include "SandboxSeedEntity.h"
#include "SandboxSeedText.h"

namespace sandbox {

namespace {

using C = SandboxSeedCounters; // the counters every kind feeds
using Text = SandboxSeedCounters::Text;

const char kCountry[] = "US";

void reset(QByteArray &buffer, const char *text)
{
    buffer.truncate(0); // keeps the capacity, unlike assigning
    buffer += text;
}

void appendName(QByteArray &out, const char *name)
{
    out += '"';
    out += name;
    out += "\":";
}

void appendText(QByteArray &out, const char *name, QByteArrayView value)
{
    appendName(out, name);
    SandboxSeedJson::appendString(out, value);
}

void appendNumber(QByteArray &out, const char *name, qint64 value)
{
    appendName(out, name);
    SandboxSeedText::appendDigits(out, value);
}

void start(SeedContextJson &out, const char *kind, const char *prefix, quint64 key, bool anonymous)
{
    reset(out.kind, kind);
    out.key.truncate(0);
    SandboxSeedText::appendKey(out.key, prefix, key);
    out.hasName = false;
    out.name.truncate(0);
    out.anonymous = anonymous;
    reset(out.attributes, "{");
    reset(out.privateAttributes, "[");
}

// "address":{"city":...,"street":...} of a user or an organization, the street left out when
// it is private; `scratch` holds the street while it is written.
template <typename Fields> void appendAddress(QByteArray &a, QByteArray &scratch, const Fields &f)
{
    scratch.truncate(0);
    SandboxSeedText::appendStreet(scratch, f.streetNumber, f.street);
    a += "\"address\":{";
    appendText(a, "city", f.city);
    if (!f.privateStreet) {
        a += ',';
        appendText(a, "street", scratch);
    }
}

void end(SeedContextJson &out)
{
    out.attributes += '}';
    out.privateAttributes += ']';
    SandboxSeedJson::finish(out);
}

} // namespace

SandboxSeedRenderer::SandboxSeedRenderer(const SandboxEntities &entities)
    : m_entities(entities)
{
    for (int i = 0; i < SeedEntity::SpecialCount; ++i)
        m_specials[static_cast<size_t>(i)] = SandboxSeedJson::prepare(SeedEntity::special(i));
}

void SandboxSeedRenderer::render(quint32 entity, SeedContextJson &out, bool count)
{
    const int index = SeedEntity::index(entity);
    switch (SeedEntity::kind(entity)) {
    case SeedEntity::User:
        renderUser(index, out, count);
        break;
    case SeedEntity::Organization:
        renderOrganization(index, out, count);
        break;
    case SeedEntity::Device:
        renderDevice(index, out, count);
        break;
    case SeedEntity::Location:
        renderLocation(index, out, count);
        break;
    case SeedEntity::Anonymous:
        renderAnonymous(index, out);
        break;
    case SeedEntity::Special:
        out = m_specials[static_cast<size_t>(index % SeedEntity::SpecialCount)];
        break;
    }
}

void SandboxSeedRenderer::renderUser(int index, SeedContextJson &out, bool count)
{
    const UserFields f = m_entities.userFields(index);
    start(out, "user", "user", f.key, false);
    out.hasName = true;
    out.name += f.first;
    out.name += ' ';
    out.name += f.last;
    QByteArray &a = out.attributes;
    appendAddress(a, m_scratch, f);
    a += f.beta ? "},\"beta\":true,\"createdAt\":\"" : "},\"beta\":false,\"createdAt\":\"";
    SandboxSeedText::appendIsoDate(a, f.createdAtMs);
    a += '"';
    if (!f.privateEmail) {
        a += ",\"email\":\"";
        SandboxSeedText::appendLower(a, f.first);
        a += '.';
        SandboxSeedText::appendLower(a, f.last);
        a += '@';
        a += f.domain;
        a += '"';
    }
    if (f.groups != 0) {
        a += ",\"groups\":[";
        bool first = true;
        for (int i = 0; i < SandboxEntities::kGroupCount; ++i) {
            if (!(f.groups & (1U << i)))
                continue;
            if (!first)
                a += ',';
            first = false;
            SandboxSeedJson::appendString(a, QByteArrayView(SandboxEntities::groupNames()[i]));
        }
        a += ']';
    }
    a += ',';
    appendText(a, "jobFunction", f.job);
    a += ',';
    appendNumber(a, "logins", f.logins);
    a += ',';
    appendText(a, "plan", f.plan);
    if (f.privateEmail)
        out.privateAttributes += "\"email\"";
    if (f.privateStreet)
        out.privateAttributes += f.privateEmail ? ",\"/address/street\"" : "\"/address/street\"";
    end(out);
    if (!count)
        return;
    C &c = m_counters;
    c.weightOnly(C::UserKey);
    c.text(C::UserName, {f.first, f.last, nullptr, 0, Text::Name});
    c.constant(C::UserCity, f.city);
    if (f.privateStreet)
        c.hidden(C::UserStreet);
    else
        c.text(C::UserStreet, {f.street, nullptr, nullptr, f.streetNumber, Text::Street});
    c.boolean(C::UserBeta, f.beta);
    c.date(C::UserCreatedAt, f.createdAtMs);
    if (f.privateEmail)
        c.hidden(C::UserEmail);
    else
        c.text(C::UserEmail, {f.first, f.last, f.domain, 0, Text::Email});
    if (f.groups != 0) { // an array: its elements are its values, the context counts once
        c.weightOnly(C::UserGroups);
        for (int i = 0; i < SandboxEntities::kGroupCount; ++i) {
            if (f.groups & (1U << i))
                ++c[C::UserGroups].constants[SandboxEntities::groupNames()[i]];
        }
    }
    c.constant(C::UserJob, f.job);
    c.number(C::UserLogins, f.logins);
    c.constant(C::UserPlan, f.plan);
}

void SandboxSeedRenderer::renderOrganization(int index, SeedContextJson &out, bool count)
{
    const OrganizationFields f = m_entities.organizationFields(index);
    start(out, "organization", "org", f.key, false);
    out.hasName = true;
    out.name += f.company;
    if (f.nameWithCity) {
        out.name += ' ';
        out.name += f.city;
    }
    QByteArray &a = out.attributes;
    appendAddress(a, m_scratch, f);
    a += "},\"createdAt\":\"";
    SandboxSeedText::appendIsoDate(a, f.createdAtMs);
    a += "\",";
    appendNumber(a, "employees", f.employees);
    a += ',';
    appendText(a, "industry", f.industry);
    a += ',';
    appendText(a, "plan", f.plan);
    if (f.privateStreet)
        out.privateAttributes += "\"/address/street\"";
    end(out);
    if (!count)
        return;
    C &c = m_counters;
    c.weightOnly(C::OrgKey);
    c.text(C::OrgName,
        {f.company, f.nameWithCity ? f.city : nullptr, nullptr, 0, Text::OptionalSuffix});
    c.constant(C::OrgCity, f.city);
    if (f.privateStreet)
        c.hidden(C::OrgStreet);
    else
        c.text(C::OrgStreet, {f.street, nullptr, nullptr, f.streetNumber, Text::Street});
    c.date(C::OrgCreatedAt, f.createdAtMs);
    c.number(C::OrgEmployees, f.employees);
    c.constant(C::OrgIndustry, f.industry);
    c.constant(C::OrgPlan, f.plan);
}

void SandboxSeedRenderer::renderDevice(int index, SeedContextJson &out, bool count)
{
    const DeviceFields f = m_entities.deviceFields(index);
    start(out, "device", "device", f.key, false);
    QByteArray &a = out.attributes;
    appendNumber(a, "deviceId", f.deviceId);
    a += ',';
    appendText(a, "model", f.model);
    a += ",\"os\":{";
    appendText(a, "name", f.os);
    a += ',';
    appendText(a, "version", f.version);
    a += "},";
    appendText(a, "type", f.type);
    end(out);
    if (!count)
        return;
    C &c = m_counters;
    c.weightOnly(C::DeviceKey);
    c.number(C::DeviceId, f.deviceId);
    c.constant(C::DeviceModel, f.model);
    c.constant(C::DeviceOsName, f.os);
    c.constant(C::DeviceOsVersion, f.version);
    c.constant(C::DeviceType, f.type);
}

void SandboxSeedRenderer::renderLocation(int index, SeedContextJson &out, bool count)
{
    const LocationFields f = m_entities.locationFields(index);
    reset(out.kind, "location");
    out.key = f.key.toUtf8();
    out.hasName = true;
    reset(out.name, f.city);
    out.anonymous = false;
    reset(out.attributes, "{");
    reset(out.privateAttributes, "[");
    QByteArray &a = out.attributes;
    appendText(a, "country", kCountry);
    a += ',';
    appendNumber(a, "stores", f.stores);
    a += ',';
    appendText(a, "timeZone", f.timeZone);
    end(out);
    if (!count)
        return;
    C &c = m_counters;
    c.weightOnly(C::LocationKey);
    c.constant(C::LocationName, f.city);
    c.constant(C::LocationCountry, kCountry);
    c.number(C::LocationStores, f.stores);
    c.constant(C::LocationTimeZone, f.timeZone);
}

void SandboxSeedRenderer::renderAnonymous(int index, SeedContextJson &out) const
{
    start(out, "user", "anon", m_entities.anonymousKey(index), true);
    appendText(out.attributes, "plan", "free");
    end(out);
}

} // namespace sandbox
