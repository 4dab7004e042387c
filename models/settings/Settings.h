#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace ctx {

// One setting: its key in QSettings, its type and the value it has when none is saved (or
// what is saved is not of its type).
template <typename T> struct Setting
{
    QLatin1StringView key;
    T fallback;
};

// The application's settings: every key it keeps, with its type and default, is listed here
// and nowhere else. The stores of the groups (ConnectionStore under "connections/",
// LayoutStore under "layouts/", SavedViewStore) keep their own entries' fields.
//
// Over the application's QSettings (organization and application name: an INI file under
// ~/.config/contexts-browser/ on Linux), or, in tests, over any QSettings handed in. Holds no
// token and no context data: those go to the keychain and the snapshot files.
//
// migrate() brings keys written by earlier versions to today's names; the app runs it once
// at start (AppSession).
class Settings
{
public:
    // The version of the key layout migrate() writes (key settingsVersion).
    static constexpr int currentVersion = 2;

    static inline const Setting<int> settingsVersion {QLatin1StringView("settings/version"), 0};
    static inline const Setting<QString> theme {
        QLatin1StringView("appearance/theme"), QStringLiteral("system")};
    static inline const Setting<QByteArray> windowGeometry {
        QLatin1StringView("window/geometry"), {}};
    static inline const Setting<QByteArray> windowState {QLatin1StringView("window/state"), {}};
    static inline const Setting<QByteArray> windowSplitter {
        QLatin1StringView("window/splitter"), {}};
    // The connection used last (ConnectionProfile::id).
    static inline const Setting<QString> lastConnection {
        QLatin1StringView("connections/lastUsed"), {}};
    // The saved views, one JSON array (SavedViewStore).
    static inline const Setting<QByteArray> savedViews {QLatin1StringView("views/saved"), {}};

    // The groups whose entries their stores name.
    static constexpr QLatin1StringView connectionsGroup {"connections"};
    static constexpr QLatin1StringView layoutsGroup {"layouts"};

    // The application's settings.
    Settings();
    // `store`'s settings; it is not owned and must outlive this.
    explicit Settings(QSettings *store);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QSettings *store() const { return m_store; }

    template <typename T> T value(const Setting<T> &setting) const
    {
        QVariant saved = m_store->value(QString(setting.key));
        // convert() fails on what is not of the type ("x" as a number), where value<T>()
        // would quietly give 0.
        if (!saved.isValid() || !saved.convert(QMetaType::fromType<T>()))
            return setting.fallback;
        return saved.value<T>();
    }
    template <typename T> void setValue(const Setting<T> &setting, const T &value)
    {
        m_store->setValue(QString(setting.key), QVariant::fromValue(value));
    }
    template <typename T> void remove(const Setting<T> &setting)
    {
        m_store->remove(QString(setting.key));
    }

    // Renames the keys of earlier versions (a value already under the new name wins) and
    // records currentVersion. Running it again changes nothing.
    void migrate();

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_store;
};

} // namespace ctx
