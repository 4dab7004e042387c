#include "ConnectionStore.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace ctx {

namespace {

const QString group = Settings::connectionsGroup;
// Every value a connection has in settings. There is no key for a token, on purpose.
const QString nameKey = QStringLiteral("name");
const QString baseUrlKey = QStringLiteral("baseUrl");
const QString colorKey = QStringLiteral("color");
const QString productionKey = QStringLiteral("production");
const QString projectKey = QStringLiteral("project");
const QString environmentKey = QStringLiteral("environment");
const QString caFileKey = QStringLiteral("caFile");

ConnectionProfile demoProfile()
{
    ConnectionProfile demo;
    demo.id = ConnectionProfile::demoId();
    demo.name = QCoreApplication::translate("ctx::ConnectionStore", "Demo");
    demo.color = QStringLiteral("#405bff");
    demo.projectKey = QStringLiteral("demo");
    demo.environmentKey = QStringLiteral("production");
    return demo; // no base URL: the app starts the local sandbox on a free port
}

// Ids become settings group names: keep them to characters that need no escaping.
bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 100)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_');
    });
}

ConnectionProfile readProfile(const QSettings &settings, const QString &id)
{
    const QString prefix = group + QLatin1Char('/') + id + QLatin1Char('/');
    ConnectionProfile p;
    p.id = id;
    p.name = settings.value(prefix + nameKey).toString();
    p.baseUrl = QUrl(settings.value(prefix + baseUrlKey).toString());
    p.color = settings.value(prefix + colorKey).toString();
    p.production = settings.value(prefix + productionKey, false).toBool();
    p.projectKey = settings.value(prefix + projectKey).toString();
    p.environmentKey = settings.value(prefix + environmentKey).toString();
    p.caFile = settings.value(prefix + caFileKey).toString();
    if (p.name.isEmpty())
        p.name = id;
    return p;
}

} // namespace

ConnectionStore::ConnectionStore(QObject *parent)
    : ConnectionStore(nullptr, parent)
{
}

ConnectionStore::ConnectionStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? std::make_unique<Settings>(settings) : std::make_unique<Settings>())
{
}

ConnectionStore::~ConnectionStore() = default;

Settings &ConnectionStore::settings() const
{
    return *m_settings;
}

QList<ConnectionProfile> ConnectionStore::connections() const
{
    QSettings &settings = *this->settings().store();
    settings.beginGroup(group);
    const QStringList ids = settings.childGroups();
    settings.endGroup();
    QList<ConnectionProfile> saved;
    for (const QString &id : ids) {
        if (isValidId(id) && id != ConnectionProfile::demoId())
            saved.append(readProfile(settings, id));
    }
    std::stable_sort(saved.begin(), saved.end(), [](const auto &a, const auto &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    saved.prepend(demoProfile());
    return saved;
}

std::optional<ConnectionProfile> ConnectionStore::find(const QString &id) const
{
    if (id == ConnectionProfile::demoId())
        return demoProfile();
    if (!isValidId(id))
        return std::nullopt;
    const QSettings &settings = *this->settings().store();
    if (!settings.contains(group + QLatin1Char('/') + id + QLatin1Char('/') + nameKey))
        return std::nullopt;
    return readProfile(settings, id);
}

ConnectionProfile ConnectionStore::save(ConnectionProfile profile)
{
    if (profile.isDemo())
        return demoProfile(); // the demo is built in and never changes
    if (!isValidId(profile.id))
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty())
        profile.name = tr("Unnamed connection");

    QSettings &settings = *this->settings().store();
    settings.beginGroup(group);
    settings.remove(profile.id); // no stale values from an older version of this entry
    settings.beginGroup(profile.id);
    settings.setValue(nameKey, profile.name);
    settings.setValue(baseUrlKey, profile.baseUrl.toString());
    settings.setValue(colorKey, profile.color);
    settings.setValue(productionKey, profile.production);
    settings.setValue(projectKey, profile.projectKey);
    settings.setValue(environmentKey, profile.environmentKey);
    settings.setValue(caFileKey, profile.caFile);
    settings.endGroup();
    settings.endGroup();
    settings.sync();
    emit changed();
    return profile;
}

bool ConnectionStore::remove(const QString &id)
{
    if (id == ConnectionProfile::demoId() || !find(id))
        return false;
    QSettings &settings = *this->settings().store();
    settings.remove(group + QLatin1Char('/') + id);
    if (this->settings().value(Settings::lastConnection) == id)
        this->settings().remove(Settings::lastConnection);
    settings.sync();
    emit changed();
    return true;
}

QString ConnectionStore::lastUsedId() const
{
    const QString id = settings().value(Settings::lastConnection);
    return find(id) ? id : QString();
}

void ConnectionStore::setLastUsedId(const QString &id)
{
    if (settings().value(Settings::lastConnection) == id)
        return;
    settings().setValue(Settings::lastConnection, id);
    settings().store()->sync();
    emit changed();
}

} // namespace ctx
