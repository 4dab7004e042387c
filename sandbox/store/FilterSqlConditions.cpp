// FilterSql's conditions that do not come from a filter: one context, one instance id, a
// prefix's end, and two conditions joined (FilterSql.h).
#include "FilterSql.h"

#include <QStringList>

namespace sandbox {

using namespace Qt::StringLiterals;

QByteArray FilterSql::prefixEnd(const QString &prefix)
{
    QByteArray bytes = prefix.toUtf8();
    while (!bytes.isEmpty() && static_cast<unsigned char>(bytes.back()) == 0xff)
        bytes.chop(1);
    if (!bytes.isEmpty())
        bytes.back() = static_cast<char>(static_cast<unsigned char>(bytes.back()) + 1);
    return bytes;
}

SqlCondition FilterSql::instanceIdCondition(const QString &id)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        id.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QString text = decoded ? QString::fromUtf8(decoded.decoded) : QString();
    const qsizetype colon = text.indexOf(u':');
    if (id.isEmpty() || colon <= 0)
        return {u"i.instance_key = ?"_s, {id}, {}, false}; // not an id this sandbox makes: a scan
    // The first kind ends at the first ":"; its key may hold ":" too, so it is each text up to
    // a later ":" or the end.
    const QString kind = text.left(colon);
    QStringList selects;
    QVariantList binds;
    for (qsizetype end = text.indexOf(u':', colon + 1);; end = text.indexOf(u':', end + 1)) {
        selects.append(u"SELECT m.instance_id AS id FROM context_keys k JOIN context_instances m"
                       " ON m.context_id = k.context_id WHERE k.env_id %1 AND k.key = ?"
                       " AND k.kind = ?"_s);
        binds << text.mid(colon + 1, end < 0 ? -1 : end - colon - 1) << kind;
        if (end < 0)
            break;
    }
    const QString ids = selects.join(u" UNION "_s);
    return {u"(i.instance_key = ? AND i.id IN (%1))"_s.arg(
                ids.arg(u"IN (SELECT id FROM environments)"_s)),
        QVariantList {id} + binds, {{ids.arg(u"= {env}"_s), binds}}, false};
}

SqlCondition FilterSql::contextCondition(
    qint64 environmentId, const QString &kind, const QString &key)
{
    return {u"c.id IN (SELECT context_id FROM context_keys WHERE env_id = ? AND key = ?"
            " AND kind = ?)"_s,
        {environmentId, key, kind},
        {{u"SELECT context_id AS id FROM context_keys WHERE env_id = {env} AND key = ?"
          " AND kind = ?"_s,
            {key, kind}}},
        false};
}

SqlCondition FilterSql::conjoin(SqlCondition a, const std::optional<SqlCondition> &b)
{
    if (!b)
        return a;
    a.sql = u"(%1) AND (%2)"_s.arg(a.sql, b->sql);
    a.binds.append(b->binds);
    a.narrowing.append(b->narrowing);
    a.indexOnly = a.indexOnly && b->indexOnly;
    return a;
}

} // namespace sandbox
