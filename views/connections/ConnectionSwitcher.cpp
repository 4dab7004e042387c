#include "ConnectionSwitcher.h"

#include "ConnectionStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>

namespace ctx {

namespace {
const QString manageMarker = QStringLiteral("\x01manage");
constexpr int IdRole = Qt::UserRole;
} // namespace

ConnectionSwitcher::ConnectionSwitcher(ConnectionStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_combo(new QComboBox(this))
    , m_badge(new QLabel(tr("PRODUCTION"), this))
{
    setObjectName(QStringLiteral("connectionSwitcher"));
    m_combo->setObjectName(QStringLiteral("connectionCombo"));
    m_combo->setAccessibleName(tr("Connection"));
    m_combo->setToolTip(tr("The connection in use; pick another one to switch"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);

    m_badge->setObjectName(QStringLiteral("productionBadge"));
    m_badge->setAccessibleName(tr("Production connection"));
    m_badge->setToolTip(
        tr("This connection is marked production: deleting asks for a stronger confirmation"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; "
                                          "font-weight: bold; padding: 2px 6px; "
                                          "border-radius: 3px; }")); // text on a strong background
    m_badge->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_combo);
    layout->addWidget(m_badge);

    connect(m_combo, &QComboBox::activated, this, &ConnectionSwitcher::onActivated);
    if (m_store)
        connect(m_store, &ConnectionStore::changed, this, &ConnectionSwitcher::rebuild);
    rebuild();
}

void ConnectionSwitcher::setCurrentId(const QString &id)
{
    m_currentId = id;
    selectCurrent();
}

QIcon ConnectionSwitcher::swatch(const QString &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = QColor::isValidColorName(color) ? QColor(color) : QColor(Qt::gray);
    painter.setBrush(fill);
    // The outline shows the square on light and dark backgrounds alike: darker than a light
    // colour, a mid grey around a dark one (which darker() would leave black).
    const QColor outline = fill.lightness() < 100 ? QColor(160, 160, 160) : fill.darker(160);
    painter.setPen(QPen(outline, 1));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    painter.end();
    return QIcon(pixmap);
}

void ConnectionSwitcher::rebuild()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (m_store) {
        const QList<ConnectionProfile> profiles = m_store->connections();
        for (const ConnectionProfile &p : profiles) {
            const QString text = p.production ? tr("%1 (production)").arg(p.name) : p.name;
            m_combo->addItem(swatch(p.color), text, p.id);
            const QString where = p.isDemo() ? tr("the built-in demo")
                                             : p.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
            m_combo->setItemData(m_combo->count() - 1,
                tr("%1 — %2 / %3").arg(where, p.projectKey, p.environmentKey), Qt::ToolTipRole);
        }
    }
    m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("Manage connections…"), manageMarker);
    selectCurrent();
}

void ConnectionSwitcher::selectCurrent()
{
    const QSignalBlocker blocker(m_combo);
    const int index = m_currentId.isEmpty() ? -1 : m_combo->findData(m_currentId, IdRole);
    m_combo->setCurrentIndex(index);
    if (index < 0)
        m_combo->setPlaceholderText(tr("No connection"));
    bool production = false;
    if (m_store && index >= 0) {
        if (const auto profile = m_store->find(m_currentId))
            production = profile->production;
    }
    m_badge->setVisible(production);
    m_combo->setAccessibleDescription(production ? tr("Production connection") : QString());
}

void ConnectionSwitcher::onActivated(int index)
{
    const QString id = m_combo->itemData(index, IdRole).toString();
    selectCurrent(); // keep showing the connection in use until the app has switched
    if (id == manageMarker)
        emit manageRequested();
    else if (!id.isEmpty() && id != m_currentId)
        emit connectionRequested(id);
}

} // namespace ctx
