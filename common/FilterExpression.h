#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace ctx::filter {

// The LaunchDarkly contexts filter grammar (api-notes.md §2):
//   clause  := field SP operator SP value
//   expr    := term ( "|" term )*          OR
//   term    := factor ( "," factor )*      AND
//   factor  := clause | "(" expr ")"
// field: plain name (key, kind, name, ...), kind.attr, *.attr, kind./json~1pointer,
//        or a JSON string when it holds whitespace.
// value: a JSON value (string, number, bool, null, array) or an unquoted string whose
//        , | ( ) ! \ and whitespace are backslash-escaped.

enum class Operator { Equals, NotEquals, AnyOf, StartsWith, Exists, Before, After, Contains };

struct Clause
{
    QString field; // as written, unquoted (e.g. "user./address~1city", "*.email", "kind")
    Operator op = Operator::Equals;
    QJsonValue value; // unquoted strings become QJsonValue strings
};

struct Expression
{
    enum class Type { Clause, And, Or };
    Type type = Type::Clause;
    Clause clause; // when type == Clause
    QList<Expression> children; // when And / Or (two or more)
};

struct ParseError
{
    QString message; // e.g. "expected an operator after \"kind\""
    int position = 0; // 0-based index into the text where the problem starts
};

struct ParseResult
{
    std::optional<Expression> expression; // empty on error, or when the text is blank
    std::optional<ParseError> error;
    bool ok() const { return !error.has_value(); }
};

ParseResult parse(const QString &text);

// The characters that end an unquoted field or value: "," (and), "|" (or), "(" and ")".
bool isDelimiter(QChar c);

// Canonical text of an expression; parse(print(e)) == e.
QString print(const Expression &expression);

// A value in the grammar's syntax: strings as JSON strings (so any character round-trips),
// other JSON values as compact JSON.
QString printValue(const QJsonValue &value);

QString operatorName(Operator op);
std::optional<Operator> operatorFromName(const QString &name);

bool operator==(const Clause &a, const Clause &b);
bool operator==(const Expression &a, const Expression &b);

} // namespace ctx::filter
