#pragma once

#include <QIcon>
#include <QWidget>

class QComboBox;
class QLabel;

namespace ctx {

class ConnectionStore;

// The toolbar's connection picker: every saved connection (colour swatch + name, the demo
// first), the one in use selected, a "PRODUCTION" badge when that one is marked production,
// and a last entry "Manage connections…". Picking asks the app to switch; the combo keeps
// showing the connection in use until the app calls setCurrentId().
class ConnectionSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionSwitcher(ConnectionStore *store, QWidget *parent = nullptr);

    void setCurrentId(const QString &id);
    QString currentId() const { return m_currentId; }

    QComboBox *comboBox() const { return m_combo; }
    QLabel *productionBadge() const { return m_badge; }

    // A small square of the connection's colour ("#rrggbb"; empty: a neutral grey), outlined
    // so that it shows on light and dark backgrounds. Never the only sign of a connection:
    // its name is always next to it.
    static QIcon swatch(const QString &color);

signals:
    void connectionRequested(const QString &id);
    void manageRequested();

private:
    void rebuild();
    void selectCurrent();
    void onActivated(int index);

    ConnectionStore *m_store;
    QComboBox *m_combo;
    QLabel *m_badge;
    QString m_currentId;
};

} // namespace ctx
