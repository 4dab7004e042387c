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
const char *const kGroupNames[] = {"beta-testers", "early-access", "internal", "vip"};
static_assert(sizeof kGroupNames / sizeof kGroupNames[0] == SandboxEntities::kGroupCount);
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

QJsonObject addressObject(int number, const char *street, const char *city)
{
    return {{u"street"_s, QString::number(number) + u' ' + text(street)}, {u"city"_s, text(city)}};
}

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
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

QString SandboxEntities::keyText(const char *prefix, quint64 key)
{
    const QString hex = QString::number(key, 16);
    return text(prefix) + u'-' + QString(kKeyDigits - hex.size(), u'0') + hex;
}

qint64 SandboxEntities::dateBefore(quint64 value, int maxDays) const
{
    const qint64 offsetMs
        = static_cast<qint64>(value % (static_cast<quint64>(maxDays) * 86400000ULL));
    return (m_nowMs - offsetMs) / 1000 * 1000;
}

const char *const *SandboxEntities::groupNames()
{
    return kGroupNames;
}

UserFields SandboxEntities::userFields(int index) const
{
    const quint64 h = hash(1, index);
    SandboxRandom random(h);
    UserFields f;
    f.key = h & 0xffffffffffffULL;
    f.first = random.pick(kFirstNames);
    f.last = random.pick(kLastNames);
    f.domain = random.pick(kDomains);
    f.job = random.pick(kJobs);
    f.plan = random.pick(kPlans);
    // The street before its number: the order in which earlier seeds drew them.
    f.street = random.pick(kStreets);
    f.streetNumber = static_cast<int>(random.below(1900)) + 1;
    f.city = random.pick(kCities);
    f.createdAtMs = dateBefore(random.next(), 900);
    f.beta = random.percent(20);
    f.logins = static_cast<int>(random.below(500)) + 1;
    for (int i = 0; i < kGroupCount; ++i) {
        if (random.percent(15))
            f.groups |= static_cast<quint8>(1U << i);
    }
    f.privateEmail = random.percent(20);
    f.privateStreet = random.percent(10);
    return f;
}

SeedContext SandboxEntities::user(int index) const
{
    const UserFields f = userFields(index);
    const QString first = text(f.first);
    const QString last = text(f.last);
    SeedContext context {u"user"_s, keyText("user", f.key), first + u' ' + last, {}, {}, false, {}};
    QJsonObject &a = context.attributes;
    a.insert(u"email"_s, u"%1.%2@%3"_s.arg(first.toLower(), last.toLower(), text(f.domain)));
    a.insert(u"jobFunction"_s, text(f.job));
    a.insert(u"plan"_s, text(f.plan));
    a.insert(u"address"_s, addressObject(f.streetNumber, f.street, f.city));
    a.insert(u"createdAt"_s, isoDate(f.createdAtMs));
    a.insert(u"beta"_s, f.beta);
    a.insert(u"logins"_s, f.logins);
    QJsonArray groups;
    for (int i = 0; i < kGroupCount; ++i) {
        if (f.groups & (1U << i))
            groups.append(text(kGroupNames[i]));
    }
    if (!groups.isEmpty())
        a.insert(u"groups"_s, groups);
    if (f.privateEmail)
        context.privateAttributes.append(u"email"_s);
    if (f.privateStreet)
        context.privateAttributes.append(u"/address/street"_s);
    return context;
}

OrganizationFields SandboxEntities::organizationFields(int index) const
{
    const quint64 h = hash(2, index);
    SandboxRandom random(h);
    constexpr int companies = sizeof kCompanies / sizeof kCompanies[0];
    OrganizationFields f;
    f.key = h & 0xffffffffffffULL;
    // The street before its number: the order in which earlier seeds drew them.
    f.street = random.pick(kStreets);
    f.streetNumber = static_cast<int>(random.below(1900)) + 1;
    f.city = random.pick(kCities);
    f.company = kCompanies[index % companies];
    f.nameWithCity = index >= companies;
    f.industry = random.pick(kIndustries);
    f.employees = static_cast<int>(random.below(20000)) + 5;
    f.plan = random.pick(kPlans);
    f.createdAtMs = dateBefore(random.next(), 1500);
    f.privateStreet = random.percent(10);
    return f;
}

SeedContext SandboxEntities::organization(int index) const
{
    const OrganizationFields f = organizationFields(index);
    QString name = text(f.company);
    if (f.nameWithCity)
        name += u' ' + text(f.city);
    SeedContext context {u"organization"_s, keyText("org", f.key), name, {}, {}, false, {}};
    QJsonObject &a = context.attributes;
    a.insert(u"address"_s, addressObject(f.streetNumber, f.street, f.city));
    a.insert(u"industry"_s, text(f.industry));
    a.insert(u"employees"_s, f.employees);
    a.insert(u"plan"_s, text(f.plan));
    a.insert(u"createdAt"_s, isoDate(f.createdAtMs));
    if (f.privateStreet)
        context.privateAttributes.append(u"/address/street"_s);
    return context;
}

Platform SandboxEntities::devicePlatform(int index) const
{
    SandboxRandom random(hash(3, index));
    return random.pick(kDevices).platform;
}

DeviceFields SandboxEntities::deviceFields(int index) const
{
    const quint64 h = hash(3, index);
    SandboxRandom random(h);
    const DeviceModel &model = random.pick(kDevices);
    DeviceFields f;
    f.key = h & 0xffffffffffffULL;
    f.platform = model.platform;
    f.type = model.type;
    f.model = model.model;
    f.os = model.os;
    f.version = model.versions[random.below(3)];
    f.deviceId = static_cast<int>(random.below(90000)) + 10000;
    return f;
}

SeedContext SandboxEntities::device(int index) const
{
    const DeviceFields f = deviceFields(index);
    SeedContext context {u"device"_s, keyText("device", f.key), {}, {}, {}, false, f.platform};
    QJsonObject &a = context.attributes;
    a.insert(u"type"_s, text(f.type));
    a.insert(u"model"_s, text(f.model));
    a.insert(u"os"_s, QJsonObject {{u"name"_s, text(f.os)}, {u"version"_s, text(f.version)}});
    a.insert(u"deviceId"_s, f.deviceId);
    return context;
}

LocationFields SandboxEntities::locationFields(int index) const
{
    LocationFields f;
    f.city = kCities[index % kLocations];
    f.key = u"loc-"_s + text(f.city).toLower();
    if (index >= kLocations)
        f.key += u'-' + QString::number(index / kLocations + 1);
    SandboxRandom random(hash(4, index));
    f.timeZone = random.pick(kTimeZones);
    f.stores = static_cast<int>(random.below(12)) + 1;
    return f;
}

SeedContext SandboxEntities::location(int index) const
{
    const LocationFields f = locationFields(index);
    SeedContext context {u"location"_s, f.key, text(f.city), {}, {}, false, {}};
    context.attributes.insert(u"country"_s, u"US"_s);
    context.attributes.insert(u"timeZone"_s, text(f.timeZone));
    context.attributes.insert(u"stores"_s, f.stores);
    return context;
}

quint64 SandboxEntities::anonymousKey(int index) const
{
    return hash(5, index) & 0xffffffffffffULL;
}

SeedContext SandboxEntities::anonymousUser(int index) const
{
    SeedContext context {u"user"_s, keyText("anon", anonymousKey(index)), {}, {}, {}, true, {}};
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
