// libFuzzer target: every JSON decoder of the client on the same input. A decoder may refuse
// the bytes (that is the point) but must neither crash, nor overflow the stack, nor hang.

#include "AccountDecoder.h"
#include "AttributeDecoder.h"
#include "DetailDecoder.h"
#include "JsonDecoder.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = QByteArray::fromRawData(
        reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)ctx::decodeContextsPage(body);
    (void)ctx::decodeContextKinds(body);
    (void)ctx::errorFromResponse(400, body, QStringLiteral("fuzz"));
    (void)ctx::decodeContextInstancesPage(body);
    (void)ctx::decodeFlagEvaluations(body);
    (void)ctx::decodeSegmentMemberships(body);
    (void)ctx::decodeFlagVariations(body);
    (void)ctx::decodeAttributeNames(body);
    (void)ctx::decodeAttributeValues(body);
    (void)ctx::decodeProjectsPage(body);
    (void)ctx::decodeCallerIdentity(body);
    (void)ctx::decodeEnvironment(body);
    return 0;
}
