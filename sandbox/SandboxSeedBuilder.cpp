#include "SandboxSeedBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Removes the value a private attribute names: a top-level name, or a /json/pointer.
void removeValue(QJsonObject &object, const QStringList &segments, qsizetype at)
{
    const QString &name = segments.at(at);
    if (at + 1 == segments.size()) {
        object.remove(name);
        return;
    }
    if (!object.value(name).isObject())
        return;
    QJsonObject child = object.value(name).toObject();
    removeValue(child, segments, at + 1);
    object.insert(name, child);
}

QJsonObject redacted(const SeedContext &context)
{
    QJsonObject attributes = context.attributes;
    for (const QString &reference : context.privateAttributes) {
        if (!reference.startsWith(u'/')) {
            attributes.remove(reference);
            continue;
        }
        QStringList segments = reference.mid(1).split(u'/');
        for (QString &segment : segments)
            segment.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        removeValue(attributes, segments, 0);
    }
    return attributes;
}

// JSON text for a string, built by hand: the seeder writes many small documents, and
// concatenating precomputed pieces is several times faster than building QJsonObjects.
QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u < 0x20) {
            out += u"\\u00"_s + QString::number(u >> 4, 16) + QString::number(u & 0xf, 16);
        } else {
            out += c;
        }
    }
    out += u'"';
    return out;
}

QString jsonArray(const QStringList &items)
{
    QString out = u"["_s;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += u',';
        out += jsonString(items[i]);
    }
    return out + u']';
}

// `{` + fields + the members of a compact JSON object (which starts with `{`).
QString objectWith(const QString &fields, const QString &object)
{
    if (object.size() <= 2) // "{}"
        return u'{' + fields + u'}';
    return u'{' + fields + u',' + object.sliced(1);
}

} // namespace

const SandboxSeedBuilder::Prepared *SandboxSeedBuilder::prepare(const SeedContext &context)
{
    Prepared &prepared = m_prepared.emplace_back();
    prepared.context = context;
    prepared.id = static_cast<int>(m_prepared.size()) - 1;
    prepared.attributesJson = compact(redacted(context));
    prepared.privateAttributesJson = jsonArray(context.privateAttributes);

    // The context as the SDK sent it (private values removed): a single-kind context carries
    // "kind"; inside a multi-kind context each kind's object does not.
    QString fields = u"\"key\":"_s + jsonString(context.key);
    if (context.name)
        fields += u",\"name\":"_s + jsonString(*context.name);
    if (context.anonymous)
        fields += u",\"anonymous\":true"_s;
    if (!context.privateAttributes.isEmpty())
        fields += u",\"_meta\":{\"privateAttributes\":"_s + prepared.privateAttributesJson + u'}';
    prepared.memberJson = objectWith(fields, prepared.attributesJson);
    prepared.singleJson = objectWith(
        u"\"kind\":"_s + jsonString(context.kind) + u',' + fields, prepared.attributesJson);
    return &prepared;
}

void SandboxSeedBuilder::record(
    QList<const Prepared *> contexts, const QString &applicationId, qint64 lastSeenMs)
{
    std::sort(contexts.begin(), contexts.end(),
        [](const Prepared *a, const Prepared *b) { return a->context.kind < b->context.kind; });
    const auto known = m_applications.constFind(applicationId);
    const int application
        = known != m_applications.cend() ? known.value() : static_cast<int>(m_applications.size());
    if (known == m_applications.cend())
        m_applications.insert(applicationId, application);

    QString instanceKey = QString::number(application);
    for (const Prepared *prepared : std::as_const(contexts))
        instanceKey += u':' + QString::number(prepared->id);
    int instance = m_instanceIndex.value(instanceKey, -1);
    if (instance >= 0) {
        m_instances[instance].lastSeenMs = std::max(m_instances[instance].lastSeenMs, lastSeenMs);
    } else {
        QStringList kinds;
        QStringList kindKeys;
        QStringList anonymousKinds;
        QStringList idParts;
        QString multi = u"{\"kind\":\"multi\""_s;
        for (const Prepared *prepared : std::as_const(contexts)) {
            const SeedContext &context = prepared->context;
            kinds.append(context.kind);
            kindKeys.append(context.kind + u':' + context.key);
            idParts << context.kind << context.key;
            if (context.anonymous)
                anonymousKinds.append(context.kind);
            multi += u',' + jsonString(context.kind) + u':' + prepared->memberJson;
        }
        // Instance ids look like LaunchDarkly's: base64url of "kind:key[:kind:key...]".
        const QString id = QString::fromLatin1(idParts.join(u':').toUtf8().toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        instance = static_cast<int>(m_instances.size());
        m_instanceIndex.insert(instanceKey, instance);
        m_instances.append({id, applicationId, lastSeenMs,
            contexts.size() == 1 ? contexts.front()->singleJson : multi + u'}', jsonArray(kinds),
            jsonArray(kindKeys), jsonArray(anonymousKinds), 0});
    }

    for (const Prepared *prepared : std::as_const(contexts)) {
        const quint64 rowKey
            = (static_cast<quint64>(prepared->id) << 16) | static_cast<quint64>(application);
        int row = m_rowIndex.value(rowKey, -1);
        if (row < 0) {
            row = static_cast<int>(m_rows.size());
            m_rowIndex.insert(rowKey, row);
            m_rows.append({prepared, applicationId, lastSeenMs, instance, 0});
            if (!prepared->context.anonymous)
                ++m_listRows;
        } else if (lastSeenMs > m_rows[row].lastSeenMs) {
            m_rows[row].lastSeenMs = lastSeenMs;
            m_rows[row].instance = instance;
        }
        const quint64 membership
            = (static_cast<quint64>(row) << 32) | static_cast<quint32>(instance);
        if (!m_membershipSet.contains(membership)) {
            m_membershipSet.insert(membership);
            m_memberships.append({row, instance});
        }
    }
}

bool SandboxSeedBuilder::write(QSqlDatabase &db, qint64 environmentId, QString *error)
{
    auto fail = [error](const QSqlQuery &query) {
        if (error)
            *error = u"Cannot write the seed data: %1"_s.arg(query.lastError().text());
        return false;
    };

    QSqlQuery instances(db);
    instances.prepare(u"INSERT INTO instances (env_id, instance_key, application_id, last_seen_ms,"
                      " context, kinds, kind_keys, anonymous_kinds)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (Instance &instance : m_instances) {
        instances.bindValue(0, environmentId);
        instances.bindValue(1, instance.id);
        instances.bindValue(2, instance.applicationId);
        instances.bindValue(3, instance.lastSeenMs);
        instances.bindValue(4, instance.context);
        instances.bindValue(5, instance.kinds);
        instances.bindValue(6, instance.kindKeys);
        instances.bindValue(7, instance.anonymousKinds);
        if (!instances.exec())
            return fail(instances);
        instance.rowId = instances.lastInsertId().toLongLong();
    }

    QSqlQuery contexts(db);
    contexts.prepare(u"INSERT INTO contexts (env_id, kind, key, application_id, name, last_seen_ms,"
                     " attributes, private_attributes, anonymous, instance_id)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (Row &row : m_rows) {
        contexts.bindValue(0, environmentId);
        const SeedContext &context = row.context->context;
        contexts.bindValue(1, context.kind);
        contexts.bindValue(2, context.key);
        contexts.bindValue(3, row.applicationId);
        contexts.bindValue(4, context.name ? QVariant(*context.name) : QVariant());
        contexts.bindValue(5, row.lastSeenMs);
        contexts.bindValue(6, row.context->attributesJson);
        contexts.bindValue(7, row.context->privateAttributesJson);
        contexts.bindValue(8, context.anonymous ? 1 : 0);
        contexts.bindValue(9, m_instances[row.instance].rowId);
        if (!contexts.exec())
            return fail(contexts);
        row.rowId = contexts.lastInsertId().toLongLong();
    }

    QSqlQuery members(db);
    members.prepare(u"INSERT INTO context_instances (context_id, instance_id) VALUES (?, ?)"_s);
    for (const auto &[row, instance] : std::as_const(m_memberships)) {
        members.bindValue(0, m_rows[row].rowId);
        members.bindValue(1, m_instances[instance].rowId);
        if (!members.exec())
            return fail(members);
    }
    return true;
}

} // namespace sandbox
