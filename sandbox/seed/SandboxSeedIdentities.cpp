#include "SandboxSeedIdentities.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace sandbox {

void SandboxSeedIdentities::add(QByteArrayView key, const QByteArray *name, quint8 kindRank,
    quint8 application, qint64 contextId)
{
    m_byKey.push_back({headOf(key), m_texts.size(), int(key.size()), name ? int(name->size()) : -1,
        kindRank, application, contextId});
    m_texts += key;
    if (name)
        m_texts += *name;
}

SandboxSeedIdentities::Head SandboxSeedIdentities::headOf(QByteArrayView text)
{
    char bytes[16] = {};
    std::memcpy(bytes, text.data(), static_cast<size_t>(std::min<qsizetype>(16, text.size())));
    return {qFromBigEndian<quint64>(bytes), qFromBigEndian<quint64>(bytes + 8)};
}

int SandboxSeedIdentities::compare(
    const Head &a, QByteArrayView aText, const Head &b, QByteArrayView bText)
{
    if (a.high != b.high)
        return a.high < b.high ? -1 : 1;
    if (a.low != b.low)
        return a.low < b.low ? -1 : 1;
    // The first min(16, shorter) bytes are equal (shorter texts' heads are padded with zeros,
    // but then the longer one's bytes there are zeros too).
    const qsizetype shorter = std::min(aText.size(), bText.size());
    if (shorter > 16) {
        if (const int order
            = std::memcmp(aText.data() + 16, bText.data() + 16, static_cast<size_t>(shorter - 16));
            order != 0)
            return order;
    }
    return aText.size() == bText.size() ? 0 : (aText.size() < bText.size() ? -1 : 1);
}

QByteArrayView SandboxSeedIdentities::keyOf(const Identity &identity) const
{
    return {m_texts.constData() + identity.key, identity.keySize};
}

QByteArrayView SandboxSeedIdentities::nameOf(const Identity &identity) const
{
    return {m_texts.constData() + identity.key + identity.keySize, identity.nameSize};
}

void SandboxSeedIdentities::sort(const QByteArray *applications)
{
    // context_keys: (key, kind, application); kind ranks follow the kind names.
    std::sort(m_byKey.begin(), m_byKey.end(), [&](const Identity &a, const Identity &b) {
        if (const int order = compare(a.head, keyOf(a), b.head, keyOf(b)); order != 0)
            return order < 0;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return applications[a.application] < applications[b.application];
    });
    // context_names: (name, context id), the named contexts only.
    m_byName.clear();
    for (const Identity &identity : m_byKey) {
        if (identity.nameSize >= 0) {
            m_byName.push_back(identity);
            m_byName.back().head = headOf(nameOf(identity));
        }
    }
    std::sort(m_byName.begin(), m_byName.end(), [&](const Identity &a, const Identity &b) {
        if (const int order = compare(a.head, nameOf(a), b.head, nameOf(b)); order != 0)
            return order < 0;
        return a.id < b.id;
    });
}

bool SandboxSeedIdentities::write(qint64 environmentId, const char *const *kindNames,
    const QByteArray *applications, int keysTable, int namesTable,
    const std::function<bool(SandboxRowBatch &&)> &hand) const
{
    constexpr qsizetype kBatchRows = 512;
    SandboxRowBatch keys(keysTable, 5);
    for (const Identity &identity : m_byKey) {
        keys.addInteger(environmentId);
        keys.addText(keyOf(identity));
        keys.addText(kindNames[identity.kind]);
        keys.addText(applications[identity.application]);
        keys.addInteger(identity.id);
        if (keys.rows() >= kBatchRows && !hand(std::exchange(keys, SandboxRowBatch(keysTable, 5))))
            return false;
    }
    if (!keys.isEmpty() && !hand(std::move(keys)))
        return false;
    SandboxRowBatch names(namesTable, 3);
    for (const Identity &identity : m_byName) {
        names.addInteger(environmentId);
        names.addText(nameOf(identity));
        names.addInteger(identity.id);
        if (names.rows() >= kBatchRows
            && !hand(std::exchange(names, SandboxRowBatch(namesTable, 3))))
            return false;
    }
    return names.isEmpty() || hand(std::move(names));
}

} // namespace sandbox
