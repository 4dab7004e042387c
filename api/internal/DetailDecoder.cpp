#include "DetailDecoder.h"

#include "ContextJson.h"
#include "FreeTr.h"
#include "JsonSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ctx {

using json::anyMember;
using json::compactValue;
using json::decodeEach;
using json::fail;
using json::fieldPath;
using json::indexPath;
using json::Json;
using json::member;
using json::optionalBool;
using json::optionalInteger;
using json::optionalString;
using json::requiredString;
using json::requireObject;
using json::view;

namespace {

CTX_FREE_TR("ctx")

Json parseResponse(const QByteArray &body)
{
    return json::parseBounded(view(body), tr("the response"));
}

ContextInstance decodeInstance(const Json &item, qsizetype index)
{
    const QString path = indexPath(QStringLiteral("items"), index);
    requireObject(item, path);
    ContextInstance instance;
    instance.id = requiredString(item, "id", path);
    instance.contexts = json::decodeItemContext(item, path);
    const ContextRecord common = json::decodeItemFields(item, path);
    instance.lastSeen = common.lastSeen;
    instance.applicationId = common.applicationId;
    instance.siteLink = common.siteLink;
    instance.anonymousKinds = json::optionalStringList(item, "anonymousKinds", path);
    for (ContextRecord &record : instance.contexts) {
        record.applicationId = instance.applicationId;
        record.lastSeen = instance.lastSeen;
    }
    return instance;
}

EvaluationReason decodeReason(const Json &item, const QString &parent)
{
    EvaluationReason reason;
    const Json *value = member(item, "reason");
    if (!value)
        return reason;
    const QString path = fieldPath(parent, "reason");
    Json parsed;
    if (value->is_string()) { // the spec's field example sends the reason as JSON text
        parsed = json::parseBounded(
            view(QByteArray::fromStdString(value->get_ref<const std::string &>())), path);
        value = &parsed;
    }
    requireObject(*value, path);
    reason.kind = optionalString(*value, "kind", path).value_or(QString());
    if (const auto index = optionalInteger(*value, "ruleIndex", path))
        reason.ruleIndex
            = static_cast<int>(std::clamp<qint64>(*index, -1, std::numeric_limits<int>::max()));
    reason.ruleId = optionalString(*value, "ruleID", path)
                        .value_or(optionalString(*value, "ruleId", path).value_or(QString()));
    reason.prerequisiteKey = optionalString(*value, "prerequisiteKey", path).value_or(QString());
    reason.inExperiment = optionalBool(*value, "inExperiment", path).value_or(false);
    reason.errorKind = optionalString(*value, "errorKind", path).value_or(QString());
    return reason;
}

FlagEvaluation decodeEvaluation(const Json &item, qsizetype index)
{
    const QString path = indexPath(QStringLiteral("items"), index);
    requireObject(item, path);
    FlagEvaluation evaluation;
    evaluation.key = requiredString(item, "key", path);
    evaluation.name = optionalString(item, "name", path).value_or(evaluation.key);
    evaluation.valueJson = compactValue(anyMember(item, "_value"));
    evaluation.reason = decodeReason(item, path);
    evaluation.siteLink = json::linkHref(item, "site", path);
    return evaluation;
}

SegmentMembership decodeMembership(const Json &item, qsizetype index)
{
    const QString path = indexPath(QStringLiteral("items"), index);
    requireObject(item, path);
    SegmentMembership membership;
    membership.key = requiredString(item, "key", path);
    membership.name = optionalString(item, "name", path).value_or(membership.key);
    membership.description = optionalString(item, "description", path).value_or(QString());
    membership.isMember = optionalBool(item, "isMember", path).value_or(false);
    membership.isIndividuallyTargeted
        = optionalBool(item, "isIndividuallyTargeted", path).value_or(false);
    membership.isRuleTargeted = optionalBool(item, "isRuleTargeted", path).value_or(false);
    membership.unbounded = optionalBool(item, "unbounded", path).value_or(false);
    membership.external = optionalString(item, "external", path).value_or(QString());
    membership.siteLink = json::linkHref(item, "site", path);
    return membership;
}

FlagVariation decodeVariation(const Json &item, qsizetype index)
{
    const QString path = indexPath(QStringLiteral("variations"), index);
    requireObject(item, path);
    FlagVariation variation;
    const Json *value = anyMember(item, "value");
    if (!value)
        fail(tr("%1 is missing").arg(fieldPath(path, "value")));
    variation.valueJson = compactValue(value);
    variation.name = optionalString(item, "name", path).value_or(QString());
    variation.description = optionalString(item, "description", path).value_or(QString());
    return variation;
}

} // namespace

Result<ContextInstancesPage> decodeContextInstancesPage(const QByteArray &body)
{
    return json::guardedDecode<ContextInstancesPage>([&body] {
        const Json root = parseResponse(body);
        ContextInstancesPage page;
        page.items = decodeEach<ContextInstance>(json::rootItems(root), &decodeInstance);
        page.totalCount = optionalInteger(root, "totalCount", {}, true);
        page.continuationToken = optionalString(root, "continuationToken", {}).value_or(QString());
        const QString nextLink = json::linkHref(root, "next", {});
        if (page.continuationToken.isEmpty())
            page.continuationToken = json::continuationTokenOfLink(nextLink);
        return page;
    });
}

Result<QList<FlagEvaluation>> decodeFlagEvaluations(const QByteArray &body)
{
    return json::guardedDecode<QList<FlagEvaluation>>([&body] {
        return decodeEach<FlagEvaluation>(json::rootItems(parseResponse(body)), &decodeEvaluation);
    });
}

Result<QList<SegmentMembership>> decodeSegmentMemberships(const QByteArray &body)
{
    return json::guardedDecode<QList<SegmentMembership>>([&body] {
        return decodeEach<SegmentMembership>(
            json::rootItems(parseResponse(body)), &decodeMembership);
    });
}

Result<QList<FlagVariation>> decodeFlagVariations(const QByteArray &body)
{
    return json::guardedDecode<QList<FlagVariation>>([&body] {
        const Json root = parseResponse(body);
        if (!root.is_object())
            fail(tr("the response is not a JSON object (found %1)").arg(json::typeName(root)));
        const Json &variations = json::requireArray(
            json::requiredMember(root, "variations", {}), QStringLiteral("variations"));
        return decodeEach<FlagVariation>(variations, &decodeVariation);
    });
}

} // namespace ctx
