#pragma once

#include "SandboxEntities.h"
#include "SandboxSeedCounters.h"
#include "SandboxSeedJson.h"

#include <array>

namespace sandbox {

class SandboxAttributeTotals;

// The JSON texts of generated contexts (SeedEntity), written straight from SandboxEntities'
// fields without QJsonObject: the same bytes as SandboxSeedJson::prepare() of the
// SeedContext, several times faster, which matters for millions of contexts. On request it
// also counts what a context carries, for SandboxAttributeTotals, without any JSON.
class SandboxSeedRenderer
{
public:
    explicit SandboxSeedRenderer(const SandboxEntities &entities);

    // The texts of one context into `out` (its buffers are reused). With `count`, also counts
    // the attributes of a non-anonymous generated context (not a Special) once, as
    // SandboxAttributeTotals::add() would from its rows.
    void render(quint32 entity, SeedContextJson &out, bool count = false);

    // Adds everything counted so far to `totals`.
    void countInto(SandboxAttributeTotals &totals) const { m_counters.countInto(totals); }

private:
    void renderUser(int index, SeedContextJson &out, bool count);
    void renderOrganization(int index, SeedContextJson &out, bool count);
    void renderDevice(int index, SeedContextJson &out, bool count);
    void renderLocation(int index, SeedContextJson &out, bool count);
    void renderAnonymous(int index, SeedContextJson &out) const;

    const SandboxEntities &m_entities;
    std::array<SeedContextJson, 6> m_specials;
    SandboxSeedCounters m_counters;
    QByteArray m_scratch;
};

} // namespace sandbox
