#include "SandboxEntities.h"

#include "SandboxRandom.h"

#include <QDateTime>
#include <QJsonArray>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

const char *const kFirstNames[] = {"Liam", "Olivia", "Noah", "Emma", "Oliver", "Ava", "Elijah",
    "Sophia", "James", "Isabella", "William", "Mia", "Benjamin", "Charlotte", "Lucas", "Amelia",
    "Henry", "Harper", "Theodore", "Evelyn", "Mateo", "Luna", "Samuel", "Camila", "Sandy", "Priya",
    "Arjun", "Mei", "Kenji", "Fatima", "Omar", "Ingrid", "Diego", "Chloe", "Zoe", "Malik"};
const char *const kLastNames[] = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
    "Miller", "Davis", "Rodriguez", "Martinez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
    "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris",
    "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Patel", "Nguyen", "Kim",
    "Okafor", "Schmidt"};
const char *const kJobs[] = {"doctor", "nurse", "pharmacist", "engineer", "designer",
    "product manager", "analyst", "teacher", "accountant", "sales", "support", "researcher"};
const char *const kPlans[] = {"free", "starter", "pro", "enterprise"};
const char *const kCities[] = {"Springfield", "Midway", "Fairview", "Riverside", "Franklin",
    "Greenville", "Bristol", "Clinton", "Salem", "Madison", "Georgetown", "Arlington", "Ashland",
    "Oxford", "Dover", "Milton"};
const char *const kTimeZones[]
    = {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"};
const char *const kStreets[] = {"Main Street", "Oak Avenue", "Maple Drive", "Cedar Lane",
    "Elm Street", "Pine Road", "Washington Avenue", "Lake Shore Drive", "Park Place",
    "Hillcrest Road", "Sunset Boulevard", "River Road"};
const char *const kDomains[] = {"example.com", "mail.example.org", "acme.example",
    "initech.example", "hooli.example", "contoso.example"};
const char *const kGroups[] = {"beta-testers", "early-access", "internal", "vip"};
const char *const kCompanies[] = {"Acme Corp", "Globex", "Initech", "Umbrella Health",
    "Stark Industries", "Wayne Enterprises", "Hooli", "Pied Piper", "Soylent",
    "Vandelay Industries", "Cyberdyne", "Tyrell", "Wonka Industries", "Oscorp", "Massive Dynamic",
    "Aperture Labs", "Blue Sun", "Monarch Solutions", "Northwind Traders", "Contoso"};
const char *const kIndustries[]
    = {"healthcare", "retail", "finance", "education", "manufacturing", "software", "logistics"};

struct DeviceModel
{
    Platform platform;
    const char *type;
    const char *model;
    const char *os;
    const char *versions[3];
};
const DeviceModel kDevices[] = {
    {Platform::Apple, "iPhone", "iPhone 15", "iOS", {"17.4", "17.5", "18.0"}},
    {Platform::Apple, "iPhone", "iPhone 14", "iOS", {"16.7", "17.5", "18.1"}},
    {Platform::Apple, "iPad", "iPad Pro", "iPadOS", {"17.4", "17.5", "18.0"}},
    {Platform::Apple, "iPad", "iPad Air", "iPadOS", {"16.7", "17.2", "18.1"}},
    {Platform::Android, "Android phone", "Pixel 8", "Android", {"13", "14", "15"}},
    {Platform::Android, "Android phone", "Galaxy S23", "Android", {"13", "14", "14"}},
    {Platform::Android, "Android tablet", "Galaxy Tab S9", "Android", {"13", "14", "15"}},
    {Platform::Android, "Android phone", "OnePlus 11", "Android", {"13", "14", "15"}},
    {Platform::Desktop, "Laptop", "MacBook Pro", "macOS", {"14.4", "14.5", "15.0"}},
    {Platform::Desktop, "Laptop", "ThinkPad X1", "Windows", {"10", "11", "11"}},
    {Platform::Desktop, "Desktop", "Framework 16", "Linux", {"6.1", "6.6", "6.8"}},
};

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonObject address(SandboxRandom &random)
{
    const QString street
        = QString::number(random.below(1900) + 1) + u' ' + text(random.pick(kStreets));
    return {{u"street"_s, street}, {u"city"_s, text(random.pick(kCities))}};
}

} // namespace

SandboxEntities::SandboxEntities(quint64 salt, qint64 nowMs)
    : m_salt(salt)
    , m_nowMs(nowMs)
{
}

quint64 SandboxEntities::hash(quint64 kind, int index) const
{
    return SandboxRandom::mix(
        m_salt ^ SandboxRandom::mix(kind * 0x100000001b3ULL + static_cast<quint64>(index)));
}

QString SandboxEntities::key(const char *prefix, quint64 value) const
{
    // 12 hex digits, zero-padded: 48 bits, so that keys do not collide in practice.
    const QString hex = QString::number(value & 0xffffffffffffULL, 16);
    return text(prefix) + u'-' + QString(12 - hex.size(), u'0') + hex;
}

QString SandboxEntities::dateBefore(quint64 value, int maxDays) const
{
    const qint64 offsetMs
        = static_cast<qint64>(value % (static_cast<quint64>(maxDays) * 86400000ULL));
    return QDateTime::fromMSecsSinceEpoch((m_nowMs - offsetMs) / 1000 * 1000, Qt::UTC)
        .toString(Qt::ISODate);
}

SeedContext SandboxEntities::user(int index) const
{
    const quint64 h = hash(1, index);
    SandboxRandom random(h);
    const QString first = text(random.pick(kFirstNames));
    const QString last = text(random.pick(kLastNames));
    SeedContext context {u"user"_s, key("user", h), first + u' ' + last, {}, {}, false, {}};
    QJsonObject &a = context.attributes;
    a.insert(u"email"_s,
        u"%1.%2@%3"_s.arg(first.toLower(), last.toLower(), text(random.pick(kDomains))));
    a.insert(u"jobFunction"_s, text(random.pick(kJobs)));
    a.insert(u"plan"_s, text(random.pick(kPlans)));
    a.insert(u"address"_s, address(random));
    a.insert(u"createdAt"_s, dateBefore(random.next(), 900));
    a.insert(u"beta"_s, random.percent(20));
    a.insert(u"logins"_s, static_cast<int>(random.below(500)) + 1);
    QJsonArray groups;
    for (const char *group : kGroups) {
        if (random.percent(15))
            groups.append(text(group));
    }
    if (!groups.isEmpty())
        a.insert(u"groups"_s, groups);
    if (random.percent(20))
        context.privateAttributes.append(u"email"_s);
    if (random.percent(10))
        context.privateAttributes.append(u"/address/street"_s);
    return context;
}

SeedContext SandboxEntities::organization(int index) const
{
    const quint64 h = hash(2, index);
    SandboxRandom random(h);
    constexpr int companies = sizeof kCompanies / sizeof kCompanies[0];
    QJsonObject place = address(random);
    QString name = text(kCompanies[index % companies]);
    if (index >= companies)
        name += u' ' + place.value(u"city"_s).toString();
    SeedContext context {u"organization"_s, key("org", h), name, {}, {}, false, {}};
    QJsonObject &a = context.attributes;
    a.insert(u"address"_s, place);
    a.insert(u"industry"_s, text(random.pick(kIndustries)));
    a.insert(u"employees"_s, static_cast<int>(random.below(20000)) + 5);
    a.insert(u"plan"_s, text(random.pick(kPlans)));
    a.insert(u"createdAt"_s, dateBefore(random.next(), 1500));
    if (random.percent(10))
        context.privateAttributes.append(u"/address/street"_s);
    return context;
}

SeedContext SandboxEntities::device(int index) const
{
    const quint64 h = hash(3, index);
    SandboxRandom random(h);
    const DeviceModel &model = random.pick(kDevices);
    SeedContext context {u"device"_s, key("device", h), {}, {}, {}, false, model.platform};
    QJsonObject &a = context.attributes;
    a.insert(u"type"_s, text(model.type));
    a.insert(u"model"_s, text(model.model));
    a.insert(u"os"_s,
        QJsonObject {
            {u"name"_s, text(model.os)}, {u"version"_s, text(model.versions[random.below(3)])}});
    a.insert(u"deviceId"_s, static_cast<int>(random.below(90000)) + 10000);
    return context;
}

SeedContext SandboxEntities::location(int index) const
{
    const QString city = text(kCities[index % kLocations]);
    QString key = u"loc-"_s + city.toLower();
    if (index >= kLocations)
        key += u'-' + QString::number(index / kLocations + 1);
    SandboxRandom random(hash(4, index));
    SeedContext context {u"location"_s, key, city, {}, {}, false, {}};
    context.attributes.insert(u"country"_s, u"US"_s);
    context.attributes.insert(u"timeZone"_s, text(random.pick(kTimeZones)));
    context.attributes.insert(u"stores"_s, static_cast<int>(random.below(12)) + 1);
    return context;
}

SeedContext SandboxEntities::anonymousUser(int index) const
{
    const quint64 h = hash(5, index);
    SeedContext context {u"user"_s, key("anon", h), {}, {}, {}, true, {}};
    context.attributes.insert(u"plan"_s, u"free"_s);
    return context;
}

SeedContext SandboxEntities::anna()
{
    SeedContext context {u"user"_s, u"user-key-123abc"_s, u"Anna"_s, {}, {}, false, {}};
    context.attributes.insert(u"email"_s, u"anna@globalhealthexample.com"_s);
    context.attributes.insert(u"jobFunction"_s, u"doctor"_s);
    return context;
}

SeedContext SandboxEntities::globalHealthSpringfield()
{
    SeedContext context {
        u"organization"_s, u"org-key-123abc"_s, u"Global Health Services"_s, {}, {}, false, {}};
    context.attributes.insert(u"address"_s,
        QJsonObject {{u"street"_s, u"123 Main Street"_s}, {u"city"_s, u"Springfield"_s}});
    return context;
}

SeedContext SandboxEntities::globalHealthMidway()
{
    SeedContext context {
        u"organization"_s, u"org-key-456def"_s, u"Global Health Services"_s, {}, {}, false, {}};
    context.attributes.insert(
        u"address"_s, QJsonObject {{u"street"_s, u"77 Harbor Road"_s}, {u"city"_s, u"Midway"_s}});
    return context;
}

SeedContext SandboxEntities::annasIpad()
{
    SeedContext context {u"device"_s, u"device-key-123abc"_s, {}, {}, {}, false, Platform::Apple};
    context.attributes.insert(u"type"_s, u"iPad"_s);
    context.attributes.insert(u"operating_system"_s, u"iPadOS 15"_s);
    context.attributes.insert(u"deviceId"_s, 12345);
    return context;
}

SeedContext SandboxEntities::annasAndroid()
{
    SeedContext context {u"device"_s, u"device-key-456def"_s, {}, {}, {}, false, Platform::Android};
    context.attributes.insert(u"type"_s, u"Android phone"_s);
    context.attributes.insert(u"operating_system"_s, u"Android 13"_s);
    context.attributes.insert(u"deviceId"_s, 67890);
    return context;
}

} // namespace sandbox
