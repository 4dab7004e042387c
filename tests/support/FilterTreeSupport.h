#pragma once

// Value printing and odd strings shared by the filter tree tests.

#include "FilterExpression.h"
#include "FilterFields.h"
#include "FilterTree.h"
#include "FilterValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using ctx::FilterCondition;
using ctx::FilterFields;
using ctx::FilterNode;
using ctx::FilterPath;
using ctx::FilterTree;
using ctx::FilterValue;
using ctx::filter::Expression;
using ctx::filter::Operator;

Q_DECLARE_METATYPE(Operator)
Q_DECLARE_METATYPE(QList<Operator>)

namespace filtertree {

inline QString json(const QJsonValue &value)
{
    return ctx::filter::printValue(value);
}

inline QJsonArray oddStrings()
{
    return QJsonArray {
        QStringLiteral("two words"),
        QStringLiteral(" outer spaces "),
        QStringLiteral("a,b,,c"),
        QStringLiteral("a|b"),
        QStringLiteral("(parens)"),
        QStringLiteral(")("),
        QStringLiteral("\"quoted\""),
        QStringLiteral("\"half"),
        QStringLiteral("back\\slash\\"),
        QStringLiteral("\\,\\|"),
        QStringLiteral("!bang"),
        QStringLiteral("line\nbreak\r\n"),
        QStringLiteral("tab\there"),
        QStringLiteral("Zoë Ærøskøbing 東京"),
        QStringLiteral("🚀👩‍💻"),
        QStringLiteral(""),
        QStringLiteral("42"),
        QStringLiteral("true"),
        QStringLiteral("null"),
        QStringLiteral("[1,2]"),
        QStringLiteral("{\"a\":1}"),
        QStringLiteral("a=b:c"),
        QStringLiteral("\u0001control"),
        QStringLiteral("equals"),
    };
}

} // namespace filtertree

using namespace filtertree;
