#include "ContextQuery.h"

#include "FilterExpression.h"

#include <QJsonValue>

namespace ctx {

QString ContextQuery::serverFilter() const
{
    const QString extra = filter.trimmed();
    if (kinds.isEmpty())
        return extra;

    QString kindClause;
    if (kinds.size() == 1) {
        kindClause = QStringLiteral("kind equals ") + filter::printValue(QJsonValue(kinds.first()));
    } else {
        QStringList values;
        values.reserve(kinds.size());
        for (const QString &kind : kinds)
            values.append(filter::printValue(QJsonValue(kind)));
        kindClause
            = QStringLiteral("kind anyOf [") + values.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    if (extra.isEmpty())
        return kindClause;
    return kindClause + QStringLiteral(",(") + extra + QLatin1Char(')');
}

QString sortText(SortOrder sort)
{
    switch (sort) {
    case SortOrder::NewestFirst:
        return QStringLiteral("-ts");
    case SortOrder::OldestFirst:
        return QStringLiteral("ts");
    case SortOrder::Unsorted:
        break;
    }
    return {};
}

std::optional<SortOrder> sortFromText(const QString &text)
{
    for (const SortOrder sort :
        {SortOrder::NewestFirst, SortOrder::OldestFirst, SortOrder::Unsorted}) {
        if (text == sortText(sort))
            return sort;
    }
    return std::nullopt;
}

QString ContextQuery::sortParameter() const
{
    return sortText(sort);
}

} // namespace ctx
