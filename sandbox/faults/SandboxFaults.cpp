#include "SandboxFaults.h"

#include <QMetaEnum>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

const QString actionsHelp
    = u"expected latency=MS, status=CODE, malformed, truncated, drop, p=0..1 or times=N"_s;

QRegularExpression globPattern(const QString &glob)
{
    QString pattern = glob.startsWith(u'/') ? u"^"_s : u"(?:^|/)"_s;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        if (glob[i] != u'*') {
            pattern += QRegularExpression::escape(QString(glob[i]));
        } else if (i + 1 < glob.size() && glob[i + 1] == u'*') {
            pattern += u".*"_s;
            ++i;
        } else {
            pattern += u"[^/]*"_s;
        }
    }
    return QRegularExpression(pattern + u'$');
}

// The error code the spec's error reps give each status.
QString errorCode(int status)
{
    switch (status) {
    case 400:
        return u"invalid_request"_s;
    case 401:
        return u"unauthorized"_s;
    case 403:
        return u"forbidden"_s;
    case 404:
        return u"not_found"_s;
    case 405:
        return u"method_not_allowed"_s;
    case 409:
        return u"optimistic_locking_error"_s;
    case 413:
        return u"request_entity_too_large"_s;
    case 429:
        return u"rate_limited"_s;
    case 503:
        return u"service_unavailable"_s;
    default:
        return status >= 500 ? u"internal_error"_s : u"invalid_request"_s;
    }
}

// One `name=value` or `name` action into `rule`; an error sentence, or empty when it is good.
QString applyAction(const QString &action, SandboxFaultRule &rule, QStringList &seen)
{
    const qsizetype equals = action.indexOf(u'=');
    const QString name = action.left(equals).trimmed();
    const QString value = equals < 0 ? QString() : action.mid(equals + 1).trimmed();
    if (seen.contains(name))
        return u"\"%1\" is given twice"_s.arg(name);
    seen.append(name);
    const bool flag = name == u"malformed" || name == u"truncated" || name == u"drop";
    static const QStringList valued {u"latency"_s, u"status"_s, u"p"_s, u"times"_s};
    if (!flag && !valued.contains(name))
        return u"unknown action \"%1\"; %2"_s.arg(action, actionsHelp);
    if (flag != (equals < 0))
        return flag ? u"\"%1\" takes no value"_s.arg(name) : u"\"%1\" needs a value"_s.arg(name);
    bool ok = false;
    if (name == u"latency") {
        rule.latencyMs = value.toInt(&ok);
        if (!ok || rule.latencyMs < 0 || rule.latencyMs > 600000)
            return u"latency needs milliseconds from 0 to 600000"_s;
        return {};
    }
    if (name == u"p") {
        rule.probability = value.toDouble(&ok);
        if (!ok || !(rule.probability >= 0.0 && rule.probability <= 1.0))
            return u"p needs a probability from 0 to 1"_s;
        return {};
    }
    if (name == u"times") {
        rule.times = value.toInt(&ok);
        if (!ok || rule.times < 1)
            return u"times needs a number of 1 or more"_s;
        return {};
    }
    if (rule.kind != FaultKind::None)
        return u"give only one of status, malformed, truncated and drop"_s;
    if (name == u"status") {
        rule.status = value.toInt(&ok);
        const bool known = QMetaEnum::fromType<Status>().valueToKey(rule.status) != nullptr;
        if (!ok || rule.status < 400 || rule.status > 599 || !known)
            return u"status needs an HTTP error status such as 404, 429, 500 or 503"_s;
        rule.kind = FaultKind::Status;
    } else {
        rule.kind = name == u"malformed" ? FaultKind::Malformed
            : name == u"truncated"       ? FaultKind::Truncated
                                         : FaultKind::Drop;
    }
    return {};
}

} // namespace

QString methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : QString();
}

std::optional<SandboxFaultRule> SandboxFaultRule::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    SandboxFaultRule rule;
    rule.text = text.trimmed();
    const qsizetype colon = rule.text.lastIndexOf(u':');
    if (colon < 0)
        return fail(
            u"expected [METHOD ]GLOB:ACTION[,ACTION...], for example "
            "\"DELETE /api/v2/projects/*/environments/*/context-instances/*:status=500\""_s);
    QStringList head = rule.text.left(colon).split(u' ', Qt::SkipEmptyParts);
    if (head.size() == 2) {
        rule.method = head.takeFirst().toUpper();
        static const QStringList methods {
            u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s, u"PATCH"_s, u"HEAD"_s, u"OPTIONS"_s};
        if (!methods.contains(rule.method))
            return fail(u"unknown method \"%1\"; expected GET, POST, PUT, DELETE, PATCH, HEAD or "
                        "OPTIONS"_s.arg(rule.method));
    }
    if (head.size() != 1)
        return fail(u"expected one path glob before the colon, optionally after a method"_s);
    rule.glob = head.front();
    QStringList seen;
    for (const QString &action : rule.text.mid(colon + 1).split(u',')) {
        if (action.trimmed().isEmpty())
            return fail(u"an action is empty; "_s + actionsHelp);
        const QString problem = applyAction(action.trimmed(), rule, seen);
        if (!problem.isEmpty())
            return fail(problem);
    }
    if (rule.kind == FaultKind::None && !seen.contains(u"latency"_s))
        return fail(u"the rule does nothing; give latency, status, malformed, truncated or drop"_s);
    return rule;
}

SandboxReply SandboxFault::reply() const
{
    if (kind != FaultKind::Status)
        return {};
    return SandboxJson::error(static_cast<Status>(status), errorCode(status),
        u"Injected fault: status %1 (contexts-sandbox --fault)"_s.arg(status));
}

SandboxFaults::SandboxFaults(quint64 seed)
    : m_random(seed)
{
}

void SandboxFaults::add(const SandboxFaultRule &rule)
{
    m_entries.append({rule, globPattern(rule.glob), 0});
}

bool SandboxFaults::add(const QString &text, QString *error)
{
    const std::optional<SandboxFaultRule> rule = SandboxFaultRule::parse(text, error);
    if (rule)
        add(*rule);
    return rule.has_value();
}

void SandboxFaults::clear()
{
    m_entries.clear();
}

void SandboxFaults::setSeed(quint64 seed)
{
    m_random = SandboxRandom(seed);
}

QList<SandboxFaultRule> SandboxFaults::rules() const
{
    QList<SandboxFaultRule> rules;
    for (const Entry &entry : m_entries)
        rules.append(entry.rule);
    return rules;
}

SandboxFault SandboxFaults::decide(QHttpServerRequest::Method method, const QString &path)
{
    if (m_entries.isEmpty())
        return {};
    const QString name = methodName(method);
    for (Entry &entry : m_entries) {
        const SandboxFaultRule &rule = entry.rule;
        if ((!rule.method.isEmpty() && rule.method != name)
            || !entry.pattern.match(path).hasMatch())
            continue;
        if (rule.times >= 0 && entry.fired >= rule.times)
            continue;
        // 53 random bits: uniform in [0, 1), so p=0 never fires and p=1 always does.
        const double roll = double(m_random.next() >> 11) / double(1ULL << 53);
        if (roll >= rule.probability)
            continue;
        ++entry.fired;
        return {rule.kind, rule.latencyMs, rule.status};
    }
    return {};
}

} // namespace sandbox
