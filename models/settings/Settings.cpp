#include "Settings.h"

namespace ctx {

namespace {

// Keys that earlier versions wrote, and where their values live now.
struct Rename
{
    int sinceVersion; // the first version with the new name
    QLatin1StringView from;
    QLatin1StringView to;
};

constexpr Rename renames[] = {
    // Version 2 put the saved views beside the other view state.
    {2, QLatin1StringView("savedViews"), QLatin1StringView("views/saved")},
};

} // namespace

Settings::Settings()
    : m_owned(std::make_unique<QSettings>())
    , m_store(m_owned.get())
{
}

Settings::Settings(QSettings *store)
    : m_store(store)
{
}

Settings::~Settings() = default;

void Settings::migrate()
{
    const int version = value(settingsVersion);
    if (version >= currentVersion)
        return;
    for (const Rename &rename : renames) {
        if (version >= rename.sinceVersion)
            continue;
        const QString from(rename.from);
        const QString to(rename.to);
        if (!m_store->contains(from))
            continue;
        if (!m_store->contains(to))
            m_store->setValue(to, m_store->value(from));
        m_store->remove(from);
    }
    setValue(settingsVersion, currentVersion);
    m_store->sync();
}

} // namespace ctx
