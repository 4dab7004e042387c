#include "SavedView.h"

#include "FilterExpression.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace ctx {

namespace {

const QString formatMarker = QStringLiteral("contexts-browser/view");
constexpr int formatVersion = 1;
constexpr qsizetype maxFileBytes = qsizetype(256) * 1024;

} // namespace

QJsonObject SavedView::toJson() const
{
    QJsonObject json {{QStringLiteral("format"), formatMarker},
        {QStringLiteral("version"), formatVersion}, {QStringLiteral("name"), name},
        {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)},
        {QStringLiteral("quickSearch"), quickSearch}, {QStringLiteral("filter"), filter},
        {QStringLiteral("sort"), sortText(sort)}};
    if (!columns.isEmpty())
        json.insert(QStringLiteral("columns"), columns);
    return json;
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QStringLiteral("format")).toString() != formatMarker) {
        *error = tr("This is not a contexts-browser view file.");
        return std::nullopt;
    }
    if (json.value(QStringLiteral("version")).toInt(0) > formatVersion) {
        *error = tr("This view file was made by a newer contexts-browser.");
        return std::nullopt;
    }
    SavedView view;
    const QJsonValue name = json.value(QStringLiteral("name"));
    view.name = name.toString().trimmed();
    if (!name.isString() || view.name.isEmpty()) {
        *error = tr("The view has no name.");
        return std::nullopt;
    }
    const QJsonValue kinds = json.value(QStringLiteral("kinds"));
    if (!kinds.isUndefined() && !kinds.isArray()) {
        *error = tr("The view's \"kinds\" is not a list.");
        return std::nullopt;
    }
    for (const auto &kind : kinds.toArray()) {
        if (!kind.isString() || kind.toString().isEmpty()) {
            *error = tr("The view's \"kinds\" holds something that is not a kind.");
            return std::nullopt;
        }
        view.kinds.append(kind.toString());
    }
    for (const auto &[key, target] : {std::pair {QStringLiteral("quickSearch"), &view.quickSearch},
             std::pair {QStringLiteral("filter"), &view.filter}}) {
        const QJsonValue value = json.value(key);
        if (!value.isUndefined() && !value.isString()) {
            *error = tr("The view's \"%1\" is not text.").arg(key);
            return std::nullopt;
        }
        *target = value.toString();
    }
    const filter::ParseResult parsed = filter::parse(view.filter);
    if (!parsed.ok()) {
        *error = tr("The view's filter is not valid: %1 (at character %2).")
                     .arg(parsed.error->message)
                     .arg(parsed.error->position + 1);
        return std::nullopt;
    }
    const QString sort = json.value(QStringLiteral("sort")).toString(QStringLiteral("-ts"));
    if (const std::optional<SortOrder> order = sortFromText(sort)) {
        view.sort = *order;
    } else {
        *error = tr("The view's sort \"%1\" is not ts or -ts.").arg(sort);
        return std::nullopt;
    }
    view.columns = json.value(QStringLiteral("columns")).toObject();
    return view;
}

SavedViewStore::SavedViewStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<SavedView> SavedViewStore::views() const
{
    const QJsonDocument document = QJsonDocument::fromJson(m_settings.value(Settings::savedViews));
    QList<SavedView> views;
    for (const auto &entry : document.array()) {
        QString ignored;
        if (auto view = SavedView::fromJson(entry.toObject(), &ignored))
            views.append(*view);
    }
    return views;
}

void SavedViewStore::write(const QList<SavedView> &views)
{
    QList<SavedView> sorted = views;
    std::sort(sorted.begin(), sorted.end(), [](const SavedView &a, const SavedView &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QJsonArray array;
    for (const SavedView &view : sorted)
        array.append(view.toJson());
    m_settings.setValue(Settings::savedViews, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void SavedViewStore::save(const SavedView &view)
{
    QList<SavedView> all = views();
    all.removeIf([&view](const SavedView &v) { return v.name == view.name; });
    all.append(view);
    write(all);
}

bool SavedViewStore::rename(const QString &from, const QString &to)
{
    const QString target = to.trimmed();
    QList<SavedView> all = views();
    const bool taken = std::any_of(all.begin(), all.end(),
        [&](const SavedView &v) { return v.name == target && v.name != from; });
    const auto it = std::find_if(
        all.begin(), all.end(), [&from](const SavedView &v) { return v.name == from; });
    if (target.isEmpty() || taken || it == all.end())
        return false;
    it->name = target;
    write(all);
    return true;
}

void SavedViewStore::remove(const QString &name)
{
    QList<SavedView> all = views();
    all.removeIf([&name](const SavedView &v) { return v.name == name; });
    write(all);
}

QByteArray SavedViewStore::exportFile(const SavedView &view)
{
    return QJsonDocument(view.toJson()).toJson(QJsonDocument::Indented);
}

std::optional<SavedView> SavedViewStore::importFile(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > maxFileBytes) {
        *error = tr("The file is too large to be a view file.");
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The file is not valid JSON: %1 (at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("This is not a contexts-browser view file.");
        return std::nullopt;
    }
    return SavedView::fromJson(document.object(), error);
}

} // namespace ctx
