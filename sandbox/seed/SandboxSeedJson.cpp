#include "SandboxSeedJson.h"

#include "JsonPointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

// Removes the value a private attribute names: a top-level name, or a /json/pointer.
QJsonObject redacted(const SeedContext &context)
{
    QJsonObject attributes = context.attributes;
    for (const QString &reference : context.privateAttributes) {
        if (const std::optional<ctx::JsonPointer> pointer
            = ctx::JsonPointer::fromReference(reference))
            pointer->removeFrom(attributes);
    }
    return attributes;
}

const char kHex[] = "0123456789abcdef";

} // namespace

void SandboxSeedJson::appendString(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
    const bool plain = std::none_of(utf8.begin(), utf8.end(),
        [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; });
    if (plain) {
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void SandboxSeedJson::appendString(QByteArray &out, QStringView text)
{
    appendString(out, text.toUtf8());
}

void SandboxSeedJson::finish(SeedContextJson &json)
{
    // The context as the SDK sent it (private values removed): a single-kind context carries
    // "kind"; inside a multi-kind context each kind's object does not. The buffers keep their
    // capacity from one context to the next.
    QByteArray &member = json.member;
    member.truncate(0);
    member += "{\"key\":";
    appendString(member, QByteArrayView(json.key));
    if (json.hasName) {
        member += ",\"name\":";
        appendString(member, QByteArrayView(json.name));
    }
    if (json.anonymous)
        member += ",\"anonymous\":true";
    if (json.privateAttributes.size() > 2) { // not "[]"
        member += ",\"_meta\":{\"privateAttributes\":";
        member += json.privateAttributes;
        member += '}';
    }
    if (json.attributes.size() > 2) { // not "{}": its members follow
        member += ',';
        member.append(json.attributes.constData() + 1, json.attributes.size() - 1);
    } else {
        member += '}';
    }
    QByteArray &single = json.single;
    single.truncate(0);
    single += "{\"kind\":";
    appendString(single, QByteArrayView(json.kind));
    single += ',';
    single.append(member.constData() + 1, member.size() - 1);
}

SeedContextJson SandboxSeedJson::prepare(const SeedContext &context)
{
    SeedContextJson json;
    json.kind = context.kind.toUtf8();
    json.key = context.key.toUtf8();
    json.hasName = context.name.has_value();
    if (context.name)
        json.name = context.name->toUtf8();
    json.anonymous = context.anonymous;
    json.attributes = QJsonDocument(redacted(context)).toJson(QJsonDocument::Compact);
    json.privateAttributes = "[";
    for (qsizetype i = 0; i < context.privateAttributes.size(); ++i) {
        if (i > 0)
            json.privateAttributes += ',';
        appendString(json.privateAttributes, QStringView(context.privateAttributes[i]));
    }
    json.privateAttributes += ']';
    finish(json);
    return json;
}

} // namespace sandbox
