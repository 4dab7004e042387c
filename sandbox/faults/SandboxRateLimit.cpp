#include "SandboxRateLimit.h"

#include "SandboxFaults.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>

namespace sandbox {

using namespace Qt::StringLiterals;

namespace {

// The segments of the API's paths that are words of the API, not keys or ids.
bool isLiteral(QStringView segment)
{
    static const QSet<QString> literals {u"api"_s, u"v2"_s, u"projects"_s, u"environments"_s,
        u"contexts"_s, u"search"_s, u"context-instances"_s, u"context-attributes"_s,
        u"context-kinds"_s, u"flags"_s, u"segments"_s, u"evaluate"_s, u"caller-identity"_s};
    return literals.contains(segment.toString());
}

} // namespace

SandboxRateLimit::SandboxRateLimit(int perWindow, std::function<qint64()> clock)
    : m_perWindow(perWindow)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

QString SandboxRateLimit::route(QHttpServerRequest::Method method, const QString &path)
{
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (QString &segment : segments) {
        if (!isLiteral(segment))
            segment = u"*"_s;
    }
    return methodName(method) + u" /"_s + segments.join(u'/');
}

SandboxRateLimit::Window &SandboxRateLimit::window(const QString &route)
{
    Window &window = m_windows[route];
    const qint64 now = m_clock();
    if (now >= window.resetMs) // the first request, or the window is over: a new one
        window = {now + windowMs, 0};
    return window;
}

std::optional<SandboxReply> SandboxRateLimit::admit(
    QHttpServerRequest::Method method, const QString &path)
{
    if (!enabled())
        return std::nullopt;
    Window &current = window(route(method, path));
    if (current.used < m_perWindow) {
        ++current.used;
        return std::nullopt;
    }
    SandboxReply reply = SandboxJson::error(QHttpServerResponder::StatusCode::TooManyRequests,
        u"rate_limited"_s, u"You've exceeded the API rate limit. Try again later."_s);
    addHeaders(reply, 0, current.resetMs);
    return reply;
}

void SandboxRateLimit::decorate(
    QHttpServerRequest::Method method, const QString &path, SandboxReply &reply) const
{
    if (!enabled())
        return;
    const auto it = m_windows.constFind(route(method, path));
    if (it == m_windows.cend())
        return;
    addHeaders(reply, m_perWindow - it->used, it->resetMs);
}

void SandboxRateLimit::addHeaders(SandboxReply &reply, int remaining, qint64 resetMs)
{
    reply.headers.append({QByteArrayLiteral("X-Ratelimit-Route-Remaining"),
        QByteArray::number(std::max(0, remaining))});
    reply.headers.append({QByteArrayLiteral("X-Ratelimit-Reset"), QByteArray::number(resetMs)});
}

} // namespace sandbox
