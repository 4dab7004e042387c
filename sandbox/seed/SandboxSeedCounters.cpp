#include "SandboxSeedCounters.h"

#include "SandboxAttributeTotals.h"
#include "SandboxSeedText.h"

#include <algorithm>

namespace sandbox {

namespace {

struct SlotName
{
    const char *kind;
    const char *pointer;
};
const SlotName kSlots[] = {
    {"user", "/key"},
    {"user", "/name"},
    {"user", "/address/city"},
    {"user", "/address/street"},
    {"user", "/beta"},
    {"user", "/createdAt"},
    {"user", "/email"},
    {"user", "/groups"},
    {"user", "/jobFunction"},
    {"user", "/logins"},
    {"user", "/plan"},
    {"organization", "/key"},
    {"organization", "/name"},
    {"organization", "/address/city"},
    {"organization", "/address/street"},
    {"organization", "/createdAt"},
    {"organization", "/employees"},
    {"organization", "/industry"},
    {"organization", "/plan"},
    {"device", "/key"},
    {"device", "/deviceId"},
    {"device", "/model"},
    {"device", "/os/name"},
    {"device", "/os/version"},
    {"device", "/type"},
    {"location", "/key"},
    {"location", "/name"},
    {"location", "/country"},
    {"location", "/stores"},
    {"location", "/timeZone"},
};
static_assert(sizeof kSlots / sizeof kSlots[0] == SandboxSeedCounters::SlotCount);

} // namespace

size_t qHash(const SandboxSeedCounters::Text &text, size_t seed)
{
    return qHashMulti(seed, static_cast<const void *>(text.a), static_cast<const void *>(text.b),
        static_cast<const void *>(text.c), text.number, int(text.shape));
}

SandboxSeedCounters::SandboxSeedCounters()
    : m_counters(SlotCount)
{
}

void SandboxSeedCounters::constant(Slot slot, const char *value)
{
    Counter &c = (*this)[slot];
    ++c.weight;
    ++c.constants[value];
}

void SandboxSeedCounters::text(Slot slot, const Text &value)
{
    Counter &c = (*this)[slot];
    ++c.weight;
    ++c.texts[value];
}

void SandboxSeedCounters::number(Slot slot, qint64 value)
{
    Counter &c = (*this)[slot];
    ++c.weight;
    ++c.numbers[value];
}

void SandboxSeedCounters::boolean(Slot slot, bool value)
{
    Counter &c = (*this)[slot];
    ++c.weight;
    ++(value ? c.trues : c.falses);
}

void SandboxSeedCounters::date(Slot slot, qint64 ms)
{
    Counter &c = (*this)[slot];
    ++c.weight;
    c.dates.push_back(ms);
}

void SandboxSeedCounters::hidden(Slot slot)
{
    Counter &c = (*this)[slot];
    ++c.weight;
    ++c.redacted;
}

void SandboxSeedCounters::weightOnly(Slot slot)
{
    ++(*this)[slot].weight;
}

void SandboxSeedCounters::countInto(SandboxAttributeTotals &totals) const
{
    for (int slot = 0; slot < SlotCount; ++slot) {
        const Counter &c = m_counters[static_cast<size_t>(slot)];
        if (c.weight == 0 && c.redacted == 0)
            continue;
        SandboxPointerTotals &t = totals.leaf(
            QString::fromLatin1(kSlots[slot].kind), QString::fromLatin1(kSlots[slot].pointer));
        t.weight += c.weight;
        t.redacted += c.redacted;
        t.trues += c.trues;
        t.falses += c.falses;
        for (auto it = c.constants.cbegin(); it != c.constants.cend(); ++it)
            t.strings[QString::fromLatin1(it.key())] += it.value();
        for (auto it = c.texts.cbegin(); it != c.texts.cend(); ++it) {
            const Text &value = it.key();
            QByteArray utf8;
            switch (value.shape) {
            case Text::Name:
            case Text::OptionalSuffix:
                utf8 = value.a;
                if (value.b)
                    utf8 += QByteArray(" ") + value.b;
                break;
            case Text::Email:
                SandboxSeedText::appendLower(utf8, value.a);
                utf8 += '.';
                SandboxSeedText::appendLower(utf8, value.b);
                utf8 += '@';
                utf8 += value.c;
                break;
            case Text::Street:
                SandboxSeedText::appendStreet(utf8, value.number, value.a);
                break;
            }
            t.strings[QString::fromUtf8(utf8)] += it.value();
        }
        for (auto it = c.numbers.cbegin(); it != c.numbers.cend(); ++it)
            t.numbers[static_cast<double>(it.key())] += it.value();
        // Dates: sorted, each distinct one with its count (ISO text sorts as the time does).
        std::vector<qint64> dates = c.dates;
        std::sort(dates.begin(), dates.end());
        for (size_t i = 0; i < dates.size();) {
            size_t next = i + 1;
            while (next < dates.size() && dates[next] == dates[i])
                ++next;
            QByteArray json = "\"";
            SandboxSeedText::appendIsoDate(json, dates[i]);
            json += '"';
            const qint64 weight = static_cast<qint64>(next - i);
            const QString text = QString::fromLatin1(json.mid(1, json.size() - 2));
            if (t.strings.contains(text))
                t.strings[text] += weight;
            else
                t.encoded.emplace_back(std::move(json), weight);
            i = next;
        }
    }
}

} // namespace sandbox
