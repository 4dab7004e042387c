#pragma once

#include "SandboxRowBatch.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <vector>

namespace sandbox {

// The rows of context_keys and context_names of one environment's seed: collected while the
// contexts are written, then put in the order of their primary keys, so that the bulk load
// appends to both tables instead of inserting at random places. sort() may run on another
// thread than add() and write(), between them.
class SandboxSeedIdentities
{
public:
    // The kind's rank orders the kinds as their names do; `application` indexes applications.
    void add(QByteArrayView key, const QByteArray *name, quint8 kindRank, quint8 application,
        qint64 contextId);
    void sort(const QByteArray *applications);
    // Batches of context_keys (table `keysTable`: env, key, kind, application, context) and of
    // context_names (`namesTable`: env, name, context), handed over as they fill; false as soon
    // as `hand` returns false.
    bool write(qint64 environmentId, const char *const *kindNames, const QByteArray *applications,
        int keysTable, int namesTable, const std::function<bool(SandboxRowBatch &&)> &hand) const;

private:
    // The first 16 bytes of a text as two big-endian numbers: most comparisons of a sort of
    // millions compare these instead of calling memcmp on text scattered over memory.
    struct Head
    {
        quint64 high = 0;
        quint64 low = 0;
    };
    struct Identity
    {
        Head head; // of the key (by key) or of the name (by name)
        qsizetype key; // in m_texts: the key, then the name
        int keySize;
        int nameSize; // -1: no name
        quint8 kind;
        quint8 application;
        qint64 id;
    };

    static Head headOf(QByteArrayView text);
    // SQLite's BINARY order (bytes, then length) of two texts whose heads are `a` and `b`.
    static int compare(const Head &a, QByteArrayView aText, const Head &b, QByteArrayView bText);
    QByteArrayView keyOf(const Identity &identity) const;
    QByteArrayView nameOf(const Identity &identity) const;

    std::vector<Identity> m_byKey;
    std::vector<Identity> m_byName;
    QByteArray m_texts;
};

} // namespace sandbox
