#include "SandboxAccount.h"

#include "SandboxRequest.h"
#include "SandboxStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <tuple>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kMaxProjectsLimit = 1000;

struct ProjectRow
{
    qint64 id = 0;
    QString key;
    QString name;
    qint64 createdMs = 0;
    QStringList tags;
};

QStringList stringList(const QVariant &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const auto &value : array)
        list.append(value.toString());
    return list;
}

std::optional<qint64> integer(const QHash<QString, QString> &values, const QString &name,
    qint64 fallback, qint64 minimum, qint64 maximum, QString *error)
{
    if (!values.contains(name))
        return fallback;
    bool ok = false;
    const qint64 value = values.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = u"%1 must be an integer from %2 to %3"_s.arg(name).arg(minimum).arg(maximum);
        return std::nullopt;
    }
    return value;
}

// The projects' filter: `query:<text>`, `tags:<a>+<b>`, `keys:<a>|<b>`, joined with ','.
// Returns nothing with *error set for anything else.
std::optional<bool> matchesFilter(const ProjectRow &project, const QString &filter, QString *error)
{
    bool matches = true;
    for (const QString &clause : filter.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = clause.indexOf(u':');
        const QString field = clause.first(std::max<qsizetype>(colon, 0)).trimmed();
        const QString value = colon < 0 ? QString() : clause.mid(colon + 1).trimmed();
        if (colon < 0 || value.isEmpty()) {
            *error
                = u"Invalid filter \"%1\": use field:value with query, tags or keys"_s.arg(clause);
            return std::nullopt;
        }
        if (field == u"query") {
            matches = matches
                && (project.key.contains(value, Qt::CaseInsensitive)
                    || project.name.contains(value, Qt::CaseInsensitive));
        } else if (field == u"tags") {
            // '+' arrives as %2B; a literal '+' was decoded to a space.
            const QStringList tags = value.split(QRegularExpression(u"[+ ]"_s), Qt::SkipEmptyParts);
            matches = matches
                && std::all_of(tags.begin(), tags.end(),
                    [&project](const QString &tag) { return project.tags.contains(tag); });
        } else if (field == u"keys") {
            matches = matches && value.split(u'|').contains(project.key);
        } else {
            *error = u"Invalid filter field \"%1\": the projects list accepts query, tags and"
                     " keys"_s.arg(field);
            return std::nullopt;
        }
    }
    return matches;
}

QString hexId(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).first(12).toHex());
}

QString projectPath(const QString &projectKey)
{
    return u"/api/v2/projects/"_s + SandboxJson::segment(projectKey);
}

QJsonObject environmentJson(const QSqlQuery &row, const QString &projectKey)
{
    // Columns: key, name, environment_id, color, critical, tags.
    const QString key = row.value(0).toString();
    const bool critical = row.value(4).toBool();
    const QString self = projectPath(projectKey) + u"/environments/"_s + SandboxJson::segment(key);
    return {
        {u"_links"_s,
            QJsonObject {{u"self"_s, SandboxJson::link(self)},
                {u"parent"_s, SandboxJson::link(projectPath(projectKey))}}},
        {u"_id"_s, row.value(2).toString()},
        {u"key"_s, key},
        {u"name"_s, row.value(1).toString()},
        {u"apiKey"_s, QString::fromLatin1(SandboxAccount::FakeSdkKey)},
        {u"mobileKey"_s, QString::fromLatin1(SandboxAccount::FakeMobileKey)},
        {u"color"_s, row.value(3).toString()},
        {u"defaultTtl"_s, 0},
        {u"secureMode"_s, false},
        {u"defaultTrackEvents"_s, false},
        {u"requireComments"_s, critical},
        {u"confirmChanges"_s, critical},
        {u"tags"_s, QJsonArray::fromStringList(stringList(row.value(5)))},
        {u"critical"_s, critical},
        {u"_access"_s, SandboxJson::noAccess()},
    };
}

const QString kEnvironmentColumns = u"key, name, environment_id, color, critical, tags"_s;

} // namespace

SandboxAccount::SandboxAccount(const SandboxStore &store)
    : m_store(store)
{
}

SandboxReply SandboxAccount::projects(const QUrl &url) const
{
    QString error;
    const std::optional<QHash<QString, QString>> values = request::queryValues(url, &error);
    if (!values)
        return SandboxJson::invalidRequest(error);
    const std::optional<qint64> limit
        = integer(*values, u"limit"_s, 20, 1, kMaxProjectsLimit, &error);
    const std::optional<qint64> offset
        = integer(*values, u"offset"_s, 0, 0, std::numeric_limits<int>::max(), &error);
    if (!limit || !offset)
        return SandboxJson::invalidRequest(error);
    const QString sort = values->value(u"sort"_s, u"name"_s);
    const QString sortField = sort.startsWith(u'-') ? sort.mid(1) : sort;
    if (sortField != u"name" && sortField != u"createdOn")
        return SandboxJson::invalidRequest(
            u"Invalid sort \"%1\": use name or createdOn, with - for descending"_s.arg(sort));
    const bool expandEnvironments
        = values->value(u"expand"_s).split(u',').contains(u"environments"_s);

    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, key, name, created_ms, tags FROM projects"_s))
        return SandboxJson::internalError(
            u"Cannot read the projects: "_s + query.lastError().text());
    QList<ProjectRow> rows;
    const QString filter = values->value(u"filter"_s);
    if (!matchesFilter({}, filter, &error))
        return SandboxJson::invalidRequest(error);
    while (query.next()) {
        ProjectRow row {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toLongLong(), stringList(query.value(4))};
        if (matchesFilter(row, filter, &error).value_or(false))
            rows.append(row);
    }
    query.finish();
    const bool byName = sortField == u"name";
    std::sort(rows.begin(), rows.end(), [byName](const ProjectRow &a, const ProjectRow &b) {
        if (byName)
            return std::tie(a.name, a.key) < std::tie(b.name, b.key);
        return std::tie(a.createdMs, a.key) < std::tie(b.createdMs, b.key);
    });
    if (sort.startsWith(u'-'))
        std::reverse(rows.begin(), rows.end());

    const qint64 total = rows.size();
    QJsonArray items;
    for (qint64 i = *offset; i < std::min(total, *offset + *limit); ++i) {
        const ProjectRow &row = rows.at(i);
        QJsonObject project {
            {u"_links"_s,
                QJsonObject {{u"self"_s, SandboxJson::link(projectPath(row.key))},
                    {u"environments"_s,
                        SandboxJson::link(projectPath(row.key) + u"/environments"_s)}}},
            {u"_id"_s, hexId(u"project/"_s + row.key)},
            {u"key"_s, row.key},
            {u"includeInSnippetByDefault"_s, false},
            {u"defaultClientSideAvailability"_s,
                QJsonObject {{u"usingMobileKey"_s, false}, {u"usingEnvironmentId"_s, false}}},
            {u"name"_s, row.name},
            {u"tags"_s, QJsonArray::fromStringList(row.tags)},
            {u"_access"_s, SandboxJson::noAccess()},
        };
        if (expandEnvironments) {
            query.prepare(u"SELECT %1 FROM environments WHERE project_id = ? ORDER BY id"_s.arg(
                kEnvironmentColumns));
            query.addBindValue(row.id);
            if (!query.exec())
                return SandboxJson::internalError(
                    u"Cannot read the environments: "_s + query.lastError().text());
            QJsonArray environments;
            while (query.next())
                environments.append(environmentJson(query, row.key));
            project.insert(u"environments"_s,
                QJsonObject {
                    {u"_links"_s,
                        QJsonObject {{u"self"_s,
                            SandboxJson::link(projectPath(row.key) + u"/environments"_s)}}},
                    {u"totalCount"_s, environments.size()}, {u"items"_s, environments}});
        }
        items.append(project);
    }

    const auto page = [&](qint64 at) {
        QStringList parts {
            u"limit="_s + QString::number(*limit), u"offset="_s + QString::number(at)};
        for (const QString &name : {u"filter"_s, u"sort"_s, u"expand"_s}) {
            if (values->contains(name))
                parts << name + u'=' + SandboxJson::segment(values->value(name));
        }
        return SandboxJson::link(u"/api/v2/projects?"_s + parts.join(u'&'));
    };
    QJsonObject links {{u"self"_s, page(*offset)}, {u"first"_s, page(0)},
        {u"last"_s, page(total == 0 ? 0 : (total - 1) / *limit * *limit)}};
    if (*offset > 0)
        links.insert(u"prev"_s, page(std::max<qint64>(0, *offset - *limit)));
    if (*offset + *limit < total)
        links.insert(u"next"_s, page(*offset + *limit));
    return SandboxJson::ok({{u"_links"_s, links}, {u"items"_s, items}, {u"totalCount"_s, total}});
}

SandboxReply SandboxAccount::environment(
    const QString &projectKey, const QString &environmentKey) const
{
    if (!m_store.projectId(projectKey))
        return SandboxJson::notFound(u"Unknown project \"%1\""_s.arg(projectKey));
    QSqlQuery query(m_store.database());
    query.prepare(
        u"SELECT %1 FROM environments e WHERE e.key = ?"
        " AND e.project_id = (SELECT id FROM projects WHERE key = ?)"_s.arg(kEnvironmentColumns));
    query.addBindValue(environmentKey);
    query.addBindValue(projectKey);
    if (!query.exec())
        return SandboxJson::internalError(
            u"Cannot read the environment: "_s + query.lastError().text());
    if (!query.next())
        return SandboxJson::notFound(
            u"Unknown environment \"%1\" in project \"%2\""_s.arg(environmentKey, projectKey));
    return SandboxJson::ok(environmentJson(query, projectKey));
}

SandboxReply SandboxAccount::callerIdentity() const
{
    return SandboxJson::ok({
        {u"accountId"_s, hexId(u"account/contexts-sandbox"_s)},
        {u"authKind"_s, u"token"_s},
        {u"tokenKind"_s, u"personal"_s},
        {u"tokenName"_s, u"contexts-sandbox"_s},
        {u"tokenId"_s, hexId(u"token/contexts-sandbox"_s)},
        {u"memberId"_s, hexId(u"member/contexts-sandbox"_s)},
        {u"serviceToken"_s, false},
        {u"scopes"_s, QJsonArray {u"reader"_s, u"writer"_s}},
    });
}

} // namespace sandbox
